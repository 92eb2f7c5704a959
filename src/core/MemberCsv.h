#pragma once

#include "Outcome.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace codemie {

// One data row of a member CSV, as read and checked.
struct MemberCsvRow {
    enum class Action {
        Unknown,    // not compared with the project yet
        Assign,     // not a member: will be assigned
        UpdateRole, // a member with the other role: role will change
        Unchanged,  // already a member with this role
    };

    int row = 0;   // data row number, from 1 (the platform's numbering)
    int line = 0;  // line of the file where the row starts (the header is line 1)
    QString email; // trimmed, lower-cased
    QString role;  // as written in the file, trimmed ("" means user)
    bool isProjectAdmin = false;
    QString userId; // resolved at validation time
    Action action = Action::Unknown;
    QStringList errors; // the platform's texts, in its order

    bool isValid() const { return errors.isEmpty(); }
    // Several errors joined with "; ", as the platform does.
    QString error() const { return errors.join(QStringLiteral("; ")); }
    // "user" or "project_admin" (what the row will be stored as).
    QString normalisedRole() const
    {
        return isProjectAdmin ? QStringLiteral("project_admin") : QStringLiteral("user");
    }
};

// A user found by e-mail for a CSV import.
struct MemberCsvUser {
    QString id;
    bool active = true;
};

// Member CSV files of the platform's project import
// (`/v1/projects/{p}/import-users[/validate]`, platform-rules.md §7): a header
// row with an `email` column and an optional `role` column (`user` |
// `project_admin`, empty = user), at most 1,000 data rows and 5 MB, UTF-8.
// Reads the bytes it is given and nothing else; users are looked up through a
// caller-supplied function. Better than the platform: a UTF-8 byte-order mark
// is accepted, and malformed CSV is reported with its line.
class MemberCsv {
public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;
    static constexpr int MaxRows = 1000;

    // File-level checks (size, encoding, CSV syntax, header, row count) and
    // row-level checks that need no database (e-mail format, role,
    // duplicates). A file-level problem is a failed outcome (nothing to
    // preview); row problems are in each row's errors.
    static Result<QList<MemberCsvRow>> parse(const QByteArray &bytes);

    // Looks users up by lower-cased e-mail; returns those found (unknown ones
    // are simply absent), or a failed outcome when the look-up itself fails.
    using UserLookup =
        std::function<Result<QHash<QString, MemberCsvUser>>(const QStringList &emails)>;
    // Adds "User not found for email: '<email>'" (and refuses deactivated
    // users) to rows whose e-mail is well-formed; fills userId.
    static Outcome resolveUsers(QList<MemberCsvRow> &rows, const UserLookup &lookup);

    static int errorCount(const QList<MemberCsvRow> &rows);
    // "Row 3: reason" lines for every invalid row (the platform's
    // validation_errors, rows from 1).
    static QStringList errorLines(const QList<MemberCsvRow> &rows);

    static bool isValidEmail(const QString &email);
    // The file offered by "Save template…".
    static QByteArray templateBytes();
    static QStringList allowedRoles();
};

} // namespace codemie
