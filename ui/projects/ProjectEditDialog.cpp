#include "ProjectEditDialog.h"

#include "PlatformSession.h"
#include "ProjectRepository.h"
#include "ProjectRules.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace codemie {

namespace {
QLabel *errorLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    Theme::styleErrorText(label);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QWidget *stacked(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    return box;
}
} // namespace

ProjectEditDialog::ProjectEditDialog(PlatformSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_create(true)
{
    build();
}

ProjectEditDialog::ProjectEditDialog(PlatformSession &session, const ProjectRecord &project,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_project(project)
    , m_create(false)
{
    build();
}

void ProjectEditDialog::build()
{
    const SchemaCapabilities &caps = m_session.caps();
    setWindowTitle(m_create ? tr("Create Project") : tr("Edit Project — %1").arg(m_project.name));
    setObjectName(QStringLiteral("ProjectEditDialog"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(m_create
                         ? tr("A shared project. You become its creator and project admin.")
                         : tr("Project created %1 by %2.")
                               .arg(m_project.created.isValid()
                                        ? QLocale().toString(m_project.created.toLocalTime(),
                                                             QLocale::ShortFormat)
                                        : tr("(unknown date)"),
                                    m_project.createdByEmail.isEmpty() ? tr("the platform")
                                                                       : m_project.createdByEmail));

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Project Name"));
    m_name->setAccessibleName(tr("Project name"));
    m_name->setMaxLength(200); // longer than the rule, so the rule's message shows
    m_nameError = errorLabel(this, tr("Project name problem"));
    m_nameNote = new QLabel(this);
    m_nameNote->setWordWrap(true);
    m_nameNote->setAccessibleName(tr("Why the name cannot change"));
    m_nameNote->hide();

    m_displayName = new QLineEdit(this);
    m_displayName->setPlaceholderText(tr("e.g. My Project"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayNameError = errorLabel(this, tr("Display name problem"));

    m_description = new QPlainTextEdit(this);
    m_description->setPlaceholderText(tr("Describe what this project is for"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    m_descriptionCount = new QLabel(this);
    m_descriptionCount->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_descriptionCount->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_descriptionCount->setAccessibleName(tr("Description length"));
    m_descriptionError = errorLabel(this, tr("Description problem"));

    m_costCenter = new QComboBox(this);
    m_costCenter->setAccessibleName(tr("Cost center"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name *"), stacked(this, {m_name, m_nameError, m_nameNote}));
    m_displayNameLabel = new QLabel(tr("&Display name"), this);
    m_displayNameLabel->setBuddy(m_displayName);
    form->addRow(m_displayNameLabel, stacked(this, {m_displayName, m_displayNameError}));
    form->addRow(tr("D&escription *"),
                 stacked(this, {m_description, m_descriptionCount, m_descriptionError}));
    m_costCenterLabel = new QLabel(tr("&Cost center"), this);
    m_costCenterLabel->setBuddy(m_costCenter);
    form->addRow(m_costCenterLabel, m_costCenter);
    if (!caps.hasDisplayName) {
        m_displayNameLabel->hide();
        m_displayName->parentWidget()->hide();
    }
    if (!caps.hasCostCenters) {
        m_costCenterLabel->hide();
        m_costCenter->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_create ? tr("Create") : tr("Save"), QDialogButtonBox::ApplyRole);
    m_save->setAccessibleName(m_create ? tr("Create project") : tr("Save project"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ProjectEditDialog::save);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never squeezed below its fields
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    m_nameCheck = new QTimer(this);
    m_nameCheck->setSingleShot(true);
    m_nameCheck->setInterval(300);
    connect(m_nameCheck, &QTimer::timeout, this, &ProjectEditDialog::checkNameIsFree);

    loadCostCenters();
    if (!m_create) {
        m_name->setText(m_project.name);
        m_displayName->setText(m_project.displayName);
        m_description->setPlainText(m_project.description);
    }

    // What may be edited at all.
    const QString reason = m_session.readOnlyReason();
    bool editable = true;
    if (!reason.isEmpty()) {
        editable = false;
        showMessage(Outcome::failure(Outcome::Kind::ReadOnly, tr("Read-only: %1").arg(reason)));
    } else if (!m_create && m_project.isPersonal()) {
        editable = false;
        showMessage(Outcome::failure(Outcome::Kind::Refused, tr("Cannot update a personal project"),
                                     {}, tr("Create a separate shared project instead.")));
    }
    for (QWidget *w :
         {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_displayName),
          static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_costCenter)}) {
        w->setEnabled(editable);
        if (!editable)
            w->setToolTip(m_message->text());
    }
    if (editable && !m_create) {
        const Outcome rename = ProjectRules::checkRename(m_project, m_project.memberCount);
        if (!rename) {
            m_name->setEnabled(false);
            m_name->setToolTip(rename.message());
            m_nameNote->setText(rename.message());
            m_nameNote->show();
        }
    }

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameTouched = true;
        m_duplicateOf.clear();
        m_nameCheck->start();
        validate();
    });
    connect(m_displayName, &QLineEdit::textChanged, this, &ProjectEditDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        m_descriptionTouched = true;
        validate();
    });
    connect(m_costCenter, &QComboBox::currentIndexChanged, this, &ProjectEditDialog::validate);
    validate();
    Theme::resizeToFit(this, QSize(560, sizeHint().height()));
    m_naturalHeight = height();
}

void ProjectEditDialog::loadCostCenters()
{
    m_costCenter->clear();
    m_costCenter->addItem(tr("(none)"), QString());
    if (!m_session.caps().hasCostCenters)
        return;
    const auto centers = ProjectRepository(m_session).costCenters();
    if (!centers.isOk()) {
        showMessage(centers.outcome);
        return;
    }
    for (const CostCenter &cc : centers.value) {
        m_costCenter->addItem(cc.name, cc.id);
        if (!cc.description.isEmpty())
            m_costCenter->setItemData(m_costCenter->count() - 1, cc.description, Qt::ToolTipRole);
    }
    if (!m_project.costCenterId.isEmpty()) {
        int at = m_costCenter->findData(m_project.costCenterId);
        if (at < 0) { // deleted since: still shown as the current value
            m_costCenter->addItem(m_project.costCenterName.isEmpty() ? m_project.costCenterId
                                                                     : m_project.costCenterName,
                                  m_project.costCenterId);
            at = m_costCenter->count() - 1;
        }
        m_costCenter->setCurrentIndex(at);
    }
}

QString ProjectEditDialog::nameError() const
{
    return m_nameError->isHidden() ? QString() : m_nameError->text();
}

QString ProjectEditDialog::displayNameError() const
{
    return m_displayNameError->isHidden() ? QString() : m_displayNameError->text();
}

QString ProjectEditDialog::descriptionError() const
{
    return m_descriptionError->isHidden() ? QString() : m_descriptionError->text();
}

QString ProjectEditDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProjectEditDialog::setError(QLabel *label, const Outcome &outcome)
{
    label->setText(outcome ? QString() : outcome.message());
    label->setVisible(!outcome);
    fitLabel(label);
}

void ProjectEditDialog::fitLabel(QLabel *label)
{
    // A wrapped message as tall as its lines at the fields' width: the form
    // then makes room for it instead of cutting it after the first lines.
    if (label->isHidden()) {
        label->setMinimumHeight(0);
        return;
    }
    const int width = qMax(m_name->width(), fontMetrics().averageCharWidth() * 40);
    label->setMinimumHeight(label->heightForWidth(width));
}

void ProjectEditDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    for (QLabel *label : {m_nameError, m_displayNameError, m_descriptionError})
        fitLabel(label);
}

void ProjectEditDialog::showMessage(const Outcome &outcome)
{
    m_message->setText(outcome.fullText());
    Theme::styleErrorText(m_message, !outcome);
    m_message->setVisible(!outcome.fullText().isEmpty());
}

bool ProjectEditDialog::isDirty() const
{
    if (m_create)
        return true;
    return m_name->text().trimmed() != m_project.name ||
           m_displayName->text().trimmed() != m_project.displayName ||
           m_description->toPlainText() != m_project.description ||
           m_costCenter->currentData().toString() != m_project.costCenterId;
}

void ProjectEditDialog::checkNameIsFree()
{
    const QString name = m_name->text().trimmed();
    if (!m_name->isEnabled() || !ProjectRules::validateName(name) ||
        (!m_create && name == m_project.name))
        return;
    const auto found = ProjectRepository(m_session).findByNameInsensitive(name);
    if (found.isOk() && (m_create || found.value.name != m_project.name))
        m_duplicateOf = found.value.name;
    validate();
}

void ProjectEditDialog::validate()
{
    const QString name = m_name->text().trimmed();
    Outcome nameOk;
    if (m_name->isEnabled() && (m_create || name != m_project.name)) {
        nameOk = ProjectRules::validateName(name);
        if (nameOk && !m_duplicateOf.isEmpty())
            nameOk = ProjectRules::duplicateNameOutcome(m_duplicateOf);
    }
    setError(m_nameError, m_nameTouched ? nameOk : Outcome::ok());

    Outcome displayOk;
    if (m_session.caps().hasDisplayName)
        displayOk = ProjectRules::validateDisplayName(m_displayName->text());
    setError(m_displayNameError, displayOk);

    const QString description = m_description->toPlainText();
    const Outcome descriptionOk = ProjectRules::validateDescription(description);
    setError(m_descriptionError, m_descriptionTouched ? descriptionOk : Outcome::ok());
    m_descriptionCount->setText(
        tr("%1 / %2").arg(description.size()).arg(ProjectRules::MaxDescriptionLength));

    const bool editable = m_description->isEnabled();
    const bool valid = nameOk && displayOk && descriptionOk;
    m_save->setEnabled(editable && valid && isDirty());
    fitHeight();
    if (!editable)
        m_save->setToolTip(m_message->text());
    else if (!valid)
        m_save->setToolTip(tr("Fix the fields marked in red first."));
    else if (!isDirty())
        m_save->setToolTip(tr("Nothing has changed."));
    else
        m_save->setToolTip({});
}

void ProjectEditDialog::fitHeight()
{
    // A message that appears (the name rule is three lines) makes the
    // dialog taller instead of being cut or drawn over the next field.
    QLayout *l = layout();
    if (!l)
        return;
    l->activate();
    const int needed =
        l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    } else if (m_naturalHeight > 0 && needed < height() && height() > m_naturalHeight) {
        // The message went away: give its room back, so no empty band stays
        // above the buttons (never below the height it opened with; nothing
        // in the dialog grows with its height).
        resize(width(), qMax(needed, m_naturalHeight));
    }
}

bool ProjectEditDialog::save()
{
    m_nameTouched = true;
    m_descriptionTouched = true;
    validate();
    if (!m_description->isEnabled() || !m_save->isEnabled())
        return false;
    ProjectRepository repo(m_session);
    const QString name = m_name->text().trimmed();
    const QString description = m_description->toPlainText();
    const QString displayName = m_displayName->text().trimmed();
    const QString costCenterId = m_costCenter->currentData().toString();
    Result<ProjectRecord> saved;
    if (m_create) {
        saved = repo.createShared(name, description,
                                  m_session.caps().hasDisplayName ? displayName : QString(),
                                  costCenterId);
    } else {
        ProjectChange change;
        if (m_name->isEnabled() && name != m_project.name)
            change.name = name;
        if (description != m_project.description)
            change.description = description;
        if (m_session.caps().hasDisplayName && displayName != m_project.displayName)
            change.displayName = displayName;
        if (costCenterId != m_project.costCenterId)
            change.costCenterId = costCenterId;
        saved = repo.update(m_project, change);
    }
    if (!saved.isOk()) {
        if (saved.outcome.httpStatus() == 409) {
            const auto existing = repo.findByNameInsensitive(name);
            if (existing.isOk() && (m_create || existing.value.name != m_project.name)) {
                m_duplicateOf = existing.value.name;
                validate();
            }
        }
        showMessage(saved.outcome);
        return false;
    }
    m_project = saved.value;
    accept();
    return true;
}

} // namespace codemie
