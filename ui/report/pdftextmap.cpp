// ToUnicode repair for CJK radicals (see pdftextmap.h).
#include "pdftextmap.h"

#include <QChar>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QString>

namespace lento::report::PdfTextMap {

namespace {

constexpr char16_t kFirstRadical = 0x2E80, kLastRadical = 0x2FDF;
constexpr char16_t kFirstIdeograph = 0x3400, kLastIdeograph = 0x9FFF;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QHash<char16_t, char16_t> radicalIdeographs(const QStringList &families)
{
    QHash<char16_t, char16_t> map;
    for (char16_t r = kFirstRadical; r <= kLastRadical; ++r) {
        const QChar c(r);
        if (c.decompositionTag() != QChar::Compat)
            continue;
        const QString d = c.decomposition();
        if (d.size() == 1 && d.at(0).unicode() >= kFirstIdeograph && d.at(0).unicode() <= kLastIdeograph)
            map.insert(r, d.at(0).unicode());
    }
    for (const QString &family : families) {
        if (!QFontDatabase::hasFamily(family))
            continue;
        QFont font(family);
        const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
        if (!raw.isValid())
            continue;
        auto glyphs = [&](char16_t from, char16_t to) {
            QString text;
            for (char16_t u = from; u <= to; ++u)
                text += QChar(u);
            return raw.glyphIndexesForString(text);
        };
        const QList<quint32> ideographs = glyphs(kFirstIdeograph, kLastIdeograph);
        QHash<quint32, char16_t> firstByGlyph;
        for (qsizetype i = 0; i < ideographs.size(); ++i)
            if (ideographs[i] != 0 && !firstByGlyph.contains(ideographs[i]))
                firstByGlyph.insert(ideographs[i], char16_t(kFirstIdeograph + i));
        const QList<quint32> radicals = glyphs(kFirstRadical, kLastRadical);
        for (qsizetype i = 0; i < radicals.size(); ++i) {
            const auto it = firstByGlyph.constFind(radicals[i]);
            if (radicals[i] != 0 && it != firstByGlyph.cend())
                map.insert(char16_t(kFirstRadical + i), it.value());
        }
        break;
    }
    return map;
}

int fixCjkRadicals(QByteArray *pdf, const QHash<char16_t, char16_t> &map)
{
    static const char hex[] = "0123456789ABCDEF";
    int changed = 0;
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pdf->indexOf("begincmap", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf->indexOf("endcmap", begin);
        if (end < 0)
            break;
        char *data = pdf->data();
        for (qsizetype i = begin; i + 5 < end; ++i) {
            if (data[i] != '<' || data[i + 5] != '>')
                continue;
            int v = 0;
            bool ok = true;
            for (int k = 1; k <= 4 && ok; ++k) {
                const int h = hexValue(data[i + k]);
                ok = h >= 0;
                v = v * 16 + h;
            }
            if (!ok || v < kFirstRadical || v > kLastRadical)
                continue;
            const auto it = map.constFind(char16_t(v));
            if (it == map.cend())
                continue;
            for (int k = 1; k <= 4; ++k)
                data[i + k] = hex[(it.value() >> (4 * (4 - k))) & 0xF];
            ++changed;
            i += 5;
        }
        from = end;
    }
    return changed;
}

} // namespace lento::report::PdfTextMap
