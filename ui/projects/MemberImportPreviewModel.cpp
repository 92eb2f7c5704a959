#include "MemberImportPreviewModel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace codemie {

MemberImportPreviewModel::MemberImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MemberImportPreviewModel::setRows(const QList<MemberCsvRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_errors = MemberCsv::errorCount(rows);
    endResetModel();
}

int MemberImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void MemberImportPreviewModel::setImported(bool imported)
{
    m_imported = imported;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Result), index(int(m_rows.size()) - 1, Result));
}

QString MemberImportPreviewModel::resultText(const MemberCsvRow &row) const
{
    if (!row.isValid())
        return row.error();
    if (m_imported) { // what was done, not what will be
        switch (row.action) {
        case MemberCsvRow::Action::Assign:
            return row.isProjectAdmin ? tr("Added as project admin") : tr("Added as user");
        case MemberCsvRow::Action::UpdateRole:
            return row.isProjectAdmin ? tr("Role changed to project admin")
                                      : tr("Role changed to user");
        default:
            return tr("Already a member with this role");
        }
    }
    switch (row.action) {
    case MemberCsvRow::Action::Assign:
        return row.isProjectAdmin ? tr("Will be added as project admin")
                                  : tr("Will be added as user");
    case MemberCsvRow::Action::UpdateRole:
        return row.isProjectAdmin ? tr("Member: role changes to project admin")
                                  : tr("Member: role changes to user");
    case MemberCsvRow::Action::Unchanged:
        return tr("Already a member with this role");
    case MemberCsvRow::Action::Unknown:
        break;
    }
    return tr("Valid");
}

QVariant MemberImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const MemberCsvRow &row = m_rows.at(index.row());
    switch (role) {
    case IsValidRole:
        return row.isValid();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return row.row;
        case Email:
            return row.email;
        case Role:
            return row.role.isEmpty() ? tr("user (default)") : row.role;
        case Result:
            return resultText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!row.isValid())
            return tr("Row %1 (line %2 of the file): %3")
                .arg(row.row)
                .arg(row.line)
                .arg(row.error());
        return {};
    case Qt::BackgroundRole:
        // Translucent, so it reads on light and dark palettes alike.
        if (!row.isValid())
            return QColor(220, 38, 38, 56);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Result && !row.isValid())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant MemberImportPreviewModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace codemie
