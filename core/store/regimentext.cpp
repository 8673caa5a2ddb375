// Reading typed regimens (see regimentext.h). A small tokenizer: numbers, "mg", clock times and
// the joining words; an amount applies to every time that follows it until the next amount.
#include "regimentext.h"

#include <QLocale>

#include <cmath>

namespace lento::store {

namespace {

struct Token
{
    enum Kind { Number, Unit, Time, At, Joiner, Word } kind = Word;
    double number = 0.0;
    int minute = -1;
    QString text;
};

bool isJoiner(const QString &w)
{
    static const QStringList joiners {QStringLiteral("and"), QStringLiteral("then"), QStringLiteral("+"),
        QStringLiteral("&"), QStringLiteral(","), QStringLiteral(";"), QStringLiteral("/"), QStringLiteral("和"),
        QStringLiteral("、"), QStringLiteral("，"), QStringLiteral("；")};
    return joiners.contains(w);
}

bool isUnit(const QString &w)
{
    return w == QLatin1String("mg") || w == QLatin1String("mgs") || w == QStringLiteral("毫克");
}

bool isAt(const QString &w)
{
    return w == QLatin1String("at") || w == QLatin1String("@") || w == QStringLiteral("在")
        || w == QStringLiteral("于");
}

// "08:00", "8:00", "22.30" is not a time (ambiguous with an amount); hours 0-23, minutes 0-59.
int parseTime(const QString &w)
{
    const int colon = int(w.indexOf(QLatin1Char(':')));
    if (colon < 1 || colon > 2 || w.size() != colon + 3)
        return -1;
    bool okH = false, okM = false;
    const int h = w.left(colon).toInt(&okH);
    const int m = w.mid(colon + 1).toInt(&okM);
    if (!okH || !okM || h < 0 || h > 23 || m < 0 || m > 59)
        return -1;
    return h * 60 + m;
}

// Splits into words: numbers ("0.5", decimal comma "0,5") and times ("08:00");
// runs of letters; each other visible character alone.
QStringList words(const QString &text)
{
    QStringList out;
    QString current;
    enum { None, Digits, Letters } state = None;
    const auto flush = [&] {
        if (!current.isEmpty())
            out.append(current);
        current.clear();
        state = None;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // Inside a number: one '.' or decimal ',' (not in a time), or the ':' of a time.
        const bool plain = !current.contains(QLatin1Char(':')) && !current.contains(QLatin1Char('.'));
        const bool separator
            = c == QLatin1Char('.') || c == QLatin1Char(',') || (c == QLatin1Char(':') && current.size() <= 2);
        const bool digitJoin = separator && plain && state == Digits && i + 1 < text.size() && text.at(i + 1).isDigit();
        if (c.isDigit() || digitJoin) {
            if (state != Digits)
                flush();
            state = Digits;
            current += c == QLatin1Char(',') ? QLatin1Char('.') : c;
        } else if (c.isLetter() && c.script() == QChar::Script_Latin) {
            if (state != Letters)
                flush();
            state = Letters;
            current += c.toLower();
        } else {
            flush();
            if (!c.isSpace()) {
                // Chinese words are kept whole where they are known units.
                if (text.mid(i, 2) == QStringLiteral("毫克")) {
                    out.append(text.mid(i, 2));
                    ++i;
                } else {
                    out.append(QString(c));
                }
            }
        }
    }
    flush();
    return out;
}

} // namespace

RegimenText::Read RegimenText::read(const QString &text)
{
    Read r;
    QStringList unread;
    std::optional<double> amount;
    bool amountUsed = true;
    bool pendingAt = false;
    for (const QString &w : words(text)) {
        if (isJoiner(w) || isUnit(w))
            continue;
        if (isAt(w)) {
            pendingAt = true;
            continue;
        }
        if (const int minute = parseTime(w); minute >= 0) {
            if (!amount) {
                unread << w; // a time before any amount
                continue;
            }
            MedicationDose d;
            d.minuteOfDay = minute;
            d.mg = Milligrams(*amount);
            r.doses.append(d);
            amountUsed = true;
            pendingAt = false;
            continue;
        }
        bool isNumber = false;
        const double v = w.toDouble(&isNumber);
        if (isNumber && std::isfinite(v) && v > 0.0 && !w.contains(QLatin1Char(':'))) {
            if (!amountUsed)
                unread << QString::number(*amount); // an amount with no time
            amount = v;
            amountUsed = false;
            continue;
        }
        unread << w;
    }
    if (!amountUsed && amount)
        unread << QString::number(*amount);
    if (pendingAt)
        unread << QStringLiteral("at");
    r.unread = unread.join(QLatin1Char(' '));
    r.complete = unread.isEmpty() && !r.doses.isEmpty();
    return r;
}

QString RegimenText::write(const QList<MedicationDose> &doses)
{
    QStringList parts;
    for (const MedicationDose &d : doses)
        parts << QStringLiteral("%1 mg %2:%3")
                     .arg(QString::number(d.mg.value(), 'g', 6))
                     .arg(d.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                     .arg(d.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
    return parts.join(QStringLiteral(", "));
}

} // namespace lento::store
