#include "ProfileManagerDialog.h"

#include "KeycloakClient.h"
#include "PlatformSession.h"
#include "ProfileForm.h"
#include "ProfileStore.h"
#include "Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace codemie {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore &profiles, CredentialStore &secrets,
                                           CredentialStore &sessionSecrets,
                                           const QString &keychainProblem, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sessionSecrets(sessionSecrets)
    , m_keychainProblem(keychainProblem)
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_banner(new QLabel(this))
    , m_status(new QLabel(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
{
    setWindowTitle(tr("Connection profiles"));
    m_list->setAccessibleName(tr("Profiles"));
    m_banner->setWordWrap(true);
    Theme::styleNotice(m_banner, Theme::Notice::Warning);
    m_banner->setText(tr("No keychain is available, so secrets cannot be remembered: %1 The "
                         "console keeps what you type for this run only.")
                          .arg(keychainProblem));
    m_banner->setVisible(!keychainProblem.isEmpty());
    m_form->setKeychainAvailable(keychainProblem.isEmpty(), keychainProblem);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Profile status"));

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    auto *test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    auto *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connectButton->setDefault(true);

    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    right->addWidget(m_status);
    right->addWidget(buttons);

    auto *row = new QHBoxLayout;
    row->addLayout(left, 1);
    row->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(row, 1);

    connect(newButton, &QPushButton::clicked, this, &ProfileManagerDialog::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteCurrent);
    connect(test, &QPushButton::clicked, this, &ProfileManagerDialog::testCurrent);
    connect(save, &QPushButton::clicked, this, &ProfileManagerDialog::saveCurrent);
    connect(connectButton, &QPushButton::clicked, this, &ProfileManagerDialog::connectCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { showCurrent(); });
    // A test result is about the fields as they were: it goes once they change.
    connect(m_form, &ProfileForm::changed, this, [this] { setStatus({}, false); });

    Theme::resizeToFit(this, QSize(980, 720));
    reloadList(profiles.lastUsedId());
    if (m_list->count() == 0)
        newProfile();
}

void ProfileManagerDialog::reloadList(const QString &selectId)
{
    QSignalBlocker block(m_list);
    m_list->clear();
    int select = -1;
    const auto all = m_profiles.profiles();
    for (const ConnectionProfile &p : all) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.serverText());
        if (p.id == selectId)
            select = m_list->count() - 1;
    }
    m_list->setCurrentRow(select >= 0 ? select : (m_list->count() > 0 ? 0 : -1));
    showCurrent();
}

void ProfileManagerDialog::showCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const bool has = item != nullptr;
    m_delete->setEnabled(has);
    m_duplicate->setEnabled(has);
    if (!has)
        return;
    const auto p = m_profiles.byId(item->data(Qt::UserRole).toString());
    if (!p)
        return;
    m_form->setProfile(*p);
    auto stored = [this, &p](CredentialStore::Purpose purpose) {
        const QString key = CredentialStore::keyFor(p->id, purpose);
        return m_secrets.read(key).isOk() || m_sessionSecrets.read(key).isOk();
    };
    m_form->setStoredSecretHints(stored(CredentialStore::Purpose::DatabasePassword),
                                 stored(CredentialStore::Purpose::KeycloakClientSecret));
    setStatus({}, false);
}

void ProfileManagerDialog::selectProfile(const QString &name)
{
    const auto p = m_profiles.byName(name);
    if (p)
        reloadList(p->id);
}

void ProfileManagerDialog::newProfile()
{
    QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    ConnectionProfile p;
    p.name = tr("New profile");
    p.database.host = QStringLiteral("localhost");
    p.database.user = QStringLiteral("postgres");
    m_form->setProfile(p);
    m_form->setStoredSecretHints(false, false);
    m_delete->setEnabled(false);
    m_duplicate->setEnabled(false);
}

QString ProfileManagerDialog::statusText() const
{
    return m_status->text();
}

void ProfileManagerDialog::setStatus(const QString &text, bool error)
{
    // Server texts (libpq's) come with tab-indented continuation lines and
    // blank lines: shown as plain lines.
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(QLatin1Char('\t'), QLatin1Char(' '));
        line = line.simplified();
        if (!line.isEmpty())
            lines << line;
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    Theme::styleErrorText(m_status, error);
}

bool ProfileManagerDialog::storeTypedSecrets(const ConnectionProfile &profile)
{
    const QList<QPair<CredentialStore::Purpose, QString>> typed = {
        {CredentialStore::Purpose::DatabasePassword, m_form->databasePassword()},
        {CredentialStore::Purpose::KeycloakClientSecret, m_form->keycloakSecret()}};
    for (const auto &[purpose, secret] : typed) {
        if (secret.isEmpty())
            continue;
        const QString key = CredentialStore::keyFor(profile.id, purpose);
        if (m_form->rememberSecrets()) {
            const Outcome o = m_secrets.write(key, secret);
            if (!o) {
                setStatus(o.fullText(), true);
                return false;
            }
            m_sessionSecrets.remove(key);
        } else {
            m_sessionSecrets.write(key, secret);
            m_secrets.remove(key); // "not remembered" means not left behind either
        }
    }
    return true;
}

