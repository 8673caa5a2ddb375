// Plain decimal numbers for texts (see numberformat.h).
#include "numberformat.h"

namespace lento {

QString formatNumber(double value, int maxDecimals)
{
    QString s = QString::number(value, 'f', maxDecimals);
    while (s.contains(QLatin1Char('.')) && (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

} // namespace lento
