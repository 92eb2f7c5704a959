#include "WorkerTableModel.h"

namespace codemie {

WorkerTableModel::WorkerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

WorkerTableModel::~WorkerTableModel() = default;

void WorkerTableModel::setWorkerSession(PlatformSession *session)
{
    m_worker.reset(); // waits for a read in progress; its answer is dropped
    if (session && session->db().isOpen())
        m_worker = std::make_shared<SessionWorker>(session->readerClone());
}

void WorkerTableModel::setSharedWorker(std::shared_ptr<SessionWorker> worker)
{
    // A shared worker is not waited for here: an answer of this model still
    // on its way is dropped by the next query's generation.
    m_worker = std::move(worker);
}

bool WorkerTableModel::canFetchMore(const QModelIndex &parent) const
{
    // One read at a time, and not for rows that are about to be replaced.
    return !parent.isValid() && m_worker && !isLoading() && !m_fetchFailed &&
           loadedRowCount() < m_total;
}

void WorkerTableModel::setLoading(bool reloading, bool fetching)
{
    const bool was = isLoading();
    m_reloading = reloading;
    m_fetching = fetching;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

quint64 WorkerTableModel::startQuery()
{
    m_fetchFailed = false;
    setLoading(true, false);
    return ++m_generation; // drops the answers still on their way
}

void WorkerTableModel::clearAtOnce(const std::function<void()> &clear)
{
    ++m_generation;
    m_fetchFailed = false;
    beginResetModel();
    clear();
    m_total = 0;
    endResetModel();
    setLoading(false, false);
    emit totalChanged(m_total);
    emit loaded();
}

QString WorkerTableModel::workerError() const
{
    const Outcome open = m_worker->openOutcome();
    return open ? tr("The database worker could not connect.") : open.fullText();
}

void WorkerTableModel::finishFirstPage(const QString &error)
{
    setLoading(false, false);
    if (!error.isEmpty())
        emit errorOccurred(error);
    emit totalChanged(m_total);
    emit loaded();
}

void WorkerTableModel::finishNextPage(const QString &error, bool exhausted)
{
    if (!error.isEmpty())
        m_fetchFailed = true; // not again (and again) while scrolling
    if (exhausted)
        m_total = loadedRowCount(); // fewer rows than counted (removed meanwhile)
    setLoading(false, false);
    if (!error.isEmpty())
        emit errorOccurred(error);
    if (exhausted)
        emit totalChanged(m_total);
    emit moreLoaded();
}

} // namespace codemie
