#include "MigrationWizard.h"

#include "BackgroundTask.h"
#include "CredentialStore.h"
#include "DeploymentSteps.h"
#include "Dialogs.h"
#include "KeycloakClient.h"
#include "MigrationHistory.h"
#include "MigrationPlanner.h"
#include "MigrationReport.h"
#include "MigrationStream.h"
#include "PlanRows.h"
#include "PlanTableModel.h"
#include "PlatformSession.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "RoleRules.h"
#include "ShownText.h"
#include "Theme.h"
#include "UserRepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace codemie {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Runs `work` with a fresh connection of the wizard's database, opened on
// the worker thread; the outcome of opening is returned when it fails.
Outcome withConnection(PlatformSession *session,
                       const std::function<Outcome(PlatformSession &)> &work)
{
    std::unique_ptr<PlatformSession> own = session->clone();
    const Outcome opened = own->open();
    if (!opened)
        return opened;
    return work(*own);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

// 1. What will happen and what will not.
class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent)
        : QWizardPage(parent)
    {
        setTitle(tr("Move users and projects from Keycloak into the platform database"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wrapped(
            tr("This wizard reads every Keycloak user and the projects named in their "
               "applications and applications_admin attributes, shows exactly what it would "
               "write, and after your approval writes it into the platform database in batches. "
               "It can be run again at any time: a second run writes only what is missing."),
            this));
        layout->addWidget(wrapped(
            tr("Keycloak is only read, never changed. Nothing is written to the database before "
               "you approve the preview."),
            this));
        layout->addWidget(wrapped(tr("<b>Which deployment is this?</b>"), this));
        layout->addWidget(wrapped(
            tr("A fresh installation that has never used Keycloak-managed mode needs no "
               "migration: close this wizard, turn on Platform-managed mode (the last page of "
               "this wizard lists the settings) and create users in the Users page."),
            this));
        layout->addWidget(wrapped(
            tr("An existing deployment whose users and project assignments live in Keycloak "
               "needs this migration once, before Platform-managed mode is switched on."),
            this));
        layout->addStretch();
    }
};

// 2. Where the users come from, checked before anything else.
class SourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit SourcePage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_exportRadio(
              new QRadioButton(tr("A realm export (files written by kc.sh export)"), this))
        , m_keycloakRadio(
              new QRadioButton(tr("A live Keycloak (read through its admin API)"), this))
        , m_exportPath(new QLineEdit(this))
        , m_profile(new QComboBox(this))
        , m_url(new QLineEdit(this))
        , m_realm(new QLineEdit(this))
        , m_clientId(new QLineEdit(this))
        , m_secret(new QLineEdit(this))
        , m_caBundle(new QLineEdit(this))
        , m_saveSecret(new QCheckBox(tr("&Save the secret in the system keychain"), this))
        , m_check(new QPushButton(tr("&Check"), this))
        , m_cancel(new QPushButton(tr("Cancel check"), this))
        , m_busy(new QProgressBar(this))
        , m_status(wrapped(QString(), this))
    {
        setTitle(tr("Source"));
        setSubTitle(tr("Choose where the users are read from, then check it."));
        m_exportRadio->setObjectName(QStringLiteral("exportSource"));
        m_keycloakRadio->setObjectName(QStringLiteral("keycloakSource"));
        m_exportPath->setObjectName(QStringLiteral("exportPath"));
        m_url->setObjectName(QStringLiteral("keycloakUrl"));
        m_realm->setObjectName(QStringLiteral("keycloakRealm"));
        m_clientId->setObjectName(QStringLiteral("keycloakClientId"));
        m_secret->setObjectName(QStringLiteral("keycloakSecret"));
        m_caBundle->setObjectName(QStringLiteral("keycloakCaBundle"));
        m_profile->setObjectName(QStringLiteral("keycloakProfile"));
        m_saveSecret->setObjectName(QStringLiteral("saveSecret"));
        m_check->setObjectName(QStringLiteral("checkSource"));
        m_status->setObjectName(QStringLiteral("sourceStatus"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_url->setPlaceholderText(QStringLiteral("https://sso.example.com"));
        m_clientId->setPlaceholderText(QStringLiteral("codemie-admin"));
        m_secret->setPlaceholderText(tr("kept in memory"));
        m_exportPath->setPlaceholderText(tr("codemie-realm.json, or the folder of a split export"));

        auto *group = new QButtonGroup(this);
        group->addButton(m_exportRadio);
        group->addButton(m_keycloakRadio);
        m_exportRadio->setChecked(true);

        auto *exportBox = new QGroupBox(this);
        auto *exportLayout = new QGridLayout(exportBox);
        auto *file = new QPushButton(tr("File…"), exportBox);
        auto *folder = new QPushButton(tr("Folder…"), exportBox);
        auto *demo = new QPushButton(tr("Use the bundled demo export"), exportBox);
        demo->setObjectName(QStringLiteral("useDemoExport"));
        exportLayout->addWidget(new QLabel(tr("Export:"), exportBox), 0, 0);
        exportLayout->addWidget(m_exportPath, 0, 1);
        exportLayout->addWidget(file, 0, 2);
        exportLayout->addWidget(folder, 0, 3);
        exportLayout->addWidget(demo, 1, 1, 1, 3, Qt::AlignLeft);

        auto *keycloakBox = new QGroupBox(this);
        auto *form = new QFormLayout(keycloakBox);
        form->addRow(tr("Connection &profile:"), m_profile);
        form->addRow(tr("Base URL:"), m_url);
        form->addRow(tr("Realm:"), m_realm);
        form->addRow(tr("Client id:"), m_clientId);
        auto *secretRow = new QHBoxLayout;
        secretRow->addWidget(m_secret, 1);
        secretRow->addWidget(m_saveSecret);
        form->addRow(tr("Client secret:"), secretRow);
        form->addRow(tr("CA bundle (optional):"), m_caBundle);

        m_busy->setRange(0, 0);
        m_busy->hide();
        m_cancel->hide();
        auto *checkRow = new QHBoxLayout;
        checkRow->addWidget(m_check);
        checkRow->addWidget(m_cancel);
        checkRow->addWidget(m_busy, 1);
        checkRow->addStretch();
        m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);

        // Scrolls when the window is small (200 % on a 1080p screen).
        auto *content = new QWidget(this);
        m_scroll = new QScrollArea(this);
        m_scroll->setWidgetResizable(true);
        m_scroll->setFrameShape(QFrame::NoFrame);
        m_scroll->setWidget(content);
        connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
                &SourcePage::showStatus);
        auto *pageLayout = new QVBoxLayout(this);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        pageLayout->addWidget(m_scroll);
        auto *layout = new QVBoxLayout(content);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_exportRadio);
        layout->addWidget(exportBox);
        layout->addWidget(m_keycloakRadio);
        layout->addWidget(keycloakBox);
        layout->addLayout(checkRow);
        layout->addWidget(m_status, 1);

        const auto sync = [this, exportBox, keycloakBox] {
            exportBox->setEnabled(m_exportRadio->isChecked());
            keycloakBox->setEnabled(m_keycloakRadio->isChecked());
            emit completeChanged();
        };
        connect(m_exportRadio, &QRadioButton::toggled, this, sync);
        for (QLineEdit *edit : {m_exportPath, m_url, m_realm, m_clientId, m_secret, m_caBundle})
            connect(edit, &QLineEdit::textChanged, this, &SourcePage::completeChanged);
        connect(file, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Realm export"), {}, tr("JSON files (*.json);;All files (*)"));
            if (!path.isEmpty())
                m_exportPath->setText(path);
        });
        connect(folder, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getExistingDirectory(this, tr("Export folder"));
            if (!path.isEmpty())
                m_exportPath->setText(path);
        });
        connect(demo, &QPushButton::clicked, this, [this] {
            const QString path = MigrationSource::demoExportPath();
            if (path.isEmpty())
                m_status->setText(tr("The bundled demo export could not be written to the data "
                                     "folder."));
            else
                m_exportPath->setText(path);
        });
        connect(m_profile, &QComboBox::currentIndexChanged, this, &SourcePage::profileChosen);
        connect(m_check, &QPushButton::clicked, this, &SourcePage::check);
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_wizard->task().cancel();
            m_status->setText(tr("Cancelling…"));
        });
        sync();
    }

    MigrationSourceSpec spec() const
    {
        MigrationSourceSpec s;
        s.kind = m_exportRadio->isChecked() ? MigrationSourceSpec::Kind::ExportFile
                                            : MigrationSourceSpec::Kind::Keycloak;
        s.exportPath = m_exportPath->text().trimmed();
        s.keycloak.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
        s.keycloak.realm = m_realm->text().trimmed();
        s.keycloak.clientId = m_clientId->text().trimmed();
        s.keycloak.caBundlePath = m_caBundle->text().trimmed();
        s.keycloak.allowPlainHttp = m_allowPlainHttp;
        s.clientSecret = m_secret->text();
        s.adminRole = m_wizard->options().adminRole;
        return s;
    }

    void initializePage() override
    {
        // The profiles with a Keycloak source, and whether a keychain answers.
        const QString current = m_profile->currentData().toString();
        const QSignalBlocker block(m_profile);
        m_profile->clear();
        m_profile->addItem(tr("None: entered here"), QString());
        if (m_wizard->m_profiles)
            for (const ConnectionProfile &p : m_wizard->m_profiles->profiles())
                if (p.hasKeycloak)
                    m_profile->addItem(p.name, p.id);
        m_profile->setCurrentIndex(qMax(0, m_profile->findData(current)));
        m_profile->setEnabled(m_profile->count() > 1);
        const bool keychain = m_wizard->m_secrets && m_wizard->m_secrets->isPersistent();
        m_saveSecret->setEnabled(keychain);
        if (!keychain)
            m_saveSecret->setChecked(false);
        m_saveSecret->setToolTip(keychain ? tr("After a successful check the client secret is "
                                               "saved in %1, never in a file.")
                                                .arg(m_wizard->m_secrets->backendName())
                                          : tr("No system keychain answers: the secret is kept "
                                               "in memory for this run only."));
    }

    bool isComplete() const override
    {
        return m_checkOk && !m_wizard->isBusy() && m_checkedIdentity == spec().identity();
    }

    bool validatePage() override
    {
        m_wizard->spec() = spec();
        return true;
    }

