#include "ActivityPage.h"

#include "ActivityTableModel.h"
#include "ActivityText.h"
#include "BackgroundTask.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace codemie {

namespace {
const QDateTime &noTime()
{
    static const QDateTime t(QDate(2000, 1, 1), QTime(0, 0));
    return t;
}

QDateTimeEdit *makeTimeEdit(QWidget *parent, const QString &objectName, const QString &any)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(noTime());
    edit->setSpecialValueText(any); // shown at the minimum: no limit
    edit->setDateTime(noTime());
    return edit;
}

QDateTime limitOf(const QDateTimeEdit *edit)
{
    return edit->dateTime() == noTime() ? QDateTime() : edit->dateTime();
}
} // namespace

ActivityPage::ActivityPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ActivityTableModel(this))
    , m_exportTask(new BackgroundTask(this))
    , m_unavailable(new QLabel(this))
    , m_content(new QWidget(this))
    , m_actor(new QLineEdit(m_content))
    , m_entityId(new QLineEdit(m_content))
    , m_from(makeTimeEdit(m_content, QStringLiteral("fromFilter"), tr("Any time")))
    , m_to(makeTimeEdit(m_content, QStringLiteral("toFilter"), tr("Any time")))
    , m_sort(new QComboBox(m_content))
    , m_clear(new QPushButton(tr("Clear filters"), m_content))
    , m_details(new QPushButton(tr("View details…"), m_content))
    , m_export(new QPushButton(tr("Export CSV…"), m_content))
    , m_cancelExport(new QPushButton(tr("Cancel export"), m_content))
    , m_table(new QTableView(m_content))
    , m_count(new QLabel(m_content))
    , m_error(new QLabel(m_content))
    , m_debounce(new QTimer(this))
{
    auto *title = new QLabel(tr("Activity events"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_unavailable->setWordWrap(true);
    m_unavailable->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_unavailable->setAccessibleName(tr("Why activity events are not shown"));
    Theme::styleNotice(m_unavailable, Theme::Notice::Warning);

    m_domain = makeFilterButton(QStringLiteral("domainFilter"));
    m_eventType = makeFilterButton(QStringLiteral("eventTypeFilter"));
    m_entityType = makeFilterButton(QStringLiteral("entityTypeFilter"));
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setPlaceholderText(tr("User id, e-mail or \"system\""));
    m_actor->setAccessibleName(tr("Actor"));
    m_actor->setClearButtonEnabled(true);
    m_entityId->setObjectName(QStringLiteral("entityIdFilter"));
    m_entityId->setPlaceholderText(tr("Exact id or project name"));
    m_entityId->setAccessibleName(tr("Entity ID"));
    m_entityId->setClearButtonEnabled(true);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_to->setToolTip(tr("Events up to the end of this minute"));
    m_sort->setObjectName(QStringLiteral("sortOrder"));
    m_sort->setAccessibleName(tr("Sort"));
    m_sort->addItem(tr("Newest first"), true);
    m_sort->addItem(tr("Oldest first"), false);

    auto *filters = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_content);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&Domain"), m_domain), 0, 0);
    filters->addWidget(m_domain, 0, 1);
    filters->addWidget(label(tr("Event &type"), m_eventType), 0, 2);
    filters->addWidget(m_eventType, 0, 3);
    filters->addWidget(label(tr("E&ntity type"), m_entityType), 0, 4);
    filters->addWidget(m_entityType, 0, 5);
    filters->addWidget(label(tr("&Actor"), m_actor), 1, 0);
    filters->addWidget(m_actor, 1, 1);
    filters->addWidget(label(tr("Entity &ID"), m_entityId), 1, 2);
    filters->addWidget(m_entityId, 1, 3);
    filters->addWidget(label(tr("&Sort"), m_sort), 1, 4);
    filters->addWidget(m_sort, 1, 5);
    filters->addWidget(label(tr("&From"), m_from), 2, 0);
    filters->addWidget(m_from, 2, 1);
    filters->addWidget(label(tr("T&o"), m_to), 2, 2);
    filters->addWidget(m_to, 2, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    filters->addLayout(buttons, 2, 4, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Activity events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("MM"));
    auto fit = [&](int column, const QString &widest) {
        m_table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(ActivityTableModel::columnTitle(column)),
                         metrics.horizontalAdvance(widest)) +
                        padding);
    };
    fit(ActivityTableModel::When, QStringLiteral("2026-12-31 23:59:59"));
    fit(ActivityTableModel::Domain, QStringLiteral("project_management"));
    fit(ActivityTableModel::Event, QStringLiteral("user.project.role_upd"));
    fit(ActivityTableModel::Entity, QStringLiteral("project: payments-core-api"));
    fit(ActivityTableModel::Actor, QStringLiteral("Ada Lovelace <ada.lovelace@codemie>"));

    auto *bottom = new QHBoxLayout;
    m_count->setAccessibleName(tr("Number of matching events"));
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_details);
    bottom->addWidget(m_export);
    bottom->addWidget(m_cancelExport);
    m_cancelExport->setObjectName(QStringLiteral("cancelExport"));
    m_cancelExport->hide(); // while an export runs
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::styleErrorText(m_error);
    m_error->hide();

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addLayout(filters);
    content->addWidget(m_table, 1);
    content->addWidget(m_error);
    content->addLayout(bottom);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_content, 1);
    layout->addStretch(); // takes the room while the content is hidden

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500); // the web UI's debounce
    connect(m_debounce, &QTimer::timeout, this, &ActivityPage::applyFilters);
    connect(m_actor, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_entityId, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_actor, &QLineEdit::returnPressed, this, &ActivityPage::applyFilters);
    connect(m_entityId, &QLineEdit::returnPressed, this, &ActivityPage::applyFilters);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &ActivityPage::applyFilters);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &ActivityPage::applyFilters);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, &ActivityPage::clearFilters);
    connect(m_details, &QPushButton::clicked, this, &ActivityPage::openDetails);
    connect(m_export, &QPushButton::clicked, this, &ActivityPage::chooseExportFile);
    connect(m_cancelExport, &QPushButton::clicked, this, &ActivityPage::cancelExport);
    connect(m_table, &QTableView::activated, this, &ActivityPage::openDetails);
    connect(m_model, &ActivityTableModel::countChanged, this, &ActivityPage::updateCountText);
    connect(m_model, &ActivityTableModel::loadingChanged, this, &ActivityPage::updateCountText);
    connect(m_model, &ActivityTableModel::loaded, this, [this] {
        updateCountText();
        if (m_error->text().isEmpty())
            m_error->hide();
    });
    connect(m_model, &ActivityTableModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_details->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_details->setEnabled(false);
    fillMenu(m_domain, {}, {});
    fillMenu(m_eventType, {}, {});
    fillMenu(m_entityType, {}, {});
    setSession(nullptr);
}

