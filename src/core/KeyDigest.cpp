#include "KeyDigest.h"

#include <QUuid>

namespace codemie {

KeyDigest KeyDigest::of(QStringView text)
{
    // Two fixed, different seeds: the digest must be the same in every run
    // and process of one migration (never Qt's per-process random seed).
    return {quint64(qHash(text, size_t(0x5bd1e9955bd1e995ULL))),
            quint64(qHash(text, size_t(0xc2b2ae3d27d4eb4fULL)))};
}

namespace {
// The UUID's bits when `id` is its canonical text.
bool uuidBits(const QString &id, KeyDigest &bits)
{
    if (id.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id)
        return false;
    const QByteArray raw = uuid.toRfc4122();
    memcpy(&bits.high, raw.constData(), 8);
    memcpy(&bits.low, raw.constData() + 8, 8);
    return true;
}
} // namespace

bool CompactIdSet::insert(const QString &id)
{
    KeyDigest bits;
    if (uuidBits(id, bits)) {
        const qsizetype before = m_uuids.size();
        m_uuids.insert(bits);
        return m_uuids.size() != before;
    }
    const qsizetype before = m_others.size();
    m_others.insert(id);
    return m_others.size() != before;
}

bool CompactIdSet::contains(const QString &id) const
{
    KeyDigest bits;
    return uuidBits(id, bits) ? m_uuids.contains(bits) : m_others.contains(id);
}

void CompactIdSet::clear()
{
    m_uuids.clear();
    m_others.clear();
}

} // namespace codemie
