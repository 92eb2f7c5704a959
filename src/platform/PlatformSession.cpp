#include "PlatformSession.h"

#include "UserRepository.h"

#include <QCoreApplication>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PlatformSession)
};
} // namespace

PlatformSession::PlatformSession(ConnectionSettings settings, QString password, Options options)
    : m_settings(settings)
    , m_password(password)
    , m_db(std::make_unique<PlatformDatabase>(std::move(settings), std::move(password)))
    , m_options(std::move(options))
{}

PlatformSession::~PlatformSession() = default;

Outcome PlatformSession::open()
{
    Outcome o = m_db->open();
    if (!o || m_reader)
        return o;
    return refresh();
}

std::unique_ptr<PlatformSession> PlatformSession::clone() const
{
    return std::make_unique<PlatformSession>(m_settings, m_password, m_options);
}

std::unique_ptr<PlatformSession> PlatformSession::readerClone() const
{
    auto reader = clone();
    // Only a probed session has something to hand on; otherwise the clone
    // probes for itself.
    if (m_db->isOpen() && m_probed) {
        reader->m_reader = true;
        reader->m_schema = m_schema;
        reader->m_actor = m_actor;
        reader->m_actorProblem = m_actorProblem;
    }
    return reader;
}

std::unique_ptr<PlatformSession> PlatformSession::cloneActingAs(const QString &actorEmail) const
{
    Options options = m_options;
    options.actorEmail = actorEmail;
    return std::make_unique<PlatformSession>(m_settings, m_password, options);
}

Outcome PlatformSession::refresh()
{
    m_probed = false;
    const auto probed = SchemaProbe(*m_db).probe();
    if (!probed.outcome)
        return probed.outcome;
    m_schema = probed.value;
    const Outcome actor = resolveActor();
    m_probed = bool(actor);
    return actor;
}

Outcome PlatformSession::resolveActor()
{
    m_actor = UserRecord();
    m_actorProblem.clear();
    if (m_options.actorEmail.trimmed().isEmpty()) {
        m_actorProblem =
            Tr::tr("No acting administrator is chosen: changes are disabled. Choose the "
                   "platform user you act as (an admin's e-mail) when connecting.");
        return Outcome::ok();
    }
    if (!m_schema.caps.hasUsersTable || m_schema.upgradeInProgress) {
        m_actorProblem = Tr::tr("The acting administrator cannot be checked.");
        return Outcome::ok();
    }
    const auto found = UserRepository(*this).findByEmail(m_options.actorEmail);
    if (found.outcome.kind() == Outcome::Kind::NotFound) {
        m_actorProblem = Tr::tr("No platform user has the e-mail %1. Choose the e-mail of an "
                                "existing administrator.")
                             .arg(m_options.actorEmail);
        return Outcome::ok();
    }
    if (!found.outcome)
        return found.outcome;
    m_actor = found.value;
    if (m_actor.isDeactivated())
        m_actorProblem = Tr::tr("%1 is deactivated and cannot make changes.").arg(m_actor.email);
    else if (!m_actor.isEffectiveAdmin())
        m_actorProblem = Tr::tr("%1 is not a platform administrator: the console is read-only for "
                                "them, as the platform would be.")
                             .arg(m_actor.email);
    return Outcome::ok();
}

Outcome PlatformSession::reloadActor()
{
    return resolveActor();
}

QString PlatformSession::readOnlyReason() const
{
    if (m_reader)
        return Tr::tr("This connection of the console only reads.");
    if (!m_schema.readOnlyReason.isEmpty())
        return m_schema.readOnlyReason;
    return m_actorProblem;
}

Outcome PlatformSession::requireWritable() const
{
    const QString reason = readOnlyReason();
    if (reason.isEmpty())
        return Outcome::ok();
    return Outcome::failure(m_schema.upgradeInProgress ? Outcome::Kind::UpgradeInProgress
                                                       : Outcome::Kind::ReadOnly,
                            Tr::tr("The console is read-only on this database."), reason);
}

QString PlatformSession::actorRoleLabel() const
{
    if (!hasActor())
        return Tr::tr("(none)");
    if (m_actor.isDeactivated())
        return Tr::tr("Deactivated");
    if (m_actor.isMaintainer)
        return Tr::tr("Maintainer");
    if (m_actor.isAdmin)
        return Tr::tr("Admin");
    return Tr::tr("User");
}

} // namespace codemie
