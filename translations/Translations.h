#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace codemie::Translations {

// Installs into the running application the console's catalogue for the first of
// the locale's UI languages that it has, and Qt's own catalogue for that language
// when the Qt installation has one. English, the language of the sources, gets
// only its plural forms ("1 user", "3 users" for "%n user(s)"): an English
// language earlier in the list wins over any later one, and a language without a
// catalogue falls back to English.
// The default locale is the system's, so LANGUAGE, LC_ALL, LC_MESSAGES and LANG
// decide as usual. Calling it again replaces what an earlier call installed.
// Returns the name of the catalogue's language ("de"), or an empty string when the
// console stays in English.
QString install(const QLocale &locale = QLocale());

// The languages whose catalogue is embedded in this build ("de"), English not
// included (its catalogue holds only plural forms).
QStringList embeddedLanguages();
// True when Qt's own catalogue (qtbase) for `language` is installed, for the
// texts of standard buttons and the command-line parser.
bool qtCatalogueExists(const QString &language);

} // namespace codemie::Translations
