#pragma once

#include "Outcome.h"
#include "SessionWorker.h"

#include <QAbstractTableModel>
#include <functional>
#include <memory>

namespace codemie {

// A table model whose rows are read page by page on a worker thread with its
// own connection (SessionWorker), so that no read blocks the GUI. A new query
// keeps the rows shown until its answer replaces them; the answer of a query
// replaced meanwhile is dropped; one page is read at a time as the view
// scrolls, and a page that fails is not asked for again until the next
// query. Subclasses hold the rows and say what to read.
class WorkerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit WorkerTableModel(QObject *parent = nullptr);
    ~WorkerTableModel() override;

    int totalCount() const { return m_total; }
    // A read is on its way: the count and first page (isReloading()), or the
    // next page (fetchMore()).
    bool isLoading() const { return m_reloading || m_fetching; }
    // The rows shown are still those of an earlier query.
    bool isReloading() const { return m_reloading; }
    bool canFetchMore(const QModelIndex &parent) const override;

signals:
    void errorOccurred(const QString &message);
    void totalChanged(int total);
    // A read started (loading true) or its answer was applied (false).
    void loadingChanged(bool loading);
    // The count and first page of the current query are shown (or the read
    // failed and the model is empty).
    void loaded();
    // A next-page answer was applied: rows were appended, or none came.
    void moreLoaded();

protected:
    // The worker reads on a reader clone of `session` (PlatformSession::
    // readerClone(): no second probe; nullptr or closed: none).
    void setWorkerSession(PlatformSession *session);
    // Reads on `worker`, which others (the page that holds this model) may
    // share: its connection is opened once, by its first job, and a read
    // here then pays no connect. Its jobs run in order, one at a time.
    void setSharedWorker(std::shared_ptr<SessionWorker> worker);
    bool hasWorker() const { return bool(m_worker); }
    // Rows the subclass holds now.
    virtual int loadedRowCount() const = 0;

    // Empties the model at once (nothing to read): `clear` drops the rows.
    void clearAtOnce(const std::function<void()> &clear);

    // Reads the count and the first page on the worker, then, unless a newer
    // query came meanwhile, `replace` takes the rows (empty after an error)
    // inside a model reset.
    template <typename Rows>
    void readFirstPage(std::function<Result<int>(PlatformSession &)> count,
                       std::function<Result<Rows>(PlatformSession &)> page,
                       std::function<void(Rows &&)> replace)
    {
        const quint64 generation = startQuery();
        struct Answer {
            bool connected = true;
            Result<int> total;
            Result<Rows> rows;
        };
        auto answer = std::make_shared<Answer>();
        m_worker->run(
            [answer, count, page](PlatformSession &s) {
                if (!s.db().isOpen()) {
                    answer->connected = false;
                    return;
                }
                answer->total = count(s);
                if (answer->total.isOk())
                    answer->rows = page(s);
            },
            this,
            [this, answer, generation, replace] {
                if (generation != m_generation)
                    return; // a newer query replaced this one
                const QString error = !answer->connected      ? workerError()
                                      : !answer->total.isOk() ? answer->total.outcome.fullText()
                                      : !answer->rows.isOk()  ? answer->rows.outcome.fullText()
                                                              : QString();
                beginResetModel();
                replace(error.isEmpty() ? std::move(answer->rows.value) : Rows());
                m_total = error.isEmpty() ? answer->total.value : 0;
                endResetModel();
                finishFirstPage(error);
            });
    }

    // Reads the next page on the worker; `append` takes its rows inside a
    // row insertion. Call from fetchMore() after canFetchMore().
    template <typename Rows>
    void readNextPage(std::function<Result<Rows>(PlatformSession &)> page,
                      std::function<void(Rows &&)> append)
    {
        setLoading(false, true);
        const quint64 generation = m_generation;
        auto answer = std::make_shared<Result<Rows>>();
        m_worker->run(
            [answer, page](PlatformSession &s) {
                if (!s.db().isOpen()) {
                    answer->outcome = Outcome::failure(
                        Outcome::Kind::DatabaseError, tr("The database worker could not connect."));
                    return;
                }
                *answer = page(s);
            },
            this,
            [this, answer, generation, append] {
                if (generation != m_generation)
                    return; // the query changed: these rows belong to no list shown
                if (!answer->isOk()) {
                    finishNextPage(answer->outcome.fullText(), false);
                    return;
                }
                const int count = int(answer->value.size());
                if (count == 0) {
                    finishNextPage({}, true);
                    return;
                }
                // Still loading while the rows go in: a view (or a model
                // tester) asking for more in between must not read the same
                // page again.
                const int first = loadedRowCount();
                beginInsertRows({}, first, first + count - 1);
                append(std::move(answer->value));
                endInsertRows();
                finishNextPage({}, false);
            });
    }

private:
    void setLoading(bool reloading, bool fetching);
    quint64 startQuery();
    QString workerError() const;
    void finishFirstPage(const QString &error);
    void finishNextPage(const QString &error, bool exhausted);

    std::shared_ptr<SessionWorker> m_worker;
    int m_total = 0;
    quint64 m_generation = 0; // the current query; older answers are dropped
    bool m_reloading = false;
    bool m_fetching = false;
    bool m_fetchFailed = false; // no more pages until the next query
};

} // namespace codemie
