#include "KeycloakUser.h"

#include "ShownText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace codemie {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KeycloakUser)
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// What makes a text unfit to store: a NUL character (PostgreSQL refuses it,
// SQLite cuts or keeps it unseen), a lone UTF-16 surrogate (JSON's \ud800
// escape: not a character, it corrupts what follows when encoded), and in the
// identity fields any control character. Empty when the text is fine.
QString textProblem(const QString &text, bool identity)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return Tr::tr("a NUL character (U+0000) at character %1").arg(i + 1);
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return Tr::tr("invalid Unicode (a lone surrogate U+%1) at character %2")
                .arg(QString::number(int(c), 16).toUpper())
                .arg(i + 1);
        if (identity && (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)))
            return Tr::tr("a control character (U+%1) at character %2")
                .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())
                .arg(i + 1);
    }
    return {};
}

class UserReader {
public:
    UserReader(const QJsonObject &object, const QString &where, KeycloakUser::Origin origin)
        : m_object(object)
        , m_where(where)
        , m_origin(origin)
    {
        const QJsonValue username = object.value(QLatin1String("username"));
        const QJsonValue id = object.value(QLatin1String("id"));
        if (username.isString() && !username.toString().isEmpty())
            m_who = ShownText::escaped(username.toString(), 80);
        else if (id.isString() && !id.toString().isEmpty())
            m_who = ShownText::escaped(id.toString(), 80);
    }

    bool failed() const { return !m_error.isOk(); }
    Outcome error() const { return m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (failed())
            return;
        const QString who = m_who.isEmpty() ? Tr::tr("a user without id or username")
                                            : Tr::tr("user “%1”").arg(m_who);
        if (m_origin == KeycloakUser::Origin::ExportFile)
            m_error = Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("The realm export holds user data that cannot be read: %1, field “%2”: "
                       "%3.")
                    .arg(who, field, problem),
                Tr::tr("In %1.").arg(m_where),
                Tr::tr("Nothing was imported. Correct the user in Keycloak and export again, or "
                       "correct the file."));
        else
            m_error = Outcome::failure(
                Outcome::Kind::InvalidInput,
                Tr::tr("Keycloak sent user data that cannot be read: %1, field “%2”: %3.")
                    .arg(who, field, problem),
                Tr::tr("In %1.").arg(m_where),
                Tr::tr("Check that the address points at Keycloak itself and not at a proxy or "
                       "another service. If the data really is like this, correct the user in "
                       "Keycloak."));
    }

    // Refuses a text that cannot be stored (see textProblem()).
    bool storable(const QString &field, const QString &text, bool identity)
    {
        const QString problem = textProblem(text, identity);
        if (problem.isEmpty())
            return true;
        fail(field, Tr::tr("it contains %1").arg(problem));
        return false;
    }

    QString text(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(key, Tr::tr("missing"));
            return {};
        }
        if (!value.isString()) {
            fail(key, Tr::tr("expected text, found %1").arg(typeName(value)));
            return {};
        }
        QString s = value.toString();
        if (s.size() > KeycloakUser::maxValueLength) {
            fail(key, Tr::tr("%1 characters long, more than the %2 accepted")
                          .arg(s.size())
                          .arg(KeycloakUser::maxValueLength));
            return {};
        }
        const bool identity = key == QLatin1String("id") || key == QLatin1String("username") ||
                              key == QLatin1String("email");
        if (!storable(key, s, identity))
            return {};
        if (required && s.isEmpty())
            fail(key, Tr::tr("empty"));
        return s;
    }

    bool flag(const QString &key, bool fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(key, Tr::tr("expected true or false, found %1").arg(typeName(value)));
            return fallback;
        }
        return value.toBool();
    }

    qint64 millis(const QString &key)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return 0;
        if (!value.isDouble()) {
            fail(key, Tr::tr("expected a number, found %1").arg(typeName(value)));
            return 0;
        }
        const double d = value.toDouble();
        // Year 1970 to year 9999 in milliseconds; anything else is nonsense.
        if (!(d >= 0.0 && d <= 253402300799999.0)) {
            fail(key, Tr::tr("the number %1 is not a time stamp").arg(d, 0, 'g', 17));
            return 0;
        }
        return static_cast<qint64>(d);
    }

    QStringList list(const QString &key, const QJsonValue &value)
    {
        QStringList out;
        if (value.isUndefined() || value.isNull())
            return out;
        // Keycloak's own reader accepts a bare string and wraps it.
        if (value.isString()) {
            const QString s = value.toString();
            if (s.size() > KeycloakUser::maxValueLength)
                fail(key, Tr::tr("a value of %1 characters, more than the %2 accepted")
                              .arg(s.size())
                              .arg(KeycloakUser::maxValueLength));
            else if (storable(key, s, false))
                out.append(s);
            return out;
        }
        if (!value.isArray()) {
            fail(key, Tr::tr("expected a list of texts, found %1").arg(typeName(value)));
            return out;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > 100000) {
            fail(key, Tr::tr("%1 values, too many").arg(array.size()));
            return out;
        }
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (item.isNull())
                continue;
            if (!item.isString()) {
                fail(key, Tr::tr("expected a list of texts, found a %1 in it").arg(typeName(item)));
                return {};
            }
            const QString s = item.toString();
            if (s.size() > KeycloakUser::maxValueLength) {
                fail(key, Tr::tr("a value of %1 characters, more than the %2 accepted")
                              .arg(s.size())
                              .arg(KeycloakUser::maxValueLength));
                return {};
            }
            if (!storable(key, s, false))
                return {};
            out.append(s);
        }
        return out;
    }

    QMap<QString, QStringList> attributes()
    {
        QMap<QString, QStringList> out;
        const QJsonValue value = m_object.value(QLatin1String("attributes"));
        if (value.isUndefined() || value.isNull())
            return out;
        if (!value.isObject()) {
            fail(QStringLiteral("attributes"),
                 Tr::tr("expected an object of named lists, found %1").arg(typeName(value)));
            return out;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
            const QString name = it.key();
            if (name.size() > 1024) {
                fail(QStringLiteral("attributes"),
                     Tr::tr("an attribute name of %1 characters").arg(name.size()));
                break;
            }
            if (!storable(QStringLiteral("attributes"), name, true))
                break;
            out.insert(name, list(QStringLiteral("attributes.") + name, it.value()));
        }
        return out;
    }