ActivityPage::~ActivityPage()
{
    m_exportTask->cancel();
}

QToolButton *ActivityPage::makeFilterButton(const QString &objectName)
{
    auto *button = new QToolButton(m_content);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMenu(new QMenu(button));
    return button;
}

void ActivityPage::fillMenu(QToolButton *button, const QStringList &values,
                            const QStringList &checked)
{
    QMenu *menu = button->menu();
    menu->clear();
    for (const QString &value : values) {
        QAction *a = menu->addAction(value);
        a->setCheckable(true);
        a->setChecked(checked.contains(value));
        a->setData(value);
        connect(a, &QAction::toggled, this, [this] {
            if (m_applying)
                return;
            narrowOptions();
            applyFilters();
        });
    }
    if (values.isEmpty())
        menu->addAction(tr("No values yet"))->setEnabled(false);
    const QString label = button == m_domain      ? tr("domain")
                          : button == m_eventType ? tr("event type")
                                                  : tr("entity type");
    updateFilterButtonText(button, label);
}

void ActivityPage::updateFilterButtonText(QToolButton *button, const QString &label)
{
    const QStringList values = checkedValues(button);
    button->setText(values.isEmpty()     ? tr("Any %1").arg(label)
                    : values.size() == 1 ? values.first()
                                         : tr("%n selected", nullptr, int(values.size())));
    button->setToolTip(values.isEmpty() ? tr("Every %1").arg(label)
                                        : values.join(QLatin1Char('\n')));
    button->setAccessibleDescription(button->text());
}

