#include "MemberCsv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace codemie {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MemberCsv)
};

Outcome validationFailed(const QString &details)
{
    return Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("CSV validation failed"), details,
                            {}, 422);
}

Outcome parsingFailed(int line, const QString &problem)
{
    return Outcome::failure(
        Outcome::Kind::InvalidInput, Tr::tr("CSV parsing failed"),
        Tr::tr("Line %1: %2").arg(line).arg(problem),
        Tr::tr("Fix the file (fields that contain commas, quotes or line breaks "
               "must be enclosed in double quotes, with quotes inside doubled) "
               "and choose it again."),
        422);
}

// Offset of the first byte that is not part of well-formed UTF-8 (no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    auto continuation = [&](qsizetype at, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return at < n && p[at] >= lo && p[at] <= hi;
    };
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (!continuation(i + 1))
                return i;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
            const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
            if (!continuation(i + 1, lo, hi) || !continuation(i + 2))
                return i;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
            const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
            if (!continuation(i + 1, lo, hi) || !continuation(i + 2) || !continuation(i + 3))
                return i;
            i += 4;
        } else {
            return i;
        }
    }
    return -1;
}

struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// RFC 4180 records: fields separated by commas, records by CRLF, LF or CR;
// a field in double quotes may hold commas, line breaks and doubled quotes.
// Empty lines are skipped (as Python's csv.DictReader does).
Outcome readRecords(const QString &text, QList<CsvRecord> *records)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    auto atLineEnd = [&](qsizetype at) {
        return at >= n || text.at(at) == QLatin1Char('\n') || text.at(at) == QLatin1Char('\r');
    };
    auto consumeLineEnd = [&] {
        if (i >= n)
            return;
        if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        ++i;
        ++line;
    };
    while (i < n) {
        CsvRecord record;
        record.line = line;
        if (atLineEnd(i)) { // an empty line
            consumeLineEnd();
            continue;
        }
        for (;;) {
            QString field;
            if (i < n && text.at(i) == QLatin1Char('"')) {
                const int openedAt = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return parsingFailed(openedAt,
                                             Tr::tr("a quoted field is not closed (missing \")"));
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == QChar(0))
                        return parsingFailed(line, Tr::tr("the file contains a NUL character"));
                    if (c == QLatin1Char('\n') ||
                        (c == QLatin1Char('\r') &&
                         (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))))
                        ++line;
                    field += c;
                    ++i;
                }
                if (!atLineEnd(i) && text.at(i) != QLatin1Char(','))
                    return parsingFailed(line, Tr::tr("unexpected text after a closing quote"));
            } else {
                while (!atLineEnd(i) && text.at(i) != QLatin1Char(',')) {
                    const QChar c = text.at(i);
                    if (c == QLatin1Char('"'))
                        return parsingFailed(
                            line,
                            Tr::tr("a double quote inside a field that does not start with one"));
                    if (c == QChar(0))
                        return parsingFailed(line, Tr::tr("the file contains a NUL character"));
                    field += c;
                    ++i;
                }
            }
            record.fields << field;
            if (i < n && text.at(i) == QLatin1Char(',')) {
                ++i;
                continue;
            }
            consumeLineEnd();
            break;
        }
        records->append(record);
    }
    return Outcome::ok();
}
} // namespace

QStringList MemberCsv::allowedRoles()
{
    return {QStringLiteral("project_admin"), QStringLiteral("user")};
}

