#pragma once

#include "DomainTypes.h"
#include "MemberBulkOperation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace codemie {

class MemberImportPreviewModel;
class PlatformSession;

// "Import Users to project", in the web UI's two steps: choose a CSV file
// (or save the template), then a preview of every row with its error or
// what it will do; Import is possible only when every row is valid, and
// writes all rows or none in one transaction.
class MemberImportDialog : public QDialog {
    Q_OBJECT
public:
    enum Step { ChooseFile, Preview };

    MemberImportDialog(PlatformSession &session, const ProjectRecord &project,
                       QWidget *parent = nullptr);

    Step step() const;
    bool imported() const { return m_imported; }
    const MemberBulkOperation::Summary &summary() const { return m_summary; }
    QString messageText() const;
    QString summaryText() const;
    QString bannerText() const;

    MemberImportPreviewModel *previewModel() const { return m_model; }
    QTableView *previewTable() const { return m_table; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *templateButton() const { return m_template; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *backButton() const { return m_back; }
    QLabel *dropZone() const { return m_dropZone; }

public slots:
    // Step 1 → step 2: reads and checks the file (at most 5 MB are read).
    bool loadFile(const QString &path);
    bool loadBytes(const QByteArray &bytes, const QString &fileName);
    bool importRows();
    bool saveTemplate(const QString &path);
    void back();

signals:
    void membersImported(int changed);

protected:
    // A CSV file dropped on the dialog (step 1) is read as if chosen.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void chooseTemplatePath();
    void showMessage(const Outcome &outcome, const QString &success = {});
    void updateButtons();
    void fitEmailColumn();

    PlatformSession &m_session;
    ProjectRecord m_project;
    QByteArray m_bytes;
    QString m_fileName;
    bool m_imported = false;
    MemberBulkOperation::Summary m_summary;
    QStackedWidget *m_steps;
    QPushButton *m_choose;
    QPushButton *m_template;
    QLabel *m_dropZone = nullptr;
    QLabel *m_summaryLabel;
    QLabel *m_banner;
    MemberImportPreviewModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QPushButton *m_back;
    QPushButton *m_import;
    QPushButton *m_close;
};

} // namespace codemie
