#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QMainWindow;
class QTableWidget;

namespace codemie {

// Help → About: the version, the Qt it runs on, the SQL drivers, TLS and
// keychain backends this installation found (the RuntimeInventory that
// `codemie-admin --version` prints) and the licences.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // `keychainProblem`: why secrets are kept in memory only (empty: the
    // keychain answers).
    explicit AboutDialog(const QString &keychainProblem, QWidget *parent = nullptr);
    QString text() const;

private:
    QLabel *m_text;
};

// One keyboard shortcut as the shortcuts dialog lists it.
struct ShortcutEntry {
    QString where; // "View → Go to", "Users", …
    QString what;  // "Refresh"
    QString keys;  // "F5", in the platform's notation
};

// Help → Keyboard shortcuts: every shortcut of the window, read from its
// menus' actions and the pages' actions and shortcuts, so that the list
// cannot drift from what the keys do.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Area {
        QWidget *widget;
        QString name;
    };
    ShortcutsDialog(QMainWindow *window, const QList<Area> &pages, QWidget *parent = nullptr);
    // The shortcuts of `window`'s menus, then those of each page (a QShortcut
    // is listed with its whatsThis as the description).
    static QList<ShortcutEntry> collect(QMainWindow *window, const QList<Area> &pages);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace codemie