bool MemberCsv::isValidEmail(const QString &email)
{
    // A practical address: something@domain.tld, without spaces, control
    // characters or the separators that never appear in platform e-mails.
    static const QRegularExpression pattern(
        QStringLiteral(
            "^[^@\\s\\p{Cc},;<>()\\[\\]\\\\\"]+@"
            "[^@\\s\\p{Cc},;<>()\\[\\]\\\\\".]+(\\.[^@\\s\\p{Cc},;<>()\\[\\]\\\\\".]+)+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

QByteArray MemberCsv::templateBytes()
{
    return QByteArrayLiteral("email,role\nuser@example.com,user\n");
}

Result<QList<MemberCsvRow>> MemberCsv::parse(const QByteArray &input)
{
    Result<QList<MemberCsvRow>> r;
    if (input.size() > MaxBytes) {
        r.outcome = Outcome::failure(Outcome::Kind::InvalidInput, Tr::tr("File too large"),
                                     Tr::tr("CSV file must not exceed 5 MB"), {}, 413);
        return r;
    }
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
        const int line = int(bytes.left(bad).count('\n')) + 1;
        r.outcome = Outcome::failure(
            Outcome::Kind::InvalidInput, Tr::tr("CSV decoding failed"),
            Tr::tr(
                "File must be UTF-8 encoded: byte 0x%1 at position %2 (line %3) is not valid UTF-8")
                .arg(QString::number(static_cast<unsigned char>(bytes.at(bad)), 16).toUpper())
                .arg(bad + (input.size() - bytes.size()))
                .arg(line),
            Tr::tr("Save the file as \"CSV UTF-8\" in your spreadsheet and choose it again."), 422);
        return r;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);

    QList<CsvRecord> records;
    r.outcome = readRecords(text, &records);
    if (!r.outcome)
        return r;
    if (records.isEmpty()) {
        r.outcome = validationFailed(Tr::tr("CSV file is empty: it needs a header row with an "
                                            "'email' column and at least one data row"));
        return r;
    }
    int emailColumn = -1;
    int roleColumn = -1;
    const QStringList header = records.first().fields;
    for (int c = 0; c < header.size(); ++c) {
        const QString name = header.at(c).trimmed().toLower();
        if (name == QStringLiteral("email") && emailColumn < 0)
            emailColumn = c;
        else if (name == QStringLiteral("role") && roleColumn < 0)
            roleColumn = c;
    }
    if (emailColumn < 0) {
        r.outcome = validationFailed(Tr::tr("CSV must contain an 'email' column"));
        return r;
    }
    const int dataRows = int(records.size()) - 1;
    if (dataRows < 1) {
        r.outcome = validationFailed(Tr::tr("CSV file must contain at least one data row"));
        return r;
    }
    if (dataRows > MaxRows) {
        r.outcome =
            validationFailed(Tr::tr("CSV exceeds the maximum of 1000 rows (got %1)").arg(dataRows));
        return r;
    }

    QSet<QString> seen;
    for (int k = 1; k < records.size(); ++k) {
        const CsvRecord &record = records.at(k);
        MemberCsvRow row;
        row.row = k;
        row.line = record.line;
        row.email = record.fields.value(emailColumn).trimmed().toLower();
        row.role = roleColumn >= 0 ? record.fields.value(roleColumn).trimmed() : QString();
        const QString role = row.role.toLower();
        if (!isValidEmail(row.email))
            row.errors << Tr::tr("Invalid email address: '%1'").arg(row.email);
        if (role.isEmpty() || role == QStringLiteral("user")) {
            row.isProjectAdmin = false;
        } else if (role == QStringLiteral("project_admin")) {
            row.isProjectAdmin = true;
        } else {
            row.errors << Tr::tr("Invalid role '%1'. Allowed values: ['project_admin', 'user']")
                              .arg(row.role);
        }
        if (!row.email.isEmpty()) {
            if (seen.contains(row.email))
                row.errors << Tr::tr("Duplicate email: '%1' appears more than once").arg(row.email);
            seen.insert(row.email);
        }
        r.value << row;
    }
    return r;
}

Outcome MemberCsv::resolveUsers(QList<MemberCsvRow> &rows, const UserLookup &lookup)
{
    QStringList emails;
    QSet<QString> asked;
    for (const MemberCsvRow &row : rows) {
        if (isValidEmail(row.email) && !asked.contains(row.email)) {
            asked.insert(row.email);
            emails << row.email;
        }
    }
    QHash<QString, MemberCsvUser> found;
    if (!emails.isEmpty()) {
        const auto looked = lookup(emails);
        if (!looked.outcome)
            return looked.outcome;
        found = looked.value;
    }
    for (MemberCsvRow &row : rows) {
        row.userId.clear();
        if (!isValidEmail(row.email))
            continue;
        const auto it = found.constFind(row.email);
        if (it == found.constEnd())
            row.errors << Tr::tr("User not found for email: '%1'").arg(row.email);
        else if (!it->active)
            row.errors << Tr::tr("User '%1' is deactivated and cannot be assigned to projects")
                              .arg(row.email);
        else
            row.userId = it->id;
    }
    return Outcome::ok();
}

int MemberCsv::errorCount(const QList<MemberCsvRow> &rows)
{
    int n = 0;
    for (const MemberCsvRow &row : rows)
        n += row.isValid() ? 0 : 1;
    return n;
}

QStringList MemberCsv::errorLines(const QList<MemberCsvRow> &rows)
{
    QStringList lines;
    for (const MemberCsvRow &row : rows)
        if (!row.isValid())
            lines << Tr::tr("Row %1: %2").arg(row.row).arg(row.error());
    return lines;
}

} // namespace codemie