private:
    // A saved profile fills in its Keycloak source and, from the keychain or
    // this run's memory, its client secret.
    void profileChosen()
    {
        const QString id = m_profile->currentData().toString();
        m_allowPlainHttp = false;
        if (id.isEmpty() || !m_wizard->m_profiles)
            return;
        const auto p = m_wizard->m_profiles->byId(id);
        if (!p)
            return;
        m_url->setText(p->keycloakUrl.toString());
        m_realm->setText(p->keycloakRealm);
        m_clientId->setText(p->keycloakClientId);
        m_caBundle->setText(p->keycloakCaBundle);
        m_allowPlainHttp = p->keycloakPlainHttpConfirmed;
        const QString secret = m_wizard->m_secrets && m_wizard->m_sessionSecrets
                                   ? ProfileManagerDialog::resolveSecret(
                                         *p, CredentialStore::Purpose::KeycloakClientSecret,
                                         *m_wizard->m_secrets, *m_wizard->m_sessionSecrets)
                                   : QString();
        m_secret->setText(secret);
        m_status->setText(
            secret.isEmpty()
                ? tr("Profile %1 has no saved client secret: type it in.").arg(html(p->name))
                : tr("Profile %1: the client secret comes from the keychain.").arg(html(p->name)));
    }

    void showStatus()
    {
        if (!m_showStatus)
            return;
        QScrollBar *bar = m_scroll->verticalScrollBar();
        bar->setValue(qMin(bar->maximum(), m_status->y() - m_check->height()));
    }

    // Where a typed secret is kept in the keychain: the chosen profile's
    // entry, or one for this URL, realm and client.
    QString secretKey(const MigrationSourceSpec &s) const
    {
        const QString id = m_profile->currentData().toString();
        return id.isEmpty()
                   ? MigrationWizard::typedSecretKey(s.keycloak)
                   : CredentialStore::keyFor(id, CredentialStore::Purpose::KeycloakClientSecret);
    }

    void check()
    {
        if (m_keycloakRadio->isChecked() && m_secret->text().isEmpty() && m_wizard->m_secrets) {
            // A secret saved by an earlier run of the wizard for this source.
            const auto saved = m_wizard->m_secrets->read(secretKey(spec()));
            if (saved.isOk() && !saved.value.isEmpty())
                m_secret->setText(saved.value);
        }
        const MigrationSourceSpec s = spec();
        if (s.kind == MigrationSourceSpec::Kind::ExportFile && s.exportPath.isEmpty()) {
            m_status->setText(tr("Choose the export file or folder first."));
            return;
        }
        if (s.kind == MigrationSourceSpec::Kind::Keycloak &&
            (m_url->text().trimmed().isEmpty() || s.keycloak.realm.isEmpty() ||
             s.keycloak.clientId.isEmpty() || s.clientSecret.isEmpty())) {
            m_status->setText(tr("Fill in the base URL, the realm, the client id and the client "
                                 "secret first."));
            return;
        }
        m_checkOk = false;
        m_showStatus = false;
        m_busy->show();
        m_cancel->show();
        m_check->setEnabled(false);
        m_status->setText(s.kind == MigrationSourceSpec::Kind::ExportFile
                              ? tr("Reading the export…")
                              : tr("Connecting to Keycloak…"));
        auto result = std::make_shared<Result<MigrationSourceData>>();
        const std::atomic_bool *cancel = m_wizard->task().cancelFlag();
        // An export is read whole by the check: its users go into a stream
        // (a temporary file), which planning then reads instead of the export.
        auto stream = std::make_shared<MigrationStream>(m_wizard->options());
        m_wizard->task().start(
            [s, result, cancel, stream] {
                *result = MigrationSource::check(s, cancel);
                if (!result->isOk() || s.kind != MigrationSourceSpec::Kind::ExportFile)
                    return;
                stream->restart(result->value);
                stream->add(result->value.users);
                if (!stream->failure())
                    result->outcome = stream->failure();
            },
            this, [this, s, result, stream] { checked(s, *result, stream); });
        emit completeChanged();
    }

    void checked(const MigrationSourceSpec &s, const Result<MigrationSourceData> &r,
                 const std::shared_ptr<MigrationStream> &stream)
    {
        m_busy->hide();
        m_cancel->hide();
        m_check->setEnabled(true);
        QStringList lines;
        bool ok = r.isOk();
        const KeycloakPreflight &pre = r.value.preflight;
        // The roles of the platform guide's list the token lacks, in two
        // groups: those reading needs, and the rest.
        QStringList blocking;
        QStringList optional;
        for (const QString &role : pre.missingRoles)
            (KeycloakClient::requiredRoles().contains(role) ? blocking : optional) << role;
        if (!ok) {
            // Refused for the roles reading needs: the role lines and the one
            // way to grant them below say the rest of the refusal.
            const bool refusedForRoles = !blocking.isEmpty() && !pre.grantRolesHelp.isEmpty() &&
                                         r.outcome.kind() == Outcome::Kind::Refused;
            lines << tr("<b>The check failed.</b>")
                  << html(refusedForRoles ? r.outcome.message() : r.outcome.fullText());
        } else if (s.kind == MigrationSourceSpec::Kind::ExportFile) {
            lines << tr("<b>The export can be read.</b>")
                  << tr("Realm %1, users in the export: %2.")
                         .arg(html(r.value.realm), QLocale().toString(stream->userCount()));
            // The export was read whole: keep its users, so that planning
            // does not read it again.
            m_wizard->m_read = r.value;
            m_wizard->m_stream = stream;
            m_wizard->m_readIdentity = s.identity();
            ++m_wizard->m_reads;
        } else {
            const KeycloakPreflight &p = r.value.preflight;
            lines << tr("<b>Keycloak answers.</b>");
            lines << tr("✓ Token obtained (valid for %1 s).")
                         .arg(QLocale().toString(p.tokenLifetimeSeconds));
            lines << tr("✓ Server layout: %1, at %2.")
                         .arg(html(p.serverLayout), html(p.effectiveBaseUrl.toString()));
            lines << tr("✓ Roles of the service account: %1.")
                         .arg(html(p.tokenRoles.join(QStringLiteral(", "))));
            lines << tr("✓ Users in realm %1: %2.")
                         .arg(html(s.keycloak.realm), QLocale().toString(p.userCount));
            if (!p.attributesVisible) {
                ok = false;
                lines << tr("✗ Keycloak hides the users' applications attributes from this "
                            "client (unmanaged attributes are disabled in the realm's user "
                            "profile). In the Keycloak admin console open Realm settings → "
                            "General → Unmanaged attributes, choose “Admin can view”, save, and "
                            "check again.");
            } else {
                lines << tr("✓ The applications attributes are visible (user profile: %1).")
                             .arg(p.unmanagedAttributePolicy.isEmpty()
                                      ? tr("no user profile policy")
                                      : html(p.unmanagedAttributePolicy));
            }
        }
        for (const QString &w : r.value.warnings)
            lines << tr("⚠ %1").arg(html(w));
        if (!blocking.isEmpty())
            lines << tr("✗ Missing service-account roles needed to read the users: %1.")
                         .arg(html(blocking.join(QStringLiteral(", "))));
        if (!optional.isEmpty())
            lines << tr("⚠ Missing service-account roles of the platform guide's list (reading "
                        "works without them): %1.")
                         .arg(html(optional.join(QStringLiteral(", "))));
        if (!pre.grantRolesHelp.isEmpty())
            lines << html(pre.grantRolesHelp);
        if (r.isOk() && s.kind == MigrationSourceSpec::Kind::Keycloak &&
            m_saveSecret->isEnabled() && m_saveSecret->isChecked()) {
            const Outcome saved = m_wizard->m_secrets->write(secretKey(s), s.clientSecret);
            lines << (saved ? tr("✓ The client secret was saved in the system keychain (%1).")
                                  .arg(html(m_wizard->m_secrets->backendName()))
                            : tr("✗ The client secret was not saved in the keychain: %1")
                                  .arg(html(saved.fullText())));
        }
        m_checkOk = ok;
        m_checkedIdentity = s.identity();
        m_status->setText(lines.join(QStringLiteral("<br>")));
        // The answer is the news: scroll its start into view once laid out.
        m_showStatus = true;
        showStatus();
        emit completeChanged();
        emit m_wizard->stepFinished(MigrationWizard::Source, ok);
    }

    MigrationWizard *m_wizard;
    QRadioButton *m_exportRadio;
    QRadioButton *m_keycloakRadio;
    QLineEdit *m_exportPath;
    QComboBox *m_profile;
    QLineEdit *m_url;
    QLineEdit *m_realm;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLineEdit *m_caBundle;
    QCheckBox *m_saveSecret;
    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_busy;
    QLabel *m_status;
    QScrollArea *m_scroll = nullptr;
    bool m_showStatus = false; // keep the check's answer in view while the layout settles
    bool m_checkOk = false;
    bool m_allowPlainHttp = false; // the chosen profile's confirmation
    QString m_checkedIdentity;
};

