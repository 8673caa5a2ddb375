// ToUnicode repair for CJK radicals (see pdftextmap.h).
#include "pdftextmap.h"

#include <QChar>
#include <QString>

namespace lento::report::PdfTextMap {

namespace {

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

// The ideograph a radical stands for, or 0.
char16_t ideographFor(char16_t radical)
{
    if (radical < 0x2E80 || radical > 0x2FDF)
        return 0;
    const QChar c(radical);
    if (c.decompositionTag() != QChar::Compat)
        return 0;
    const QString d = c.decomposition();
    if (d.size() != 1 || d.at(0).script() != QChar::Script_Han)
        return 0;
    return d.at(0).unicode();
}

} // namespace

int fixCjkRadicals(QByteArray *pdf)
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
            if (!ok)
                continue;
            const char16_t ideograph = ideographFor(char16_t(v));
            if (!ideograph)
                continue;
            for (int k = 4; k >= 1; --k) {
                data[i + k] = hex[(ideograph >> (4 * (4 - k))) & 0xF];
            }
            ++changed;
            i += 5;
        }
        from = end;
    }
    return changed;
}

} // namespace lento::report::PdfTextMap
