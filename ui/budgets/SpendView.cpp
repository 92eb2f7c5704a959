#include "SpendView.h"

#include "BudgetCell.h"
#include "BudgetModels.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "SpendChart.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace codemie {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false);
    return view;
}

QString fileSafe(QString text)
{
    for (QChar &c : text)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return text.left(60);
}
} // namespace

SpendView::SpendView(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_show(new QPushButton(tr("&Show"), this))
    , m_exportCsv(new QPushButton(tr("Export data as CSV…"), this))
    , m_exportPng(new QPushButton(tr("Export chart as PNG…"), this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_views(new QTabWidget(this))
    , m_chart(new SpendChart(this))
    , m_model(new SpendSeriesModel(this))
    , m_topProjects(new TopSpenderModel(tr("Top projects"), this))
    , m_topUsers(new TopSpenderModel(tr("Top users"), this))
{
    m_referenceDay = QDateTime::currentDateTimeUtc().date();
    m_kind->addItem(tr("All projects"), int(SpendSubject::Kind::All));
    m_kind->addItem(tr("Project"), int(SpendSubject::Kind::Project));
    m_kind->addItem(tr("User"), int(SpendSubject::Kind::User));
    m_kind->setAccessibleName(tr("Whose spend"));
    m_key->setAccessibleName(tr("Project name or user e-mail"));
    m_key->setClearButtonEnabled(true);
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : BudgetRules::categories())
        m_category->addItem(BudgetRules::categoryLabel(c), c);
    m_category->setAccessibleName(tr("Category"));
    for (int days : {7, 30, 90, 365})
        m_period->addItem(tr("Last %n days", "", days), days);
    m_period->addItem(tr("Custom…"), 0);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Period"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From (UTC day)"));
    m_to->setAccessibleName(tr("To (UTC day)"));
    m_from->setDate(m_referenceDay.addDays(-29));
    m_to->setDate(m_referenceDay);
    m_from->hide();
    m_to->hide();
    m_show->setDefault(false);

    auto *controls = new QHBoxLayout;
    auto *whoLabel = new QLabel(tr("&Spend of"), this);
    whoLabel->setBuddy(m_kind);
    controls->addWidget(whoLabel);
    controls->addWidget(m_kind);
    controls->addWidget(m_key, 1);
    controls->addWidget(m_category);
    auto *periodLabel = new QLabel(tr("&Period"), this);
    periodLabel->setBuddy(m_period);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(m_show);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Spend summary"));
    m_error->setWordWrap(true);
    Theme::styleErrorText(m_error);
    m_error->hide();

    m_table = makeTable(m_model, tr("Spend per day"), this);
    m_views->addTab(m_chart, tr("&Chart"));
    m_views->addTab(m_table, tr("&Table"));

    auto *exports = new QHBoxLayout;
    exports->addWidget(m_summary, 1);
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPng);

    m_topProjectsView = makeTable(m_topProjects, tr("Top projects"), this);
    m_topUsersView = makeTable(m_topUsers, tr("Top users"), this);
    for (QTableView *v : {m_topProjectsView, m_topUsersView}) {
        v->setWordWrap(false);
        v->horizontalHeader()->setStretchLastSection(false);
        v->horizontalHeader()->setSectionResizeMode(TopSpenderModel::Who, QHeaderView::Stretch);
        v->horizontalHeader()->setSectionResizeMode(TopSpenderModel::Spend,
                                                    QHeaderView::ResizeToContents);
    }
    auto *tops = new QWidget(this);
    auto *topsLayout = new QVBoxLayout(tops);
    topsLayout->setContentsMargins(0, 0, 0, 0);
    auto *topsTitle = new QLabel(tr("Top spenders in the period"), tops);
    QFont bold = topsTitle->font();
    bold.setBold(true);
    topsTitle->setFont(bold);
    topsLayout->addWidget(topsTitle);
    topsLayout->addWidget(m_topProjectsView, 1);
    topsLayout->addWidget(m_topUsersView, 1);
    tops->setMinimumWidth(fontMetrics().averageCharWidth() * 38);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_views);
    split->addWidget(tops);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addLayout(exports);
    layout->addWidget(split, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateKindUi();
        if (subject().kind == SpendSubject::Kind::All)
            reload();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, &SpendView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_period->currentData().toInt() == 0;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == 0)
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentData().toInt() == 0)
            reload();
    });
    connect(m_key, &QLineEdit::returnPressed, this, &SpendView::reload);
    connect(m_show, &QPushButton::clicked, this, &SpendView::reload);
    connect(m_exportCsv, &QPushButton::clicked, this, &SpendView::chooseCsvFile);
    connect(m_exportPng, &QPushButton::clicked, this, &SpendView::choosePngFile);
    connect(m_topProjectsView, &QTableView::activated, this,
            [this](const QModelIndex &i) { showTopSpender(true, i); });
    connect(m_topUsersView, &QTableView::activated, this,
            [this](const QModelIndex &i) { showTopSpender(false, i); });
    updateKindUi();
}