// 3. The database that is written, and the administrator the migration acts
// as (one of the database's active administrators and maintainers, read on a
// worker, remembered for this connection).
class TargetPage : public QWizardPage {
    Q_OBJECT
public:
    explicit TargetPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_text(wrapped(QString(), this))
        , m_actor(new QComboBox(this))
        , m_actorStatus(wrapped(QString(), this))
    {
        setTitle(tr("Target"));
        setSubTitle(tr("The platform database of the connection this window is using."));
        m_text->setObjectName(QStringLiteral("targetStatus"));
        m_actor->setObjectName(QStringLiteral("actingAdmin"));
        m_actorStatus->setObjectName(QStringLiteral("actingAdminStatus"));
        m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *form = new QFormLayout;
        auto *actorLabel = new QLabel(tr("&Act as:"), this);
        actorLabel->setBuddy(m_actor);
        form->addRow(actorLabel, m_actor);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addLayout(form);
        layout->addWidget(m_actorStatus);
        layout->addWidget(wrapped(tr("The acting administrator is named in the audit rows the "
                                     "migration writes (platform 2.40 and later). To migrate "
                                     "into another database, connect to it first (File → "
                                     "Connect…) and start the wizard again."),
                                  this));
        layout->addStretch();
        connect(m_actor, &QComboBox::currentIndexChanged, this, &TargetPage::completeChanged);
    }

    void initializePage() override
    {
        PlatformSession *s = m_wizard->session();
        QStringList lines;
        if (!s) {
            lines << tr("Not connected.");
        } else {
            const SchemaInfo &info = s->schema();
            lines << tr("Database: %1").arg(html(s->db().settings().displayName()));
            lines << tr("Platform release: %1").arg(html(info.release.label));
            if (!s->canWrite())
                lines << tr("✗ The migration cannot write to this database: %1")
                             .arg(html(s->readOnlyReason()));
            else
                lines << tr("Checking the database as it is now…");
        }
        m_text->setText(lines.join(QStringLiteral("<br>")));
        if (s && s->canWrite())
            lines.removeLast();
        m_baseText = lines.join(QStringLiteral("<br>"));
        m_writableNow = false;
        if (s && s->canWrite())
            loadAdministrators();
    }

    bool isComplete() const override
    {
        return m_wizard->session() && m_wizard->session()->canWrite() && m_writableNow &&
               !m_wizard->isBusy() && !m_actor->currentData().toString().isEmpty();
    }

    bool validatePage() override
    {
        m_wizard->m_actorId = m_actor->currentData().toString();
        m_wizard->m_actorEmail = m_actor->currentData(Qt::UserRole + 1).toString();
        QSettings().setValue(settingsKey(), m_wizard->m_actorId);
        return true;
    }

private:
    // Per connection: the connection's URI (it never holds a password).
    QString settingsKey() const
    {
        const QByteArray uri = m_wizard->session()->db().settings().toUri().toUtf8();
        return QStringLiteral("migrationWizard/actingAdmin/") +
               QString::fromLatin1(
                   QCryptographicHash::hash(uri, QCryptographicHash::Sha256).toHex().left(32));
    }

    void loadAdministrators()
    {
        m_actor->clear();
        m_actor->setEnabled(false);
        m_actorStatus->setText(tr("Reading the database's administrators…"));
        // The schema is probed again as it is now (an upgrade may have
        // started since the window connected), then the administrators read.
        struct Answer {
            Result<QList<UserRecord>> admins;
            bool upgrading = false;
            QString readOnly;
        };
        auto answer = std::make_shared<Answer>();
        PlatformSession *session = m_wizard->session();
        const bool started = m_wizard->task().start(
            [session, answer] {
                answer->admins.outcome = withConnection(session, [&](PlatformSession &own) {
                    answer->upgrading = own.schema().upgradeInProgress;
                    answer->readOnly = own.readOnlyReason();
                    if (answer->upgrading)
                        return Outcome::ok();
                    answer->admins = UserRepository(own).activeAdministrators();
                    return answer->admins.outcome;
                });
            },
            this,
            [this, answer] {
                if (answer->admins.isOk() && !answer->readOnly.isEmpty()) {
                    m_actor->setEnabled(false);
                    m_text->setText(
                        m_baseText + QStringLiteral("<br>") +
                        (answer->upgrading
                             ? tr("✗ Upgrade in progress: %1").arg(html(answer->readOnly))
                             : tr("✗ The migration cannot write to this database now: %1")
                                   .arg(html(answer->readOnly))));
                    m_actorStatus->setText(tr("Go Back and Next again to check once more."));
                    emit completeChanged();
                    emit m_wizard->stepFinished(MigrationWizard::Target, false);
                    return;
                }
                m_writableNow = true;
                m_text->setText(m_baseText + QStringLiteral("<br>") +
                                (answer->admins.isOk()
                                     ? tr("✓ The console may write to this database.")
                                     : QString()));
                loaded(answer->admins);
            });
        if (!started)
            m_actorStatus->setText(tr("Busy: go Back and Next again to read the administrators."));
        emit completeChanged();
    }

    void loaded(const Result<QList<UserRecord>> &admins)
    {
        m_actor->setEnabled(true);
        if (!admins.isOk()) {
            m_actorStatus->setText(tr("✗ The administrators could not be read: %1")
                                       .arg(html(admins.outcome.fullText())));
            emit completeChanged();
            emit m_wizard->stepFinished(MigrationWizard::Target, false);
            return;
        }
        PlatformSession *s = m_wizard->session();
        const QString remembered = QSettings().value(settingsKey()).toString();
        const QString own = s->hasActor() ? s->actor().id : QString();
        int chosen = -1;
        int ownIndex = -1;
        for (const UserRecord &u : admins.value) {
            const QString role = u.isMaintainer ? tr("Maintainer") : tr("Admin");
            const QString shown =
                u.name.isEmpty()
                    ? tr("%1 (%2)").arg(ShownText::escaped(u.email), role)
                    : tr("%1 <%2> (%3)")
                          .arg(ShownText::escaped(u.name), ShownText::escaped(u.email), role);
            m_actor->addItem(shown, u.id);
            m_actor->setItemData(m_actor->count() - 1, u.email, Qt::UserRole + 1);
            if (u.id == remembered)
                chosen = m_actor->count() - 1;
            if (u.id == own)
                ownIndex = m_actor->count() - 1;
        }
        m_actor->setCurrentIndex(chosen >= 0 ? chosen : (ownIndex >= 0 ? ownIndex : 0));
        m_actorStatus->setText(
            admins.value.isEmpty()
                ? tr("✗ The database has no active administrator or maintainer to act as. Make "
                     "someone Admin in the Users page first.")
                : tr("Active administrators and maintainers to choose from: %1.")
                      .arg(QLocale().toString(admins.value.size())));
        emit completeChanged();
        emit m_wizard->stepFinished(MigrationWizard::Target, !admins.value.isEmpty());
    }

    MigrationWizard *m_wizard;
    QLabel *m_text;
    QComboBox *m_actor;
    QLabel *m_actorStatus;
    QString m_baseText;         // what the window's connection knew
    bool m_writableNow = false; // the fresh probe's verdict
};

