#include "HelpDialogs.h"

#include "RuntimeInventory.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace codemie {

namespace {

// "&Refresh…" → "Refresh"; "Save && close" → "Save & close".
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys) {
        if (!k.isEmpty())
            out << k.toString(QKeySequence::NativeText);
    }
    return out.join(QStringLiteral(", "));
}

void collectMenu(const QList<QAction *> &actions, const QString &where, QList<ShortcutEntry> &out,
                 QSet<const QAction *> &seen)
{
    for (QAction *a : actions) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = a->menu()) {
            const QString path = where.isEmpty()
                                     ? plainText(sub->title())
                                     : where + QStringLiteral(" → ") + plainText(sub->title());
            collectMenu(sub->actions(), path, out, seen);
            continue;
        }
        seen.insert(a);
        const QString keys = keysText(a->shortcuts());
        if (!keys.isEmpty())
            out.append({where, plainText(a->text()), keys});
    }
}

} // namespace

AboutDialog::AboutDialog(const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About CodeMie Admin Console"));
    const RuntimeInventory inventory = RuntimeInventory::collect();

    QStringList installation;
    installation << tr("Qt %1 (built with Qt %2)")
                        .arg(inventory.qtVersion, QStringLiteral(QT_VERSION_STR))
                        .toHtmlEscaped();
    // The inventory's own lines, as `codemie-admin --version` prints them,
    // without its first line (the version, shown above).
    const QStringList lines = inventory.lines();
    for (qsizetype i = 1; i < lines.size(); ++i)
        installation << lines.at(i).toHtmlEscaped();
    if (!keychainProblem.isEmpty())
        installation << tr("The keychain does not answer, so secrets are kept for this run only: "
                           "%1")
                            .arg(keychainProblem)
                            .toHtmlEscaped();

    const QStringList licences{
        tr("<b>CodeMie Admin Console</b>: © 2026 CodeMie Admin Console authors. All rights "
           "reserved. The project has not chosen a public licence yet; until it does, the console "
           "may be installed and used by the administrators of AI/Run CodeMie deployments and may "
           "not be redistributed."),
        tr("<b>Qt %1</b>: GNU Lesser General Public License, version 3 (LGPLv3). The console "
           "uses Qt's libraries as shared libraries, which you may replace with your own build.")
            .arg(inventory.qtVersion.toHtmlEscaped()),
        tr("<b>QtKeychain</b>: BSD licence (2-clause), © Frank Osterfeld and contributors.")};

    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><h3>%4</h3><p>%5</p><h3>%6</h3><p>%7</p>")
            .arg(tr("CodeMie Admin Console").toHtmlEscaped(),
                 tr("Version %1").arg(inventory.version).toHtmlEscaped(),
                 tr("Users, projects, budgets and the migration from Keycloak of an AI/Run "
                    "CodeMie platform in Platform-managed mode.")
                     .toHtmlEscaped(),
                 tr("This installation").toHtmlEscaped(), installation.join(QStringLiteral("<br>")),
                 tr("Licences").toHtmlEscaped(), licences.join(QStringLiteral("</p><p>"))));
    // A sentence per line wraps at a readable width at any scaling.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 70);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setAutoDefault(false);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The text scrolls where the screen is short (200% on a 1080p screen),
    // so that the dialog and its buttons stay on the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("aboutScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    const int wanted = m_text->heightForWidth(m_text->minimumWidth()) +
                       buttons->sizeHint().height() + layout->spacing() +
                       layout->contentsMargins().top() + layout->contentsMargins().bottom();
    scroll->setMinimumWidth(m_text->minimumWidth() +
                            scroll->verticalScrollBar()->sizeHint().width());
    Theme::resizeToFit(this, QSize(sizeHint().width(), wanted));
}

QString AboutDialog::text() const
{
    return m_text->text();
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, const QList<Area> &pages, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<ShortcutEntry> entries = collect(window, pages);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(e.where));
        m_table->setItem(row, 1, new QTableWidgetItem(e.what));
        m_table->setItem(row, 2, new QTableWidgetItem(e.keys));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);

    // Room for every row and column without scrolling, within the screen.
    int width = m_table->verticalHeader()->width() + 2 * m_table->frameWidth();
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += m_table->columnWidth(c);
    const int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth() +
                       m_table->verticalHeader()->length();
    const QScreen *screen = window ? window->screen() : nullptr;
    const int room = screen ? screen->availableGeometry().height() * 2 / 3 : height + 2;
    m_table->setMinimumSize(width + m_table->fontMetrics().averageCharWidth() * 4,
                            qMin(height + 2, room));
}

QList<ShortcutEntry> ShortcutsDialog::collect(QMainWindow *window, const QList<Area> &pages)
{
    QList<ShortcutEntry> out;
    QSet<const QAction *> seen;
    collectMenu(window->menuBar()->actions(), QString(), out, seen);
    for (const Area &area : pages) {
        const auto actions = area.widget->findChildren<QAction *>();
        for (const QAction *a : actions) {
            if (seen.contains(a) || a->menu())
                continue;
            seen.insert(a);
            const QString keys = keysText(a->shortcuts());
            if (!keys.isEmpty() && !plainText(a->text()).isEmpty())
                out.append({area.name, plainText(a->text()), keys});
        }
        const auto shortcuts = area.widget->findChildren<QShortcut *>();
        for (const QShortcut *s : shortcuts) {
            const QString keys = keysText(s->keys());
            if (!keys.isEmpty() && !s->whatsThis().isEmpty())
                out.append({area.name, s->whatsThis(), keys});
        }
    }
    // The lists open a row on Enter through their views' activation, which
    // no action carries.
    out.append({tr("Lists"), tr("Open the selected row (details)"),
                keysText({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)})});
    return out;
}

} // namespace codemie