SpendView::~SpendView() = default;

void SpendView::updateKindUi()
{
    const auto kind = SpendSubject::Kind(m_kind->currentData().toInt());
    m_key->setEnabled(kind != SpendSubject::Kind::All);
    m_key->setPlaceholderText(kind == SpendSubject::Kind::User      ? tr("User e-mail")
                              : kind == SpendSubject::Kind::Project ? tr("Project name")
                                                                    : QString());
    if (kind == SpendSubject::Kind::All)
        m_key->clear();
}

void SpendView::setSession(PlatformSession *session)
{
    m_worker.reset(); // waits for a read in progress; its answer is dropped
    ++m_generation;
    m_session = session;
    if (session && session->db().isOpen())
        m_worker = std::make_unique<SessionWorker>(session->readerClone());
    reload();
}

void SpendView::setReferenceDay(const QDate &day)
{
    m_referenceDay = day.isValid() ? day : QDateTime::currentDateTimeUtc().date();
    const QSignalBlocker b1(m_from), b2(m_to);
    m_from->setDate(m_referenceDay.addDays(-29));
    m_to->setDate(m_referenceDay);
    reload();
}

SpendSubject SpendView::subject() const
{
    SpendSubject s;
    s.kind = SpendSubject::Kind(m_kind->currentData().toInt());
    s.key = s.kind == SpendSubject::Kind::All ? QString() : m_key->text().trimmed();
    s.category = m_category->currentData().toString();
    return s;
}

void SpendView::showSubject(const SpendSubject &subject)
{
    {
        const QSignalBlocker b1(m_kind), b2(m_category);
        m_kind->setCurrentIndex(m_kind->findData(int(subject.kind)));
        m_category->setCurrentIndex(std::max(0, m_category->findData(subject.category)));
        updateKindUi();
        m_key->setText(subject.key);
    }
    reload();
}

void SpendView::setPeriodDays(int days)
{
    const int i = m_period->findData(days);
    if (i >= 0)
        m_period->setCurrentIndex(i);
}

void SpendView::setCustomRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_period);
        m_from->setDate(from);
        m_to->setDate(to);
        m_period->setCurrentIndex(m_period->findData(0));
        m_from->show();
        m_to->show();
    }
    reload();
}

QDate SpendView::periodTo() const
{
    return m_period->currentData().toInt() == 0 ? m_to->date() : m_referenceDay;
}

QDate SpendView::periodFrom() const
{
    const int days = m_period->currentData().toInt();
    return days == 0 ? m_from->date() : m_referenceDay.addDays(-(days - 1));
}

const SpendSeries &SpendView::series() const
{
    return m_chart->series();
}

void SpendView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_reloadWhenShown)
        reload();
}

