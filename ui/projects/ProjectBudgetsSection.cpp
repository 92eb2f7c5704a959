#include "ProjectBudgetsSection.h"

#include "BudgetCell.h"
#include "BudgetModels.h"
#include "MemberAllocationModel.h"
#include "PlatformSession.h"
#include "SessionWorker.h"
#include "Theme.h"

#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace codemie {

namespace {
QString percentText(std::optional<double> spend, std::optional<double> limit)
{
    const auto p = BudgetRules::percent(spend, limit);
    return p ? QLocale().toString(*p, 'f', 1) : QString();
}

QColor syncColor(BudgetSync::Status status, const QPalette &palette)
{
    switch (status) {
    case BudgetSync::Status::Ok:
        return spendLevelColor(palette, SpendLevel::Ok);
    case BudgetSync::Status::Pending:
        return spendLevelColor(palette, SpendLevel::Warning);
    case BudgetSync::Status::Failed:
        return spendLevelColor(palette, SpendLevel::Danger);
    case BudgetSync::Status::Noop:
    case BudgetSync::Status::Unknown:
        break;
    }
    return Theme::mutedText(palette);
}
} // namespace

ProjectBudgetsSection::ProjectBudgetsSection(QWidget *parent)
    : QGroupBox(tr("Budgets"), parent)
    , m_notice(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_body(new QWidget(this))
    , m_group(new QLabel(m_body))
    , m_members(new QTableView(m_body))
    , m_memberModel(new MemberAllocationModel(this))
    , m_membersCount(new QLabel(m_body))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ProjectBudgetsSection"));
    // Where a user would look for an Edit button: why there is none.
    m_notice->setText(tr("Budgets are read-only here: change them in the platform's web UI or "
                         "API, which applies them to the LLM proxy (a row written here would not "
                         "be enforced)."));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Why budgets are read-only"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAccessibleName(tr("Budgets unavailable"));
    m_unavailable->hide();
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Budget read error"));
    Theme::styleErrorText(m_error);
    m_error->hide();

    auto *cards = new QHBoxLayout;
    for (const QString &category : BudgetRules::categories()) {
        Card c;
        auto *frame = new QFrame(m_body);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAccessibleName(tr("%1 budget").arg(BudgetRules::categoryLabel(category)));
        auto *grid = new QGridLayout(frame);
        c.frame = frame;
        c.title = new QLabel(frame);
        QFont bold = c.title->font();
        bold.setBold(true);
        c.title->setFont(bold);
        c.title->setText(BudgetRules::categoryLabel(category));
        c.dot = new QLabel(QStringLiteral("●"), frame);
        c.dot->setAccessibleName(tr("Sync status"));
        c.name = new QLabel(frame);
        c.name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        c.spend = new QLabel(frame);
        c.spend->setTextInteractionFlags(Qt::TextSelectableByMouse);
        c.facts = new QLabel(frame);
        c.facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(c.title, 0, 0);
        grid->addWidget(c.dot, 0, 1, Qt::AlignRight);
        grid->addWidget(c.name, 1, 0, 1, 2);
        grid->addWidget(c.spend, 2, 0, 1, 2);
        grid->addWidget(c.facts, 3, 0, 1, 2);
        grid->setRowStretch(4, 1);
        cards->addWidget(frame, 1);
        m_cards.insert(category, c);
    }

    m_group->setWordWrap(true);
    m_group->setAccessibleName(tr("Budget group"));
    m_group->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_members->setModel(m_memberModel);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setAlternatingRowColors(true);
    m_members->setWordWrap(false);
    m_members->verticalHeader()->hide();
    m_members->verticalHeader()->setDefaultSectionSize(m_members->fontMetrics().height() + 8);
    // Sized once per answer from the header and the longest texts
    // (fitMemberColumns()), not by measuring every row at each layout.
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->setAccessibleName(tr("Member allocations"));
    m_members->setMinimumHeight(m_members->fontMetrics().height() * 8);
    m_membersCount->setAccessibleName(tr("Member allocation count"));

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(cards);
    bodyLayout->addWidget(m_group);
    m_membersTitle = new QLabel(tr("<b>Member allocations</b>"), m_body);
    bodyLayout->addWidget(m_membersTitle);
    bodyLayout->addWidget(m_members, 1);
    bodyLayout->addWidget(m_membersCount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_body, 1);
    m_body->hide();
}

