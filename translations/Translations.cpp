#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>
#include <memory>
#include <vector>

namespace codemie::Translations {

namespace {
// The catalogues compiled from translations/*.ts are embedded under this prefix.
const QString catalogueDirectory = QStringLiteral(":/i18n");
const QString catalogueName = QStringLiteral("codemie-admin");

std::vector<QPointer<QTranslator>> &installed()
{
    static std::vector<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    installed().clear();
}

bool installOne(const QLocale &language, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(language, name, QStringLiteral("_"), directory))
        return false;
    if (!QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().emplace_back(translator.release());
    return true;
}
} // namespace

QString install(const QLocale &locale)
{
    removeInstalled();
    // English: the sources' texts, with the plural forms of its own catalogue.
    const auto english = [] {
        installOne(QLocale(QLocale::English), catalogueName, catalogueDirectory);
        return QString();
    };
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QLocale language(uiLanguage);
        if (language.language() == QLocale::English || language.language() == QLocale::C)
            return english();
        if (!installOne(language, catalogueName, catalogueDirectory))
            continue;
        // Qt's own strings (standard buttons, the command-line parser's errors).
        installOne(language, QStringLiteral("qtbase"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return QLocale::languageToCode(language.language());
    }
    return english();
}

QStringList embeddedLanguages()
{
    QStringList languages;
    const QString prefix = catalogueName + QLatin1Char('_');
    const auto files = QDir(catalogueDirectory).entryList({prefix + QStringLiteral("*.qm")});
    for (const QString &file : files) {
        if (file == prefix + QStringLiteral("en.qm"))
            continue; // plural forms only: English is the sources' language
        QTranslator probe;
        if (probe.load(file, catalogueDirectory) && !probe.isEmpty())
            languages << file.mid(prefix.size()).section(QLatin1Char('.'), 0, 0);
    }
    return languages;
}

bool qtCatalogueExists(const QString &language)
{
    QTranslator probe;
    return probe.load(QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace codemie::Translations
