#pragma once

#include "ConnectionProfile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace codemie {

// The fields of one connection profile: the platform database, who acts, and
// an optional Keycloak source. Secrets are typed here and handed to the
// credential store by the dialog; this widget never stores them.
class ProfileForm : public QWidget {
    Q_OBJECT
public:
    explicit ProfileForm(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    // The profile as edited (id kept from setProfile()).
    ConnectionProfile profile() const;
    // Empty when nothing was typed: "keep what is stored".
    QString databasePassword() const;
    QString keycloakSecret() const;
    bool rememberSecrets() const;
    // When no keychain is reachable the "remember" box is disabled with the reason.
    void setKeychainAvailable(bool available, const QString &reason);
    void setStoredSecretHints(bool databasePassword, bool keycloakSecret);
    // An empty string when the form is complete, else what is missing.
    QString validationProblem() const;
    void clearSecrets();

signals:
    void changed();

private:
    void updateHints();

    ConnectionProfile m_profile;
    QLineEdit *m_name;
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
    QGroupBox *m_keycloak;
    QLineEdit *m_keycloakUrl;
    QLineEdit *m_realm;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLineEdit *m_caBundle;
    QCheckBox *m_plainHttp;
    QLabel *m_plainHttpWarning;
    QCheckBox *m_remember;
};

} // namespace codemie