QStringList ActivityPage::checkedValues(const QToolButton *button) const
{
    QStringList values;
    for (QAction *a : button->menu()->actions())
        if (a->isCheckable() && a->isChecked())
            values << a->data().toString();
    return values;
}

QStringList ActivityPage::offered(const QToolButton *button) const
{
    QStringList values;
    for (QAction *a : button->menu()->actions())
        if (a->isCheckable())
            values << a->data().toString();
    return values;
}

QStringList ActivityPage::offeredDomains() const
{
    return offered(m_domain);
}

QStringList ActivityPage::offeredEventTypes() const
{
    return offered(m_eventType);
}

QStringList ActivityPage::offeredEntityTypes() const
{
    return offered(m_entityType);
}

void ActivityPage::setChecked(const QString &filterName, const QStringList &values)
{
    QToolButton *button = findChild<QToolButton *>(filterName);
    if (!button)
        return;
    m_applying = true;
    for (QAction *a : button->menu()->actions())
        if (a->isCheckable())
            a->setChecked(values.contains(a->data().toString()));
    m_applying = false;
    narrowOptions();
    applyFilters();
}

void ActivityPage::narrowOptions()
{
    // Domains narrow the event types, event types narrow the entity types;
    // a checked value stays offered.
    const QStringList domains = checkedValues(m_domain);
    QStringList types;
    if (domains.isEmpty()) {
        types = m_options.eventTypes;
    } else {
        for (const QString &d : domains)
            for (const QString &t : m_options.eventTypesByDomain.value(d))
                if (!types.contains(t))
                    types << t;
    }
    QStringList checkedTypes = checkedValues(m_eventType);
    for (const QString &t : checkedTypes)
        if (!types.contains(t))
            types << t;
    types.sort();
    m_applying = true;
    fillMenu(
        m_domain,
        [&] {
            QStringList all = m_options.domains;
            for (const QString &d : domains)
                if (!all.contains(d))
                    all << d;
            return all;
        }(),
        domains);
    fillMenu(m_eventType, types, checkedTypes);
    QStringList entities;
    const QStringList basis = checkedTypes.isEmpty() ? types : checkedTypes;
    if (domains.isEmpty() && checkedTypes.isEmpty()) {
        entities = m_options.entityTypes;
    } else {
        for (const QString &t : basis)
            for (const QString &e : m_options.entityTypesByEventType.value(t))
                if (!entities.contains(e))
                    entities << e;
    }
    const QStringList checkedEntities = checkedValues(m_entityType);
    for (const QString &e : checkedEntities)
        if (!entities.contains(e))
            entities << e;
    entities.sort();
    fillMenu(m_entityType, entities, checkedEntities);
    m_applying = false;
    emit optionsChanged();
}

void ActivityPage::setSession(PlatformSession *session)
{
    m_exportTask->cancel();
    m_exportTask->wait(); // its `done` will not run: the buttons are reset here
    m_export->setEnabled(true);
    m_cancelExport->hide();
    m_exportProgress.clear();
    m_session = session;
    m_optionsWorker.reset();
    m_optionsLoaded = false;
    QString reason;
    if (!session || !session->db().isOpen())
        reason = tr("Not connected to a platform database.");
    else
        reason = ActivityRepository(*session).unavailableReason();
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    m_content->setVisible(reason.isEmpty());
    if (!reason.isEmpty()) {
        m_model->setSession(nullptr);
        return;
    }
    m_optionsWorker = std::make_unique<SessionWorker>(session->readerClone());
    loadOptions();
    m_model->setSession(session);
}

void ActivityPage::reload()
{
    if (!m_session)
        return;
    loadOptions();
    m_model->reload();
}

void ActivityPage::loadOptions()
{
    if (!m_optionsWorker)
        return;
    auto answer = std::make_shared<Result<ActivityFilterOptions>>();
    m_optionsWorker->run(
        [answer](PlatformSession &s) {
            if (s.db().isOpen())
                *answer = ActivityRepository(s).filterOptions();
            else
                answer->outcome = Outcome::failure(Outcome::Kind::DatabaseError,
                                                   tr("The database worker could not connect."));
        },
        this,
        [this, answer] {
            if (!answer->isOk()) {
                m_error->setText(answer->outcome.fullText());
                m_error->show();
                return;
            }
            m_options = answer->value;
            m_optionsLoaded = true;
            narrowOptions();
        });
}

