#include "UserTableModel.h"

#include "BudgetModels.h"
#include "BudgetViewRepository.h"
#include "MembershipRepository.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "Theme.h"
#include "UserRepository.h"
#include "UserSearchService.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>

namespace codemie {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_textHits(std::make_shared<UserSearchIndex::TextHits>())
{}

UserTableModel::~UserTableModel() = default;

void UserTableModel::setSession(PlatformSession *session, const std::optional<QStringList> &findIds)
{
    m_session = session;
    m_search.reset();
    m_worker.reset();
    if (session) {
        m_worker = std::make_unique<SessionWorker>(session->readerClone());
        if (session->db().isPostgres())
            m_search = std::make_unique<UserSearchService>(*session);
    }
    load(findIds);
}

void UserTableModel::setQuery(const UserQuery &query)
{
    m_query = query;
    m_query.offset = 0;
    m_query.limit = PageSize;
    reload();
}

void UserTableModel::reload()
{
    load(std::nullopt);
}

void UserTableModel::reloadFinding(const QStringList &ids)
{
    load(ids);
}

void UserTableModel::load(const std::optional<QStringList> &findIds)
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_foundIds.clear();
    m_pages.clear();
    m_pendingPages.clear();
    m_total = 0;
    m_matches.reset();
    m_matchIndex.reset();
    m_pageSize = PageSize;
    m_pendingCount = bool(m_worker); // loading, not empty, while the count is read
    endResetModel();
    emit totalChanged(0);
    if (!m_worker)
        return;
    auto result = std::make_shared<Result<int>>();
    const UserQuery query = m_query;
    // The index answers when it is loaded, fresh and covers the query; the
    // database otherwise (same rows, same order: see UserSearchIndex).
    std::shared_ptr<const UserSearchIndex> index = m_search ? m_search->index() : nullptr;
    if (index && !index->covers(query))
        index.reset();
    auto matches = std::make_shared<std::vector<quint32>>();
    m_worker->run(
        [result, query, index, matches, hits = m_textHits](PlatformSession &s) {
            if (index) {
                *matches = index->match(query, hits.get());
                result->value = int(matches->size());
                return;
            }
            if (!s.db().isOpen()) {
                result->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The worker could not connect."));
                return;
            }
            *result = UserRepository(s).count(query);
        },
        this,
        [this, result, generation, index, matches, findIds] {
            if (generation != m_generation)
                return; // a newer query replaced this one
            m_pendingCount = false;
            if (!result->isOk()) {
                emit errorOccurred(result->outcome.fullText());
                return;
            }
            beginResetModel();
            m_total = result->value;
            if (index) {
                m_matchIndex = index;
                m_matches = matches;
                m_pageSize = IndexPageSize;
            }
            endResetModel();
            emit totalChanged(m_total);
            if (m_total > 0)
                requestPage(0);
            else if (m_search)
                m_search->start();
            if (findIds)
                findRows(*findIds); // after the first page: it shows first
        });
}

void UserTableModel::findRows(const QStringList &ids)
{
    const quint64 generation = m_generation;
    const UserQuery query = m_query;
    const auto index = m_matchIndex;
    const auto matches = m_matches;
    const QStringList wanted = ids.mid(0, MaxFindIds);
    if (wanted.isEmpty()) {
        emit rowsFound({});
        return;
    }
    auto found = std::make_shared<Result<QHash<QString, int>>>();
    m_worker->run(
        [found, query, index, matches, wanted](PlatformSession &s) {
            if (index && matches) {
                // Positions in the very order the rows are read from.
                found->value = index->positionsOf(*matches, wanted);
                return;
            }
            if (!s.db().isOpen()) {
                found->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                  tr("The worker could not connect."));
                return;
            }
            *found = UserRepository(s).positions(query, wanted);
        },
        this,
        [this, found, generation] {
            if (generation != m_generation)
                return; // reloaded again since
            if (!found->isOk()) {
                emit errorOccurred(found->outcome.fullText());
                emit rowsFound({});
                return;
            }
            // A row past the count (users added between the two reads) is
            // not a row of this list.
            QHash<QString, int> rows;
            for (auto it = found->value.cbegin(); it != found->value.cend(); ++it) {
                if (it.value() < 0 || it.value() >= m_total)
                    continue;
                rows.insert(it.key(), it.value());
                m_foundIds.insert(it.value(), it.key());
            }
            emit rowsFound(rows);
        });
}

