#pragma once

#include <QLocale>
#include <QList>
#include <QString>

namespace Lessons {

//! A translation a step's text may have: `steps/01-intro.md` in German is
//! `steps/01-intro.de.md` (or `01-intro.de_AT.md` for one country), beside it (FORMAT.md).
struct StepTranslation {
    QString textFile; //!< relative to the lesson folder, like Step::textFile
    QString language; //!< "de", "de_AT"
    bool operator==(const StepTranslation &) const = default;
};

//! The translations to look for, best first, for the languages `locale` lists (LANGUAGE,
//! LC_MESSAGES, LANG…): none once English comes first or next, since the step files are English.
QList<StepTranslation> stepTranslations(const QString &textFile, const QLocale &locale = QLocale());

} // namespace Lessons
