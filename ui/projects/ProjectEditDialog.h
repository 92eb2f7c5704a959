#pragma once

#include "DomainTypes.h"
#include "Outcome.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace codemie {

class PlatformSession;

// "Create Project" / "Edit Project": name, display name, description and
// cost center of a shared project. Every field is checked as you type with
// the platform's rules and wording (ProjectRules), including the
// case-insensitive uniqueness of the name; the repository checks again in
// its transaction. The name cannot change while users are assigned, and a
// personal project cannot be edited at all.
class ProjectEditDialog : public QDialog {
    Q_OBJECT
public:
    // Create mode.
    explicit ProjectEditDialog(PlatformSession &session, QWidget *parent = nullptr);
    // Edit mode.
    ProjectEditDialog(PlatformSession &session, const ProjectRecord &project,
                      QWidget *parent = nullptr);

    bool isCreate() const { return m_create; }
    // The project as saved (valid after accept()).
    const ProjectRecord &project() const { return m_project; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *costCenterBox() const { return m_costCenter; }
    QPushButton *saveButton() const { return m_save; }
    QString nameError() const;
    QString displayNameError() const;
    QString descriptionError() const;
    QString messageText() const;

public slots:
    // Saves through the repository; on a refusal the dialog stays open with
    // the platform's message.
    bool save();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void build();
    void loadCostCenters();
    void validate();
    void fitHeight();
    void fitLabel(QLabel *label);
    void checkNameIsFree();
    bool isDirty() const;
    void setError(QLabel *label, const Outcome &outcome);
    void showMessage(const Outcome &outcome);

    PlatformSession &m_session;
    ProjectRecord m_project;
    bool m_create;
    bool m_nameTouched = false;
    bool m_descriptionTouched = false;
    QString m_duplicateOf;   // the stored spelling of a project with this name
    int m_naturalHeight = 0; // as opened, without messages
    QLabel *m_intro;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_nameNote;
    QLineEdit *m_displayName;
    QLabel *m_displayNameError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCount;
    QLabel *m_descriptionError;
    QComboBox *m_costCenter;
    QLabel *m_costCenterLabel;
    QLabel *m_displayNameLabel;
    QLabel *m_message;
    QPushButton *m_save;
    QTimer *m_nameCheck;
};

} // namespace codemie
