#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <vector>

namespace Ui
{
namespace
{

// What the last call installed, so a second call (a test switching languages) replaces it.
std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().emplace_back(translator);
    return true;
}

} // namespace

QString installTranslators(const QLocale &locale)
{
    for (const QPointer<QTranslator> &old : installed()) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    installed().clear();

    const QString ours = QStringLiteral(":/i18n");
    QString language = QStringLiteral("en");
    // English first in the list of UI languages, or no translation of ours for any of them:
    // the source text, with loopscope_en's plural forms.
    const QStringList wanted = locale.uiLanguages();
    const bool english = !wanted.isEmpty() && wanted.front().startsWith(QLatin1String("en"));
    if (!english && install(locale, QStringLiteral("loopscope"), ours)) {
        language = installed().back()->language().section(QLatin1Char('_'), 0, 0);
    } else {
        install(QLocale(QLocale::English), QStringLiteral("loopscope"), ours);
        return language;
    }
    // Qt's own dialogs and QScintilla's menus in the same language, where the system has them
    // (Debian: qt6-translations-l10n for Qt's).
    const QString system = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    install(locale, QStringLiteral("qtbase"), system);
    install(locale, QStringLiteral("qscintilla"), system);
    return language;
}

} // namespace Ui
