#include "ContestedKeys.h"

#include <QDir>
#include <QHash>
#include <cstring>

namespace codemie {

namespace {
constexpr qsizetype recordSize = 1 + 2 * sizeof(quint64);

// What one bucket's counting remembers of a digest.
enum Seen : quint8 {
    EmailOnce = 1,
    EmailTwice = 2,
    UsernameOnce = 4,
    UsernameTwice = 8,
    Personal = 16,
    Named = 32,
};
} // namespace

ContestedKeys::ContestedKeys(qint64 expected, qint64 perBucket)
{
    const qint64 per = qMax<qint64>(perBucket, 1);
    const qint64 wanted = (qMax<qint64>(expected, 1) + per - 1) / per;
    const int count = int(qBound(qint64(1), wanted, qint64(maxBuckets)));
    m_buckets.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        // Never asked for its name: on Linux it has none (O_TMPFILE).
        auto file = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                     QStringLiteral("/codemie-keys-XXXXXX"));
        if (!file->open() && m_error.isEmpty())
            m_error = file->errorString();
        m_buckets.push_back(std::move(file));
    }
}

ContestedKeys::~ContestedKeys() = default;

void ContestedKeys::add(Kind kind, const KeyDigest &key)
{
    if (!m_error.isEmpty())
        return;
    char record[recordSize];
    record[0] = char(kind);
    memcpy(record + 1, &key.high, sizeof key.high);
    memcpy(record + 1 + sizeof key.high, &key.low, sizeof key.low);
    // The high half picks the bucket; QHash mixes both halves within it.
    QTemporaryFile &bucket = *m_buckets[size_t((key.high >> 32) % m_buckets.size())];
    if (bucket.write(record, recordSize) != recordSize)
        m_error = bucket.errorString();
}

bool ContestedKeys::finish(QString *error)
{
    m_emails.clear();
    m_usernames.clear();
    m_personal.clear();
    for (auto &bucket : m_buckets) {
        if (m_error.isEmpty() && (!bucket->flush() || !bucket->seek(0)))
            m_error = bucket->errorString();
        QByteArray records;
        if (m_error.isEmpty()) {
            // Read at its exact size: readAll() would grow by doubling.
            records.resize(qsizetype(bucket->size()));
            if (bucket->read(records.data(), records.size()) != records.size())
                m_error = bucket->errorString();
        }
        bucket.reset(); // its disk space goes now
        QHash<KeyDigest, quint8> seen;
        seen.reserve(records.size() / recordSize);
        for (qsizetype at = 0; m_error.isEmpty() && at + recordSize <= records.size();
             at += recordSize) {
            const char *record = records.constData() + at;
            KeyDigest key;
            memcpy(&key.high, record + 1, sizeof key.high);
            memcpy(&key.low, record + 1 + sizeof key.high, sizeof key.low);
            quint8 &flags = seen[key];
            switch (Kind(record[0])) {
            case Kind::Email:
                flags |= (flags & EmailOnce) ? EmailTwice : EmailOnce;
                break;
            case Kind::Username:
                flags |= (flags & UsernameOnce) ? UsernameTwice : UsernameOnce;
                break;
            case Kind::PersonalProject:
                flags |= Personal;
                break;
            case Kind::ProjectNamed:
                flags |= Named;
                break;
            }
        }
        records = QByteArray();
        for (auto it = seen.cbegin(); m_error.isEmpty() && it != seen.cend(); ++it) {
            if (it.value() & EmailTwice)
                m_emails.insert(it.key());
            if (it.value() & UsernameTwice)
                m_usernames.insert(it.key());
            if ((it.value() & Personal) && (it.value() & Named))
                m_personal.insert(it.key());
        }
    }
    m_buckets.clear();
    if (!m_error.isEmpty()) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

} // namespace codemie
