#pragma once

#include "MemberBulkOperation.h"
#include "MemberCsv.h"

namespace codemie {

class PlatformSession;

// The platform's two-step CSV import of project members
// (`/v1/projects/{p}/import-users/validate`, then `/import-users`):
// validate() previews every row with its error and what it would do;
// import() writes all rows or none, in ONE transaction, after checking the
// file again inside it. Existing members get the role of their row, others
// are assigned (the platform's bulk upsert), with audit rows.
class MemberCsvImport {
public:
    MemberCsvImport(PlatformSession &session, QString projectName);

    // A failed outcome concerns the whole file or the project (nothing to
    // preview); otherwise every row carries its errors and its action.
    Result<QList<MemberCsvRow>> validate(const QByteArray &bytes) const;
    Result<MemberBulkOperation::Summary> import(const QByteArray &bytes);

private:
    Result<QHash<QString, MemberCsvUser>> findUsers(const QStringList &emails) const;
    Outcome compareWithMembers(QList<MemberCsvRow> &rows) const;

    PlatformSession &m_session;
    QString m_projectName;
};

} // namespace codemie