void SpendView::reload()
{
    // A hidden view (another tab) reads when it is shown: the Budgets page's
    // own first rows do not wait behind a chart nobody looks at.
    if (m_worker && !isVisible()) {
        m_reloadWhenShown = true;
        ++m_generation; // an answer on its way is stale now
        m_loading = false;
        return;
    }
    m_reloadWhenShown = false;
    const quint64 generation = ++m_generation;
    m_error->hide();
    if (!m_worker) {
        m_loading = false;
        m_chart->setSeries({});
        m_chart->setPlaceholder(tr("Not connected."));
        m_model->setSeries({});
        m_topProjects->setRows({});
        m_topUsers->setRows({});
        m_summary->clear();
        emit loaded();
        return;
    }
    const SpendSubject s = subject();
    const QDate from = periodFrom();
    const QDate to = periodTo();
    if (!from.isValid() || !to.isValid() || to < from) {
        m_loading = false;
        m_error->setText(tr("The period's first day must not be after its last day."));
        m_error->show();
        emit loaded();
        return;
    }
    if (s.kind != SpendSubject::Kind::All && s.key.isEmpty()) {
        m_loading = false;
        m_chart->setSeries({});
        m_chart->setPlaceholder(s.kind == SpendSubject::Kind::User
                                    ? tr("Type a user's e-mail address, then press Enter.")
                                    : tr("Type a project name, then press Enter."));
        m_model->setSeries({});
        m_summary->clear();
        emit loaded();
        return;
    }
    m_loading = true;
    m_chart->setPlaceholder(tr("Loading…"));
    struct Answer {
        bool connected = true;
        Result<SpendLimits> limits;
        Result<QList<DailySpend>> daily;
        Result<QList<TopSpender>> projects;
        Result<QList<TopSpender>> users;
    };
    auto answer = std::make_shared<Answer>();
    const QDate previousFrom = SpendSeriesBuilder::previousFrom(from, to);
    m_worker->run(
        [answer, s, from, to, previousFrom](PlatformSession &session) {
            if (!session.db().isOpen()) {
                answer->connected = false;
                return;
            }
            BudgetViewRepository repo(session);
            answer->limits = repo.limits(s, from, to);
            if (!answer->limits.isOk())
                return;
            SpendSubject resolved = s;
            if (!answer->limits.value.resolvedId.isEmpty())
                resolved.key = answer->limits.value.resolvedId;
            answer->daily = repo.dailySpend(resolved, previousFrom, to);
            answer->projects = repo.topProjects(from, to, 10, s.category);
            answer->users = repo.topUsers(from, to, 10, s.category);
        },
        this,
        [this, answer, generation, s, from, to] {
            if (generation != m_generation)
                return; // a newer reload replaced this one
            m_loading = false;
            QString error;
            if (!answer->connected) {
                const Outcome open = m_worker->openOutcome();
                error = open ? tr("The database worker could not connect.") : open.fullText();
            } else if (!answer->limits.isOk()) {
                error = answer->limits.outcome.fullText();
            } else if (!answer->daily.isOk()) {
                error = answer->daily.outcome.fullText();
            } else if (!answer->projects.isOk()) {
                error = answer->projects.outcome.fullText();
            } else if (!answer->users.isOk()) {
                error = answer->users.outcome.fullText();
            }
            if (!error.isEmpty()) {
                m_error->setText(error);
                m_error->show();
                m_chart->setSeries({});
                m_chart->setPlaceholder(tr("No chart: see the message above."));
                m_model->setSeries({});
                m_summary->clear();
                emit loaded();
                return;
            }
            const SpendLimits &limits = answer->limits.value;
            SpendSeries series =
                SpendSeriesBuilder::build(answer->daily.value, from, to, limits.resetDays);
            series.hardLimit = limits.hardLimit;
            series.softLimit = limits.softLimit;
            m_comparison = SpendSeriesBuilder::compare(answer->daily.value, from, to);
            m_subjectName = limits.resolvedName.isEmpty() ? s.key : limits.resolvedName;
            m_chart->setSeries(series);
            if (series.total() == 0.0 && !series.hardLimit)
                m_chart->setPlaceholder(
                    tr("No spend recorded for %1 in this period.").arg(m_subjectName));
            m_model->setSeries(series);
            m_topProjects->setRows(answer->projects.value);
            m_topUsers->setRows(answer->users.value);
            const auto change = m_comparison.changePercent();
            const QString category = s.category.isEmpty() ? tr("all categories")
                                                          : BudgetRules::categoryLabel(s.category);
            QString summary = tr("%1, %2: %3 from %4 to %5 (UTC days). Previous %n days: %6", "",
                                 int(from.daysTo(to) + 1))
                                  .arg(m_subjectName, category, Money::format(m_comparison.current),
                                       QLocale().toString(from, QLocale::ShortFormat),
                                       QLocale().toString(to, QLocale::ShortFormat),
                                       Money::format(m_comparison.previous));
            if (change)
                summary += tr(" (%1%2 %)")
                               .arg(*change >= 0 ? QStringLiteral("+") : QString(),
                                    QLocale().toString(*change, 'f', 1));
            if (limits.budgets == 0 && s.kind != SpendSubject::Kind::All)
                summary += tr(". No budget assigned, so no limit lines.");
            else if (limits.budgets > 0)
                summary += tr(". Limits: the sum of %n assigned budget(s).", "", limits.budgets);
            m_summary->setText(summary);
            emit loaded();
        });
}

