#include "BatchInsert.h"

#include "JsonText.h"
#include "PgCopy.h"

#include <QSqlError>

namespace codemie {

namespace {
constexpr int jsonRowsPerStatement = 5000;
constexpr qsizetype jsonBytesPerStatement = 8 * 1024 * 1024;
constexpr int copyRowsPerStatement = 20000;
constexpr qsizetype copyBytesPerStatement = 16 * 1024 * 1024;

} // namespace

BatchInsert::BatchInsert(const PlatformDatabase &db, QString table, QStringList columns,
                         QStringList valueExpressions, Method method)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_full(db.newQuery())
{
    if (valueExpressions.size() != m_columns.size())
        valueExpressions = QStringList(m_columns.size(), QStringLiteral("?"));
    m_expressions = valueExpressions;
    m_rowTemplate =
        QLatin1Char('(') + valueExpressions.join(QStringLiteral(", ")) + QLatin1Char(')');
    m_rowsPerStatement = qMax(1, 6000 / int(m_columns.size()));

    m_json = db.isPostgres() && method != Method::Values;
    for (int i = 0; i < m_columns.size(); ++i) {
        const QString &expression = m_expressions.at(i);
        const bool raw = expression == db.jsonParameter() && expression != QLatin1String("?");
        if (expression != QLatin1String("?") && !raw)
            m_json = false; // an expression the JSON form cannot express
        m_rawJson << raw;
        QByteArray key;
        JsonText::appendString(key, m_columns.at(i));
        m_jsonKeys << key + ':';
    }
    // COPY takes JSON columns as text, like the JSON form; it cannot apply
    // any other expression either.
    m_copy = m_json && method == Method::Best && PgCopy::isAvailable(db);
}

QString BatchInsert::methodName() const
{
    return m_copy   ? QStringLiteral("copy")
           : m_json ? QStringLiteral("json")
                    : QStringLiteral("values");
}

Outcome BatchInsert::add(const QVariantList &row)
{
    ++m_total;
    if (m_copy) {
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i > 0)
                m_copyRows += '\t';
            PgCopy::appendValue(m_copyRows, row.value(i));
        }
        m_copyRows += '\n';
        ++m_copyRowCount;
        if (m_copyRowCount >= copyRowsPerStatement || m_copyRows.size() >= copyBytesPerStatement)
            return flushCopy();
        return Outcome::ok();
    }
    if (m_json) {
        appendJsonRow(row);
        if (m_documentRows >= jsonRowsPerStatement || m_document.size() >= jsonBytesPerStatement)
            return flushJson();
        return Outcome::ok();
    }
    m_pending << row;
    if (m_pending.size() >= m_rowsPerStatement)
        return flushValues();
    return Outcome::ok();
}

Outcome BatchInsert::flush()
{
    return m_copy ? flushCopy() : m_json ? flushJson() : flushValues();
}

Outcome BatchInsert::flushParents()
{
    for (BatchInsert *parent : std::as_const(m_parents)) {
        const Outcome o = parent->flush();
        if (!o)
            return o;
    }
    return Outcome::ok();
}

Outcome BatchInsert::flushCopy()
{
    if (m_copyRowCount == 0)
        return Outcome::ok();
    if (const Outcome parents = flushParents(); !parents) {
        m_copyRows.clear();
        m_copyRowCount = 0;
        return parents;
    }
    const Outcome o = PgCopy::copy(m_db, m_table, m_columns, m_copyRows);
    m_copyRows.clear();
    m_copyRowCount = 0;
    return o;
}

void BatchInsert::appendJsonRow(const QVariantList &row)
{
    m_document += m_documentRows == 0 ? '[' : ',';
    m_document += '{';
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            m_document += ',';
        m_document += m_jsonKeys.at(i);
        const QVariant v = row.value(i);
        if (m_rawJson.at(i) && !v.isNull())
            m_document +=
                v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
        else
            JsonText::appendValue(m_document, v);
    }
    m_document += '}';
    ++m_documentRows;
}

Outcome BatchInsert::flushJson()
{
    if (m_documentRows == 0)
        return Outcome::ok();
    if (const Outcome parents = flushParents(); !parents)
        return parents;
    m_document += ']';
    if (!m_fullPrepared) {
        const QString columns = m_columns.join(QStringLiteral(", "));
        if (!m_full.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM "
                                           "json_populate_recordset(NULL::%1, CAST(? AS json))")
                                .arg(m_table, columns)))
            return m_db.outcomeFor(m_full.lastError());
        m_fullPrepared = true;
    }
    m_full.bindValue(0, QString::fromUtf8(m_document));
    m_document.clear();
    m_documentRows = 0;
    if (!m_full.exec())
        return m_db.outcomeFor(m_full.lastError());
    return Outcome::ok();
}

Outcome BatchInsert::flushValues()
{
    if (m_pending.isEmpty())
        return Outcome::ok();
    if (const Outcome parents = flushParents(); !parents)
        return parents;
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
            q.bindValue(index++, v.typeId() == QMetaType::QByteArray
                                     ? QVariant(QString::fromUtf8(v.toByteArray()))
                                     : v);
    m_pending.clear();
    if (!q.exec())
        return m_db.outcomeFor(q.lastError());
    return Outcome::ok();
}

} // namespace codemie
