#include "MigrationPlanWriter.h"

#include "MigrationReport.h"

#include <QIODevice>

namespace codemie {

namespace {
const QStringList tailKeys{QStringLiteral("summary"), QStringLiteral("projects"),
                           QStringLiteral("warnings")};
} // namespace

MigrationPlanWriter::MigrationPlanWriter(QIODevice &out)
    : m_out(out)
{}

bool MigrationPlanWriter::write(const QByteArray &bytes)
{
    m_ok = m_ok && m_out.write(bytes) == bytes.size();
    return m_ok;
}

bool MigrationPlanWriter::flush()
{
    const bool ok = write(m_chunk);
    m_chunk.clear();
    return ok;
}

bool MigrationPlanWriter::begin(const PlanTotals &head)
{
    QJsonObject object = MigrationReport::planHeadToJson(head);
    for (const QString &key : tailKeys)
        object.remove(key);
    return write("{" + MigrationReport::membersOf(object) + ",\n\"users\": [");
}

bool MigrationPlanWriter::add(const UserPlan &user)
{
    m_chunk += m_first ? "\n" : ",\n";
    m_first = false;
    MigrationReport::appendUserJson(m_chunk, user);
    return m_chunk.size() < 256 * 1024 ? m_ok : flush();
}

bool MigrationPlanWriter::finish(const PlanTotals &totals)
{
    const QJsonObject head = MigrationReport::planHeadToJson(totals);
    QJsonObject tail;
    for (const QString &key : tailKeys)
        tail.insert(key, head.value(key));
    m_chunk += "\n],";
    m_chunk += MigrationReport::membersOf(tail);
    m_chunk += "}\n";
    return flush();
}

} // namespace codemie
