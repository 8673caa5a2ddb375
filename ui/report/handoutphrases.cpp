// Plain-language handout phrases (see handoutphrases.h). Every sentence pattern is a translatable
// source in context "Handout"; amounts and strengths are inserted as numbers, never translated.
#include "handoutphrases.h"

#include "catalogue.h"
#include "rounding.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace lento::report::HandoutPhrases {

QString drugName(const QString &drug, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang)
{
    if (const DrugParams *d = catalogue.find(drug)) {
        if (lang.isChinese() && !d->nameZh.isEmpty())
            return d->nameZh;
        return d->nameEn.isEmpty() ? drug : d->nameEn;
    }
    const QJsonObject defined = plan.drugs.value(drug);
    if (lang.isChinese() && defined.value(QStringLiteral("name_zh")).isString())
        return defined.value(QStringLiteral("name_zh")).toString();
    if (defined.value(QStringLiteral("name_en")).isString())
        return defined.value(QStringLiteral("name_en")).toString();
    return drug;
}

QString drugNameInText(const QString &drug, const Plan &plan, const Catalogue &catalogue, const HandoutLanguage &lang)
{
    const QString name = drugName(drug, plan, catalogue, lang);
    if (lang.isChinese() || !catalogue.contains(drug))
        return name;
    return name.toLower();
}

QString partOfDay(int minuteOfDay, const HandoutLanguage &lang)
{
    const int h = minuteOfDay / 60;
    if (h >= 5 && h < 11)
        return lang.text(QT_TRANSLATE_NOOP("Handout", "Morning"));
    if (h >= 11 && h < 14)
        return lang.text(QT_TRANSLATE_NOOP("Handout", "Midday"));
    if (h >= 14 && h < 18)
        return lang.text(QT_TRANSLATE_NOOP("Handout", "Afternoon"));
    if (h >= 18 && h < 21)
        return lang.text(QT_TRANSLATE_NOOP("Handout", "Evening"));
    return lang.text(QT_TRANSLATE_NOOP("Handout", "Night"));
}

QString clock(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
        .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
}

// A strength is one word on paper: no-break spaces, and a word joiner after the slash so a line
// never ends in "2 mg/" (a slash is otherwise a break opportunity).
QString concentration(const Product &p)
{
    const QString nbsp(QChar(0x00A0)), slash = QStringLiteral("/") + QChar(0x2060);
    if (p.perMl == 1.0)
        return HandoutLanguage::number(p.strength.value()) + nbsp + QStringLiteral("mg") + slash + QStringLiteral("mL");
    return HandoutLanguage::number(p.strength.value()) + nbsp + QStringLiteral("mg") + slash
        + HandoutLanguage::number(p.perMl) + nbsp + QStringLiteral("mL");
}

QString milligrams(double mg, const HandoutLanguage &)
{
    return HandoutLanguage::number(mg) + QChar(0x00A0) + QStringLiteral("mg");
}

namespace {

// Numbers stay with their units and counts ("1 × 5 mg", "2.4 mL": no-break spaces), and a Chinese
// piece ("10 mg 片剂 1 片") stays whole (no-break spaces and word joiners, since a line may break
// between any two ideographs); long English pieces still wrap ("... 2 mg/5 mL" / "liquid").
QString keepTogether(const QString &text)
{
    static const QString numberish = QStringLiteral("0123456789¼½¾×");
    // Short pieces ("½ of a 2 mg tablet") and Chinese ones never break; long ones only between words.
    const bool whole = text.size() <= 22
        || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar prev = i > 0 ? text[i - 1] : QChar();
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (i > 0 && (c.script() == QChar::Script_Han || prev.script() == QChar::Script_Han))
            out += QChar(0x2060);
        if (c == QLatin1Char(' ') && (whole || numberish.contains(prev) || numberish.contains(next)))
            out += QChar(0x00A0);
        else
            out += c;
    }
    return out;
}

} // namespace

QString piece(const Piece &pc, const HandoutLanguage &lang)
{
    return keepTogether(pieceText(pc, lang));
}

QString pieceText(const Piece &pc, const HandoutLanguage &lang)
{
    const Product &p = pc.product;
    const QString strength = HandoutLanguage::number(p.strength.value());
    if (p.isLiquid())
        return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 mL of the %2 liquid"))
            .arg(HandoutLanguage::number(pc.count), concentration(p));

    int whole = 0;
    const QString part = quarterParts(pc.count, &whole);
    const bool capsule = p.form == Product::Form::Capsule;
    if (whole == 0) {
        if (part == QStringLiteral("¼"))
            return lang.text(QT_TRANSLATE_NOOP("Handout", "¼ of a %1 mg tablet")).arg(strength);
        if (part == QStringLiteral("½"))
            return lang.text(QT_TRANSLATE_NOOP("Handout", "½ of a %1 mg tablet")).arg(strength);
        return lang.text(QT_TRANSLATE_NOOP("Handout", "¾ of a %1 mg tablet")).arg(strength);
    }
    if (whole == 1 && part.isEmpty())
        return capsule ? lang.text(QT_TRANSLATE_NOOP("Handout", "1 × %1 mg capsule")).arg(strength)
                       : lang.text(QT_TRANSLATE_NOOP("Handout", "1 × %1 mg tablet")).arg(strength);
    if (lang.isChinese() && !part.isEmpty()) {
        // 一片半, 两片又四分之一: Chinese counts a fraction in words, never "1½ 片".
        const QString n = HandoutLanguage::chineseCount(whole);
        if (part == QStringLiteral("½"))
            return capsule ? lang.text(QT_TRANSLATE_NOOP("Handout", "%1 and a half × %2 mg capsules")).arg(n, strength)
                           : lang.text(QT_TRANSLATE_NOOP("Handout", "%1 and a half × %2 mg tablets")).arg(n, strength);
        if (part == QStringLiteral("¼"))
            return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 and a quarter × %2 mg tablets")).arg(n, strength);
        return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 and three quarters × %2 mg tablets")).arg(n, strength);
    }
    const QString count = QString::number(whole) + part;
    return capsule ? lang.text(QT_TRANSLATE_NOOP("Handout", "%1 × %2 mg capsules")).arg(count, strength)
                   : lang.text(QT_TRANSLATE_NOOP("Handout", "%1 × %2 mg tablets")).arg(count, strength);
}

QString joinList(const QStringList &items, const HandoutLanguage &lang)
{
    if (items.isEmpty())
        return QString();
    if (items.size() == 1)
        return items.first();
    const QString head = items.mid(0, items.size() - 1).join(lang.text(QT_TRANSLATE_NOOP("Handout", ", ")));
    return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 and %2")).arg(head, items.last());
}

QString pieces(const QList<Piece> &list, const HandoutLanguage &lang)
{
    QStringList parts;
    for (const Piece &p : list)
        parts << piece(p, lang);
    return joinList(parts, lang);
}

QString productForm(const Product &p, const HandoutLanguage &lang)
{
    const QString strength = HandoutLanguage::number(p.strength.value());
    switch (p.form) {
    case Product::Form::Liquid:
        return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 oral liquid")).arg(concentration(p));
    case Product::Form::Capsule:
        return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 mg capsule")).arg(strength);
    case Product::Form::Tablet:
        break;
    }
    return lang.text(QT_TRANSLATE_NOOP("Handout", "%1 mg tablet")).arg(strength);
}

QString productName(const QString &drugName, const Product &p, const HandoutLanguage &lang)
{
    return QStringLiteral("%1 %2").arg(drugName, productForm(p, lang));
}

} // namespace lento::report::HandoutPhrases
