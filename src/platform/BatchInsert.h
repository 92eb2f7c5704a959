#pragma once

#include "PlatformDatabase.h"

namespace codemie {

// Multi-row INSERT in batches of bound values: one prepared statement is
// reused for every full batch. Used by bulk writers (demo data, migration).
class BatchInsert {
public:
    BatchInsert(const PlatformDatabase &db, QString table, QStringList columns,
                QStringList valueExpressions = {});

    Outcome add(const QVariantList &row);
    Outcome flush();
    int total() const { return m_total; }

private:
    const PlatformDatabase &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_rowTemplate;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    int m_rowsPerStatement = 100;
    QList<QVariantList> m_pending;
    int m_total = 0;
};

} // namespace codemie
