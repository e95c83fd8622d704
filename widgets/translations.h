#pragma once

#include <QLocale>
#include <QString>

namespace Ui
{

//! Installs the window's translation for `locale` (by default the system's: LANGUAGE, LC_ALL,
//! LC_MESSAGES, LANG) into the application: Loopscope's own (embedded, :/i18n), and Qt's and
//! QScintilla's where the system has them. A language without a Loopscope translation keeps
//! the English text, with English plural forms ("1 problem", "2 problems"). Calling it again
//! replaces what the last call installed. Returns the language of the Loopscope translation
//! now in use ("de", or "en" for none).
//! Only the window calls it: the command line's output stays English for the scripts that
//! parse it.
QString installTranslators(const QLocale &locale = QLocale());

} // namespace Ui
