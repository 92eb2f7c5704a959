#pragma once

#include "MigrationTypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <memory>

namespace codemie {

class PlanRows;

// The preview's table: one row per Keycloak user of a plan (action, username,
// e-mail, changes, reason and warnings), read from the plan's compact rows
// (PlanRows), which it shares with the wizard; the view asks for the rows on
// screen only.
class PlanTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Action, Username, Email, Changes, Reason, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1 };

    explicit PlanTableModel(QObject *parent = nullptr);
    void setRows(std::shared_ptr<const PlanRows> rows);
    const PlanRows *rows() const { return m_rows.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString actionText(UserPlan::Action action);
    static QString opText(const PlannedOp &op);

private:
    std::shared_ptr<const PlanRows> m_rows;
};

// Filters the preview by action and by text in username, e-mail or reason.
class PlanFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PlanFilterModel(QObject *parent = nullptr);
    void setAction(int action); // -1: every action
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    int m_action = -1;
    QString m_text;
};

} // namespace codemie
