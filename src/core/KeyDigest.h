#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

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

// A set of ids held exactly in little memory: an id that is a canonical UUID
// (lower case, no braces; Keycloak's own ids) costs its 16 bytes, any other
// is kept as text.
class CompactIdSet {
public:
    // True when `id` was not in the set yet.
    bool insert(const QString &id);
    bool contains(const QString &id) const;
    qsizetype size() const { return m_uuids.size() + m_others.size(); }
    void clear();

private:
    QSet<KeyDigest> m_uuids; // the UUID's 128 bits, not a hash
    QSet<QString> m_others;
};

} // namespace codemie