private:
    const QJsonObject &m_object;
    QString m_where;
    KeycloakUser::Origin m_origin;
    QString m_who;
    Outcome m_error;
};

} // namespace

Result<KeycloakUser> KeycloakUser::fromJson(const QJsonObject &object, const QString &where,
                                            Origin origin)
{
    Result<KeycloakUser> result;
    UserReader r(object, where, origin);
    KeycloakUser &u = result.value;
    u.id = r.text(QStringLiteral("id"), true);
    u.username = r.text(QStringLiteral("username"), true);
    u.email = r.text(QStringLiteral("email"), false);
    u.firstName = r.text(QStringLiteral("firstName"), false);
    u.lastName = r.text(QStringLiteral("lastName"), false);
    u.enabled = r.flag(QStringLiteral("enabled"), true);
    u.emailVerified = r.flag(QStringLiteral("emailVerified"), false);
    u.createdTimestamp = r.millis(QStringLiteral("createdTimestamp"));
    u.attributes = r.attributes();
    u.realmRoles = r.list(QStringLiteral("realmRoles"), object.value(QLatin1String("realmRoles")));
    u.serviceAccountClientId = r.text(QStringLiteral("serviceAccountClientId"), false);
    u.federationLink = r.text(QStringLiteral("federationLink"), false);
    if (r.failed()) {
        result.outcome = r.error();
        result.value = KeycloakUser();
    }
    return result;
}

} // namespace codemie
