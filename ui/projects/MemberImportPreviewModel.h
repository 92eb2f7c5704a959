#pragma once

#include "MemberCsv.h"

#include <QAbstractTableModel>

namespace codemie {

// The rows of a member CSV as checked, for the import preview: number,
// e-mail, role, and the row's error or what the import will do. Rows with
// an error are highlighted and carry the message as tooltip.
class MemberImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Email, Role, Result, ColumnCount };
    enum Roles { IsValidRole = Qt::UserRole + 1 };

    explicit MemberImportPreviewModel(QObject *parent = nullptr);
    void setRows(const QList<MemberCsvRow> &rows);
    const QList<MemberCsvRow> &rows() const { return m_rows; }
    int errorCount() const { return m_errors; }
    // After the import, the rows say what was done.
    void setImported(bool imported);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString resultText(const MemberCsvRow &row) const;

    QList<MemberCsvRow> m_rows;
    int m_errors = 0;
    bool m_imported = false;
};

} // namespace codemie