Result<QStringList> UserTableModel::idsAt(const QList<int> &rows, bool readMissing) const
{
    Result<QStringList> r;
    QHash<int, QString> known;
    QList<int> missing;
    for (const int row : rows) {
        if (row < 0 || row >= m_total || known.contains(row))
            continue;
        if (isRowLoaded(row))
            known.insert(row, userAt(row).id);
        else if (m_matches && m_matchIndex && size_t(row) < m_matches->size())
            known.insert(row, m_matchIndex->idAt((*m_matches)[size_t(row)]));
        else if (const auto it = m_foundIds.constFind(row); it != m_foundIds.constEnd())
            known.insert(row, *it);
        else
            missing << row;
    }
    if (!missing.isEmpty() && readMissing) {
        if (!m_session) {
            r.outcome = Outcome::failure(Outcome::Kind::DatabaseError, tr("Not connected."));
            return r;
        }
        std::sort(missing.begin(), missing.end());
        missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
        // Runs of consecutive rows, each read by position; past a few runs,
        // every matching id at once (as "all matching" reads them).
        QList<QPair<int, int>> runs; // first row, count
        for (const int row : std::as_const(missing)) {
            if (!runs.isEmpty() && runs.last().first + runs.last().second == row)
                ++runs.last().second;
            else
                runs.append({row, 1});
        }
        const UserRepository repo(*m_session);
        constexpr int maxRuns = 16;
        if (runs.size() > maxRuns) {
            const auto all = repo.ids(m_query);
            if (!all.isOk()) {
                r.outcome = all.outcome;
                return r;
            }
            for (const int row : std::as_const(missing))
                if (row < all.value.size())
                    known.insert(row, all.value.at(row));
        } else {
            for (const auto &[first, count] : std::as_const(runs)) {
                UserQuery q = m_query;
                q.offset = first;
                q.limit = count;
                const auto page = repo.page(q);
                if (!page.isOk()) {
                    r.outcome = page.outcome;
                    return r;
                }
                for (int i = 0; i < page.value.size(); ++i)
                    known.insert(first + i, page.value.at(i).id);
            }
        }
    }
    for (const int row : rows)
        if (const auto it = known.constFind(row); it != known.constEnd())
            r.value << *it;
    r.value.removeDuplicates();
    return r;
}

UserRepository::Slice UserTableModel::sliceFor(int page) const
{
    // Keyset reads cost the same wherever they land; OFFSET steps over every
    // earlier row. A cached page up to this many pages away is an anchor.
    constexpr int reach = 5;
    UserRepository::Slice slice;
    slice.limit = m_pageSize;
    int before = -1, after = -1;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (it->rows.isEmpty())
            continue;
        if (it.key() < page && page - it.key() <= reach && it.key() > before)
            before = it.key();
        if (it.key() > page && it.key() - page <= reach && (after < 0 || it.key() < after))
            after = it.key();
    }
    const int start = page * m_pageSize;
    const int end = qMin(m_total, start + m_pageSize);
    if (before >= 0) {
        slice.anchor = m_pages.value(before).last;
        slice.offset = (page - before - 1) * m_pageSize;
    } else if (after >= 0) {
        slice.anchor = m_pages.value(after).first;
        slice.backward = true;
        slice.offset = (after - page - 1) * m_pageSize;
    } else if (start > m_total / 2) {
        slice.backward = true; // counted from the end
        slice.offset = m_total - end;
        slice.limit = end - start;
    } else {
        slice.offset = start;
    }
    return slice;
}

