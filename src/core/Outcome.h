#pragma once

#include <QString>

namespace codemie {

// The result of an operation the user asked for: either it succeeded, or it
// says in the platform's words why not and what to do next.
class Outcome {
public:
    enum class Kind {
        Ok,
        Refused,           // a platform rule forbids it (message is the platform's)
        NeedsConfirmation, // allowed only after the user confirms (bootstrap of the first
                           // maintainer)
        Conflict,          // someone changed the data since it was read; nothing was written
        NotFound,
        ReadOnly,          // the console may not write to this database
        UpgradeInProgress, // the platform's migration runner holds the schema lock
        Busy,              // a lock or statement timeout: try again
        InvalidInput,
        DatabaseError,
    };

    Outcome() = default;
    static Outcome ok() { return Outcome(); }
    static Outcome failure(Kind kind, QString message, QString details = {}, QString help = {},
                           int httpStatus = 0)
    {
        Outcome o;
        o.m_kind = kind;
        o.m_message = std::move(message);
        o.m_details = std::move(details);
        o.m_help = std::move(help);
        o.m_httpStatus = httpStatus;
        return o;
    }

    bool isOk() const { return m_kind == Kind::Ok; }
    explicit operator bool() const { return isOk(); }
    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &details() const { return m_details; }
    const QString &help() const { return m_help; }
    // The HTTP status the platform's API would have answered with (0 when not applicable).
    int httpStatus() const { return m_httpStatus; }

    // One text for a message box or a terminal: headline, then details and help.
    QString fullText() const
    {
        QString text = m_message;
        if (!m_details.isEmpty())
            text += QStringLiteral("\n") + m_details;
        if (!m_help.isEmpty())
            text += QStringLiteral("\n") + m_help;
        return text;
    }

private:
    Kind m_kind = Kind::Ok;
    QString m_message;
    QString m_details;
    QString m_help;
    int m_httpStatus = 0;
};

template <typename T> struct Result {
    Outcome outcome;
    T value{};
    bool isOk() const { return outcome.isOk(); }
};

} // namespace codemie
