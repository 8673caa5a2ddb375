// Handout language: private translator, bundled Chinese fallback, dates, numbers and fonts.
#include "handoutlanguage.h"

#include "numberformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <algorithm>

namespace lento::report {

namespace {

// translations/handout_zh_CN.txt, embedded as :/i18n/handout_zh_CN.txt. One entry per line:
// context TAB English source TAB Chinese; '#' starts a comment line.
QHash<QString, QString> loadBundled()
{
    QHash<QString, QString> table;
    QFile f(QStringLiteral(":/i18n/handout_zh_CN.txt"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    const QString all = QString::fromUtf8(f.readAll());
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 3 || parts[0] != QLatin1String(HandoutLanguage::kContext))
            continue;
        table.insert(parts[1], parts[2]);
    }
    return table;
}

} // namespace

QStringList HandoutLanguage::supported()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

bool HandoutLanguage::isSupported(const QString &id)
{
    return supported().contains(id);
}

const QHash<QString, QString> &HandoutLanguage::bundledChinese()
{
    static const QHash<QString, QString> table = loadBundled();
    return table;
}

HandoutLanguage::HandoutLanguage(const QString &id) : m_id(isSupported(id) ? id : QStringLiteral("en"))
{
    if (isChinese()) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/lento_zh_CN.qm")))
            m_translator.reset();
    }
}

HandoutLanguage::~HandoutLanguage() = default;

QString HandoutLanguage::text(const char *source) const
{
    const QString src = QString::fromUtf8(source);
    if (!isChinese())
        return src;
    if (m_translator) {
        const QString t = m_translator->translate(kContext, source);
        if (!t.isEmpty())
            return t;
    }
    const auto it = bundledChinese().constFind(src);
    if (it != bundledChinese().cend())
        return it.value();
    m_untranslated.insert(src);
    return src;
}

QStringList HandoutLanguage::untranslated() const
{
    QStringList list(m_untranslated.cbegin(), m_untranslated.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QLocale HandoutLanguage::locale() const
{
    return isChinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

namespace {

// A Chinese date is one word: a line may otherwise break between any digit and 年, 月 or 日.
QString unbroken(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0)
            out += QChar(0x2060);
        out += text[i];
    }
    return out;
}

} // namespace

QString HandoutLanguage::date(const QDate &d) const
{
    if (isChinese())
        return unbroken(locale().toString(d, QStringLiteral("yyyy年M月d日（ddd）")));
    return locale().toString(d, QStringLiteral("ddd d MMM yyyy"));
}

QString HandoutLanguage::chineseCount(int n)
{
    static const QStringList words {QStringLiteral("零"), QStringLiteral("一"), QStringLiteral("两"),
        QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"),
        QStringLiteral("八"), QStringLiteral("九"), QStringLiteral("十")};
    return n >= 0 && n < words.size() ? words[n] : QString::number(n);
}

QString HandoutLanguage::plainDate(const QDate &d) const
{
    if (isChinese())
        return unbroken(locale().toString(d, QStringLiteral("yyyy年M月d日")));
    return locale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString HandoutLanguage::month(const QDate &d) const
{
    if (isChinese())
        return locale().toString(d, QStringLiteral("yyyy年M月"));
    return locale().toString(d, QStringLiteral("MMM yyyy"));
}

QString HandoutLanguage::shortDate(const QDate &d) const
{
    if (isChinese())
        return locale().toString(d, QStringLiteral("M月d日"));
    return locale().toString(d, QStringLiteral("d MMM"));
}

QString HandoutLanguage::number(double value)
{
    return lento::formatNumber(value, 3);
}

QStringList HandoutLanguage::fontFamilies() const
{
    // Chinese text is set in Noto Sans CJK SC (Debian's fonts-noto-cjk). Latin letters and digits
    // come from DejaVu Sans (fonts-dejavu-core) in both languages: in Latin runs Noto CJK shapes
    // digits to glyphs its character map does not reach, and Qt's PDF engine then leaves them out
    // of the text layer ("10 mg" would copy and extract as "mg"). The CJK family also covers Latin,
    // so the handout still prints if DejaVu is missing.
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
}

QFont HandoutLanguage::font(double pointSize, bool bold) const
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferOutline);
    f.setHintingPreference(QFont::PreferNoHinting);
    // A hair of letter spacing turns off ligatures in Qt's shaper, so "fit" copies, searches and
    // extracts as "fit" rather than the "ﬁ" ligature; the spacing itself is invisible (1/64 px).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64.0);
    return f;
}

} // namespace lento::report
