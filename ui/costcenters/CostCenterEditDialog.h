#pragma once

#include "DomainTypes.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace codemie {

class PlatformSession;

// "Create cost center" / "Edit cost center": name (checked against the
// platform's pattern as it is typed) and description. Save writes through
// CostCenterRepository; a refusal is shown in the dialog, which stays open.
class CostCenterEditDialog : public QDialog {
    Q_OBJECT
public:
    // Create.
    explicit CostCenterEditDialog(PlatformSession &session, QWidget *parent = nullptr);
    // Edit `costCenter` as it was read.
    CostCenterEditDialog(PlatformSession &session, const CostCenterRecord &costCenter,
                         QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *saveButton() const { return m_save; }
    QString errorText() const;
    // The row as saved (after Accepted).
    const CostCenterRecord &saved() const { return m_saved; }

public slots:
    void save();

private:
    void build();
    void validate();

    PlatformSession &m_session;
    std::optional<CostCenterRecord> m_original;
    CostCenterRecord m_saved;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace codemie
