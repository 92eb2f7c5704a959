#include "SqliteCollation.h"

#include <QCollator>
#include <QLibrary>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <cstring>

namespace codemie {

namespace {
struct sqlite3_handle;
// sqlite3_create_collation_v2(db, name, SQLITE_UTF8, arg, compare, destroy)
using CreateCollation = int (*)(sqlite3_handle *, const char *, int, void *,
                                int (*)(void *, int, const void *, int, const void *),
                                void (*)(void *));
constexpr int sqliteUtf8 = 1;
constexpr int sqliteOk = 0;

CreateCollation createCollation()
{
    static const CreateCollation fn = [] {
        // The library the QSQLITE driver was linked with is already loaded;
        // this only finds it.
        QLibrary lib(QStringLiteral("sqlite3"), 0); // libsqlite3.so.0
        return reinterpret_cast<CreateCollation>(lib.resolve("sqlite3_create_collation_v2"));
    }();
    return fn;
}

int compareUtf8(void *, int n1, const void *s1, int n2, const void *s2)
{
    const QString a = QString::fromUtf8(static_cast<const char *>(s1), n1);
    const QString b = QString::fromUtf8(static_cast<const char *>(s2), n2);
    const int c = SqliteCollation::compare(a, b);
    if (c != 0)
        return c;
    // Equal to the collator but different bytes: still a total order, so
    // that keyset paging never loses or repeats a row.
    const int common = qMin(n1, n2);
    const int bytes = common > 0 ? std::memcmp(s1, s2, size_t(common)) : 0;
    return bytes != 0 ? bytes : n1 - n2;
}
} // namespace

int SqliteCollation::compare(const QString &a, const QString &b)
{
    // One collator per thread: every worker connection sorts on its own.
    thread_local const QCollator collator = [] {
        QCollator c{QLocale(QLocale::English, QLocale::UnitedStates)};
        c.setCaseSensitivity(Qt::CaseInsensitive);
        c.setNumericMode(false);
        c.setIgnorePunctuation(false);
        return c;
    }();
    return collator.compare(a, b);
}

bool SqliteCollation::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *connection = *static_cast<sqlite3_handle *const *>(handle.constData());
    const CreateCollation create = createCollation();
    if (!connection || !create)
        return false;
    const QByteArray collationName = name().toLatin1();
    return create(connection, collationName.constData(), sqliteUtf8, nullptr, compareUtf8,
                  nullptr) == sqliteOk;
}

} // namespace codemie
