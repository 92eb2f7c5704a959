#include "CostCenterProjectsDialog.h"

#include "CostCenterRepository.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace codemie {

CostCenterProjectsDialog::CostCenterProjectsDialog(PlatformSession &session,
                                                   const CostCenterRecord &costCenter,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_costCenter(costCenter)
    , m_worker(std::make_unique<SessionWorker>(session.clone()))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("costCenterProjectsDialog"));
    setWindowTitle(tr("Assign projects to %1").arg(costCenter.name));
    m_search->setPlaceholderText(tr("Search projects"));
    m_search->setAccessibleName(tr("Search projects"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Projects"));
    m_error->setWordWrap(true);
    Theme::styleErrorText(m_error);
    m_error->hide();
    auto *note = new QLabel(tr("A project belongs to one cost center: ticking a project that is "
                               "in another one moves it here."),
                            this);
    note->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_assign = box->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    m_assign->setEnabled(false);
    connect(m_assign, &QPushButton::clicked, this, &CostCenterProjectsDialog::assign);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CostCenterProjectsDialog::search);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString name = item->data(Qt::UserRole).toString();
        if (item->checkState() == Qt::Checked && !m_checked.contains(name))
            m_checked << name;
        if (item->checkState() != Qt::Checked)
            m_checked.removeAll(name);
        m_assign->setEnabled(!m_checked.isEmpty());
        m_assign->setText(m_checked.isEmpty()
                              ? tr("Assign")
                              : tr("Assign %n project(s)", nullptr, int(m_checked.size())));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(box);
    resize(480, 460);
    search();
}

CostCenterProjectsDialog::~CostCenterProjectsDialog() = default;

void CostCenterProjectsDialog::search()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto answer = std::make_shared<Result<QList<CostCenterProject>>>();
    const QString text = m_search->text();
    const QString id = m_costCenter.id;
    m_worker->run(
        [answer, text, id](PlatformSession &s) {
            if (!s.db().isOpen()) {
                answer->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
                return;
            }
            *answer = CostCenterRepository(s).candidates(id, text);
        },
        this,
        [this, answer, generation] {
            if (generation != m_generation)
                return;
            m_loading = false;
            const QSignalBlocker block(m_list);
            m_list->clear();
            if (!answer->isOk()) {
                m_error->setText(answer->outcome.fullText());
                m_error->show();
                return;
            }
            for (const CostCenterProject &p : answer->value) {
                QString label = p.displayName.isEmpty()
                                    ? p.name
                                    : QStringLiteral("%1 (%2)").arg(p.name, p.displayName);
                if (!p.costCenterName.isEmpty())
                    label += QStringLiteral(" — ") + tr("now in %1").arg(p.costCenterName);
                auto *item = new QListWidgetItem(label, m_list);
                item->setData(Qt::UserRole, p.name);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(m_checked.contains(p.name) ? Qt::Checked : Qt::Unchecked);
            }
            if (answer->value.isEmpty()) {
                auto *item = new QListWidgetItem(tr("No other active project matches."), m_list);
                item->setFlags(Qt::NoItemFlags);
            }
        });
}

QStringList CostCenterProjectsDialog::checkedNames() const
{
    return m_checked;
}

void CostCenterProjectsDialog::setChecked(const QStringList &names)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(
                names.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QString CostCenterProjectsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CostCenterProjectsDialog::assign()
{
    const auto r = CostCenterRepository(m_session).assignProjects(m_costCenter, m_checked);
    if (!r.isOk()) {
        m_error->setText(r.outcome.fullText());
        m_error->show();
        return;
    }
    m_assigned = r.value;
    accept();
}

} // namespace codemie