void UserTableModel::requestPage(int page) const
{
    if (!m_worker || m_pendingPages.contains(page) || m_pages.contains(page))
        return;
    m_pendingPages.insert(page);
    const quint64 generation = m_generation;
    const UserQuery query = m_query;
    const UserRepository::Slice slice = sliceFor(page);
    const auto index = m_matchIndex;
    const auto matches = m_matches;
    struct Loaded {
        Result<UserRepository::SliceRows> rows;
        QHash<QString, QList<Membership>> projects;
        QHash<QString, QList<CategorySpend>> budgets;
    };
    auto loaded = std::make_shared<Loaded>();
    auto *self = const_cast<UserTableModel *>(this);
    m_worker->run(
        [loaded, query, slice, index, matches, page, size = m_pageSize](PlatformSession &s) {
            if (index && matches) {
                // The index chose the rows; their columns, first memberships
                // and budget cells are read now, in one statement.
                const QStringList pageIds = index->ids(*matches, qsizetype(page) * size, size);
                auto listing = UserRepository(s).listing(pageIds, 3);
                loaded->rows.outcome = listing.outcome;
                loaded->rows.value.rows = std::move(listing.value.rows);
                loaded->projects = std::move(listing.value.projects);
                loaded->budgets = std::move(listing.value.budgets);
                return;
            }
            loaded->rows = UserRepository(s).slice(query, slice);
            if (!loaded->rows.isOk())
                return;
            QStringList ids;
            for (const UserRecord &u : std::as_const(loaded->rows.value.rows))
                ids << u.id;
            const auto memberships = MembershipRepository(s).projectsOfUsers(ids, 3);
            if (memberships.isOk())
                loaded->projects = memberships.value;
            const auto budgets = BudgetViewRepository(s).userBudgetCells(ids);
            if (budgets.isOk())
                loaded->budgets = budgets.value;
        },
        self,
        [self, loaded, page, generation] {
            if (generation != self->m_generation)
                return;
            self->m_pendingPages.remove(page);
            if (!loaded->rows.isOk()) {
                emit self->errorOccurred(loaded->rows.outcome.fullText());
                return;
            }
            if (self->m_search) {
                if (self->m_matches &&
                    loaded->rows.value.rows.size() <
                        qMin(self->m_pageSize, self->m_total - page * self->m_pageSize))
                    self->m_search->checkNow(); // users deleted since the index was read
                self->m_search->start();        // after the first rows: it competes for the server
            }
            Page p;
            p.rows = loaded->rows.value.rows;
            p.projects = loaded->projects;
            p.budgets = loaded->budgets;
            p.first = loaded->rows.value.first;
            p.last = loaded->rows.value.last;
            self->storePage(page, std::move(p));
        });
}

void UserTableModel::storePage(int page, Page rows)
{
    rows.lastUse = ++m_useClock;
    m_pages.insert(page, std::move(rows));
    // Bounded memory: forget the least recently shown pages.
    while (m_pages.size() > MaxCachedPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
    const int first = page * m_pageSize;
    const int last = qMin(m_total, first + m_pageSize) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(page);
}

bool UserTableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    return it != m_pages.constEnd() && row % m_pageSize < it->rows.size();
}

UserRecord UserTableModel::userAt(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.constEnd())
        return {};
    return it->rows.value(row % m_pageSize);
}

void UserTableModel::refreshUser(const QString &userId)
{
    if (!m_worker)
        return;
    if (m_search)
        m_search->checkNow(); // the console's own write changed the fingerprint
    auto result = std::make_shared<Result<UserRecord>>();
    auto chips = std::make_shared<QHash<QString, QList<Membership>>>();
    const quint64 generation = m_generation;
    m_worker->run(
        [result, chips, userId](PlatformSession &s) {
            *result = UserRepository(s).findById(userId);
            const auto c = MembershipRepository(s).projectsOfUsers({userId}, 3);
            if (c.isOk())
                *chips = c.value;
        },
        this,
        [this, result, chips, userId, generation] {
            if (generation != m_generation || !result->isOk())
                return;
            for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
                for (int i = 0; i < it->rows.size(); ++i) {
                    if (it->rows.at(i).id != userId)
                        continue;
                    it->rows[i] = result->value;
                    it->projects.insert(userId, chips->value(userId));
                    const int row = it.key() * m_pageSize + i;
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
            }
        });
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, UserQuery::SortKey> keys = {
        {Name, UserQuery::SortKey::Name},           {Email, UserQuery::SortKey::Email},
        {UserType, UserQuery::SortKey::UserType},   {Projects, UserQuery::SortKey::Projects},
        {Admin, UserQuery::SortKey::Admin},         {Maintainer, UserQuery::SortKey::Maintainer},
        {LastLogin, UserQuery::SortKey::LastLogin}, {Created, UserQuery::SortKey::Created},
        {Budgets, UserQuery::SortKey::TotalSpend}};
    if (!keys.contains(column))
        return;
    UserQuery q = m_query;
    q.sortKey = keys.value(column);
    q.descending = order == Qt::DescendingOrder;
    if (q == m_query)
        return;
    setQuery(q);
}

