#pragma once

#include "ConnectionSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace codemie {

// Asks where the platform database is and who the administrator acting is.
// The password is typed for this connection only: the dialog never stores it.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    QString password() const;
    QString actorEmail() const;
    void setActorEmail(const QString &email);
    int defaultProjectLimit() const;

    void accept() override;

private:
    void updateSslHint();

    QRadioButton *m_postgres;
    QRadioButton *m_sqlite;
    QStackedWidget *m_pages;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_schema;
    QComboBox *m_sslMode;
    QLabel *m_sslHint;
    QLineEdit *m_rootCert;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_actor;
    QSpinBox *m_projectLimit;
    QLabel *m_error;
};

} // namespace codemie