ProjectBudgetsSection::~ProjectBudgetsSection() = default;

void ProjectBudgetsSection::showUnavailable(const QString &why)
{
    m_available = false;
    m_unavailable->setText(why);
    m_unavailable->show();
    m_notice->hide();
    m_body->hide();
}

void ProjectBudgetsSection::load(PlatformSession &session, const QString &projectName)
{
    const quint64 generation = ++m_generation;
    m_error->hide();
    if (!session.db().isOpen() || !session.caps().hasProjectBudgets) {
        m_loading = false;
        showUnavailable(tr("Project budgets arrive with platform 2.25; this database's schema has "
                           "no project budget tables."));
        emit loaded();
        return;
    }
    m_available = true;
    m_unavailable->hide();
    m_notice->show();
    m_loading = true;
    if (!m_worker)
        m_worker = std::make_unique<SessionWorker>(session.readerClone());
    auto result = std::make_shared<std::optional<Result<ProjectBudgets>>>();
    m_worker->run(
        [result, projectName](PlatformSession &s) {
            if (s.db().isOpen())
                *result = BudgetViewRepository(s).projectBudgets(projectName, MemberLimit);
        },
        this,
        [this, result, generation] {
            if (generation != m_generation)
                return;
            m_loading = false;
            const Outcome o = !result->has_value() ? m_worker->openOutcome() : (*result)->outcome;
            if (!o) {
                m_error->setText(tr("The budgets could not be read: %1").arg(o.fullText()));
                m_error->show();
                m_body->hide();
            } else {
                showBudgets((*result)->value);
            }
            emit loaded();
        });
}

void ProjectBudgetsSection::showBudgets(const ProjectBudgets &budgets)
{
    const QLocale locale;
    const QPalette palette = QApplication::palette();
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        Card &c = it.value();
        const ProjectBudgetCard *card = nullptr;
        for (const ProjectBudgetCard &b : budgets.cards)
            if (b.category == it.key())
                card = &b;
        // Colours through the palette, not style sheets: a style sheet set
        // on a label polishes it again (and slows its every paint).
        c.spendColour = QColor();
        c.spend->setPalette(QPalette());
        c.spend->setFont(QFont());
        if (!card) {
            c.name->setText(tr("— not assigned —"));
            c.spend->clear();
            c.facts->clear();
            c.dot->hide();
            c.dot->setToolTip(QString());
            continue;
        }
        c.name->setText(card->name.isEmpty() ? tr("%1 (deleted budget)").arg(card->budgetId)
                                             : card->name);
        const QString percent = percentText(card->spend, card->hardLimit);
        c.spend->setText(percent.isEmpty()
                             ? tr("Spend %1").arg(Money::format(card->spend))
                             : tr("Spend %1 (%2%)").arg(Money::format(card->spend), percent));
        const QColor colour =
            spendLevelColor(palette, BudgetRules::level(card->spend, card->hardLimit));
        if (colour.isValid()) {
            c.spendColour = colour;
            QPalette p = c.spend->palette();
            p.setColor(QPalette::WindowText, colour);
            c.spend->setPalette(p);
            QFont bold = c.spend->font();
            bold.setBold(true);
            c.spend->setFont(bold);
        }
        const QDateTime reset = BudgetRules::parseResetAt(card->resetAt);
        const QString resetText =
            reset.isValid() ? locale.toString(reset.toLocalTime().date(), QLocale::ShortFormat)
                            : QStringLiteral("-");
        c.facts->setText(tr("Hard limit: %1\nSoft limit: %2\nReset period: %3\nResets %4")
                             .arg(Money::format(card->hardLimit), Money::format(card->softLimit),
                                  card->duration.isEmpty()
                                      ? QStringLiteral("-")
                                      : BudgetRules::durationLabel(card->duration),
                                  resetText));
        c.dot->show();
        c.dot->setToolTip(BudgetSync::toolTip(card->sync));
        c.dot->setAccessibleDescription(BudgetSync::toolTip(card->sync));
        QPalette dotPalette = c.dot->palette();
        dotPalette.setColor(QPalette::WindowText, syncColor(card->sync, palette));
        c.dot->setPalette(dotPalette);
    }
    if (budgets.group) {
        const ProjectBudgetGroupInfo &g = *budgets.group;
        const QString created =
            g.createdAt.isValid() ? locale.toString(g.createdAt.toLocalTime(), QLocale::ShortFormat)
                                  : QStringLiteral("-");
        m_group->setText(
            tr("Budget group: %1 · %2 · created by %3 on %4")
                .arg(g.name.isEmpty() ? g.id : g.name, BudgetRules::durationLabel(g.duration),
                     g.createdBy.isEmpty() ? QStringLiteral("-") : g.createdBy, created) +
            (g.description.isEmpty() ? QString() : QStringLiteral("\n") + g.description));
    } else {
        m_group->setText(budgets.cards.isEmpty() ? tr("This project has no budgets.")
                                                 : tr("Budget group: -"));
    }
    m_memberModel->setMembers(budgets.members);
    fitMemberColumns();
    m_membersCount->setText(budgets.memberTotal > budgets.members.size()
                                ? tr("Showing the first %1 of %2 allocations.")
                                      .arg(locale.toString(int(budgets.members.size())),
                                           locale.toString(budgets.memberTotal))
                                : tr("%n allocation(s)", nullptr, budgets.memberTotal));
    // No allocation: no empty table pushing the members out of sight; one
    // line says so where there are budgets to allocate.
    const bool allocations = budgets.memberTotal > 0;
    m_membersTitle->setVisible(allocations);
    m_members->setVisible(allocations);
    if (!allocations)
        m_membersCount->setText(budgets.cards.isEmpty() ? QString() : tr("No member allocations."));
    m_membersCount->setVisible(!m_membersCount->text().isEmpty());
    m_body->show();
}