// 4. How existing users are treated, and what becomes of new ones.
class OptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OptionsPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_merge(new QRadioButton(tr("&Merge"), this))
        , m_overwrite(new QRadioButton(tr("&Overwrite"), this))
        , m_includeDisabled(new QCheckBox(tr("Import &disabled Keycloak users too"), this))
        , m_adminRole(new QLineEdit(this))
        , m_projectLimit(new QSpinBox(this))
        , m_batchSize(new QSpinBox(this))
    {
        setTitle(tr("Options"));
        m_merge->setObjectName(QStringLiteral("policyMerge"));
        m_overwrite->setObjectName(QStringLiteral("policyOverwrite"));
        m_includeDisabled->setObjectName(QStringLiteral("includeDisabled"));
        m_adminRole->setObjectName(QStringLiteral("adminRole"));
        m_projectLimit->setObjectName(QStringLiteral("projectLimit"));
        m_batchSize->setObjectName(QStringLiteral("batchSize"));
        m_merge->setChecked(true);
        m_adminRole->setPlaceholderText(tr("none: nobody becomes an administrator"));
        m_projectLimit->setRange(0, 100000);
        m_batchSize->setRange(1, 10000);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_merge);
        layout->addWidget(wrapped(tr("Only adds: missing users, projects and memberships are "
                                     "created and project-admin rights are raised; nothing that "
                                     "exists is changed or removed."),
                                  this));
        layout->addWidget(m_overwrite);
        layout->addWidget(wrapped(tr("Makes each user's shared-project memberships, roles and "
                                     "identity exactly what Keycloak says: memberships Keycloak "
                                     "does not list are removed."),
                                  this));
        auto *form = new QFormLayout;
        form->addRow(QString(), m_includeDisabled);
        form->addRow(tr("Realm role whose members become &administrators:"), m_adminRole);
        form->addRow(tr("Project &limit for new users (USER_PROJECT_LIMIT):"), m_projectLimit);
        layout->addLayout(form);
        auto *advanced = new QGroupBox(tr("Advanced"), this);
        auto *advancedForm = new QFormLayout(advanced);
        advancedForm->addRow(tr("Users per &batch (one transaction each):"), m_batchSize);
        layout->addWidget(advanced);
        layout->addStretch();
    }

    void initializePage() override
    {
        if (m_initialised)
            return;
        m_initialised = true;
        const MigrationOptions &o = m_wizard->options();
        m_projectLimit->setValue(m_wizard->session()
                                     ? m_wizard->session()->options().defaultProjectLimit
                                     : o.projectLimit);
        m_batchSize->setValue(o.batchSize);
        m_adminRole->setText(o.adminRole);
    }

    bool validatePage() override
    {
        MigrationOptions &o = m_wizard->options();
        o.policy = m_overwrite->isChecked() ? MigrationOptions::Policy::Overwrite
                                            : MigrationOptions::Policy::Merge;
        o.includeDisabled = m_includeDisabled->isChecked();
        o.adminRole = m_adminRole->text().trimmed();
        o.projectLimit = m_projectLimit->value();
        o.batchSize = m_batchSize->value();
        m_wizard->spec().adminRole = o.adminRole;
        return true;
    }

private:
    MigrationWizard *m_wizard;
    QRadioButton *m_merge;
    QRadioButton *m_overwrite;
    QCheckBox *m_includeDisabled;
    QLineEdit *m_adminRole;
    QSpinBox *m_projectLimit;
    QSpinBox *m_batchSize;
    bool m_initialised = false;
};

// 5. Reading the source (when it changed) and planning against the database.
class PlanningPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PlanningPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_bar(new QProgressBar(this))
        , m_status(wrapped(QString(), this))
        , m_cancel(new QPushButton(tr("Cancel"), this))
        , m_timer(new QTimer(this))
    {
        setTitle(tr("Reading and planning"));
        setSubTitle(tr("Nothing is written in this step."));
        m_bar->setObjectName(QStringLiteral("planningProgress"));
        m_status->setObjectName(QStringLiteral("planningStatus"));
        m_cancel->setObjectName(QStringLiteral("cancelPlanning"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_bar);
        layout->addWidget(m_status);
        layout->addWidget(m_cancel, 0, Qt::AlignLeft);
        layout->addStretch();
        m_timer->setInterval(100);
        connect(m_timer, &QTimer::timeout, this, &PlanningPage::tick);
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_wizard->task().cancel();
            m_status->setText(tr("Cancelling…"));
        });
    }

    void initializePage() override { start(); }
    void cleanupPage() override
    {
        m_wizard->task().cancel();
        m_wizard->task().wait();
        m_timer->stop();
    }
    bool isComplete() const override { return m_done && !m_wizard->isBusy(); }

private:
    void start()
    {
        m_done = false;
        m_reading = m_wizard->m_readIdentity != m_wizard->spec().identity();
        m_wizard->progressDone = 0;
        m_wizard->progressTotal = 0;
        m_wizard->progressPages = 0;
        m_wizard->progressRetries = 0;
        m_bar->setRange(0, 0);
        m_status->setText(m_reading ? tr("Reading users…") : tr("Planning…"));
        m_cancel->setEnabled(true);
        m_clock.start();
        m_timer->start();
        const MigrationSourceSpec spec = m_wizard->spec();
        MigrationOptions options = m_wizard->options();
        PlatformSession *session = m_wizard->session();
        const bool reading = m_reading;
        MigrationSourceData previous = reading ? MigrationSourceData() : m_wizard->m_read;
        // A new read goes into a new stream; otherwise the users read before
        // are planned again under the options as they are now.
        const std::shared_ptr<MigrationStream> stream =
            reading ? std::make_shared<MigrationStream>(options) : m_wizard->m_stream;
        auto read = std::make_shared<Result<MigrationSourceData>>();
        auto planned = std::make_shared<Result<PlanTotals>>();
        auto rows = std::make_shared<PlanRows>();
        const std::atomic_bool *cancel = m_wizard->task().cancelFlag();
        MigrationWizard *w = m_wizard;
        const QString actor = m_wizard->actingAdminId();
        m_wizard->task().start(
            [=]() mutable {
                if (reading) {
                    *read = MigrationSource::readStreamed(
                        spec, *stream,
                        [w](const KeycloakReadProgress &p) {
                            w->progressDone = p.done;
                            w->progressTotal = p.total;
                            w->progressPages = p.pages;
                            w->progressRetries = p.retries;
                        },
                        cancel);
                    if (!read->isOk())
                        return;
                } else {
                    read->value = std::move(previous);
                }
                if (cancel->load()) {
                    read->outcome = Outcome::failure(Outcome::Kind::InvalidInput,
                                                     tr("Cancelled: nothing was planned."));
                    return;
                }
                planned->outcome = withConnection(session, [&](PlatformSession &own) {
                    options.actorId = !actor.isEmpty() ? actor
                                      : own.hasActor() ? own.actor().id
                                                       : QString();
                    stream->setOptions(options);
                    *planned = stream->plan(own.db(), own.caps(), own.schema().revision,
                                            read->value.sourceText, {rows.get()}, {}, cancel);
                    if (planned->isOk() && !rows->failure())
                        planned->outcome = rows->failure();
                    return planned->outcome;
                });
            },
            this,
            [this, read, planned, rows, stream, reading] {
                finished(*read, *planned, rows, stream, reading);
            });
        emit completeChanged();
    }

    void tick()
    {
        const int total = m_wizard->progressTotal;
        const int done = m_wizard->progressDone;
        if (m_reading && total > 0) {
            m_bar->setRange(0, total);
            m_bar->setValue(done);
            const int pages = m_wizard->progressPages;
            const int retries = m_wizard->progressRetries;
            const QLocale l;
            m_status->setText(tr("Reading users: %1 of %2 (pages: %3, retries: %4, %5 s)")
                                  .arg(l.toString(done), l.toString(total), l.toString(pages),
                                       l.toString(retries))
                                  .arg(m_clock.elapsed() / 1000));
        }
    }

    void finished(const Result<MigrationSourceData> &read, const Result<PlanTotals> &planned,
                  const std::shared_ptr<PlanRows> &rows,
                  const std::shared_ptr<MigrationStream> &stream, bool reading)
    {
        m_timer->stop();
        m_cancel->setEnabled(false);
        if (reading && read.isOk()) {
            // Read whole: planned again from the stream after a Back.
            m_wizard->m_read = read.value;
            m_wizard->m_stream = stream;
            m_wizard->m_readIdentity = m_wizard->spec().identity();
            ++m_wizard->m_reads;
        }
        const Outcome failure = !read.isOk() ? read.outcome : planned.outcome;
        if (!failure) {
            m_bar->setRange(0, 1);
            m_bar->setValue(0);
            m_status->setText(html(failure.fullText()) +
                              tr("<br>Go Back to change the source or the options."));
            emit completeChanged();
            emit m_wizard->stepFinished(MigrationWizard::Planning, false);
            return;
        }
        m_wizard->m_totals = planned.value;
        m_wizard->m_rows = rows;
        m_wizard->options().adminIds = read.value.adminIds;
        m_wizard->options().realm = read.value.realm;
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
        const ReadStats stats{read.value.readReport.retries};
        m_status->setText(
            tr("Planned in %1 s (users: %2). Next shows the preview; nothing has been written.")
                .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                .arg(QLocale().toString(m_wizard->m_totals.users)) +
            (stats.retries > 0 ? tr(" Requests to Keycloak that were retried: %1.")
                                     .arg(QLocale().toString(stats.retries))
                               : QString()));
        m_done = true;
        emit completeChanged();
        emit m_wizard->stepFinished(MigrationWizard::Planning, true);
    }

    struct ReadStats {
        int retries = 0;
    };

    MigrationWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_status;
    QPushButton *m_cancel;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    bool m_done = false;
    bool m_reading = false;
};