ActivityFilter ActivityPage::currentFilter() const
{
    ActivityFilter f;
    f.domains = checkedValues(m_domain);
    f.eventTypes = checkedValues(m_eventType);
    f.entityTypes = checkedValues(m_entityType);
    f.actor = m_actor->text().trimmed();
    f.entityId = m_entityId->text().trimmed();
    // The edits show local time; the "to" minute is included.
    const QDateTime from = limitOf(m_from);
    const QDateTime to = limitOf(m_to);
    f.from = from.isValid() ? from.toUTC() : QDateTime();
    f.to = to.isValid() ? to.addSecs(60).toUTC() : QDateTime();
    f.newestFirst = m_sort->currentData().toBool();
    return f;
}

void ActivityPage::applyFilters()
{
    if (m_applying)
        return;
    m_debounce->stop();
    const ActivityFilter f = currentFilter();
    m_error->clear();
    m_error->hide();
    if (!m_session || m_unavailable->isVisible())
        return;
    if (f == m_model->filter() && m_model->rowCount() > 0)
        return;
    m_model->setFilter(f);
}

void ActivityPage::clearFilters()
{
    m_applying = true;
    for (QToolButton *b : {m_domain, m_eventType, m_entityType})
        for (QAction *a : b->menu()->actions())
            a->setChecked(false);
    m_actor->clear();
    m_entityId->clear();
    m_from->setDateTime(noTime());
    m_to->setDateTime(noTime());
    m_sort->setCurrentIndex(0);
    m_applying = false;
    narrowOptions();
    applyFilters();
}

void ActivityPage::showEntity(const QString &entityType, const QString &entityId)
{
    m_applying = true;
    for (QToolButton *b : {m_domain, m_eventType, m_entityType})
        for (QAction *a : b->menu()->actions())
            a->setChecked(false);
    if (!m_options.entityTypes.contains(entityType))
        m_options.entityTypes << entityType;
    fillMenu(m_entityType, m_options.entityTypes, {entityType});
    m_actor->clear();
    m_entityId->setText(entityId);
    m_from->setDateTime(noTime());
    m_to->setDateTime(noTime());
    m_sort->setCurrentIndex(0);
    m_applying = false;
    narrowOptions();
    applyFilters();
}

QString ActivityPage::unavailableText() const
{
    return m_unavailable->isHidden() ? QString() : m_unavailable->text();
}

QString ActivityPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ActivityPage::countText() const
{
    return m_count->text();
}

void ActivityPage::updateCountText()
{
    const QLocale locale;
    QString text;
    if (m_model->isLoadingFirstPage())
        text = tr("Loading…");
    else if (m_model->matchCount() > ActivityTableModel::CountCap)
        text = tr("More than %1 events match").arg(locale.toString(ActivityTableModel::CountCap));
    else if (m_model->matchCount() >= 0)
        text = tr("%n event(s) match", nullptr, m_model->matchCount());
    else
        text = tr("%1 events shown, counting…").arg(locale.toString(m_model->rowCount()));
    if (!m_exportProgress.isEmpty())
        text += QStringLiteral(" — ") + m_exportProgress;
    m_count->setText(text);
}

