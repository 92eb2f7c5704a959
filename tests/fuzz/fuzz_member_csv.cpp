// Member CSV import of the Projects page: MemberCsv::parse on the file's
// bytes, then the users looked up (a deterministic stand-in directory: an
// e-mail is known when its first letter is before 'n', deactivated when it
// contains "old"), and the error lines the dialog shows.
#include "FuzzSupport.h"
#include "MemberCsv.h"

using namespace codemie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Result<QList<MemberCsvRow>> parsed = MemberCsv::parse(fuzz::bytes(data, size));
    if (!parsed.isOk())
        return 0;
    QList<MemberCsvRow> &rows = parsed.value;
    if (rows.size() > MemberCsv::MaxRows)
        abort(); // the row limit holds
    const Outcome resolved = MemberCsv::resolveUsers(rows, [](const QStringList &emails) {
        Result<QHash<QString, MemberCsvUser>> found;
        for (const QString &email : emails) {
            if (email.isEmpty() || email.at(0) >= QLatin1Char('n'))
                continue;
            MemberCsvUser user;
            user.id = QStringLiteral("id-") + email;
            user.active = !email.contains(QLatin1String("old"));
            found.value.insert(email, user);
        }
        return found;
    });
    (void)resolved;
    const QStringList lines = MemberCsv::errorLines(rows);
    if (lines.size() != MemberCsv::errorCount(rows))
        abort();
    for (const MemberCsvRow &row : rows)
        (void)row.normalisedRole();
    return 0;
}