// 6. Exactly what would be written; nothing is written yet.
class PreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PreviewPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_summary(wrapped(QString(), this))
        , m_model(new PlanTableModel(this))
        , m_filter(new PlanFilterModel(this))
        , m_view(new QTableView(this))
        , m_action(new QComboBox(this))
        , m_search(new QLineEdit(this))
        , m_details(new QPlainTextEdit(this))
        , m_projects(new QPlainTextEdit(this))
    {
        setTitle(tr("Preview"));
        setSubTitle(tr("Nothing has been written yet. Check what the migration would do."));
        m_summary->setObjectName(QStringLiteral("previewSummary"));
        m_view->setObjectName(QStringLiteral("previewTable"));
        m_action->setObjectName(QStringLiteral("previewAction"));
        m_search->setObjectName(QStringLiteral("previewSearch"));
        m_details->setObjectName(QStringLiteral("previewDetails"));
        m_projects->setObjectName(QStringLiteral("previewProjects"));
        m_filter->setSourceModel(m_model);
        m_view->setModel(m_filter);
        // In the plan's order (Keycloak's) until a header is clicked.
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_view->setSortingEnabled(true);
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
        m_view->setWordWrap(false);
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->setSelectionMode(QAbstractItemView::SingleSelection);
        m_view->verticalHeader()->hide();
        m_view->horizontalHeader()->setStretchLastSection(true);
        m_view->setAccessibleName(tr("Users in the plan"));
        m_action->addItem(tr("All actions"), -1);
        for (UserPlan::Action a :
             {UserPlan::Action::Create, UserPlan::Action::Update, UserPlan::Action::Unchanged,
              UserPlan::Action::Skipped, UserPlan::Action::Conflict})
            m_action->addItem(PlanTableModel::actionText(a), int(a));
        m_search->setPlaceholderText(tr("Search username, e-mail or reason"));
        m_search->setClearButtonEnabled(true);
        m_details->setReadOnly(true);
        m_projects->setReadOnly(true);
        auto *jsonButton = new QPushButton(tr("Export plan (JSON)…"), this);
        auto *csvButton = new QPushButton(tr("Export as CSV…"), this);

        auto *filters = new QHBoxLayout;
        filters->addWidget(m_action);
        filters->addWidget(m_search, 1);
        filters->addWidget(jsonButton);
        filters->addWidget(csvButton);
        auto *side = new QWidget(this);
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        sideLayout->addWidget(new QLabel(tr("Selected user's changes:"), side));
        sideLayout->addWidget(m_details, 2);
        sideLayout->addWidget(new QLabel(tr("Projects to create and plan warnings:"), side));
        sideLayout->addWidget(m_projects, 1);
        auto *split = new QSplitter(this);
        split->addWidget(m_view);
        split->addWidget(side);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addLayout(filters);
        layout->addWidget(split, 1);

        connect(m_action, &QComboBox::currentIndexChanged, this,
                [this] { m_filter->setAction(m_action->currentData().toInt()); });
        connect(m_search, &QLineEdit::textChanged, m_filter, &PlanFilterModel::setText);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &PreviewPage::showUser);
        connect(jsonButton, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export plan"),
                                                              QStringLiteral("migration-plan.json"),
                                                              tr("JSON files (*.json)"));
            if (!path.isEmpty())
                report(m_wizard->exportPlanJson(path), path);
        });
        connect(csvButton, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export plan as CSV"),
                                                              QStringLiteral("migration-plan.csv"),
                                                              tr("CSV files (*.csv)"));
            if (!path.isEmpty())
                report(m_wizard->exportPlanCsv(path), path);
        });
    }

    void initializePage() override
    {
        const PlanTotals &plan = m_wizard->plan();
        m_model->setRows(m_wizard->planRows());
        const QLocale l;
        m_summary->setText(
            tr("<b>Nothing has been written yet.</b> Users: %1 to create, %2 to update, %3 "
               "unchanged, %4 skipped, %5 conflicts. Projects to create: %6. Memberships to "
               "add: %7, to remove: %8.")
                .arg(l.toString(plan.count(UserPlan::Action::Create)),
                     l.toString(plan.count(UserPlan::Action::Update)),
                     l.toString(plan.count(UserPlan::Action::Unchanged)),
                     l.toString(plan.count(UserPlan::Action::Skipped)),
                     l.toString(plan.count(UserPlan::Action::Conflict)),
                     l.toString(plan.projectOps.size()),
                     l.toString(plan.opCount(PlannedOp::Kind::AddMembership)),
                     l.toString(plan.opCount(PlannedOp::Kind::RemoveMembership))));
        QStringList lines;
        for (const PlannedOp &op : plan.projectOps)
            lines << PlanTableModel::opText(op);
        const int budgeted = m_wizard->planRows() ? m_wizard->planRows()->budgetedMemberships() : 0;
        if (budgeted > 0)
            lines << tr("Memberships in projects with budgets: %1. The platform creates member "
                        "budget allocations only through its API.")
                         .arg(QLocale().toString(budgeted));
        for (const QString &w : plan.warnings)
            lines << tr("Warning: %1").arg(ShownText::escaped(w, 400));
        if (lines.isEmpty())
            lines << tr("No project to create.");
        m_projects->setPlainText(lines.join(QLatin1Char('\n')));
        m_details->clear();
        const QFontMetrics fm = m_view->fontMetrics();
        m_view->setColumnWidth(
            PlanTableModel::Action,
            fm.horizontalAdvance(PlanTableModel::actionText(UserPlan::Action::Unchanged)) +
                fm.height() * 2);
        m_view->setColumnWidth(PlanTableModel::Username, fm.averageCharWidth() * 22);
        m_view->setColumnWidth(PlanTableModel::Email, fm.averageCharWidth() * 28);
        m_view->resizeColumnToContents(PlanTableModel::Changes);
    }

private:
    void showUser(const QModelIndex &current)
    {
        // The user's whole plan, read back from the preview's file.
        const int row = m_filter->mapToSource(current).row();
        const PlanRows *rows = m_model->rows();
        if (!rows || row < 0 || row >= rows->size()) {
            m_details->clear();
            return;
        }
        const Result<UserPlan> loaded = rows->user(row);
        if (!loaded.isOk()) {
            m_details->setPlainText(loaded.outcome.fullText());
            return;
        }
        const UserPlan *u = &loaded.value;
        QStringList lines{tr("%1 <%2>: %3")
                              .arg(ShownText::escaped(u->username), ShownText::escaped(u->email),
                                   PlanTableModel::actionText(u->action))};
        if (!u->reason.isEmpty())
            lines << tr("Reason: %1").arg(ShownText::escaped(u->reason, 400));
        if (u->collidesWith.isValid()) {
            // The database row it collides with, as the platform stores it.
            const ExistingUser &e = u->collidesWith;
            lines << tr("It collides with this user in the database:");
            lines << tr("  id: %1").arg(ShownText::escaped(e.id));
            lines << tr("  e-mail: %1").arg(ShownText::escaped(e.email));
            lines << tr("  username: %1").arg(ShownText::escaped(e.username));
            lines << tr("  name: %1")
                         .arg(e.name.isEmpty() ? QStringLiteral("-") : ShownText::escaped(e.name));
            lines << tr("  auth_source: %1").arg(ShownText::escaped(e.authSource));
            lines << tr("  is_active: %1").arg(e.isActive ? tr("yes") : tr("no"));
            lines << tr("  created: %1")
                         .arg(e.created.isValid() ? QLocale().toString(e.created.toLocalTime(),
                                                                       QLocale::ShortFormat)
                                                  : QStringLiteral("-"));
        }
        for (const PlannedOp &op : u->ops)
            lines << QStringLiteral("• ") + PlanTableModel::opText(op);
        for (const QString &w : u->warnings)
            lines << tr("Warning: %1").arg(ShownText::escaped(w, 400));
        if (u->ops.isEmpty() && u->reason.isEmpty())
            lines << tr("Nothing to write for this user.");
        m_details->setPlainText(lines.join(QLatin1Char('\n')));
    }

    void report(const Outcome &o, const QString &path)
    {
        if (o)
            m_summary->setText(m_summary->text() + QStringLiteral("<br>") +
                               tr("Saved to %1.").arg(html(QDir::toNativeSeparators(path))));
        else
            QMessageBox::warning(this, tr("Export failed"), o.fullText());
    }

    MigrationWizard *m_wizard;
    QLabel *m_summary;
    PlanTableModel *m_model;
    PlanFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_action;
    QLineEdit *m_search;
    QPlainTextEdit *m_details;
    QPlainTextEdit *m_projects;
};