void ActivityPage::openDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const ActivityEvent e = m_model->eventAt(current.row());
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("activityEventDialog"));
    dialog.setWindowTitle(tr("Activity event %1").arg(e.eventType));
    auto *layout = new QVBoxLayout(&dialog);
    auto *summary = new QLabel(
        tr("%1 — %2\nActor: %3")
            .arg(e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 ActivityText::entity(e), ActivityText::actor(e)),
        &dialog);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *json = new QPlainTextEdit(ActivityText::fullJson(e), &dialog);
    json->setObjectName(QStringLiteral("eventJson"));
    json->setReadOnly(true);
    json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    json->setAccessibleName(tr("The whole event as JSON"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *copy = box->addButton(tr("Copy JSON"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog,
            [json] { QApplication::clipboard()->setText(json->toPlainText()); });
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(summary);
    layout->addWidget(json, 1);
    layout->addWidget(box);
    dialog.resize(620, 460);
    dialog.exec();
}

void ActivityPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export activity events"),
        QDir::home().filePath(QStringLiteral("activity-events.csv")), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool ActivityPage::isExporting() const
{
    return m_exportTask->isRunning();
}

void ActivityPage::cancelExport()
{
    if (!m_exportTask->isRunning())
        return;
    m_exportTask->cancel(); // the worker cancels its statement on the server
    m_cancelExport->setEnabled(false);
    m_exportProgress = tr("cancelling…");
    updateCountText();
}

bool ActivityPage::exportCsv(const QString &path)
{
    if (!m_session || m_exportTask->isRunning())
        return false;
    struct State {
        std::unique_ptr<PlatformSession> session;
        Result<qint64> result;
        QString path;
        bool cancelled = false;
    };
    auto state = std::make_shared<State>();
    state->session = m_session->clone();
    state->path = path;
    const ActivityFilter filter = currentFilter();
    const std::atomic_bool *cancel = m_exportTask->cancelFlag();
    QPointer<ActivityPage> self(this);
    m_export->setEnabled(false);
    m_cancelExport->setEnabled(true);
    m_cancelExport->show();
    m_error->clear();
    m_error->hide();
    m_exportProgress = tr("exporting…");
    updateCountText();
    const bool started = m_exportTask->start(
        [state, filter, cancel, self] {
            Outcome open = state->session->open();
            if (!open) {
                state->result.outcome = open;
                return;
            }
            // QSaveFile writes a temporary file next to `path` and renames
            // it only on commit(): a cancelled or failed export leaves no
            // file under the chosen name (the temporary one is removed).
            QSaveFile file(state->path);
            if (!file.open(QIODevice::WriteOnly)) {
                state->result.outcome = Outcome::failure(
                    Outcome::Kind::InvalidInput,
                    tr("%1 cannot be written: %2").arg(state->path, file.errorString()), {},
                    tr("Choose another folder or file name."));
                return;
            }
            state->result = ActivityRepository(*state->session)
                                .exportCsv(filter, file, cancel, [self](qint64 rows) {
                                    QMetaObject::invokeMethod(
                                        qApp,
                                        [self, rows] {
                                            if (!self || self->m_exportProgress.isEmpty() ||
                                                !self->m_cancelExport->isEnabled())
                                                return; // finished or cancelling
                                            self->m_exportProgress =
                                                tr("%1 exported…").arg(QLocale().toString(rows));
                                            self->updateCountText();
                                        },
                                        Qt::QueuedConnection);
                                });
            state->cancelled = cancel->load();
            if (state->result.isOk() && !state->cancelled && !file.commit())
                state->result.outcome = Outcome::failure(
                    Outcome::Kind::InvalidInput,
                    tr("%1 cannot be written: %2").arg(state->path, file.errorString()), {},
                    tr("Check the disk space and the folder's permissions, then export again."));
            state->session.reset(); // its connection belongs to this thread
        },
        this,
        [this, state] {
            m_export->setEnabled(true);
            m_cancelExport->hide();
            m_exportProgress.clear();
            updateCountText();
            const bool ok = state->result.isOk() && !state->cancelled;
            const QString shownPath = QDir::toNativeSeparators(state->path);
            const QString message = ok ? tr("%n event(s) exported to %1.", nullptr,
                                            int(qMin<qint64>(state->result.value, INT_MAX)))
                                             .arg(shownPath)
                                    : state->cancelled
                                        ? tr("Export cancelled; %1 was not written.").arg(shownPath)
                                        : state->result.outcome.fullText();
            if (!ok) {
                m_error->setText(message);
                m_error->show();
            } else {
                m_count->setToolTip(message);
            }
            emit exportFinished(ok, message);
        });
    if (!started) {
        m_export->setEnabled(true);
        m_cancelExport->hide();
        m_exportProgress.clear();
        updateCountText();
    }
    return started;
}

} // namespace codemie
