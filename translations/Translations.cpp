#include "Translations.h"

#include <QCoreApplication>
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
    for (const QString &uiLanguage : locale.uiLanguages()) {
        const QLocale language(uiLanguage);
        if (language.language() == QLocale::English || language.language() == QLocale::C)
            return {};
        if (!installOne(language, catalogueName, catalogueDirectory))
            continue;
        // Qt's own strings (standard buttons, the command-line parser's errors).
        installOne(language, QStringLiteral("qtbase"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return QLocale::languageToCode(language.language());
    }
    return {};
}

} // namespace codemie::Translations
