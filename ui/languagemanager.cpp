// Runtime language switching for the window (see languagemanager.h).
#include "languagemanager.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lento::ui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_language(QStringLiteral("en")), m_originalFont(QApplication::font())
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::systemLanguage()
{
    const QStringList ui = QLocale::system().uiLanguages();
    const QString first = ui.isEmpty() ? QString() : ui.first();
    return first.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString language = requested.isEmpty() ? systemLanguage() : requested;
    if (!available().contains(language))
        return false;
    if (language == m_language && m_app)
        return true;

    // Qt announces LanguageChange when a translator is removed or a non-empty one installed.
    bool announced = m_app || m_qt;
    removeTranslators();
    if (language == QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China));
        // With LANG=C.UTF-8 fontconfig may otherwise choose Japanese glyph shapes.
        QFont font = m_originalFont;
        font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("WenQuanYi Micro Hei"), m_originalFont.family()});
        QApplication::setFont(font);
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = qt;
            announced = QCoreApplication::installTranslator(m_qt) || announced;
        } else {
            delete qt;
        }
    } else {
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::English ? system : QLocale(QLocale::English));
        QApplication::setFont(m_originalFont);
    }
    // English has a catalogue too: the plural forms of "%n day(s)" and the like ("1 day", "14 days").
    m_app = new QTranslator(this);
    if (!m_app->load(QStringLiteral(":/i18n/lento_%1.qm").arg(language)))
        qWarning("Lento: the translation catalogue for %s could not be loaded", qPrintable(language));
    // An empty catalogue loads as "empty"; it is still installed so the switch is uniform.
    announced = QCoreApplication::installTranslator(m_app) || announced;
    m_language = language;
    if (!announced) { // e.g. an empty catalogue: the locale and drug names still change
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(qApp, &event);
    }
    Q_EMIT languageChanged(m_language);
    return true;
}

} // namespace lento::ui
