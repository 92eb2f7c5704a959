#include "ConnectionSettings.h"

#include "ShownText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)
};
Outcome invalid(const QString &message, const QString &help = {})
{
    return Outcome::failure(Outcome::Kind::InvalidInput, message, {}, help);
}
} // namespace

bool ConnectionSettings::isValidSslMode(const QString &mode)
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}

bool ConnectionSettings::isLoopback() const
{
    if (!isPostgres())
        return true;
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QStringLiteral("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString ConnectionSettings::toUri() const
{
    if (!isPostgres())
        return QStringLiteral("sqlite:") + sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    // QUrlQuery takes "%41" in a value for an encoded "A": a literal % is
    // written as %25, so that fromUri reads back the same value.
    const auto literal = [](QString value) {
        return value.replace(QLatin1Char('%'), QStringLiteral("%25"));
    };
    QUrlQuery query;
    if (schema != QStringLiteral("codemie"))
        query.addQueryItem(QStringLiteral("schema"), literal(schema));
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), literal(sslMode));
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), literal(sslRootCert));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString ConnectionSettings::displayName() const
{
    if (!isPostgres())
        return QFileInfo(sqlitePath).fileName();
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

namespace {
// The text of a connection string fit to be shown: any password (between
// "user:" and "@", or a password= parameter) replaced by asterisks, control
// characters escaped, and cut at 200 characters.
QString shownUri(const QString &uri)
{
    QString text = uri;
    static const QRegularExpression userinfo(QStringLiteral("^([^/@]*//[^/@:]*):.*@"));
    text.replace(userinfo, QStringLiteral("\\1:***@"));
    static const QRegularExpression parameter(QStringLiteral("([?&;]password=)[^&;]*"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(parameter, QStringLiteral("\\1***"));
    return ShownText::escaped(text);
}
} // namespace

Result<ConnectionSettings> ConnectionSettings::fromUri(const QString &rawUri)
{
    Result<ConnectionSettings> r;
    const QString uri = rawUri.trimmed();
    if (uri.startsWith(QStringLiteral("sqlite:"))) {
        QString path = uri.mid(7);
        if (path.startsWith(QStringLiteral("//")))
            path = QUrl(uri).toLocalFile();
        if (path.isEmpty()) {
            r.outcome = invalid(Tr::tr("The SQLite connection string has no file path."),
                                Tr::tr("Write it as sqlite:/path/to/file.db"));
            return r;
        }
        r.value.driver = Driver::SQLite;
        r.value.sqlitePath = QDir::cleanPath(path);
        return r;
    }
    const QUrl url(uri, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() ||
        (scheme != QStringLiteral("postgresql") && scheme != QStringLiteral("postgres"))) {
        r.outcome = invalid(Tr::tr("Not a database connection string: %1").arg(shownUri(uri)),
                            Tr::tr("Use postgresql://user@host:port/database?schema=codemie or "
                                   "sqlite:/path/to/file.db"));
        return r;
    }
    if (!url.password().isEmpty()) {
        r.outcome =
            invalid(Tr::tr("The connection string contains a password."),
                    Tr::tr("Remove it and set the PGPASSWORD environment variable instead, so "
                           "the password does not appear in command lines or history."));
        return r;
    }
    ConnectionSettings s;
    s.driver = Driver::PostgreSQL;
    s.user = url.userName();
    if (!url.host().isEmpty())
        s.host = url.host();
    s.port = url.port(5432);
    QString db = url.path();
    if (db.startsWith(QLatin1Char('/')))
        db.remove(0, 1);
    if (!db.isEmpty())
        s.database = db;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        const QString &key = item.first;
        const QString &value = item.second;
        if (key == QStringLiteral("schema") || key == QStringLiteral("currentSchema")) {
            s.schema = value;
        } else if (key == QStringLiteral("sslmode")) {
            if (!isValidSslMode(value)) {
                r.outcome = invalid(Tr::tr("Unknown sslmode '%1'.").arg(value),
                                    Tr::tr("Use disable, require, verify-ca or verify-full."));
                return r;
            }
            s.sslMode = value;
        } else if (key == QStringLiteral("sslrootcert")) {
            s.sslRootCert = value;
        } else if (key == QStringLiteral("connect_timeout")) {
            bool ok = false;
            const int t = value.toInt(&ok);
            if (ok && t > 0)
                s.connectTimeoutSeconds = t;
        } else if (key == QStringLiteral("user")) {
            s.user = value;
        } else if (key == QStringLiteral("password")) {
            r.outcome = invalid(Tr::tr("The connection string contains a password."),
                                Tr::tr("Remove it and set the PGPASSWORD environment variable "
                                       "instead."));
            return r;
        } else {
            r.outcome = invalid(Tr::tr("Unknown connection parameter '%1'.").arg(key),
                                Tr::tr("Known parameters: schema, sslmode, sslrootcert, "
                                       "connect_timeout."));
            return r;
        }
    }
    if (s.schema.isEmpty()) {
        r.outcome = invalid(Tr::tr("The schema name is empty."));
        return r;
    }
    if (s.user.isEmpty()) {
        r.outcome = invalid(Tr::tr("The connection string names no database user."),
                            Tr::tr("Write it as postgresql://USER@host:port/database"));
        return r;
    }
    r.value = s;
    return r;
}

} // namespace codemie
