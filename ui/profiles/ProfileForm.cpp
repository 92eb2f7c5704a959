#include "ProfileForm.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace codemie {

namespace {
QHBoxLayout *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title,
                        const QString &filter)
{
    auto *row = new QHBoxLayout;
    auto *browse = new QPushButton(ProfileForm::tr("Browse…"), parent);
    browse->setAccessibleName(title);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, parent, [edit, parent, title, filter] {
        const QString f = QFileDialog::getOpenFileName(parent, title, edit->text(), filter);
        if (!f.isEmpty())
            edit->setText(f);
    });
    return row;
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_postgres(new QRadioButton(tr("PostgreSQL server"), this))
    , m_sqlite(new QRadioButton(tr("SQLite file"), this))
    , m_pages(new QStackedWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sslHint(new QLabel(this))
    , m_rootCert(new QLineEdit(this))
    , m_sqlitePath(new QLineEdit(this))
    , m_actor(new QLineEdit(this))
    , m_projectLimit(new QSpinBox(this))
    , m_keycloak(new QGroupBox(tr("Keycloak source (for the migration)"), this))
    , m_keycloakUrl(new QLineEdit(this))
    , m_realm(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_clientSecret(new QLineEdit(this))
    , m_caBundle(new QLineEdit(this))
    , m_plainHttp(new QCheckBox(this))
    , m_plainHttpWarning(new QLabel(this))
    , m_remember(new QCheckBox(tr("Remember secrets in the keychain"), this))
{
    // Object names: stable handles for tests and accessibility tools.
    const QList<QPair<QWidget *, const char *>> named = {{m_name, "name"},
                                                         {m_postgres, "postgres"},
                                                         {m_sqlite, "sqlite"},
                                                         {m_host, "host"},
                                                         {m_port, "port"},
                                                         {m_database, "database"},
                                                         {m_user, "user"},
                                                         {m_password, "password"},
                                                         {m_schema, "schema"},
                                                         {m_sslMode, "sslMode"},
                                                         {m_rootCert, "rootCert"},
                                                         {m_sqlitePath, "sqlitePath"},
                                                         {m_actor, "actor"},
                                                         {m_projectLimit, "projectLimit"},
                                                         {m_keycloak, "keycloak"},
                                                         {m_keycloakUrl, "keycloakUrl"},
                                                         {m_realm, "realm"},
                                                         {m_clientId, "clientId"},
                                                         {m_clientSecret, "clientSecret"},
                                                         {m_caBundle, "caBundle"},
                                                         {m_plainHttp, "plainHttp"},
                                                         {m_remember, "remember"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));
    m_password->setAccessibleName(tr("Database password"));
    m_clientSecret->setAccessibleName(tr("Keycloak client secret"));
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_postgres);
    kind->addButton(m_sqlite);
    m_postgres->setChecked(true);
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_sslMode->addItem(QStringLiteral("verify-full"), QStringLiteral("verify-full"));
    m_sslMode->addItem(QStringLiteral("verify-ca"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(QStringLiteral("require"), QStringLiteral("require"));
    m_sslMode->addItem(QStringLiteral("prefer"), QStringLiteral("prefer"));
    m_sslMode->addItem(QStringLiteral("disable"), QStringLiteral("disable"));
    m_sslHint->setWordWrap(true);
    m_projectLimit->setRange(0, 100000);
    m_projectLimit->setToolTip(tr("The deployment's USER_PROJECT_LIMIT: given to a user when an "
                                  "admin is demoted and to imported users. It limits how many "
                                  "shared projects a user can create."));
    m_actor->setPlaceholderText(tr("admin@example.com"));
    m_keycloakUrl->setPlaceholderText(tr("https://sso.example.com"));
    m_caBundle->setPlaceholderText(tr("CA bundle (PEM) for a private certificate authority"));
    m_rootCert->setPlaceholderText(tr("Root certificate (PEM), optional"));
    m_plainHttp->setText(tr("I accept sending the client secret and user data unencrypted"));
    m_plainHttpWarning->setWordWrap(true);
    m_plainHttpWarning->setText(
        tr("This Keycloak address uses plain http:// on a non-local host: the client secret, the "
           "access token and every user's data would cross the network readable by anyone on "
           "the path. Use https:// unless this network is isolated."));
    m_keycloak->setCheckable(true);
    m_keycloak->setChecked(false);

    auto *identity = new QFormLayout;
    identity->addRow(tr("Profile &name:"), m_name);

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_postgres);
    kindRow->addWidget(m_sqlite);
    kindRow->addStretch();

    auto *pg = new QWidget(this);
    auto *pgForm = new QFormLayout(pg);
    pgForm->setContentsMargins(0, 0, 0, 0);
    pgForm->addRow(tr("&Host:"), m_host);
    pgForm->addRow(tr("P&ort:"), m_port);
    pgForm->addRow(tr("&Database:"), m_database);
    pgForm->addRow(tr("&User:"), m_user);
    pgForm->addRow(tr("Pass&word:"), m_password);
    pgForm->addRow(tr("S&chema:"), m_schema);
    pgForm->addRow(tr("&TLS mode:"), m_sslMode);
    pgForm->addRow(QString(), m_sslHint);
    pgForm->addRow(tr("Root certificate:"),
                   withBrowse(m_rootCert, this, tr("Root certificate"),
                              tr("Certificates (*.pem *.crt);;All files (*)")));
    auto *lite = new QWidget(this);
    auto *liteForm = new QFormLayout(lite);
    liteForm->setContentsMargins(0, 0, 0, 0);
    // A row whose field is a layout gets a label without buddy, which would
    // show the "&" itself: the label is made here, with its buddy.
    auto *fileLabel = new QLabel(tr("&File:"), lite);
    fileLabel->setBuddy(m_sqlitePath);
    liteForm->addRow(fileLabel, withBrowse(m_sqlitePath, this, tr("Platform database file"),
                                           tr("SQLite (*.sqlite *.db);;All files (*)")));
    m_pages->addWidget(pg);
    m_pages->addWidget(lite);

    auto *acting = new QFormLayout;
    acting->addRow(tr("&Act as (e-mail):"), m_actor);
    acting->addRow(tr("Default project &limit:"), m_projectLimit);

    auto *kc = new QFormLayout(m_keycloak);
    kc->addRow(tr("Base &URL:"), m_keycloakUrl);
    kc->addRow(tr("&Realm:"), m_realm);
    kc->addRow(tr("Client &ID:"), m_clientId);
    kc->addRow(tr("Client &secret:"), m_clientSecret);
    kc->addRow(tr("CA bundle:"), withBrowse(m_caBundle, this, tr("CA bundle"),
                                            tr("Certificates (*.pem *.crt);;All files (*)")));
    kc->addRow(m_plainHttpWarning);
    kc->addRow(m_plainHttp);

    // The forms are separate layouts: one label width for all, so that
    // every field starts at the same x.
    const QList<QFormLayout *> forms{identity, pgForm, liteForm, acting};
    int labelWidth = 0;
    for (QFormLayout *f : forms)
        for (int r = 0; r < f->rowCount(); ++r)
            if (QWidget *label = f->itemAt(r, QFormLayout::LabelRole)
                                     ? f->itemAt(r, QFormLayout::LabelRole)->widget()
                                     : nullptr)
                labelWidth = qMax(labelWidth, label->sizeHint().width());
    for (QFormLayout *f : forms)
        for (int r = 0; r < f->rowCount(); ++r)
            if (QWidget *label = f->itemAt(r, QFormLayout::LabelRole)
                                     ? f->itemAt(r, QFormLayout::LabelRole)->widget()
                                     : nullptr)
                label->setMinimumWidth(labelWidth);
    // The other forms have no margins inside the page; neither has this one.
    for (QFormLayout *f : forms)
        f->setContentsMargins(0, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addLayout(kindRow);
    layout->addWidget(m_pages);
    layout->addLayout(acting);
    layout->addWidget(m_keycloak);
    layout->addWidget(m_remember);
    layout->addStretch();

    connect(m_sqlite, &QRadioButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 1 : 0);
        emit changed(); // another kind of database: earlier results no longer hold
    });
    for (QLineEdit *edit :
         {m_name, m_host, m_database, m_user, m_password, m_schema, m_rootCert, m_sqlitePath,
          m_actor, m_keycloakUrl, m_realm, m_clientId, m_clientSecret, m_caBundle})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateHints();
            emit changed();
        });
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, [this] { updateHints(); });
    connect(m_keycloak, &QGroupBox::toggled, this, [this] { updateHints(); });
    setProfile(ConnectionProfile());
}

