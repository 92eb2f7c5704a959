#include "SpendChart.h"

#include "BudgetCell.h"
#include "BudgetModels.h"
#include "Theme.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace codemie {

namespace {
double niceStep(double rough)
{
    if (!(rough > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double f = rough / magnitude;
    const double nice = f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0;
    return nice * magnitude;
}

QColor cumulativeColor(const QPalette &p)
{
    return Theme::isDark(p) ? QColor(0xb3, 0x9d, 0xfa) : QColor(0x5b, 0x3c, 0xc4);
}

constexpr int Ticks = 4;
} // namespace

SpendChart::SpendChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Spend chart"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    updateAccessibleText();
}

QSize SpendChart::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 18);
}

QSize SpendChart::minimumSizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 10);
}

void SpendChart::setSeries(const SpendSeries &series)
{
    m_series = series;
    m_placeholder.clear();
    m_hovered = -1;
    updateAccessibleText();
    update();
}

void SpendChart::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    updateAccessibleText();
    update();
}

void SpendChart::setHoveredIndex(int index)
{
    if (index < -1 || index >= m_series.points.size())
        index = -1;
    if (index == m_hovered)
        return;
    m_hovered = index;
    setToolTip(index >= 0 ? dayText(index) : QString());
    update();
    emit hoveredChanged(index);
}

QString SpendChart::dayText(int index) const
{
    if (index < 0 || index >= m_series.points.size())
        return {};
    const SpendSeriesPoint &p = m_series.points.at(index);
    QString text = tr("%1: %2 spent, %3 cumulative")
                       .arg(QLocale().toString(p.day, QLocale::ShortFormat), Money::format(p.daily),
                            Money::format(p.cumulative));
    if (p.reset)
        text += tr(" (budget reset)");
    return text;
}

void SpendChart::updateAccessibleText()
{
    if (!m_placeholder.isEmpty()) {
        setAccessibleDescription(m_placeholder);
        return;
    }
    setAccessibleDescription(
        m_series.points.isEmpty()
            ? tr("No data")
            : tr("%n days from %1 to %2, %3 spent in total; the Table tab lists every day.", "",
                 int(m_series.points.size()))
                  .arg(QLocale().toString(m_series.from, QLocale::ShortFormat),
                       QLocale().toString(m_series.to, QLocale::ShortFormat),
                       Money::format(m_series.total())));
}

double SpendChart::axisMax() const
{
    const double m = m_series.maxValue();
    if (!(m > 0.0))
        return 1.0;
    const double step = niceStep(m / Ticks);
    return std::ceil(m / step) * step;
}

QRectF SpendChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const double top = fm.height() * 2.0 + 8;
    const double max = axisMax();
    int labelWidth = 0;
    for (int i = 0; i <= Ticks; ++i)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(Money::format(max * i / Ticks)));
    const double left = labelWidth + 12;
    const double bottom = fm.height() + 10;
    return QRectF(left, top, std::max(10.0, width() - left - 12.0),
                  std::max(10.0, height() - top - bottom));
}

int SpendChart::indexAt(const QPoint &pos) const
{
    const QRectF plot = plotRect();
    const int n = int(m_series.points.size());
    if (n == 0 || pos.x() < plot.left() || pos.x() >= plot.right() || pos.y() < plot.top() ||
        pos.y() > plot.bottom())
        return -1;
    return std::clamp(int((pos.x() - plot.left()) / (plot.width() / n)), 0, n - 1);
}

QPoint SpendChart::pointFor(int index) const
{
    const QRectF plot = plotRect();
    const int n = int(m_series.points.size());
    if (n == 0)
        return {};
    const double w = plot.width() / n;
    return QPointF(plot.left() + w * (index + 0.5), plot.center().y()).toPoint();
}

void SpendChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = Theme::mutedText(pal);

    if (!m_placeholder.isEmpty() || m_series.points.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder.isEmpty() ? tr("No data") : m_placeholder);
        return;
    }

    const QRectF plot = plotRect();
    const double max = axisMax();
    const int n = int(m_series.points.size());
    const double barWidth = plot.width() / n;
    auto yFor = [&](double v) {
        return plot.bottom() - plot.height() * (v / max);
    };
    // Dark palettes' highlight is too dim for thin bars on a dark base.
    const QColor barColor = Theme::isDark(pal) ? pal.color(QPalette::Highlight).lighter(160)
                                               : pal.color(QPalette::Highlight);
    const QColor cumColor = cumulativeColor(pal);
    const QColor hardColor = spendLevelColor(pal, SpendLevel::Danger);
    const QColor softColor = spendLevelColor(pal, SpendLevel::Warning);

    // Legend.
    double x = plot.left();
    const double ly = fm.height() * 0.5 + 2;
    auto legend = [&](const QColor &c, Qt::PenStyle style, bool box, const QString &label) {
        if (box) {
            p.fillRect(QRectF(x, ly, 12, fm.height() * 0.7), c);
        } else {
            p.setPen(QPen(c, 2, style));
            p.drawLine(QPointF(x, ly + fm.height() * 0.35),
                       QPointF(x + 14, ly + fm.height() * 0.35));
        }
        p.setPen(text);
        p.drawText(QPointF(x + 18, ly + fm.ascent() * 0.8), label);
        x += 18 + fm.horizontalAdvance(label) + 16;
    };
    legend(barColor, Qt::SolidLine, true, tr("Spend per day"));
    legend(cumColor, Qt::SolidLine, false, tr("Cumulative"));
    if (m_series.hardLimit)
        legend(hardColor, Qt::DashLine, false, tr("Hard limit"));
    if (m_series.softLimit)
        legend(softColor, Qt::DashLine, false, tr("Soft limit"));
    if (!m_series.resetDays().isEmpty())
        legend(muted, Qt::DotLine, false, tr("Budget reset"));

    // Grid and the money axis.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    for (int i = 0; i <= Ticks; ++i) {
        const double v = max * i / Ticks;
        const double y = yFor(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        const QString label = Money::format(v);
        p.drawText(QRectF(0, y - fm.height() / 2.0, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Day labels, as many as fit.
    const QString sample = QLocale().toString(m_series.to, QStringLiteral("MMM d"));
    const int every = std::max(1, int(std::ceil((fm.horizontalAdvance(sample) + 16) / barWidth)));
    p.setPen(text);
    for (int i = n - 1; i >= 0; i -= every) {
        const double cx = plot.left() + barWidth * (i + 0.5);
        const QString label =
            QLocale().toString(m_series.points.at(i).day, QStringLiteral("MMM d"));
        const double w = fm.horizontalAdvance(label);
        const double lx = std::clamp(cx - w / 2, 0.0, double(width()) - w);
        p.drawText(QPointF(lx, plot.bottom() + fm.ascent() + 6), label);
    }

    // Reset marks.
    for (int i = 0; i < n; ++i) {
        if (!m_series.points.at(i).reset)
            continue;
        const double rx = plot.left() + barWidth * i;
        p.setPen(QPen(muted, 1.5, Qt::DotLine));
        p.drawLine(QPointF(rx, plot.top()), QPointF(rx, plot.bottom()));
        p.setPen(muted);
        p.drawText(QPointF(rx + 3, plot.top() + fm.ascent()), tr("Reset"));
    }

    // Bars.
    for (int i = 0; i < n; ++i) {
        const double v = m_series.points.at(i).daily;
        if (!(v > 0.0))
            continue;
        QColor c = barColor;
        c.setAlpha(i == m_hovered ? 255 : 150);
        const double gap = barWidth > 4 ? std::min(2.0, barWidth * 0.15) : 0.0;
        const double top = yFor(v);
        p.fillRect(
            QRectF(plot.left() + barWidth * i + gap, top, barWidth - 2 * gap, plot.bottom() - top),
            c);
    }

    // Limits.
    auto limitLine = [&](double v, const QColor &c, const QString &label) {
        const double y = yFor(v);
        p.setPen(QPen(c, 1.5, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(c);
        const QString t = label.arg(Money::format(v));
        p.drawText(QPointF(plot.right() - fm.horizontalAdvance(t) - 4, y - 4), t);
    };
    if (m_series.hardLimit)
        limitLine(*m_series.hardLimit, hardColor, tr("Hard limit %1"));
    if (m_series.softLimit)
        limitLine(*m_series.softLimit, softColor, tr("Soft limit %1"));

    // Cumulative line (broken at resets).
    QPainterPath path;
    for (int i = 0; i < n; ++i) {
        const QPointF pt(plot.left() + barWidth * (i + 0.5),
                         yFor(m_series.points.at(i).cumulative));
        if (i == 0 || m_series.points.at(i).reset)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    p.setPen(QPen(cumColor, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);

    // Axis.
    p.setPen(QPen(text, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Hover: a guide and the day's values.
    if (m_hovered >= 0 && m_hovered < n) {
        const double cx = plot.left() + barWidth * (m_hovered + 0.5);
        p.setPen(QPen(text, 1, Qt::SolidLine));
        p.drawLine(QPointF(cx, plot.top()), QPointF(cx, plot.bottom()));
        const QString t = dayText(m_hovered);
        const QRectF box(0, 0, fm.horizontalAdvance(t) + 16, fm.height() + 10);
        QRectF placed = box.translated(cx + 8, plot.top() + fm.height() + 4);
        if (placed.right() > width() - 2)
            placed.moveRight(cx - 8);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::ToolTipBase));
        p.drawRoundedRect(placed, 4, 4);
        p.setPen(pal.color(QPalette::ToolTipText));
        p.drawText(placed, Qt::AlignCenter, t);
    }

    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void SpendChart::mouseMoveEvent(QMouseEvent *event)
{
    setHoveredIndex(indexAt(event->position().toPoint()));
    QWidget::mouseMoveEvent(event);
}

void SpendChart::leaveEvent(QEvent *event)
{
    setHoveredIndex(-1);
    QWidget::leaveEvent(event);
}

void SpendChart::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_series.points.size());
    if (n > 0 && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right ||
                  event->key() == Qt::Key_Home || event->key() == Qt::Key_End)) {
        int i = m_hovered < 0 ? n - 1 : m_hovered;
        if (event->key() == Qt::Key_Left)
            i = std::max(0, m_hovered < 0 ? n - 1 : i - 1);
        else if (event->key() == Qt::Key_Right)
            i = std::min(n - 1, m_hovered < 0 ? 0 : i + 1);
        else if (event->key() == Qt::Key_Home)
            i = 0;
        else
            i = n - 1;
        setHoveredIndex(i);
        setAccessibleDescription(dayText(i));
        return;
    }
    QWidget::keyPressEvent(event);
}

void SpendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace codemie
