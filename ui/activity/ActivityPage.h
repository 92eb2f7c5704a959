#pragma once

#include "ActivityRepository.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace codemie {

class ActivityTableModel;
class BackgroundTask;
class PlatformSession;
class SessionWorker;

// Settings → Administration → Activity events (2.40+, maintainers): the
// web UI's filters (domain, event type and entity type narrowing each other;
// actor; entity id; from / to; sort), a table that reads further pages as it
// scrolls, the whole event as JSON in a dialog, and the filtered rows
// exported as CSV on a worker. On an older schema, or for anyone but a
// maintainer, one line says why there is nothing to see.
class ActivityPage : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPage(QWidget *parent = nullptr);
    ~ActivityPage() override;

    void setSession(PlatformSession *session);
    void reload();
    // Shows the events about one entity ("user" + id, "project" + name),
    // every other filter cleared.
    void showEntity(const QString &entityType, const QString &entityId);

    ActivityTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Why the page shows nothing (empty when it shows the log).
    QString unavailableText() const;
    QString countText() const;
    QString errorText() const;
    ActivityFilter currentFilter() const;
    // The values offered by the domain / event type / entity type filters.
    QStringList offeredDomains() const;
    QStringList offeredEventTypes() const;
    QStringList offeredEntityTypes() const;
    void setChecked(const QString &filterName, const QStringList &values);
    bool optionsLoaded() const { return m_optionsLoaded; }
    QLineEdit *actorEdit() const { return m_actor; }
    QLineEdit *entityIdEdit() const { return m_entityId; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QComboBox *sortBox() const { return m_sort; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelExportButton() const { return m_cancelExport; }
    // Starts writing the filtered rows to `path` (false when an export
    // already runs); exportFinished() says how it ended. Nothing appears
    // under `path` unless the export succeeds.
    bool exportCsv(const QString &path);
    bool isExporting() const;
    // Stops the running export (its "Cancel export" button).
    void cancelExport();

public slots:
    void clearFilters();
    void openDetails();

signals:
    void exportFinished(bool ok, const QString &message);
    void optionsChanged();

private:
    QToolButton *makeFilterButton(const QString &objectName);
    void fillMenu(QToolButton *button, const QStringList &values, const QStringList &checked);
    QStringList checkedValues(const QToolButton *button) const;
    QStringList offered(const QToolButton *button) const;
    void updateFilterButtonText(QToolButton *button, const QString &label);
    void narrowOptions();
    void loadOptions();
    void applyFilters();
    void updateCountText();
    void chooseExportFile();

    PlatformSession *m_session = nullptr;
    ActivityTableModel *m_model;
    std::unique_ptr<SessionWorker> m_optionsWorker;
    BackgroundTask *m_exportTask;
    ActivityFilterOptions m_options;
    bool m_optionsLoaded = false;
    bool m_applying = false;
    QLabel *m_unavailable;
    QWidget *m_content;
    QToolButton *m_domain;
    QToolButton *m_eventType;
    QToolButton *m_entityType;
    QLineEdit *m_actor;
    QLineEdit *m_entityId;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_sort;
    QPushButton *m_clear;
    QPushButton *m_details;
    QPushButton *m_export;
    QPushButton *m_cancelExport;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_error;
    QTimer *m_debounce;
    QString m_exportProgress;
};

} // namespace codemie
