#include "CostCentersPage.h"

#include "CostCenterEditDialog.h"
#include "CostCenterProjectsDialog.h"
#include "CostCenterRepository.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace codemie {

CostCentersPage::CostCentersPage(QWidget *parent)
    : QWidget(parent)
    , m_unavailable(new QLabel(this))
    , m_content(new QWidget(this))
    , m_search(new QLineEdit(m_content))
    , m_new(new QPushButton(tr("&New cost center…"), m_content))
    , m_edit(new QPushButton(tr("&Edit…"), m_content))
    , m_delete(new QPushButton(tr("&Delete…"), m_content))
    , m_table(new QTableWidget(m_content))
    , m_projectsTitle(new QLabel(m_content))
    , m_projects(new QListWidget(m_content))
    , m_assign(new QPushButton(tr("&Assign projects…"), m_content))
    , m_remove(new QPushButton(tr("&Remove from cost center"), m_content))
    , m_activity(new QPushButton(tr("Show activity"), m_content))
    , m_status(new QLabel(m_content))
    , m_error(new QLabel(m_content))
    , m_debounce(new QTimer(this))
{
    auto *title = new QLabel(tr("Cost centers"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_unavailable->setWordWrap(true);
    m_unavailable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_unavailable->setAccessibleName(tr("Why cost centers are not shown"));
    Theme::styleNotice(m_unavailable, Theme::Notice::Warning);

    m_search->setPlaceholderText(tr("Search by name or description"));
    m_search->setAccessibleName(tr("Search cost centers"));
    m_search->setClearButtonEnabled(true);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_search, 1);
    tools->addWidget(m_new);
    tools->addWidget(m_edit);
    tools->addWidget(m_delete);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Description"), tr("Projects"), tr("Created by"), tr("Created at")});
    m_table->setAccessibleName(tr("Cost centers"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    auto fit = [&](int column, const QString &widest) {
        m_table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(m_table->horizontalHeaderItem(column)->text()),
                         metrics.horizontalAdvance(widest)) +
                        padding);
    };
    fit(Name, QStringLiteral("engineering-ops42"));
    fit(Projects, QStringLiteral("1,000"));
    fit(CreatedBy, QStringLiteral("ada.lovelace@codemie.example"));
    fit(CreatedAt, QStringLiteral("2026-12-31 23:59"));

    m_projects->setAccessibleName(tr("Projects in the selected cost center"));
    m_projects->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *side = new QWidget(m_content);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_projectsTitle->setWordWrap(true);
    sideLayout->addWidget(m_projectsTitle);
    sideLayout->addWidget(m_projects, 1);
    auto *sideButtons = new QHBoxLayout;
    sideButtons->addWidget(m_assign);
    sideButtons->addWidget(m_remove);
    sideLayout->addLayout(sideButtons);
    sideLayout->addWidget(m_activity, 0, Qt::AlignLeft);
    auto *splitter = new QSplitter(m_content);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::styleErrorText(m_error);
    m_error->hide();
    m_status->setAccessibleName(tr("Cost center status"));

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(tools);
    content->addWidget(splitter, 1);
    content->addWidget(m_error);
    content->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_content, 1);
    layout->addStretch(); // takes the room while the content is hidden

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CostCentersPage::reload);
    connect(m_new, &QPushButton::clicked, this, &CostCentersPage::createCostCenter);
    connect(m_edit, &QPushButton::clicked, this, &CostCentersPage::editCostCenter);
    connect(m_delete, &QPushButton::clicked, this, &CostCentersPage::deleteCostCenter);
    connect(m_assign, &QPushButton::clicked, this, &CostCentersPage::assignProjects);
    connect(m_remove, &QPushButton::clicked, this, &CostCentersPage::removeProjects);
    connect(m_activity, &QPushButton::clicked, this, [this] {
        if (const CostCenterRecord *cc = selected())
            emit showActivityRequested(QStringLiteral("cost_center"), cc->id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        showSelection();
        loadProjects();
    });
    connect(m_table, &QTableWidget::itemActivated, this, &CostCentersPage::editCostCenter);
    connect(m_projects, &QListWidget::itemSelectionChanged, this, &CostCentersPage::showSelection);
    setSession(nullptr);
}