void ProfileForm::updateHints()
{
    const QString mode = m_sslMode->currentData().toString();
    QString hint;
    if (mode == QStringLiteral("verify-full"))
        hint = tr("Encrypted; the certificate must be signed by the root and name this host.");
    else if (mode == QStringLiteral("verify-ca"))
        hint = tr("Encrypted; the certificate must be signed by the root, any host name.");
    else if (mode == QStringLiteral("require"))
        hint = tr("Encrypted, but the server is not verified: open to impersonation.");
    else if (mode == QStringLiteral("prefer"))
        hint = tr("Encrypted if the server offers it, otherwise plain text.");
    else
        hint = tr("Plain text: the password and all data cross the network readable.");
    m_sslHint->setText(hint);
    const bool needsConfirmation = profile().keycloakNeedsPlainHttpConfirmation();
    m_plainHttpWarning->setVisible(needsConfirmation);
    m_plainHttp->setVisible(needsConfirmation);
}

void ProfileForm::setProfile(const ConnectionProfile &p)
{
    m_profile = p;
    const ConnectionSettings &s = p.database;
    m_name->setText(p.name);
    m_sqlite->setChecked(!s.isPostgres());
    m_postgres->setChecked(s.isPostgres());
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_schema->setText(s.schema);
    const QString mode = s.sslMode.isEmpty() ? (s.isLoopback() ? QStringLiteral("prefer")
                                                               : QStringLiteral("verify-full"))
                                             : s.sslMode;
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(mode)));
    m_rootCert->setText(s.sslRootCert);
    m_sqlitePath->setText(s.sqlitePath);
    m_actor->setText(p.actorEmail);
    m_projectLimit->setValue(p.defaultProjectLimit);
    m_keycloak->setChecked(p.hasKeycloak);
    m_keycloakUrl->setText(p.keycloakUrl.toString());
    m_realm->setText(p.keycloakRealm);
    m_clientId->setText(p.keycloakClientId);
    m_caBundle->setText(p.keycloakCaBundle);
    m_plainHttp->setChecked(p.keycloakPlainHttpConfirmed);
    clearSecrets();
    updateHints();
}

