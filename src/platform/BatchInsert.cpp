#include "BatchInsert.h"

#include <QSqlError>

namespace codemie {

BatchInsert::BatchInsert(const PlatformDatabase &db, QString table, QStringList columns,
                         QStringList valueExpressions)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_full(db.newQuery())
{
    // `valueExpressions` may wrap a placeholder, e.g. CAST(? AS jsonb).
    if (valueExpressions.size() != m_columns.size())
        valueExpressions = QStringList(m_columns.size(), QStringLiteral("?"));
    m_rowTemplate =
        QLatin1Char('(') + valueExpressions.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_rowsPerStatement = qMax(1, 6000 / int(m_columns.size()));
}

Outcome BatchInsert::add(const QVariantList &row)
{
    m_pending << row;
    ++m_total;
    if (m_pending.size() >= m_rowsPerStatement)
        return flush();
    return Outcome::ok();
}

Outcome BatchInsert::flush()
{
    if (m_pending.isEmpty())
        return Outcome::ok();
    const int rows = int(m_pending.size());
    QSqlQuery partial = m_db.newQuery();
    QSqlQuery &q = rows == m_rowsPerStatement ? m_full : partial;
    if (rows != m_rowsPerStatement || !m_fullPrepared) {
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                .arg(m_table, m_columns.join(QStringLiteral(", "))) +
                            QStringList(rows, m_rowTemplate).join(QStringLiteral(", "));
        if (!q.prepare(sql))
            return m_db.outcomeFor(q.lastError());
        if (rows == m_rowsPerStatement)
            m_fullPrepared = true;
    }
    int index = 0;
    for (const QVariantList &values : std::as_const(m_pending))
        for (const QVariant &v : values)
            q.bindValue(index++, v);
    m_pending.clear();
    if (!q.exec())
        return m_db.outcomeFor(q.lastError());
    return Outcome::ok();
}

} // namespace codemie
