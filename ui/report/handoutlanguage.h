// The language a handout is printed in, independent of the window's language: texts through a
// private QTranslator (":/i18n/lento_zh_CN.qm", context "Handout") that is never installed, with
// the reviewed Chinese of translations/handout_zh_CN.txt where the catalogue has no entry yet;
// dates, numbers and the font (an embedded Simplified Chinese font for zh_CN).
#pragma once

#include <QDate>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace lento::report {

class HandoutLanguage
{
public:
    static constexpr const char *kContext = "Handout";

    // "en", "zh_CN".
    static QStringList supported();
    static bool isSupported(const QString &id);

    explicit HandoutLanguage(const QString &id = QStringLiteral("en")); // unsupported ids: English
    ~HandoutLanguage();
    HandoutLanguage(const HandoutLanguage &) = delete;
    HandoutLanguage &operator=(const HandoutLanguage &) = delete;

    QString id() const { return m_id; }
    bool isChinese() const { return m_id == QLatin1String("zh_CN"); }
    // A count before a measure word in Chinese: 一, 两, 三 ... 十, then digits (一片半, 两片半).
    static QString chineseCount(int n);

    // The text for an English source marked with QT_TRANSLATE_NOOP("Handout", ...).
    QString text(const char *source) const;
    // Sources asked for that had no translation (always empty for English).
    QStringList untranslated() const;

    QLocale locale() const;
    QString date(const QDate &date) const; // "Mon 5 Jan 2026" / "2026年1月5日（周一）"
    QString plainDate(const QDate &date) const; // "5 Jan 2026" / "2026年1月5日"
    QString month(const QDate &date) const; // "Jan 2026" / "2026年1月"
    QString shortDate(const QDate &date) const; // "5 Jan" / "1月5日"
    static QString number(double value); // "2.4", "0.25", "10": never a thousands separator

    // The font families: DejaVu Sans for Latin letters and digits, Noto Sans CJK SC for Chinese.
    QStringList fontFamilies() const;
    QFont font(double pointSize, bool bold = false) const;

    // The reviewed Chinese texts (source -> translation) shipped with the handout renderer.
    static const QHash<QString, QString> &bundledChinese();

private:
    QString m_id;
    std::unique_ptr<QTranslator> m_translator;
    mutable QSet<QString> m_untranslated;
};

} // namespace lento::report
