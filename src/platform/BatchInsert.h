#pragma once

#include "PlatformDatabase.h"

namespace codemie {

// Bulk INSERT for bulk writers (demo data, migration).
//
// On PostgreSQL the rows go by COPY (PgCopy) where the driver's libpq is at
// hand; otherwise they travel as one JSON document per statement, expanded by
// json_populate_recordset(): one bound parameter instead of thousands, so
// neither the driver nor the server spends its time on per-value formatting
// and parsing. Elsewhere (SQLite) it is a multi-row INSERT of bound values,
// one prepared statement reused for every full batch. All three run inside
// the caller's transaction.
class BatchInsert {
public:
    enum class Method {
        Best,   // COPY, else JSON, else VALUES: whatever this connection allows
        Json,   // json_populate_recordset (PostgreSQL), else VALUES
        Values, // multi-row INSERT … VALUES
    };

    // `valueExpressions` may wrap a placeholder: PlatformDatabase::jsonParameter()
    // marks a column whose value is JSON text.
    BatchInsert(const PlatformDatabase &db, QString table, QStringList columns,
                QStringList valueExpressions = {}, Method method = Method::Best);

    // The method this insert uses (Best resolved: "copy", "json" or "values").
    QString methodName() const;

    // Rows of this insert refer to rows of `parent` (a foreign key): whenever
    // this insert sends its rows, including when a full buffer sends them
    // early, the parent's pending rows are sent first. `parent` must outlive
    // this insert.
    void sendAfter(BatchInsert &parent) { m_parents << &parent; }

    // A QByteArray value is UTF-8 text (never bytea), so that text built as
    // bytes (JsonText) is not converted twice.
    Outcome add(const QVariantList &row);
    Outcome flush();
    int total() const { return m_total; }

private:
    Outcome flushParents();
    Outcome flushValues();
    Outcome flushJson();
    Outcome flushCopy();
    void appendJsonRow(const QVariantList &row);

    const PlatformDatabase &m_db;
    QString m_table;
    QStringList m_columns;
    QStringList m_expressions;
    QString m_rowTemplate;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    int m_rowsPerStatement = 100;
    QList<QVariantList> m_pending;
    int m_total = 0;
    QList<BatchInsert *> m_parents;

    bool m_copy = false;
    QByteArray m_copyRows; // COPY text format
    int m_copyRowCount = 0;

    bool m_json = false;
    QList<QByteArray> m_jsonKeys; // "\"column\":" per column
    QList<bool> m_rawJson;        // the column's value is JSON text, embedded as is
    QByteArray m_document;
    int m_documentRows = 0;
};

} // namespace codemie