void SpendView::showTopSpender(bool project, const QModelIndex &index)
{
    const TopSpender t = (project ? m_topProjects : m_topUsers)->spenderAt(index.row());
    if (t.id.isEmpty())
        return;
    SpendSubject s = subject();
    s.kind = project ? SpendSubject::Kind::Project : SpendSubject::Kind::User;
    s.key = project ? t.id : t.label;
    showSubject(s);
}

Outcome SpendView::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Outcome::failure(Outcome::Kind::InvalidInput,
                                tr("Could not write %1: %2").arg(path, file.errorString()), {},
                                tr("Choose a folder you can write to."));
    }
    file.write(series().toCsv().toUtf8());
    if (!file.commit())
        return Outcome::failure(Outcome::Kind::InvalidInput,
                                tr("Could not write %1: %2").arg(path, file.errorString()), {},
                                tr("Choose a folder you can write to."));
    return Outcome::ok();
}

Outcome SpendView::exportPng(const QString &path) const
{
    if (!m_chart->grab().save(path, "PNG"))
        return Outcome::failure(Outcome::Kind::InvalidInput, tr("Could not write %1.").arg(path),
                                {}, tr("Choose a folder you can write to."));
    return Outcome::ok();
}

void SpendView::chooseCsvFile()
{
    QFileDialog dialog(this, tr("Export spend data as CSV"), QDir::homePath(),
                       tr("CSV files (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.selectFile(
        QStringLiteral("spend-%1-%2-%3.csv")
            .arg(fileSafe(m_subjectName.isEmpty() ? QStringLiteral("all") : m_subjectName),
                 periodFrom().toString(Qt::ISODate), periodTo().toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const Outcome o = exportCsv(dialog.selectedFiles().constFirst());
    if (!o)
        QMessageBox::warning(this, tr("Export failed"), o.fullText());
}

void SpendView::choosePngFile()
{
    QFileDialog dialog(this, tr("Export spend chart as PNG"), QDir::homePath(),
                       tr("PNG images (*.png)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("png"));
    dialog.selectFile(
        QStringLiteral("spend-%1-%2-%3.png")
            .arg(fileSafe(m_subjectName.isEmpty() ? QStringLiteral("all") : m_subjectName),
                 periodFrom().toString(Qt::ISODate), periodTo().toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const Outcome o = exportPng(dialog.selectedFiles().constFirst());
    if (!o)
        QMessageBox::warning(this, tr("Export failed"), o.fullText());
}

} // namespace codemie
