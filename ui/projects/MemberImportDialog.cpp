#include "MemberImportDialog.h"

#include "MemberCsvImport.h"
#include "MemberImportPreviewModel.h"
#include "PlatformSession.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace codemie {

MemberImportDialog::MemberImportDialog(PlatformSession &session, const ProjectRecord &project,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_project(project)
    , m_steps(new QStackedWidget(this))
    , m_choose(new QPushButton(tr("&Choose CSV file…"), this))
    , m_template(new QPushButton(tr("&Save template…"), this))
    , m_summaryLabel(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_model(new MemberImportPreviewModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("MemberImportDialog"));
    setWindowTitle(tr("Import Users to project %1").arg(project.name));

    // Step 1: choose a file.
    auto *choosePage = new QWidget(m_steps);
    auto *chooseLayout = new QVBoxLayout(choosePage);
    auto *intro = new QLabel(tr("Upload a CSV file to add multiple users at once. Each row should "
                                "include user's email and optionally a role."),
                             choosePage);
    intro->setWordWrap(true);
    auto *hint = new QLabel(tr("Make sure your CSV includes at least one column named "
                               "<b>email</b>. You can also include a <b>role</b> column "
                               "(user/project_admin; empty means user). At most 1,000 rows and "
                               "5 MB, UTF-8 (with or without a byte-order mark). Users must "
                               "already exist in the platform. Members already in the project "
                               "get the role of their row."),
                            choosePage);
    hint->setWordWrap(true);
    m_choose->setAccessibleName(tr("Choose a CSV file to import"));
    m_choose->setDefault(true);
    m_template->setAccessibleName(tr("Save a template CSV file"));
    auto *chooseButtons = new QHBoxLayout;
    chooseButtons->addWidget(m_choose);
    chooseButtons->addWidget(m_template);
    chooseButtons->addStretch();
    // The empty space is the drop target: a file dropped anywhere on the
    // dialog is read, as the web UI's drop zone.
    m_dropZone =
        new QLabel(tr("Drop a CSV file here\nor choose one with the button below"), choosePage);
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setAccessibleName(tr("Drop zone for a CSV file"));
    m_dropZone->setMinimumHeight(fontMetrics().height() * 6);
    m_dropZone->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_dropZone->setFrameShape(QFrame::StyledPanel);
    m_dropZone->setStyleSheet(
        QStringLiteral("QLabel { border: 2px dashed palette(mid); border-radius: 6px; }"));
    setAcceptDrops(true);
    chooseLayout->addWidget(intro);
    chooseLayout->addWidget(hint);
    chooseLayout->addWidget(m_dropZone, 1);
    chooseLayout->addLayout(chooseButtons);

    // Step 2: preview.
    auto *previewPage = new QWidget(m_steps);
    auto *previewLayout = new QVBoxLayout(previewPage);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setAccessibleName(tr("File summary"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Error notice"));
    m_banner->setText(tr("An error has been detected in your CSV file. Please fix it and upload "
                         "the file again."));
    Theme::styleNotice(m_banner, Theme::Notice::Error);
    m_banner->hide();
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false); // the whole message is in the row's tooltip
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Rows of the file"));
    const int unit = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(MemberImportPreviewModel::Number, unit * 6);
    m_table->setColumnWidth(MemberImportPreviewModel::Email, unit * 26);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(MemberImportPreviewModel::Role,
                            qMax(metrics.horizontalAdvance(QStringLiteral("project_admin")),
                                 metrics.horizontalAdvance(tr("user (default)"))) +
                                unit * 2 + 8);
    previewLayout->addWidget(m_summaryLabel);
    previewLayout->addWidget(m_banner);
    previewLayout->addWidget(m_table, 1);

    m_steps->addWidget(choosePage);
    m_steps->addWidget(previewPage);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Result"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_back->setAccessibleName(tr("Back to choosing a file"));
    m_import->setAccessibleName(tr("Import the rows"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_back, QDialogButtonBox::ResetRole);
    buttons->addButton(m_import, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &MemberImportDialog::chooseFile);
    connect(m_template, &QPushButton::clicked, this, &MemberImportDialog::chooseTemplatePath);
    connect(m_back, &QPushButton::clicked, this, &MemberImportDialog::back);
    connect(m_import, &QPushButton::clicked, this, &MemberImportDialog::importRows);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    updateButtons();
    Theme::resizeToFit(this, QSize(960, 560));
}

MemberImportDialog::Step MemberImportDialog::step() const
{
    return Step(m_steps->currentIndex());
}

QString MemberImportDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString MemberImportDialog::summaryText() const
{
    return m_summaryLabel->text();
}

QString MemberImportDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void MemberImportDialog::showMessage(const Outcome &outcome, const QString &success)
{
    const QString text = outcome ? success : outcome.fullText();
    m_message->setText(text);
    Theme::styleErrorText(m_message, !outcome);
    m_message->setVisible(!text.isEmpty());
}

void MemberImportDialog::updateButtons()
{
    const bool preview = step() == Preview;
    m_back->setVisible(preview);
    m_import->setVisible(preview);
    const QString reason = m_session.readOnlyReason();
    const int errors = m_model->errorCount();
    const bool ready = preview && m_model->rowCount() > 0 && errors == 0;
    m_import->setEnabled(ready && reason.isEmpty() && !m_imported);
    if (!reason.isEmpty())
        m_import->setToolTip(reason);
    else if (m_imported)
        m_import->setToolTip(tr("The file has been imported."));
    else if (errors > 0)
        m_import->setToolTip(tr("Every row must be valid: fix the rows marked in red and choose "
                                "the file again."));
    else
        m_import->setToolTip({});
    m_import->setDefault(preview);
    m_choose->setDefault(!preview);
}

void MemberImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void MemberImportDialog::chooseTemplatePath()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save template"), QDir::home().filePath(QStringLiteral("users_template.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveTemplate(path);
}

bool MemberImportDialog::saveTemplate(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(MemberCsv::templateBytes()) < 0 ||
        !file.commit()) {
        showMessage(Outcome::failure(
            Outcome::Kind::InvalidInput,
            tr("The template could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString()));
        return false;
    }
    showMessage(Outcome::ok(), tr("Template saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MemberImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(Outcome::failure(
            Outcome::Kind::InvalidInput,
            tr("%1 could not be read.").arg(QDir::toNativeSeparators(path)), file.errorString()));
        return false;
    }
    // One byte more than the limit is enough to know it is too large.
    const QByteArray bytes = file.read(MemberCsv::MaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        showMessage(Outcome::failure(
            Outcome::Kind::InvalidInput,
            tr("%1 could not be read.").arg(QDir::toNativeSeparators(path)), file.errorString()));
        return false;
    }
    return loadBytes(bytes, QFileInfo(path).fileName());
}

bool MemberImportDialog::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    m_imported = false;
    m_model->setImported(false);
    m_summary = {};
    const auto checked = MemberCsvImport(m_session, m_project.name).validate(bytes);
    if (!checked.isOk()) {
        m_bytes.clear();
        m_model->setRows({});
        m_steps->setCurrentIndex(ChooseFile);
        showMessage(Outcome::failure(checked.outcome.kind(),
                                     tr("%1: %2").arg(fileName, checked.outcome.message()),
                                     checked.outcome.details(), checked.outcome.help()));
        updateButtons();
        return false;
    }
    m_bytes = bytes;
    m_fileName = fileName;
    m_model->setRows(checked.value);
    fitEmailColumn();
    const int total = int(checked.value.size());
    const int errors = m_model->errorCount();
    m_summaryLabel->setText(
        tr("<b>%1</b>: %n row(s) for project <b>%2</b>", nullptr, total)
            .arg(fileName.toHtmlEscaped(), m_project.name.toHtmlEscaped()) +
        QStringLiteral(" — ") +
        (errors == 0 ? tr("all valid.") : tr("%n with errors.", nullptr, errors)));
    m_banner->setVisible(errors > 0);
    m_steps->setCurrentIndex(Preview);
    showMessage(Outcome::ok());
    updateButtons();
    return errors == 0;
}

void MemberImportDialog::fitEmailColumn()
{
    // The addresses read whole where there is room (up to half the dialog:
    // the list spans it, and is not laid out yet on the first file); the
    // result, last, takes the rest.
    const int unit = fontMetrics().averageCharWidth();
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = m_table->horizontalHeader()->sectionSizeHint(MemberImportPreviewModel::Email);
    for (int r = 0; r < m_model->rowCount(); ++r)
        widest =
            qMax(widest, metrics.horizontalAdvance(
                             m_model->index(r, MemberImportPreviewModel::Email).data().toString()) +
                             unit * 2 + 8);
    m_table->setColumnWidth(MemberImportPreviewModel::Email,
                            qBound(unit * 26, widest, qMax(unit * 26, width() / 2)));
}

namespace {
QString droppedCsv(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}
} // namespace

void MemberImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCsv(event->mimeData()).isEmpty() && step() == ChooseFile) {
        event->acceptProposedAction();
        m_dropZone->setText(tr("Release to read the file"));
        return;
    }
    QDialog::dragEnterEvent(event);
}

