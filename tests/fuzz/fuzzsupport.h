// What the libFuzzer targets share: Qt's core application object (created once, for resources
// and codecs) and turning the fuzzer's bytes into a QByteArray without copying.
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace lento::fuzz {

inline void init()
{
    static int argc = 1;
    static char name[] = "lento-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace lento::fuzz