// 7. Writing, in batches, after one explicit confirmation.
class ApplyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ApplyPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_text(wrapped(QString(), this))
        , m_apply(new QPushButton(this))
        , m_cancel(new QPushButton(tr("Stop after this batch"), this))
        , m_bar(new QProgressBar(this))
        , m_rate(new QLabel(this))
        , m_log(new QPlainTextEdit(this))
        , m_timer(new QTimer(this))
    {
        setTitle(tr("Apply"));
        setCommitPage(true);
        m_text->setObjectName(QStringLiteral("applyStatus"));
        m_apply->setObjectName(QStringLiteral("applyButton"));
        m_cancel->setObjectName(QStringLiteral("cancelApply"));
        m_bar->setObjectName(QStringLiteral("applyProgress"));
        m_log->setObjectName(QStringLiteral("applyLog"));
        m_log->setReadOnly(true);
        m_cancel->setEnabled(false);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_apply);
        buttons->addWidget(m_cancel);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addLayout(buttons);
        layout->addWidget(m_bar);
        layout->addWidget(m_rate);
        layout->addWidget(m_log, 1);
        m_timer->setInterval(200);
        connect(m_timer, &QTimer::timeout, this, &ApplyPage::tick);
        connect(m_apply, &QPushButton::clicked, this, &ApplyPage::confirmAndApply);
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            m_wizard->task().cancel();
            m_cancel->setEnabled(false);
            m_log->appendPlainText(
                tr("Stopping after the batch in progress; nothing is left half-written."));
        });
    }

    void initializePage() override
    {
        const PlanTotals &plan = m_wizard->plan();
        m_changes = 0; // every operation, the projects to create included
        for (int kind = 0; kind <= int(PlannedOp::Kind::UpdateIdentity); ++kind)
            m_changes += plan.opCount(PlannedOp::Kind(kind));
        m_finished = false;
        m_bar->setValue(0);
        m_log->clear();
        m_rate->clear();
        const QString database = html(
            m_wizard->session() ? m_wizard->session()->db().settings().displayName() : QString());
        if (plan.isEmpty()) {
            m_text->setText(tr("The plan writes nothing: %1 is already up to date with the "
                               "source.")
                                .arg(database));
            m_apply->setText(tr("Nothing to apply"));
            m_apply->setEnabled(false);
            m_finished = true;
        } else {
            m_text->setText(tr("Ready to write into %1. Changes: %2. Each batch of users is one "
                               "transaction; a stop or a lost connection leaves no user "
                               "half-written, and starting the wizard again finishes the job.")
                                .arg(database, QLocale().toString(m_changes)));
            m_apply->setText(tr("&Apply…"));
            m_apply->setEnabled(true);
        }
        emit completeChanged();
    }

    bool isComplete() const override { return m_finished && !m_wizard->isBusy(); }

    // Starts without asking (the confirmation is the caller's).
    void apply()
    {
        m_apply->setEnabled(false);
        m_cancel->setEnabled(true);
        m_wizard->progressDone = 0;
        m_wizard->progressTotal = 0;
        m_clock.start();
        m_timer->start();
        m_log->appendPlainText(tr("Applying…"));
        // The plan's users with writes, from the stream's file, batch by
        // batch, as `migrate --apply` does (MigrationStream::apply).
        const std::shared_ptr<MigrationStream> stream = m_wizard->m_stream;
        PlatformSession *session = m_wizard->session();
        const std::atomic_bool *cancel = m_wizard->task().cancelFlag();
        MigrationWizard *w = m_wizard;
        auto result = std::make_shared<Result<ApplyResult>>();
        m_wizard->task().start(
            [=] {
                result->outcome = withConnection(session, [&](PlatformSession &own) {
                    *result = stream->apply(
                        own.db(),
                        [w](int done, int total) {
                            w->progressDone = done;
                            w->progressTotal = total;
                        },
                        cancel);
                    return result->outcome;
                });
            },
            this, [this, result] { finished(*result); });
        emit completeChanged();
    }

private:
    void confirmAndApply()
    {
        QMessageBox box(QMessageBox::Warning, tr("Apply the migration?"),
                        tr("Write into %1? Changes: %2.")
                            .arg(m_wizard->session()->db().settings().displayName(),
                                 QLocale().toString(m_changes)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmApply"));
        box.setInformativeText(tr("Users and memberships are written in batches. Keycloak is not "
                                  "changed."));
        QPushButton *yes = box.addButton(tr("Apply"), QMessageBox::AcceptRole);
        yes->setObjectName(QStringLiteral("confirmApplyButton"));
        QPushButton *no = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(no);
        box.exec();
        if (box.clickedButton() == yes)
            apply();
    }

    void tick()
    {
        const int done = m_wizard->progressDone;
        const int total = m_wizard->progressTotal;
        if (total <= 0)
            return;
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        const double seconds = double(qMax<qint64>(1, m_clock.elapsed())) / 1000.0;
        const double rate = done / seconds;
        const int left = rate > 0 ? int((total - done) / rate) : -1;
        m_rate->setText(
            left >= 0
                ? tr("%1 of %2 users, %3 users/s, about %4 s left")
                      .arg(QLocale().toString(done), QLocale().toString(total))
                      .arg(rate, 0, 'f', 0)
                      .arg(left)
                : tr("%1 of %2 users").arg(QLocale().toString(done), QLocale().toString(total)));
        if (done != m_lastLogged) {
            m_lastLogged = done;
            m_log->appendPlainText(tr("Written: %1 of %2 users").arg(done).arg(total));
        }
    }

    void finished(const Result<ApplyResult> &r)
    {
        tick();
        m_timer->stop();
        m_cancel->setEnabled(false);
        m_finished = true;
        m_wizard->m_applied = true;
        m_wizard->m_result = r.value;
        if (!r.isOk()) {
            m_log->appendPlainText(r.outcome.fullText());
            m_text->setText(tr("<b>The migration stopped:</b> %1<br>Nothing of the batch in "
                               "progress was written. Mend the cause and start the wizard "
                               "again: it plans only what is left.")
                                .arg(html(r.outcome.fullText())));
        } else {
            m_log->appendPlainText(MigrationReport::resultSummary(r.value));
            m_text->setText(r.value.cancelled || r.value.failedBatches > 0
                                ? tr("<b>Stopped before the end.</b> What was written is whole; "
                                     "start the wizard again to finish. Next verifies and saves "
                                     "the report.")
                                : tr("<b>Done.</b> Next verifies the result and saves the "
                                     "report."));
        }
        emit completeChanged();
        emit m_wizard->databaseChanged();
        emit m_wizard->stepFinished(MigrationWizard::Apply, r.isOk());
    }

    MigrationWizard *m_wizard;
    QLabel *m_text;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QProgressBar *m_bar;
    QLabel *m_rate;
    QPlainTextEdit *m_log;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    int m_changes = 0;
    int m_lastLogged = -1;
    bool m_finished = false;
};

// 8. The guide's verification, done for the operator, and the report.
class VerifyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit VerifyPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_text(wrapped(QString(), this))
        , m_differences(new QPlainTextEdit(this))
    {
        setTitle(tr("Verify and report"));
        m_text->setObjectName(QStringLiteral("verifyStatus"));
        m_differences->setObjectName(QStringLiteral("verifyDifferences"));
        m_differences->setReadOnly(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_text);
        layout->addWidget(m_differences, 1);
    }

    void initializePage() override
    {
        m_done = false;
        m_text->setText(tr("Checking the database against the source…"));
        m_differences->clear();
        const std::shared_ptr<MigrationStream> stream = m_wizard->m_stream;
        const std::shared_ptr<const PlanRows> rows = m_wizard->planRows();
        const MigrationOptions options = m_wizard->options();
        const PlanTotals plan = m_wizard->plan();
        const ApplyResult applied = m_wizard->m_result;
        const bool wasApplied = m_wizard->m_applied;
        PlatformSession *session = m_wizard->session();
        const QString folder = m_wizard->m_reportsFolder;
        const QString actor = m_wizard->actingAdminEmail();
        struct Answer {
            Outcome outcome;
            VerificationResult verification;
            int administrators = 0;
            Result<QString> saved;
        };
        auto answer = std::make_shared<Answer>();
        m_wizard->task().start(
            [=] {
                answer->outcome = withConnection(session, [&](PlatformSession &own) {
                    const auto v = stream->verify(own.db(), own.caps());
                    if (!v.isOk())
                        return v.outcome;
                    answer->verification = v.value;
                    const auto admins =
                        MigrationHistory::activeAdministrators(own.db(), own.caps());
                    if (!admins.isOk())
                        return admins.outcome;
                    answer->administrators = admins.value;
                    MigrationHistory::RunInfo info;
                    info.database = own.db().settings().displayName();
                    info.actor = !actor.isEmpty() ? actor
                                 : own.hasActor() ? own.actor().email
                                                  : QString();
                    info.finishedAt = QDateTime::currentDateTimeUtc();
                    answer->saved = MigrationHistory::save(
                        folder, plan, rows->pendingUsers(),
                        [&](QIODevice &out) { return rows->writeJson(out, plan); }, options,
                        wasApplied ? &applied : nullptr, &answer->verification, info);
                    return Outcome::ok();
                });
            },
            this,
            [this, answer] {
                finished(answer->outcome, answer->verification, answer->administrators,
                         answer->saved);
            });
    }

    bool isComplete() const override { return m_done && !m_wizard->isBusy(); }

    // The database's administrators changed after the check (the Finish
    // page granted the Maintainer role): the summary counts them again.
    void setAdministrators(int administrators)
    {
        if (m_lines.size() < 2)
            return;
        m_lines[1] = administratorsLine(administrators);
        m_text->setText(m_lines.join(QStringLiteral("<br>")));
    }

private:
    static QString administratorsLine(int administrators)
    {
        return administrators > 0
                   ? tr("✓ Active administrators and maintainers, who can open Settings → "
                        "Administration: %1.")
                         .arg(QLocale().toString(administrators))
                   : tr("✗ No active administrator or maintainer: nobody can open Settings → "
                        "Administration. Make someone Maintainer on the Finish page or in the "
                        "Users page.");
    }

    void finished(const Outcome &o, const VerificationResult &v, int administrators,
                  const Result<QString> &saved)
    {
        m_done = true;
        if (!o) {
            m_text->setText(tr("<b>The check could not run:</b> %1").arg(html(o.fullText())));
            emit completeChanged();
            emit m_wizard->stepFinished(MigrationWizard::Verify, false);
            return;
        }
        m_wizard->m_verification = v;
        const PlanTotals &plan = m_wizard->plan();
        const int conflicts = plan.count(UserPlan::Action::Conflict) + m_wizard->m_result.conflicts;
        QStringList lines;
        const QLocale l;
        lines << (v.ok() ? tr("✓ Every imported user is present with their project assignments "
                              "(users checked: %1).")
                               .arg(l.toString(v.usersChecked))
                         : tr("✗ Differences between Keycloak and the database, listed below: %1.")
                               .arg(l.toString(v.differences.size())));
        lines << administratorsLine(administrators);
        lines << (conflicts == 0
                      ? tr("✓ No conflicts left.")
                      : tr("✗ Conflicts not written (an e-mail or username that another user "
                           "owns): %1. Resolve them in Keycloak or in the Users page, then run "
                           "the migration again.")
                            .arg(l.toString(conflicts)));
        if (saved.isOk()) {
            m_wizard->m_reportPath = saved.value;
            lines << tr("Report saved: %1 (and a readable .md beside it).")
                         .arg(html(QDir::toNativeSeparators(saved.value)));
        } else {
            lines << tr("✗ The report was not saved: %1").arg(html(saved.outcome.fullText()));
        }
        m_lines = lines;
        m_text->setText(lines.join(QStringLiteral("<br>")));
        QStringList details = v.differences;
        if (const std::shared_ptr<const PlanRows> rows = m_wizard->planRows())
            for (int row = 0; row < rows->size(); ++row)
                if (rows->action(row) == UserPlan::Action::Conflict)
                    details << tr("conflict: %1 <%2>: %3")
                                   .arg(ShownText::escaped(rows->username(row)),
                                        ShownText::escaped(rows->email(row)),
                                        ShownText::escaped(rows->reason(row), 400));
        m_differences->setPlainText(details.join(QLatin1Char('\n')));
        emit completeChanged();
        emit m_wizard->stepFinished(MigrationWizard::Verify, v.ok());
    }

    MigrationWizard *m_wizard;
    QLabel *m_text;
    QPlainTextEdit *m_differences;
    QStringList m_lines; // the summary's lines (the second counts the administrators)
    bool m_done = false;
};

