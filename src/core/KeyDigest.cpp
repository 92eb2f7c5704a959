#include "KeyDigest.h"

#include <QDir>
#include <QTemporaryFile>
#include <QUuid>
#include <cstring>

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

// A hash table of 128-bit keys in a temporary file: open addressing with
// linear probing, at most half full, read and written without Qt's buffer
// (a probe reads one block of slots, an insert writes one slot). The key of
// all zero bits marks an empty slot, so that key is remembered apart.
class CompactIdSet::DiskTable {
public:
    // False with error() set when the file cannot be made.
    bool create(qint64 capacity)
    {
        m_file = std::make_unique<File>(QDir::tempPath() + QStringLiteral("/codemie-ids-XXXXXX"));
        m_capacity = capacity;
        m_size = 0;
        if (!m_file->openUnbuffered() || !m_file->resize(m_capacity * slotSize))
            return fail();
        return true;
    }
    // 1 when inserted, 0 when already there, -1 on a failure.
    int insert(const KeyDigest &key)
    {
        if (isZero(key)) {
            const bool fresh = !m_hasZero;
            m_hasZero = true;
            m_size += fresh ? 1 : 0;
            return fresh ? 1 : 0;
        }
        if ((m_size + 1) * 2 > m_capacity && !grow())
            return -1;
        qint64 slot = 0;
        bool found = false;
        if (!find(key, slot, found))
            return -1;
        if (found)
            return 0;
        char bytes[slotSize];
        memcpy(bytes, &key.high, 8);
        memcpy(bytes + 8, &key.low, 8);
        if (!m_file->seek(slot * slotSize) || m_file->write(bytes, slotSize) != slotSize) {
            fail();
            return -1;
        }
        ++m_size;
        return 1;
    }
    // 1 when there, 0 when not, -1 on a failure.
    int contains(const KeyDigest &key)
    {
        if (isZero(key))
            return m_hasZero ? 1 : 0;
        qint64 slot = 0;
        bool found = false;
        if (!find(key, slot, found))
            return -1;
        return found ? 1 : 0;
    }
    qint64 size() const { return m_size; }
    QString error() const { return m_error; }

private:
    // QTemporaryFile opened without a buffer: every seek would drop it.
    class File : public QTemporaryFile {
    public:
        using QTemporaryFile::QTemporaryFile;
        bool openUnbuffered() { return open(QIODevice::ReadWrite | QIODevice::Unbuffered); }
    };
    static constexpr qint64 slotSize = 16;
    static constexpr qint64 blockSlots = 64;

    static bool isZero(const KeyDigest &key) { return key.high == 0 && key.low == 0; }
    bool fail()
    {
        if (m_error.isEmpty())
            m_error = m_file ? m_file->errorString() : QString();
        if (m_error.isEmpty())
            m_error = QStringLiteral("I/O error");
        return false;
    }
    // The key's slot, or the empty slot where it would go.
    bool find(const KeyDigest &key, qint64 &slot, bool &found)
    {
        qint64 at = qint64(qHash(key) & size_t(m_capacity - 1));
        char block[blockSlots * slotSize];
        for (;;) {
            const qint64 count = qMin(blockSlots, m_capacity - at);
            if (!m_file->seek(at * slotSize) ||
                m_file->read(block, count * slotSize) != count * slotSize)
                return fail();
            for (qint64 i = 0; i < count; ++i) {
                KeyDigest stored;
                memcpy(&stored.high, block + i * slotSize, 8);
                memcpy(&stored.low, block + i * slotSize + 8, 8);
                if (isZero(stored) || stored == key) {
                    slot = at + i;
                    found = !isZero(stored);
                    return true;
                }
            }
            at = (at + count) % m_capacity; // never full: at most half
        }
    }
    // Twice the slots: every key moved to a new file.
    bool grow()
    {
        std::unique_ptr<File> old = std::move(m_file);
        const qint64 oldCapacity = m_capacity;
        const bool hadZero = m_hasZero;
        if (!create(oldCapacity * 2))
            return false;
        m_hasZero = hadZero;
        m_size = hadZero ? 1 : 0;
        char block[blockSlots * slotSize];
        if (!old->seek(0))
            return fail();
        for (qint64 at = 0; at < oldCapacity; at += blockSlots) {
            const qint64 count = qMin(blockSlots, oldCapacity - at);
            if (old->read(block, count * slotSize) != count * slotSize) {
                m_error = old->errorString();
                return fail();
            }
            for (qint64 i = 0; i < count; ++i) {
                KeyDigest stored;
                memcpy(&stored.high, block + i * slotSize, 8);
                memcpy(&stored.low, block + i * slotSize + 8, 8);
                if (!isZero(stored) && insert(stored) < 0)
                    return false;
            }
        }
        return true;
    }

    std::unique_ptr<File> m_file;
    qint64 m_capacity = 0;
    qint64 m_size = 0;
    bool m_hasZero = false;
    QString m_error;
};

CompactIdSet::CompactIdSet(qsizetype memoryLimit)
    : m_memoryLimit(qMax<qsizetype>(memoryLimit, 1))
{}

CompactIdSet::~CompactIdSet() = default;

namespace {
// What the file keeps of an id.
KeyDigest diskKey(const QString &id)
{
    KeyDigest bits;
    return uuidBits(id, bits) ? bits : KeyDigest::of(id);
}
} // namespace

bool CompactIdSet::insert(const QString &id)
{
    if (m_disk)
        return m_disk->insert(diskKey(id)) > 0;
    KeyDigest bits;
    bool fresh = false;
    if (uuidBits(id, bits)) {
        const qsizetype before = m_uuids.size();
        m_uuids.insert(bits);
        fresh = m_uuids.size() != before;
    } else {
        const qsizetype before = m_others.size();
        m_others.insert(id);
        fresh = m_others.size() != before;
    }
    if (fresh && size() >= m_memoryLimit && !spill())
        return false;
    return fresh;
}

bool CompactIdSet::spill()
{
    m_disk = std::make_unique<DiskTable>();
    qint64 capacity = 1024;
    while (capacity < qint64(size()) * 4)
        capacity *= 2;
    if (!m_disk->create(capacity))
        return false;
    for (const KeyDigest &bits : std::as_const(m_uuids))
        if (m_disk->insert(bits) < 0)
            return false;
    for (const QString &id : std::as_const(m_others))
        if (m_disk->insert(KeyDigest::of(id)) < 0)
            return false;
    m_uuids = QSet<KeyDigest>();
    m_others = QSet<QString>();
    return true;
}

bool CompactIdSet::contains(const QString &id) const
{
    if (m_disk)
        return m_disk->contains(diskKey(id)) > 0;
    KeyDigest bits;
    return uuidBits(id, bits) ? m_uuids.contains(bits) : m_others.contains(id);
}

qsizetype CompactIdSet::size() const
{
    return m_disk ? qsizetype(m_disk->size()) : m_uuids.size() + m_others.size();
}

QString CompactIdSet::error() const
{
    return m_disk ? m_disk->error() : QString();
}

void CompactIdSet::clear()
{
    m_disk.reset();
    m_uuids.clear();
    m_others.clear();
}

} // namespace codemie
