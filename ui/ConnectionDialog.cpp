#include "ConnectionDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace codemie {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_postgres(new QRadioButton(tr("PostgreSQL server"), this))
    , m_sqlite(new QRadioButton(tr("SQLite file"), this))
    , m_pages(new QStackedWidget(this))
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("codemie"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_schema(new QLineEdit(QStringLiteral("codemie"), this))
    , m_sslMode(new QComboBox(this))
    , m_sslHint(new QLabel(this))
    , m_rootCert(new QLineEdit(this))
    , m_sqlitePath(new QLineEdit(this))
    , m_actor(new QLineEdit(this))
    , m_projectLimit(new QSpinBox(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Connect to the platform database"));
    m_postgres->setChecked(true);
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_postgres);
    kind->addButton(m_sqlite);

    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Typed for this connection only; not saved"));
    m_sslMode->addItem(tr("verify-full"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("verify-ca"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("require"), QStringLiteral("require"));
    m_sslMode->addItem(tr("prefer"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("disable"), QStringLiteral("disable"));
    m_sslHint->setWordWrap(true);
    m_rootCert->setPlaceholderText(tr("Root certificate (PEM), optional"));

    auto *pg = new QWidget(this);
    auto *pgForm = new QFormLayout(pg);
    pgForm->addRow(tr("&Host:"), m_host);
    pgForm->addRow(tr("P&ort:"), m_port);
    pgForm->addRow(tr("&Database:"), m_database);
    pgForm->addRow(tr("&User:"), m_user);
    pgForm->addRow(tr("Pass&word:"), m_password);
    pgForm->addRow(tr("S&chema:"), m_schema);
    pgForm->addRow(tr("&TLS:"), m_sslMode);
    pgForm->addRow(QString(), m_sslHint);
    auto *certRow = new QHBoxLayout;
    auto *certBrowse = new QPushButton(tr("Browse…"), this);
    certRow->addWidget(m_rootCert);
    certRow->addWidget(certBrowse);
    pgForm->addRow(tr("Root &certificate:"), certRow);

    auto *lite = new QWidget(this);
    auto *liteForm = new QFormLayout(lite);
    auto *fileRow = new QHBoxLayout;
    auto *fileBrowse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_sqlitePath);
    fileRow->addWidget(fileBrowse);
    liteForm->addRow(tr("&File:"), fileRow);

    m_pages->addWidget(pg);
    m_pages->addWidget(lite);

    m_actor->setPlaceholderText(tr("admin@example.com"));
    m_projectLimit->setRange(0, 100000);
    m_projectLimit->setValue(3);
    m_projectLimit->setToolTip(tr("The deployment's USER_PROJECT_LIMIT: set when an admin is "
                                  "demoted. It limits how many shared projects a user can "
                                  "create."));
    auto *common = new QFormLayout;
    common->addRow(tr("&Act as (e-mail):"), m_actor);
    common->addRow(tr("Default project &limit:"), m_projectLimit);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                          "padding: 6px; border-radius: 4px;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));

    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_postgres);
    kindRow->addWidget(m_sqlite);
    kindRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_pages);
    layout->addLayout(common);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_sqlite, &QRadioButton::toggled, this,
            [this](bool on) { m_pages->setCurrentIndex(on ? 1 : 0); });
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, [this] { updateSslHint(); });
    connect(m_host, &QLineEdit::textChanged, this, [this] { updateSslHint(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(certBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Root certificate"), {},
                                                       tr("Certificates (*.pem *.crt);;All (*)"));
        if (!f.isEmpty())
            m_rootCert->setText(f);
    });
    connect(fileBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Platform database file"), {},
                                                       tr("SQLite (*.sqlite *.db);;All (*)"));
        if (!f.isEmpty())
            m_sqlitePath->setText(f);
    });
    updateSslHint();
}

void ConnectionDialog::updateSslHint() {
    const QString mode = m_sslMode->currentData().toString();
    QString hint;
    if (mode == QStringLiteral("verify-full"))
        hint = tr("Encrypted; the certificate must be signed by the root and name this host.");
    else if (mode == QStringLiteral("verify-ca"))
        hint = tr("Encrypted; the certificate must be signed by the root (any host name).");
    else if (mode == QStringLiteral("require"))
        hint = tr("Encrypted, but the server is not verified: open to impersonation.");
    else if (mode == QStringLiteral("prefer"))
        hint = tr("Encrypted if the server offers it, otherwise plain text.");
    else
        hint = tr("Plain text: passwords and data cross the network readable.");
    m_sslHint->setText(hint);
}

void ConnectionDialog::setSettings(const ConnectionSettings &s) {
    m_sqlite->setChecked(!s.isPostgres());
    m_postgres->setChecked(s.isPostgres());
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_schema->setText(s.schema);
    const int ssl =
        m_sslMode->findData(s.sslMode.isEmpty() ? (s.isLoopback() ? QStringLiteral("prefer")
                                                                  : QStringLiteral("verify-full"))
                                                : s.sslMode);
    if (ssl >= 0)
        m_sslMode->setCurrentIndex(ssl);
    m_rootCert->setText(s.sslRootCert);
    m_sqlitePath->setText(s.sqlitePath);
}

ConnectionSettings ConnectionDialog::settings() const {
    ConnectionSettings s;
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
    return s;
}

QString ConnectionDialog::password() const {
    return m_password->text();
}

QString ConnectionDialog::actorEmail() const {
    return m_actor->text().trimmed();
}

void ConnectionDialog::setActorEmail(const QString &email) {
    m_actor->setText(email);
}

int ConnectionDialog::defaultProjectLimit() const {
    return m_projectLimit->value();
}

void ConnectionDialog::accept() {
    const ConnectionSettings s = settings();
    QString problem;
    if (s.isPostgres()) {
        if (s.host.isEmpty() || s.database.isEmpty() || s.user.isEmpty())
            problem = tr("Fill in the host, the database and the user.");
        else if (s.schema.isEmpty())
            problem = tr("The schema cannot be empty (the platform uses codemie).");
    } else if (s.sqlitePath.isEmpty()) {
        problem = tr("Choose the database file.");
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace codemie