// 9. What the platform's guide asks next, filled in for this deployment,
// and its "Granting Maintainer Role" step done here without SQL: the same
// rules and writer as the Users page, as the administrator chosen on the
// Target page.
class FinishPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FinishPage(MigrationWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_content(new QWidget(this))
        , m_grant(new QGroupBox(tr("Grant the Maintainer role"), m_content))
        , m_search(new QLineEdit(m_grant))
        , m_suggestions(new QListWidget(m_grant))
        , m_make(new QPushButton(tr("Make Maintainer"), m_grant))
        , m_grantStatus(wrapped(QString(), m_grant))
        , m_searchTask(new BackgroundTask(this))
        , m_writeTask(new BackgroundTask(this))
        , m_debounce(new QTimer(this))
    {
        setTitle(tr("Finish the deployment"));
        setSubTitle(tr("The settings the platform needs next. Copy each block into your Helm "
                       "values or terminal."));
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_content);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(scroll);
        new QVBoxLayout(m_content);

        m_grant->setObjectName(QStringLiteral("grantMaintainer"));
        m_search->setObjectName(QStringLiteral("maintainerSearch"));
        m_suggestions->setObjectName(QStringLiteral("maintainerSuggestions"));
        m_make->setObjectName(QStringLiteral("makeMaintainer"));
        m_grantStatus->setObjectName(QStringLiteral("maintainerStatus"));
        m_search->setPlaceholderText(tr("Type part of an e-mail or name"));
        m_search->setClearButtonEnabled(true);
        m_suggestions->setFixedHeight(m_suggestions->fontMetrics().lineSpacing() * 6 + 8);
        m_make->setEnabled(false);
        auto *grantLayout = new QVBoxLayout(m_grant);
        grantLayout->addWidget(
            wrapped(tr("The platform's guide grants the first Maintainer by hand in SQL. Here it "
                       "is done with the Users page's rules: the user becomes Admin and "
                       "Maintainer together, and on 2.40+ an audit row names the administrator "
                       "chosen on the Target page."),
                    m_grant));
        auto *searchLabel = new QLabel(tr("&User:"), m_grant);
        searchLabel->setBuddy(m_search);
        auto *searchRow = new QHBoxLayout;
        searchRow->addWidget(searchLabel);
        searchRow->addWidget(m_search, 1);
        grantLayout->addLayout(searchRow);
        grantLayout->addWidget(m_suggestions);
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addWidget(m_make);
        buttonRow->addStretch();
        grantLayout->addLayout(buttonRow);
        grantLayout->addWidget(m_grantStatus);

        m_debounce->setSingleShot(true);
        m_debounce->setInterval(250);
        connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce->start(); });
        connect(m_debounce, &QTimer::timeout, this, &FinishPage::search);
        connect(m_suggestions, &QListWidget::currentRowChanged, this,
                &FinishPage::updateMakeButton);
        connect(m_make, &QPushButton::clicked, this, [this] { makeMaintainer(false); });
    }

    ~FinishPage() override
    {
        m_searchTask->cancel();
        m_searchTask->wait();
        m_writeTask->wait();
    }

    void initializePage() override
    {
        QLayout *layout = m_content->layout();
        while (QLayoutItem *item = layout->takeAt(0)) {
            if (item->widget() != m_grant)
                delete item->widget();
            delete item;
        }
        PlatformSession *s = m_wizard->session();
        if (!s)
            return;
        int index = 0;
        for (const DeploymentStep &step : DeploymentSteps::forRelease(
                 s->schema().release, s->caps(), m_wizard->options().projectLimit)) {
            auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(html(step.title)), m_content);
            layout->addWidget(title);
            layout->addWidget(wrapped(step.text, m_content));
            if (step.block.isEmpty())
                continue;
            auto *block = new QPlainTextEdit(step.block, m_content);
            block->setObjectName(QStringLiteral("deploymentBlock%1").arg(index));
            block->setReadOnly(true);
            block->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            block->setFixedHeight(block->fontMetrics().lineSpacing() *
                                      (int(step.block.count(QLatin1Char('\n'))) + 2) +
                                  12);
            auto *copy = new QPushButton(tr("Copy"), m_content);
            copy->setObjectName(QStringLiteral("copyBlock%1").arg(index));
            const QString text = step.block;
            connect(copy, &QPushButton::clicked, this,
                    [text] { QApplication::clipboard()->setText(text); });
            auto *row = new QHBoxLayout;
            row->addWidget(block, 1);
            row->addWidget(copy, 0, Qt::AlignTop);
            qobject_cast<QVBoxLayout *>(layout)->addLayout(row);
            ++index;
        }
        layout->addWidget(m_grant);
        qobject_cast<QVBoxLayout *>(layout)->addStretch();

        // The role exists from 2.23: before it, the group says why not.
        const Outcome available = RoleRules::maintainerRoleAvailable(s->caps());
        m_search->setEnabled(available.isOk());
        m_suggestions->setEnabled(available.isOk());
        m_found.clear();
        m_suggestions->clear();
        m_available = available.isOk();
        updateMakeButton();
        m_grantStatus->setText(available.isOk()
                                   ? tr("Acting as %1.").arg(html(m_wizard->actingAdminEmail()))
                                   : tr("✗ Not available: %1").arg(html(available.fullText())));
    }

    bool isComplete() const override { return !m_writeTask->isRunning() && !m_wizard->isBusy(); }