CostCentersPage::~CostCentersPage() = default;

void CostCentersPage::setSession(PlatformSession *session)
{
    m_worker.reset();
    m_session = session;
    m_rows.clear();
    m_table->setRowCount(0);
    m_projects->clear();
    QString reason;
    if (!session || !session->db().isOpen())
        reason = tr("Not connected to a platform database.");
    else
        reason = CostCenterRepository(*session).unavailableReason();
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    m_content->setVisible(reason.isEmpty());
    if (reason.isEmpty()) {
        m_worker = std::make_unique<SessionWorker>(session->clone());
        // Writes follow the platform's rule: administrators only.
        const QString readOnly = session->readOnlyReason();
        for (QPushButton *b : {m_new, m_edit, m_delete, m_assign, m_remove})
            b->setToolTip(readOnly);
        m_activity->setVisible(session->caps().hasActivityEvents);
        reload();
    }
    showSelection();
}

void CostCentersPage::reload()
{
    m_debounce->stop();
    if (!m_worker)
        return;
    if (const CostCenterRecord *cc = selected(); cc && m_selectId.isEmpty())
        m_selectId = cc->id;
    const quint64 generation = ++m_listGeneration;
    m_loadingList = true;
    auto answer = std::make_shared<Result<QList<CostCenterRecord>>>();
    const QString search = m_search->text();
    m_worker->run(
        [answer, search](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
                return;
            }
            *answer = CostCenterRepository(s).list(search);
        },
        this,
        [this, answer, generation] {
            if (generation != m_listGeneration)
                return;
            m_loadingList = false;
            if (!answer->isOk()) {
                m_error->setText(answer->outcome.fullText());
                m_error->show();
                return;
            }
            const QString keep = m_selectId;
            m_selectId.clear();
            m_rows = answer->value;
            const QSignalBlocker block(m_table);
            m_table->clearSelection();
            m_table->setRowCount(int(m_rows.size()));
            const QLocale locale;
            int keepRow = -1;
            for (int row = 0; row < m_rows.size(); ++row) {
                const CostCenterRecord &cc = m_rows.at(row);
                const QString creator =
                    cc.createdByEmail.isEmpty() ? cc.createdBy : cc.createdByEmail;
                const QStringList cells{
                    cc.name, cc.description, locale.toString(cc.projectCount), creator,
                    cc.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    if (c == Projects)
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    if (c == Description)
                        item->setToolTip(cc.description);
                    m_table->setItem(row, c, item);
                }
                if (cc.id == keep)
                    keepRow = row;
            }
            if (keepRow >= 0)
                m_table->selectRow(keepRow);
            m_status->setText(!m_notice.isEmpty() ? m_notice
                              : m_rows.isEmpty() && m_search->text().isEmpty()
                                  ? tr("No cost centers yet. Create the first with New cost "
                                       "center.")
                                  : tr("%n cost center(s)", nullptr, int(m_rows.size())));
            m_notice.clear();
            showSelection();
            loadProjects();
        });
}

const CostCenterRecord *CostCentersPage::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool CostCentersPage::selectCostCenter(const QString &name)
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).name == name) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QStringList CostCentersPage::shownNames() const
{
    QStringList names;
    for (const CostCenterRecord &cc : m_rows)
        names << cc.name;
    return names;
}

void CostCentersPage::loadProjects()
{
    const CostCenterRecord *cc = selected();
    const quint64 generation = ++m_projectsGeneration;
    m_projects->clear();
    if (!cc || !m_worker) {
        m_loadingProjects = false;
        return;
    }
    m_loadingProjects = true;
    auto answer = std::make_shared<Result<QList<CostCenterProject>>>();
    const QString id = cc->id;
    m_worker->run(
        [answer, id](PlatformSession &s) {
            if (s.db().isOpen())
                *answer = CostCenterRepository(s).projects(id);
        },
        this,
        [this, answer, generation] {
            if (generation != m_projectsGeneration)
                return;
            m_loadingProjects = false;
            m_projects->clear();
            if (!answer->isOk()) {
                m_error->setText(answer->outcome.fullText());
                m_error->show();
                return;
            }
            for (const CostCenterProject &p : answer->value) {
                auto *item = new QListWidgetItem(
                    p.displayName.isEmpty() ? p.name
                                            : QStringLiteral("%1 (%2)").arg(p.name, p.displayName),
                    m_projects);
                item->setData(Qt::UserRole, p.name);
            }
            showSelection();
        });
}