void ProjectBudgetsSection::fitMemberColumns()
{
    // Each column as wide as its header or its widest text, as sizing to
    // contents makes it, but measured on the few rows with the longest
    // texts only: a project's 500 allocations took tens of milliseconds to
    // measure whole. The last column takes the rest of the width.
    QHeaderView *header = m_members->horizontalHeader();
    const int grid = m_members->showGrid() ? 1 : 0;
    for (int c = 0; c < MemberAllocationModel::ColumnCount; ++c) {
        int width = header->sectionSizeHint(c);
        for (int row : m_memberModel->longestRows(c, 8))
            width = std::max(
                width, m_members->sizeHintForIndex(m_memberModel->index(row, c)).width() + grid);
        header->resizeSection(c, width);
    }
}

QString ProjectBudgetsSection::cardText(const QString &category) const
{
    const auto it = m_cards.constFind(category);
    if (it == m_cards.constEnd())
        return {};
    QStringList lines{it->title->text(), it->name->text()};
    if (!it->spend->text().isEmpty())
        lines << it->spend->text();
    if (!it->facts->text().isEmpty())
        lines << it->facts->text();
    return lines.join(QLatin1Char('\n'));
}

QColor ProjectBudgetsSection::spendColor(const QString &category) const
{
    const auto it = m_cards.constFind(category);
    if (it == m_cards.constEnd() || !it->spendColour.isValid())
        return {};
    // What the label draws with.
    return it->spend->palette().color(QPalette::WindowText);
}

QString ProjectBudgetsSection::syncToolTip(const QString &category) const
{
    const auto it = m_cards.constFind(category);
    return it == m_cards.constEnd() ? QString() : it->dot->toolTip();
}

QString ProjectBudgetsSection::groupText() const
{
    return m_group->text();
}

QString ProjectBudgetsSection::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString ProjectBudgetsSection::unavailableText() const
{
    return m_unavailable->isVisibleTo(this) ? m_unavailable->text() : QString();
}

QString ProjectBudgetsSection::membersCountText() const
{
    return m_membersCount->text();
}

} // namespace codemie
