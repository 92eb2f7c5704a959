#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace codemie {

// A searchable, sortable table page (Users, Projects): search box with
// debounce, the table, and a line that says how many rows match.
class ListPage : public QWidget {
    Q_OBJECT
public:
    ListPage(const QString &title, const QString &searchPlaceholder, QAbstractItemModel *model,
             QWidget *parent = nullptr);

    QLineEdit *searchBox() const { return m_search; }
    QTableView *table() const { return m_table; }
    void setCountText(const QString &text);
    void focusSearch();

signals:
    void searchChanged(const QString &text);

private:
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace codemie
