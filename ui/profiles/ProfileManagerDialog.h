#pragma once

#include "ConnectionProfile.h"
#include "CredentialStore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace codemie {

class ProfileForm;
class ProfileStore;

// Creates, edits, duplicates, deletes and tests connection profiles, and
// connects to one. Secrets typed here go to the credential store (the
// keychain), or, when the user does not want them remembered or no keychain
// is reachable, to `sessionSecrets` for this run only.
class ProfileManagerDialog : public QDialog {
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore &profiles, CredentialStore &secrets,
                         CredentialStore &sessionSecrets, const QString &keychainProblem,
                         QWidget *parent = nullptr);

    // After exec() == Accepted: the profile to connect to.
    ConnectionProfile chosenProfile() const { return m_chosen; }
    void selectProfile(const QString &name);
    ProfileForm *form() const { return m_form; }
    QString statusText() const;

    // The password for `profile`: typed, else remembered, else this run's.
    static QString resolveSecret(const ConnectionProfile &profile, CredentialStore::Purpose purpose,
                                 CredentialStore &secrets, CredentialStore &sessionSecrets);

public slots:
    void newProfile();
    bool saveCurrent();
    void duplicateCurrent();
    void deleteCurrent();
    void testCurrent();
    void connectCurrent();

private:
    void reloadList(const QString &selectId = {});
    void showCurrent();
    void setStatus(const QString &text, bool error);
    bool storeTypedSecrets(const ConnectionProfile &profile);

    ProfileStore &m_profiles;
    CredentialStore &m_secrets;
    CredentialStore &m_sessionSecrets;
    QString m_keychainProblem;
    QListWidget *m_list;
    ProfileForm *m_form;
    QLabel *m_banner;
    QLabel *m_status;
    QPushButton *m_delete;
    QPushButton *m_duplicate;
    ConnectionProfile m_chosen;
};

} // namespace codemie