bool ProfileManagerDialog::saveCurrent()
{
    const QString problem = m_form->validationProblem();
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return false;
    }
    const auto saved = m_profiles.save(m_form->profile());
    if (!saved.isOk()) {
        setStatus(saved.outcome.fullText(), true);
        return false;
    }
    if (!storeTypedSecrets(saved.value))
        return false;
    reloadList(saved.value.id);
    setStatus(tr("Saved %1.").arg(saved.value.name), false);
    return true;
}

void ProfileManagerDialog::duplicateCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QString name = tr("%1 (copy)").arg(item->text());
    for (int i = 2; m_profiles.byName(name); ++i)
        name = tr("%1 (copy %2)").arg(item->text()).arg(i);
    const auto copy = m_profiles.duplicate(item->data(Qt::UserRole).toString(), name, m_secrets);
    if (!copy.isOk()) {
        setStatus(copy.outcome.fullText(), true);
        return;
    }
    reloadList(copy.value.id);
    setStatus(tr("Created %1.").arg(name), false);
}

void ProfileManagerDialog::deleteCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile %1 and the secrets stored for it?").arg(item->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const Outcome o = m_profiles.remove(id, m_secrets);
    if (!o) {
        setStatus(o.fullText(), true);
        return;
    }
    for (const auto purpose : {CredentialStore::Purpose::DatabasePassword,
                               CredentialStore::Purpose::KeycloakClientSecret})
        m_sessionSecrets.remove(CredentialStore::keyFor(id, purpose));
    reloadList();
    if (m_list->count() == 0)
        newProfile();
    setStatus(tr("Deleted."), false);
}

QString ProfileManagerDialog::resolveSecret(const ConnectionProfile &profile,
                                            CredentialStore::Purpose purpose,
                                            CredentialStore &secrets,
                                            CredentialStore &sessionSecrets)
{
    const QString key = CredentialStore::keyFor(profile.id, purpose);
    const auto session = sessionSecrets.read(key);
    if (session.isOk())
        return session.value;
    const auto stored = secrets.read(key);
    return stored.isOk() ? stored.value : QString();
}

void ProfileManagerDialog::testCurrent()
{
    // A new profile still called "New profile" is tested as typed and not
    // saved: a stray "New profile" in the list is not what Test means. A
    // profile the user has named is saved first, as before.
    const bool untouchedNew = !m_list->currentItem() && m_form->profile().name == tr("New profile");
    if (untouchedNew) {
        const QString problem = m_form->validationProblem();
        if (!problem.isEmpty()) {
            setStatus(problem, true);
            return;
        }
    } else if (!saveCurrent()) {
        return;
    }
    const ConnectionProfile p = m_form->profile();
    const auto secret = [&](CredentialStore::Purpose purpose) {
        const QString typed = purpose == CredentialStore::Purpose::DatabasePassword
                                  ? m_form->databasePassword()
                                  : m_form->keycloakSecret();
        return untouchedNew || !typed.isEmpty()
                   ? typed
                   : resolveSecret(p, purpose, m_secrets, m_sessionSecrets);
    };
    PlatformSession::Options options;
    options.actorEmail = p.actorEmail;
    options.defaultProjectLimit = p.defaultProjectLimit;
    PlatformSession session(p.database, secret(CredentialStore::Purpose::DatabasePassword),
                            options);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome o = session.open();
    QApplication::restoreOverrideCursor();
    if (!o) {
        setStatus(o.fullText(), true);
        return;
    }
    const QString access =
        session.canWrite() ? tr("read-write") : tr("read-only: %1").arg(session.readOnlyReason());
    QString keycloak;
    if (p.hasKeycloak) {
        KeycloakSourceSettings ks;
        ks.baseUrl = p.keycloakUrl;
        ks.realm = p.keycloakRealm;
        ks.clientId = p.keycloakClientId;
        ks.caBundlePath = p.keycloakCaBundle;
        ks.allowPlainHttp = p.keycloakPlainHttpConfirmed;
        KeycloakClient client(ks, secret(CredentialStore::Purpose::KeycloakClientSecret));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto pre = client.preflight();
        QApplication::restoreOverrideCursor();
        if (!pre.isOk()) {
            setStatus(tr("Database: connected. Keycloak: %1").arg(pre.outcome.fullText()), true);
            return;
        }
        // The /auth prefix is detected, never asked; remember what was found.
        ConnectionProfile updated = p;
        updated.keycloakLegacyAuthPrefix = pre.value.serverLayout.contains(QStringLiteral("auth"));
        if (!untouchedNew)
            m_profiles.save(updated);
        keycloak = tr(" — Keycloak: %n user(s), %1 layout", nullptr, pre.value.userCount)
                       .arg(pre.value.serverLayout);
    }
    setStatus(tr("Connected to %1 — %2 — acting as %3 (%4) — %5")
                      .arg(session.schema().serverVersion, session.schema().release.displayText(),
                           session.hasActor() ? session.actor().email : tr("nobody"),
                           session.actorRoleLabel(), access) +
                  keycloak +
                  (untouchedNew ? QStringLiteral("\n") +
                                      tr("Not saved: give the profile a name and press Save.")
                                : QString()),
              false);
}

void ProfileManagerDialog::connectCurrent()
{
    if (!saveCurrent())
        return;
    m_chosen = m_form->profile();
    const auto saved = m_profiles.byName(m_chosen.name);
    if (saved)
        m_chosen = *saved;
    accept();
}

} // namespace codemie
