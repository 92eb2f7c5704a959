#include "BulkActionDialog.h"

#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "SessionWorker.h"
#include "Theme.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace codemie {

using Kind = UserBulkOperation::Kind;

BulkActionDialog::BulkActionDialog(PlatformSession &session, UserBulkOperation::Kind kind,
                                   int userCount, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_project(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_action(new QPushButton(verb(kind), this))
    , m_suggestions(new QStringListModel(this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(title(kind, userCount));
    auto *heading = new QLabel(title(kind, userCount), this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_project->setAccessibleName(tr("Project"));
    m_project->setPlaceholderText(tr("Type part of a project name"));
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(10);
    m_project->setCompleter(completer);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_project, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_project, &QLineEdit::textEdited, this, [this] { m_message->clear(); });
    connect(m_debounce, &QTimer::timeout, this, &BulkActionDialog::suggest);

    auto *form = new QFormLayout;
    form->addRow(tr("&Project:"), m_project);
    if (kind != Kind::UnassignFromProject) {
        // Only where a role is asked for: a widget outside the layout would
        // be drawn over the form.
        m_role = new QComboBox(this);
        m_role->addItem(tr("User"), false);
        m_role->addItem(tr("Project Admin"), true);
        m_role->setAccessibleName(tr("Role"));
        form->addRow(tr("&Role:"), m_role);
    }
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    Theme::styleErrorText(m_message, true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_action, QDialogButtonBox::AcceptRole);
    m_action->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    const int unit = fontMetrics().averageCharWidth();
    setMinimumWidth(unit * 60);
    m_project->setFocus();
}

BulkActionDialog::~BulkActionDialog() = default;

bool BulkActionDialog::isProjectAdmin() const
{
    return m_role && m_role->currentData().toBool();
}

QString BulkActionDialog::messageText() const
{
    return m_message->text();
}

QString BulkActionDialog::title(UserBulkOperation::Kind kind, int n)
{
    switch (kind) {
    case Kind::AssignToProject:
        return tr("Assign %n selected user(s) to a project", nullptr, n);
    case Kind::UnassignFromProject:
        return tr("Unassign %n selected user(s) from a project", nullptr, n);
    case Kind::ChangeProjectRole:
        return tr("Change the project role of %n selected user(s)", nullptr, n);
    case Kind::Deactivate:
        return tr("Deactivate %n selected user(s)", nullptr, n);
    }
    return {};
}

QString BulkActionDialog::confirmTitle(UserBulkOperation::Kind kind)
{
    switch (kind) {
    case Kind::AssignToProject:
        return tr("Assign Users to Project?");
    case Kind::UnassignFromProject:
        return tr("Unassign Users from Project?");
    case Kind::ChangeProjectRole:
        return tr("Change User Role?");
    case Kind::Deactivate:
        return tr("Deactivate Users?");
    }
    return {};
}

QString BulkActionDialog::confirmText(const UserBulkOperation &op, UserBulkOperation::Kind kind,
                                      int n)
{
    if (kind == Kind::Deactivate)
        return tr("%1? Deactivation cannot be undone.").arg(op.description(n));
    return tr("%1?").arg(op.description(n));
}

QString BulkActionDialog::verb(UserBulkOperation::Kind kind)
{
    switch (kind) {
    case Kind::AssignToProject:
        return tr("Assign");
    case Kind::UnassignFromProject:
        return tr("Unassign");
    case Kind::ChangeProjectRole:
        return tr("Change Role");
    case Kind::Deactivate:
        return tr("Deactivate");
    }
    return {};
}

void BulkActionDialog::refuse(const QString &text)
{
    m_message->setText(text);
    m_project->setFocus();
    m_project->selectAll();
}

void BulkActionDialog::accept()
{
    if (m_checking)
        return; // the project is being looked up; its answer decides
    const QString name = m_project->text().trimmed();
    if (name.isEmpty()) {
        refuse(tr("Project is required"));
        return;
    }
    // One indexed read on the worker, before anything is asked: a typo is
    // named here and not after a confirmation, and the window never waits on
    // the database meanwhile.
    if (!m_lookup)
        m_lookup = std::make_unique<SessionWorker>(m_session.clone());
    setChecking(true);
    ++m_generation; // suggestions still on their way are stale now
    struct Lookup {
        bool opened = false;
        Result<ProjectRecord> found;
    };
    auto lookup = std::make_shared<Lookup>();
    m_lookup->run(
        [lookup, name](PlatformSession &s) {
            lookup->opened = s.db().isOpen();
            if (!lookup->opened)
                return;
            const ProjectRepository projects(s);
            lookup->found = projects.findByName(name);
            if (!lookup->found.isOk()) {
                const auto insensitive = projects.findByNameInsensitive(name);
                if (insensitive.isOk() && !insensitive.value.deletedAt.isValid())
                    lookup->found = insensitive;
            }
        },
        this,
        [this, lookup] {
            setChecking(false);
            if (!lookup->opened) {
                refuse(m_lookup->openOutcome().fullText());
                return;
            }
            const Result<ProjectRecord> &found = lookup->found;
            if (!found.isOk() || found.value.deletedAt.isValid()) {
                refuse(found.outcome.kind() == Outcome::Kind::DatabaseError
                           ? found.outcome.fullText()
                           : tr("Project not found"));
                return;
            }
            if (found.value.isPersonal()) {
                refuse(tr("Cannot modify membership of a personal project"));
                return;
            }
            m_resolved = found.value.name;
            QDialog::accept();
        });
}

void BulkActionDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_action->setEnabled(!checking);
    m_project->setReadOnly(checking);
    if (checking) {
        Theme::styleErrorText(m_message, false);
        m_message->setText(tr("Looking up the project…"));
    } else {
        m_message->clear();
        Theme::styleErrorText(m_message, true);
    }
}

bool BulkActionDialog::isChecking() const
{
    return m_checking;
}

void BulkActionDialog::suggest()
{
    const QString typed = m_project->text().trimmed();
    if (typed.isEmpty())
        return;
    if (!m_lookup)
        m_lookup = std::make_unique<SessionWorker>(m_session.clone());
    const quint64 generation = ++m_generation;
    auto names = std::make_shared<QStringList>();
    m_lookup->run(
        [names, typed](PlatformSession &s) {
            if (!s.db().isOpen())
                return; // no suggestions; the action still says what is wrong
            ProjectQuery q;
            q.search = typed;
            q.type = ProjectQuery::Type::Shared;
            q.limit = 30;
            for (const ProjectRecord &p : ProjectRepository(s).page(q).value)
                *names << p.name;
        },
        this,
        [this, names, generation] {
            if (generation != m_generation)
                return; // typed on since
            m_suggestions->setStringList(*names);
            if (m_project->hasFocus() && !names->isEmpty())
                m_project->completer()->complete();
            emit projectSuggestionsLoaded(*names);
        });
}

} // namespace codemie
