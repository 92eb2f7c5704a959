#pragma once

// TMPDIR pointed at a file, not a folder, while the object lives: no
// temporary file can be made (not even by root), as on a full or read-only
// disk. The previous TMPDIR comes back when it goes.

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

namespace codemie::test {

class UnwritableTempDir {
public:
    UnwritableTempDir()
        : m_before(qgetenv("TMPDIR"))
    {
        QFile notAFolder(m_dir.filePath(QStringLiteral("not-a-folder")));
        m_valid = m_dir.isValid() && notAFolder.open(QIODevice::WriteOnly);
        notAFolder.close();
        if (m_valid)
            qputenv("TMPDIR", notAFolder.fileName().toLocal8Bit());
    }
    ~UnwritableTempDir()
    {
        if (m_before.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_before);
    }
    UnwritableTempDir(const UnwritableTempDir &) = delete;
    UnwritableTempDir &operator=(const UnwritableTempDir &) = delete;
    bool isValid() const { return m_valid; }

private:
    QTemporaryDir m_dir;
    QByteArray m_before;
    bool m_valid = false;
};

} // namespace codemie::test
