#include "CostCenterEditDialog.h"

#include "CostCenterRepository.h"
#include "CostCenterRules.h"
#include "PlatformSession.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace codemie {

CostCenterEditDialog::CostCenterEditDialog(PlatformSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Create cost center"));
    build();
}

CostCenterEditDialog::CostCenterEditDialog(PlatformSession &session,
                                           const CostCenterRecord &costCenter, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_original(costCenter)
{
    setWindowTitle(tr("Edit cost center"));
    build();
    m_name->setText(costCenter.name);
    m_description->setPlainText(costCenter.description);
}

void CostCenterEditDialog::build()
{
    setObjectName(QStringLiteral("costCenterEditDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("costCenterName"));
    m_name->setPlaceholderText(QStringLiteral("eng-ops123"));
    m_name->setAccessibleName(tr("Cost center name"));
    m_name->setMaxLength(CostCenterRules::MaxNameLength + 10);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("costCenterDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::styleErrorText(m_error);
    m_error->hide();
    auto *hint = new QLabel(tr("Lowercase letters and digits, two parts joined by one hyphen "
                               "(the platform's COST_CENTER_NAME_PATTERN)."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Cost center &name"), m_name);
    form->addRow(QString(), hint);
    form->addRow(tr("&Description"), m_description);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = box->addButton(m_original ? tr("Save") : tr("Create"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &CostCenterEditDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CostCenterEditDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CostCenterEditDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);
    resize(520, sizeHint().height());
    validate();
}

QString CostCenterEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CostCenterEditDialog::validate()
{
    // While typing: say what is wrong once something was typed.
    Outcome o = CostCenterRules::validateDescription(m_description->toPlainText());
    if (o && !m_name->text().isEmpty())
        o = CostCenterRules::validateName(m_name->text());
    m_error->setText(o ? QString() : o.fullText());
    m_error->setVisible(!o);
    m_save->setEnabled(o && !m_name->text().trimmed().isEmpty());
}

void CostCenterEditDialog::save()
{
    CostCenterRepository repo(m_session);
    const QString description = m_description->toPlainText().trimmed();
    const auto r = m_original ? repo.update(*m_original, m_name->text(), description)
                              : repo.create(m_name->text(), description);
    if (!r.isOk()) {
        m_error->setText(r.outcome.fullText());
        m_error->show();
        return;
    }
    m_saved = r.value;
    accept();
}

} // namespace codemie
