#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>
#include <memory>

namespace codemie {

// A 128-bit digest of a text: what a run keeps of a key (a lower-cased
// e-mail, username or project name) when it must remember a million of
// them. Two keyed 64-bit hashes; two different texts share a digest with a
// probability of about n² / 2¹²⁸, for a million keys 10⁻²⁷.
struct KeyDigest {
    quint64 high = 0;
    quint64 low = 0;

    static KeyDigest of(QStringView text);
    friend bool operator==(const KeyDigest &a, const KeyDigest &b)
    {
        return a.high == b.high && a.low == b.low;
    }
    friend bool operator!=(const KeyDigest &a, const KeyDigest &b) { return !(a == b); }
};

inline size_t qHash(const KeyDigest &d, size_t seed = 0) noexcept
{
    return size_t(d.low ^ (d.high * 0x9e3779b97f4a7c15ULL)) ^ seed;
}

// A set of ids in bounded memory. Up to `memoryLimit` ids are held in
// memory, exactly: an id that is a canonical UUID (lower case, no braces;
// Keycloak's own ids) costs its 16 bytes, any other is kept as text. Past
// that, every id moves to a hash table in a temporary file that has no name
// on disk (where the system allows): a UUID as its 128 bits, any other id as
// its KeyDigest. Memory then stays what it was at the limit, however many
// ids follow; each insert reads about 1 KB of the file and writes 16 bytes.
class CompactIdSet {
public:
    explicit CompactIdSet(qsizetype memoryLimit = defaultMemoryLimit);
    ~CompactIdSet();
    CompactIdSet(const CompactIdSet &) = delete;
    CompactIdSet &operator=(const CompactIdSet &) = delete;

    static constexpr qsizetype defaultMemoryLimit = 100000;

    // True when `id` was not in the set yet. False when it was, or when the
    // temporary file failed (error() says why; the set is then unusable).
    bool insert(const QString &id);
    bool contains(const QString &id) const;
    qsizetype size() const;
    bool isOnDisk() const { return m_disk != nullptr; }
    QString error() const;
    void clear();

private:
    class DiskTable;
    bool spill();

    qsizetype m_memoryLimit;
    QSet<KeyDigest> m_uuids; // the UUID's 128 bits, not a hash
    QSet<QString> m_others;
    std::unique_ptr<DiskTable> m_disk;
};

} // namespace codemie
