#include "PlanRows.h"

#include "MigrationPlanWriter.h"
#include "MigrationReport.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlanRows)
};

// One user's whole plan in the file (QDataStream, Qt 6.0 format).
void writeUser(QDataStream &out, const UserPlan &p)
{
    out << p.userId << p.username << p.email << qint32(p.action) << p.reason << p.warnings
        << qint32(p.ops.size());
    for (const PlannedOp &op : p.ops)
        out << op;
    const ExistingUser &e = p.collidesWith;
    out << e.id << e.email << e.username << e.name << e.authSource << e.isActive << e.created;
}

void readUser(QDataStream &in, UserPlan &p)
{
    qint32 action = 0;
    qint32 ops = 0;
    in >> p.userId >> p.username >> p.email >> action >> p.reason >> p.warnings >> ops;
    p.action = UserPlan::Action(action);
    for (qint32 i = 0; i < ops && in.status() == QDataStream::Ok; ++i) {
        PlannedOp op;
        in >> op;
        p.ops << op;
    }
    ExistingUser &e = p.collidesWith;
    in >> e.id >> e.email >> e.username >> e.name >> e.authSource >> e.isActive >> e.created;
}

void appendText(QByteArray &text, const QString &value)
{
    text += value.toUtf8();
    text += '\0';
}
} // namespace

PlanRows::PlanRows() = default;
PlanRows::~PlanRows() = default;

Outcome PlanRows::fileFailure() const
{
    return Outcome::failure(
        Outcome::Kind::InvalidInput,
        Tr::tr("The preview's temporary file in %1 could not be written or read back.")
            .arg(QDir::toNativeSeparators(QDir::tempPath())),
        m_file ? m_file->errorString() : QString(),
        Tr::tr("Free some space there (about 1 KB per Keycloak user), or point TMPDIR at a "
               "folder with room, and plan again; nothing was written."));
}

bool PlanRows::begin(const PlanTotals &)
{
    const QMutexLocker lock(&m_fileLock);
    m_rows.clear();
    m_text.clear();
    m_pending = 0;
    m_budgeted = 0;
    m_failure = Outcome::ok();
    // Never asked for its name: on Linux it has none (O_TMPFILE).
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                              QStringLiteral("/codemie-preview-XXXXXX"));
    if (!m_file->open())
        m_failure = fileFailure();
    return m_failure.isOk();
}

bool PlanRows::add(const UserPlan &user)
{
    if (!m_failure || !m_file)
        return false;
    Row row;
    row.record = m_file->pos();
    row.text = m_text.size();
    row.changes = quint32(user.ops.size());
    row.warnings = quint16(qMin<qsizetype>(user.warnings.size(), 0xffff));
    row.action = quint8(user.action);
    appendText(m_text, user.username);
    appendText(m_text, user.email);
    appendText(m_text, user.reason);
    for (int i = 0; i < row.warnings; ++i)
        appendText(m_text, user.warnings.at(i));
    m_rows.push_back(row);
    m_pending += user.ops.isEmpty() ? 0 : 1;
    for (const PlannedOp &op : user.ops)
        m_budgeted += op.budgetWarning ? 1 : 0;
    QDataStream out(m_file.get());
    out.setVersion(QDataStream::Qt_6_0);
    writeUser(out, user);
    if (out.status() != QDataStream::Ok)
        m_failure = fileFailure();
    return m_failure.isOk();
}

bool PlanRows::finish(const PlanTotals &)
{
    if (m_failure && m_file && !m_file->flush())
        m_failure = fileFailure();
    m_text.squeeze();
    m_rows.shrink_to_fit();
    return m_failure.isOk();
}

QString PlanRows::field(int row, int index) const
{
    const char *p = m_text.constData() + m_rows[row].text;
    for (int i = 0; i < index; ++i)
        p += qstrlen(p) + 1;
    return QString::fromUtf8(p);
}

QStringList PlanRows::warnings(int row) const
{
    QStringList list;
    for (int i = 0; i < m_rows[row].warnings; ++i)
        list << field(row, 3 + i);
    return list;
}

Result<UserPlan> PlanRows::user(int row) const
{
    Result<UserPlan> r;
    const QMutexLocker lock(&m_fileLock);
    if (!m_failure) {
        r.outcome = m_failure;
        return r;
    }
    if (row < 0 || row >= size() || !m_file || !m_file->seek(m_rows[row].record)) {
        r.outcome = fileFailure();
        return r;
    }
    QDataStream in(m_file.get());
    in.setVersion(QDataStream::Qt_6_0);
    readUser(in, r.value);
    if (in.status() != QDataStream::Ok)
        r.outcome = fileFailure();
    return r;
}

Outcome PlanRows::forEach(const std::function<bool(const UserPlan &)> &each) const
{
    const QMutexLocker lock(&m_fileLock);
    if (!m_failure)
        return m_failure;
    if (m_rows.empty())
        return Outcome::ok();
    if (!m_file || !m_file->seek(0))
        return fileFailure();
    QDataStream in(m_file.get());
    in.setVersion(QDataStream::Qt_6_0);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        UserPlan p;
        readUser(in, p);
        if (in.status() != QDataStream::Ok)
            return fileFailure();
        if (!each(p))
            return Outcome::failure(Outcome::Kind::InvalidInput,
                                    Tr::tr("The plan could not be written."));
    }
    return Outcome::ok();
}

bool PlanRows::writeJson(QIODevice &out, const PlanTotals &totals) const
{
    MigrationPlanWriter writer(out);
    return writer.begin(totals) && forEach([&](const UserPlan &u) { return writer.add(u); }) &&
           writer.finish(totals);
}

bool PlanRows::writeCsv(QIODevice &out) const
{
    QByteArray buffer = MigrationReport::planCsvHeader();
    const Outcome o = forEach([&](const UserPlan &u) {
        MigrationReport::appendUserCsv(buffer, u);
        if (buffer.size() > 1024 * 1024) {
            if (out.write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
        return true;
    });
    return o && out.write(buffer) == buffer.size();
}

} // namespace codemie