QString UserTableModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case UserType:
        return tr("User type");
    case Projects:
        return tr("Projects");
    case ProjectAdmin:
        return tr("Project admin");
    case Admin:
        return tr("Super admin");
    case Maintainer:
        return tr("Maintainer");
    case Active:
        return tr("Status");
    case AuthSource:
        return tr("Auth source");
    case LastLogin:
        return tr("Last login");
    case Created:
        return tr("Created");
    case Budgets:
        return tr("Budgets");
    default:
        return {};
    }
}

QString UserTableModel::budgetCellText(const QList<CategorySpend> &categories)
{
    // One line in the table (src/core/BudgetCell): the Total, then the
    // categories in the web UI's order with their names.
    return BudgetCell::oneLine(BudgetCell::lines(categories));
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const int page = index.row() / m_pageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end() || index.row() % m_pageSize >= it->rows.size()) {
        requestPage(page);
        if (role == Qt::DisplayRole && index.column() == Email)
            return tr("Loading…");
        return {};
    }
    it->lastUse = ++m_useClock;
    const UserRecord &u = it->rows.at(index.row() % m_pageSize);
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: // as the web UI: the name, else the username, else "-"
            return !u.name.trimmed().isEmpty()       ? u.name
                   : !u.username.trimmed().isEmpty() ? u.username
                                                     : emptyValue();
        case Email:
            return u.email;
        case UserType:
            return u.userType == QStringLiteral("external") ? tr("External") : tr("Regular");
        case Projects: {
            const QList<Membership> chips = it->projects.value(u.id);
            QStringList labels;
            for (const Membership &m : chips)
                labels
                    << (m.isProjectAdmin ? tr("%1 (admin)") : tr("%1 (user)")).arg(m.projectName);
            QString text = labels.join(QStringLiteral(", "));
            if (u.projectCount > chips.size())
                text += QStringLiteral(" +%1").arg(u.projectCount - chips.size());
            return text.isEmpty() ? emptyValue() : text;
        }
        case ProjectAdmin: {
            const QList<Membership> chips = it->projects.value(u.id);
            return yesNo(!chips.isEmpty() && chips.first().isProjectAdmin);
        }
        case Admin:
            return yesNo(u.isAdmin);
        case Maintainer:
            return yesNo(u.isMaintainer);
        case Active:
            return u.isDeactivated() ? tr("Deactivated") : tr("Active");
        case AuthSource:
            return u.authSource.isEmpty() ? emptyValue() : u.authSource;
        case LastLogin:
            return u.lastLoginAt.isValid()
                       ? locale.toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : emptyValue();
        case Created:
            return u.created.isValid()
                       ? locale.toString(u.created.toLocalTime().date(), QLocale::ShortFormat)
                       : emptyValue();
        case Budgets:
            return budgetCellText(it->budgets.value(u.id));
        default:
            return {};
        }
    }
    if (index.column() == Budgets && (role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
        const QList<BudgetCellLine> lines = BudgetCell::lines(it->budgets.value(u.id));
        if (role == Qt::ForegroundRole) {
            const QColor c = spendLevelColor(QApplication::palette(), lines.first().level);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return BudgetCell::toolTip(lines);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Email || index.column() == Name)
            return tr("%1\nUsername: %2").arg(u.email, u.username);
        if (index.column() == Projects)
            return tr("%n project(s)", nullptr, u.projectCount);
    }
    if (role == Qt::ForegroundRole && u.isDeactivated())
        return Theme::mutedText(QApplication::palette());
    return {};
}

QString UserTableModel::emptyValue()
{
    return QStringLiteral("-");
}

QString UserTableModel::yesNo(bool yes)
{
    return yes ? tr("Yes") : tr("No");
}

bool UserTableModel::isYesNoColumn(int column)
{
    return column == ProjectAdmin || column == Admin || column == Maintainer;
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace codemie
