#pragma once

#include "KeyDigest.h"

#include <QSet>
#include <QTemporaryFile>
#include <memory>
#include <vector>

namespace codemie {

// The keys of a run that more than one user names, found in bounded memory.
// A streamed migration remembers, across its windows, only what a later user
// can collide with: an e-mail or a username that two users of the run share,
// and a new user's personal project that some user's attribute names. Every
// key is added here first (the planning's first pass); each is written by
// its digest to one of a few temporary files ("buckets"), and finish()
// counts one bucket at a time. What is held at once is one bucket (about
// `perBucket` keys) and the keys found contested; not one entry per user.
class ContestedKeys {
public:
    enum class Kind : quint8 {
        Email,           // lower(e-mail) a user claims
        Username,        // lower(username) a user claims
        PersonalProject, // lower(e-mail) of a new user's personal project
        ProjectNamed,    // lower(name) of a project an attribute names
    };

    // `expected`: about how many keys will be added (it sets the number of
    // buckets); `perBucket`: keys per bucket the memory is sized for.
    explicit ContestedKeys(qint64 expected, qint64 perBucket = defaultPerBucket);
    ~ContestedKeys();
    ContestedKeys(const ContestedKeys &) = delete;
    ContestedKeys &operator=(const ContestedKeys &) = delete;

    static constexpr qint64 defaultPerBucket = 100000;
    // Every bucket is an open file: macOS allows a process 256 by default.
    // Past 12.8 million keys (about 4 million users) buckets grow instead.
    static constexpr int maxBuckets = 128;

    void add(Kind kind, const KeyDigest &key);
    // Counts the buckets (and removes them). False when a temporary file
    // could not be written or read back (no room, an I/O error): `error` says
    // why.
    bool finish(QString *error);

    int buckets() const { return int(m_buckets.size()); }
    // After finish(): the e-mails and usernames added more than once, and the
    // personal projects also added as a project named.
    const QSet<KeyDigest> &emails() const { return m_emails; }
    const QSet<KeyDigest> &usernames() const { return m_usernames; }
    const QSet<KeyDigest> &personalProjects() const { return m_personal; }

private:
    std::vector<std::unique_ptr<QTemporaryFile>> m_buckets;
    QString m_error; // the first write that failed
    QSet<KeyDigest> m_emails;
    QSet<KeyDigest> m_usernames;
    QSet<KeyDigest> m_personal;
};

} // namespace codemie