private:
    static QString shown(const UserRecord &u)
    {
        const QString who =
            u.name.isEmpty() ? u.email : tr("%1 <%2>").arg(ShownText::escaped(u.name), u.email);
        if (u.isDeactivated())
            return tr("%1 (deactivated)").arg(who);
        if (u.isMaintainer)
            return tr("%1 (Maintainer)").arg(who);
        if (u.isAdmin)
            return tr("%1 (Admin)").arg(who);
        return who;
    }

    void updateMakeButton()
    {
        const int row = m_suggestions->currentRow();
        // Someone who is Maintainer already has nothing to gain.
        m_make->setEnabled(m_available && row >= 0 && row < m_found.size() &&
                           !m_found.at(row).isMaintainer && !m_writeTask->isRunning());
    }

    // Suggestions for what is typed, read on a worker (the newest text wins).
    void search()
    {
        const QString text = m_search->text().trimmed();
        if (m_searchTask->isRunning()) {
            m_searchAgain = true;
            return;
        }
        if (text.isEmpty()) {
            m_found.clear();
            m_suggestions->clear();
            updateMakeButton();
            return;
        }
        auto answer = std::make_shared<Result<QList<UserRecord>>>();
        PlatformSession *session = m_wizard->session();
        m_searchTask->start(
            [session, text, answer] {
                answer->outcome = withConnection(session, [&](PlatformSession &own) {
                    UserQuery query;
                    query.search = text;
                    query.activity = UserQuery::Activity::All;
                    query.limit = 20;
                    *answer = UserRepository(own).page(query);
                    return answer->outcome;
                });
            },
            this,
            [this, answer] {
                if (m_searchAgain) {
                    m_searchAgain = false;
                    search();
                    return;
                }
                m_found.clear();
                m_suggestions->clear();
                if (!answer->isOk()) {
                    m_grantStatus->setText(tr("✗ The users could not be read: %1")
                                               .arg(html(answer->outcome.fullText())));
                } else {
                    m_found = answer->value;
                    for (const UserRecord &u : std::as_const(m_found))
                        m_suggestions->addItem(shown(u));
                    if (m_found.isEmpty())
                        m_grantStatus->setText(
                            tr("No user matches “%1”.").arg(html(m_search->text().trimmed())));
                    else
                        m_grantStatus->setText(tr("Users found: %1. Choose one.")
                                                   .arg(QLocale().toString(m_found.size())));
                }
                updateMakeButton();
                emit searched();
            });
    }

    // The Users page's writer (UserRepository::applyChange: RoleRules, one
    // audited transaction), acting as the Target page's administrator.
    void makeMaintainer(bool bootstrapConfirmed)
    {
        const int row = m_suggestions->currentRow();
        if (row < 0 || row >= m_found.size() || m_writeTask->isRunning())
            return;
        const UserRecord expected = m_found.at(row);
        UserChange change;
        change.isMaintainer = true;
        change.isAdmin = true;
        struct Answer {
            Result<UserRecord> written;
            int administrators = -1;
        };
        auto answer = std::make_shared<Answer>();
        PlatformSession *session = m_wizard->session();
        const QString actor = m_wizard->actingAdminEmail();
        m_grantStatus->setText(tr("Granting the Maintainer role to %1…").arg(html(expected.email)));
        m_writeTask->start(
            [session, actor, expected, change, bootstrapConfirmed, answer] {
                std::unique_ptr<PlatformSession> own =
                    actor.isEmpty() ? session->clone() : session->cloneActingAs(actor);
                answer->written.outcome = own->open();
                if (!answer->written.outcome)
                    return;
                answer->written =
                    UserRepository(*own).applyChange(expected, change, bootstrapConfirmed);
                if (!answer->written.outcome)
                    return;
                const auto admins = MigrationHistory::activeAdministrators(own->db(), own->caps());
                if (admins.isOk())
                    answer->administrators = admins.value;
            },
            this,
            [this, answer, expected] {
                emit completeChanged();
                updateMakeButton();
                const Outcome &o = answer->written.outcome;
                if (o.kind() == Outcome::Kind::NeedsConfirmation) {
                    if (Dialogs::confirm(this, tr("Grant the first Maintainer role?"),
                                         o.message() + QStringLiteral("\n\n") + o.details(),
                                         tr("Grant Maintainer"))) {
                        // After this answer's turn (the task counts as running until then).
                        QTimer::singleShot(0, this, [this] { makeMaintainer(true); });
                        return;
                    }
                    m_grantStatus->setText(tr("Nothing was changed."));
                    emit granted(false);
                    return;
                }
                if (!o) {
                    m_grantStatus->setText(tr("✗ %1").arg(html(o.fullText())));
                    emit granted(false);
                    return;
                }
                QStringList lines;
                lines << tr("✓ %1 is now a Maintainer.").arg(html(answer->written.value.email));
                if (answer->administrators >= 0) {
                    lines << tr("Active administrators and maintainers, who can open Settings → "
                                "Administration: %1.")
                                 .arg(QLocale().toString(answer->administrators));
                    if (auto *verify =
                            qobject_cast<VerifyPage *>(m_wizard->page(MigrationWizard::Verify)))
                        verify->setAdministrators(answer->administrators);
                }
                m_grantStatus->setText(lines.join(QStringLiteral("<br>")));
                // The suggestion shows the role now.
                const int at = int(m_found.indexOf(expected));
                if (at >= 0) {
                    m_found[at] = answer->written.value;
                    m_suggestions->item(at)->setText(shown(answer->written.value));
                }
                updateMakeButton();
                emit m_wizard->databaseChanged();
                emit granted(true);
            });
        updateMakeButton();
        emit completeChanged();
    }

signals:
    void searched();
    void granted(bool ok);

private:
    MigrationWizard *m_wizard;
    QWidget *m_content;
    QGroupBox *m_grant;
    QLineEdit *m_search;
    QListWidget *m_suggestions;
    QPushButton *m_make;
    QLabel *m_grantStatus;
    BackgroundTask *m_searchTask;
    BackgroundTask *m_writeTask;
    QTimer *m_debounce;
    QList<UserRecord> m_found;
    bool m_available = false;
    bool m_searchAgain = false;
};

MigrationWizard::MigrationWizard(PlatformSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_task(new BackgroundTask(this))
    , m_reportsFolder(MigrationHistory::reportsFolder())
{
    setWindowTitle(tr("Migrate from Keycloak"));
    setObjectName(QStringLiteral("migrationWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(Welcome, new WelcomePage(this));
    setPage(Source, new SourcePage(this));
    setPage(Target, new TargetPage(this));
    setPage(Options, new OptionsPage(this));
    setPage(Planning, new PlanningPage(this));
    setPage(Preview, new PreviewPage(this));
    setPage(Apply, new ApplyPage(this));
    setPage(Verify, new VerifyPage(this));
    setPage(Finish, new FinishPage(this));
    setStartId(Welcome);
    Theme::resizeToFit(this, QSize(960, 680));
}

MigrationWizard::~MigrationWizard()
{
    m_task->cancel();
    m_task->wait();
}

void MigrationWizard::setProfileAccess(ProfileStore *profiles, CredentialStore *secrets,
                                       CredentialStore *sessionSecrets)
{
    m_profiles = profiles;
    m_secrets = secrets;
    m_sessionSecrets = sessionSecrets;
}

QString MigrationWizard::typedSecretKey(const KeycloakSourceSettings &keycloak)
{
    const QByteArray source =
        QStringLiteral("%1|%2|%3")
            .arg(keycloak.baseUrl.toString(), keycloak.realm, keycloak.clientId)
            .toUtf8();
    return QStringLiteral("migration-source/%1/keycloak-client-secret")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex().left(32)));
}

bool MigrationWizard::isBusy() const
{
    return m_task->isRunning();
}

void MigrationWizard::reject()
{
    if (isBusy()) {
        QMessageBox box(QMessageBox::Question, tr("Stop the migration?"),
                        currentId() == Apply
                            ? tr("A batch is being written. Stop after it and close? What was "
                                 "written stays whole; starting the wizard again finishes the "
                                 "job.")
                            : tr("Stop the step in progress and close? Nothing has been "
                                 "written."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmClose"));
        QPushButton *stop = box.addButton(tr("Stop and close"), QMessageBox::DestructiveRole);
        stop->setObjectName(QStringLiteral("confirmCloseButton"));
        QPushButton *keep = box.addButton(tr("Keep going"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != stop)
            return;
        m_task->cancel();
        m_task->wait();
        if (currentId() == Apply)
            emit databaseChanged();
    }
    QWizard::reject();
}

Outcome MigrationWizard::exportPlanJson(const QString &path) const
{
    QSaveFile file(path);
    if (!m_rows || !file.open(QIODevice::WriteOnly) || !m_rows->writeJson(file, m_totals) ||
        !file.commit())
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            tr("The plan could not be written to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    return Outcome::ok();
}

Outcome MigrationWizard::exportPlanCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!m_rows || !file.open(QIODevice::WriteOnly) || !m_rows->writeCsv(file) || !file.commit())
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            tr("The plan could not be written to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString());
    return Outcome::ok();
}

} // namespace codemie

#include "MigrationWizard.moc"