void MemberImportDialog::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropZone->setText(tr("Drop a CSV file here\nor choose one with the button below"));
    QDialog::dragLeaveEvent(event);
}

void MemberImportDialog::dropEvent(QDropEvent *event)
{
    const QString path = droppedCsv(event->mimeData());
    m_dropZone->setText(tr("Drop a CSV file here\nor choose one with the button below"));
    if (path.isEmpty() || step() != ChooseFile) {
        QDialog::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    loadFile(path);
}

void MemberImportDialog::back()
{
    m_steps->setCurrentIndex(ChooseFile);
    showMessage(Outcome::ok());
    updateButtons();
}

bool MemberImportDialog::importRows()
{
    if (step() != Preview || m_model->errorCount() > 0 || m_imported)
        return false;
    const auto r = MemberCsvImport(m_session, m_project.name).import(m_bytes);
    if (!r.isOk()) {
        // Something changed since the preview: show the rows as they are now.
        const auto again = MemberCsvImport(m_session, m_project.name).validate(m_bytes);
        if (again.isOk()) {
            m_model->setRows(again.value);
            m_banner->setVisible(m_model->errorCount() > 0);
        }
        showMessage(r.outcome);
        updateButtons();
        return false;
    }
    m_imported = true;
    m_model->setImported(true);
    m_summary = r.value;
    const int added = r.value.assigned;
    showMessage(Outcome::ok(),
                tr("Users imported successfully! %n users added", nullptr, added) +
                    QStringLiteral(" ") +
                    tr("(%1, %2).", "import summary: roles changed, rows already as in the file")
                        .arg(tr("%n role(s) changed", nullptr, r.value.updated),
                             tr("%n already as in the file", nullptr, r.value.unchanged)));
    updateButtons();
    emit membersImported(r.value.assigned + r.value.updated);
    return true;
}

} // namespace codemie
