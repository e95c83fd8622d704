#include "steptranslation.h"

#include <QStringList>

namespace Lessons {

QList<StepTranslation> stepTranslations(const QString &textFile, const QLocale &locale)
{
    static const QString md = QStringLiteral(".md");
    QList<StepTranslation> found;
    if (!textFile.endsWith(md))
        return found;
    // "de-Latn-AT", "de-AT" (Qt lists no bare "de" for Austria) -> de_AT, then de.
    QStringList specific;
    QStringList general;
    for (const QString &name : locale.uiLanguages()) {
        const QStringList parts = name.split(QLatin1Char('-'));
        const QString language = parts.front();
        // The step files are written in English; "C" and the like name no language.
        if (language == QLatin1String("en") || language.size() < 2 || !language.at(0).isLower())
            break;
        const QString withCountry = language + QLatin1Char('_') + parts.back();
        if (parts.size() == 2 && !specific.contains(withCountry))
            specific << withCountry;
        if (!general.contains(language))
            general << language;
    }
    const QString stem = textFile.chopped(md.size());
    for (const QString &language : specific + general)
        found.append({ stem + QLatin1Char('.') + language + md, language });
    return found;
}

} // namespace Lessons