ConnectionProfile ProfileForm::profile() const
{
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    ConnectionSettings &s = p.database;
    s.driver = m_sqlite->isChecked() ? ConnectionSettings::Driver::SQLite
                                     : ConnectionSettings::Driver::PostgreSQL;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.schema = m_schema->text().trimmed();
    s.sslMode = m_sslMode->currentData().toString();
    s.sslRootCert = m_rootCert->text().trimmed();
    s.sqlitePath = m_sqlitePath->text().trimmed();
    p.actorEmail = m_actor->text().trimmed();
    p.defaultProjectLimit = m_projectLimit->value();
    p.hasKeycloak = m_keycloak->isChecked();
    const QUrl oldUrl = p.keycloakUrl;
    p.keycloakUrl = QUrl::fromUserInput(m_keycloakUrl->text().trimmed());
    if (m_keycloakUrl->text().trimmed().isEmpty())
        p.keycloakUrl = QUrl();
    if (p.keycloakUrl != oldUrl)
        p.keycloakLegacyAuthPrefix = false; // detected again at the next test
    p.keycloakRealm = m_realm->text().trimmed();
    p.keycloakClientId = m_clientId->text().trimmed();
    p.keycloakCaBundle = m_caBundle->text().trimmed();
    p.keycloakPlainHttpConfirmed = m_plainHttp->isChecked();
    return p;
}

QString ProfileForm::databasePassword() const
{
    return m_password->text();
}

QString ProfileForm::keycloakSecret() const
{
    return m_clientSecret->text();
}

bool ProfileForm::rememberSecrets() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ProfileForm::setKeychainAvailable(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    m_remember->setToolTip(available ? tr("Secrets go to the operating system's keychain, never "
                                          "to a file.")
                                     : tr("No keychain is available: %1 Secrets are kept for "
                                          "this run only.")
                                           .arg(reason));
    m_remember->setText(available ? tr("Remember secrets in the keychain")
                                  : tr("Remember secrets in the keychain (unavailable: no "
                                       "keychain)"));
}

void ProfileForm::setStoredSecretHints(bool databasePassword, bool keycloakSecret)
{
    m_password->setPlaceholderText(databasePassword ? tr("Stored in the keychain — type to replace")
                                                    : tr("Not stored"));
    m_clientSecret->setPlaceholderText(
        keycloakSecret ? tr("Stored in the keychain — type to replace") : tr("Not stored"));
}

void ProfileForm::clearSecrets()
{
    m_password->clear();
    m_clientSecret->clear();
}

QString ProfileForm::validationProblem() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (p.database.isPostgres()) {
        if (p.database.host.isEmpty() || p.database.database.isEmpty() || p.database.user.isEmpty())
            return tr("Fill in the database host, name and user.");
        if (p.database.schema.isEmpty())
            return tr("The schema cannot be empty (the platform uses codemie).");
    } else if (p.database.sqlitePath.isEmpty()) {
        return tr("Choose the database file.");
    }
    if (p.hasKeycloak) {
        if (!p.keycloakUrl.isValid() || p.keycloakUrl.host().isEmpty() ||
            (p.keycloakUrl.scheme() != QStringLiteral("https") &&
             p.keycloakUrl.scheme() != QStringLiteral("http")))
            return tr("Enter the Keycloak base URL, for example https://sso.example.com");
        if (p.keycloakRealm.isEmpty() || p.keycloakClientId.isEmpty())
            return tr("Fill in the Keycloak realm and client ID.");
        if (p.keycloakNeedsPlainHttpConfirmation() && !p.keycloakPlainHttpConfirmed)
            return tr("Confirm the plain http:// risk for this Keycloak, or use https://.");
    }
    return {};
}

} // namespace codemie
