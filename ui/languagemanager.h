// Switches the user-interface language at run time: installs Lento's own translation
// (:/i18n/lento_<lang>.qm; English's holds only the plural forms) and, for Chinese, Qt's
// (qtbase_<lang>.qm); sets the default QLocale and, for Chinese, a Simplified Chinese font. Qt then sends
// QEvent::LanguageChange to every widget, which retranslates itself.
#pragma once

#include <QFont>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace lento::ui {

class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en" and "zh_CN".
    static QStringList available();
    // The language's own name ("English", "简体中文"), never translated.
    static QString nativeName(const QString &language);
    // "zh_CN" when the system's UI language is Chinese, else "en".
    static QString systemLanguage();

    QString language() const { return m_language; }
    // Switches to `language` ("en", "zh_CN"; empty = system). Returns false, and stays on the
    // current language, for an unknown code. A missing Qt catalogue is not an error.
    bool setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QFont m_originalFont;
};

} // namespace lento::ui