void CostCentersPage::showSelection()
{
    const CostCenterRecord *cc = selected();
    const bool writable = m_session && m_session->canWrite();
    m_new->setEnabled(writable && m_worker);
    m_edit->setEnabled(writable && cc);
    m_delete->setEnabled(writable && cc);
    m_assign->setEnabled(writable && cc);
    m_remove->setEnabled(writable && cc && !m_projects->selectedItems().isEmpty());
    m_activity->setEnabled(cc);
    m_projectsTitle->setText(cc ? tr("Projects in %1").arg(cc->name)
                                : tr("Select a cost center to see its projects."));
}

void CostCentersPage::showOutcome(const Outcome &outcome, const QString &success)
{
    if (outcome) {
        m_error->clear();
        m_error->hide();
        m_status->setText(success);
        m_notice = success;
        return;
    }
    m_error->setText(outcome.fullText());
    m_error->show();
    QMessageBox::warning(this, tr("Cost centers"), outcome.fullText());
}

QString CostCentersPage::unavailableText() const
{
    return m_unavailable->isHidden() ? QString() : m_unavailable->text();
}

QString CostCentersPage::statusText() const
{
    return m_status->text();
}

QString CostCentersPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CostCentersPage::createCostCenter()
{
    if (!m_session)
        return;
    CostCenterEditDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectId = dialog.saved().id;
    showOutcome(Outcome::ok(), tr("Cost center %1 created.").arg(dialog.saved().name));
    reload();
}

void CostCentersPage::editCostCenter()
{
    const CostCenterRecord *cc = selected();
    if (!m_session || !cc || !m_session->canWrite())
        return;
    CostCenterEditDialog dialog(*m_session, *cc, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_selectId = dialog.saved().id;
    showOutcome(Outcome::ok(), tr("Cost center %1 saved.").arg(dialog.saved().name));
    reload();
    emit projectsChanged(); // the Projects page shows cost center names
}

void CostCentersPage::deleteCostCenter()
{
    const CostCenterRecord *selectedRow = selected();
    if (!m_session || !selectedRow)
        return;
    const CostCenterRecord cc = *selectedRow;
    QMessageBox box(QMessageBox::Question, tr("Delete Cost Center?"),
                    tr("Delete the cost center %1? This action cannot be undone.").arg(cc.name),
                    QMessageBox::Cancel, this);
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    const Outcome o = CostCenterRepository(*m_session).remove(cc);
    showOutcome(o, tr("Cost center %1 deleted.").arg(cc.name));
    reload();
}

void CostCentersPage::assignProjects()
{
    const CostCenterRecord *cc = selected();
    if (!m_session || !cc)
        return;
    CostCenterProjectsDialog dialog(*m_session, *cc, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showOutcome(Outcome::ok(),
                tr("%n project(s) assigned to %1.", nullptr, dialog.assignedCount()).arg(cc->name));
    reload();
    emit projectsChanged();
}

void CostCentersPage::removeProjects()
{
    const CostCenterRecord *cc = selected();
    if (!m_session || !cc)
        return;
    QStringList names;
    for (QListWidgetItem *item : m_projects->selectedItems())
        names << item->data(Qt::UserRole).toString();
    if (names.isEmpty())
        return;
    const auto r = CostCenterRepository(*m_session).removeProjects(*cc, names);
    showOutcome(r.outcome, tr("%n project(s) removed from %1.", nullptr, r.value).arg(cc->name));
    reload();
    emit projectsChanged();
}

} // namespace codemie
