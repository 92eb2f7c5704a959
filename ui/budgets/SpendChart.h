#pragma once

#include "SpendSeries.h"

#include <QWidget>

namespace codemie {

// Spend per day (bars) and cumulative (line) of one subject, its hard and
// soft limits as dashed lines and budget resets as dotted marks, drawn with
// QPainter in the palette's colours. Hovering (or Left/Right with the
// keyboard) shows one day's values.
class SpendChart : public QWidget {
    Q_OBJECT
public:
    explicit SpendChart(QWidget *parent = nullptr);

    void setSeries(const SpendSeries &series);
    const SpendSeries &series() const { return m_series; }
    // Shown instead of bars while nothing is loaded ("Loading…", an error).
    void setPlaceholder(const QString &text);

    // The day under the mouse (or chosen with the keyboard); -1 for none.
    int hoveredIndex() const { return m_hovered; }
    void setHoveredIndex(int index);
    // "Tue 3 Dec 2026: $12.34 spent, $120.00 cumulative" for a day.
    QString dayText(int index) const;
    // The day at a position inside the widget (-1 outside the plot).
    int indexAt(const QPoint &pos) const;
    // The horizontal centre of a day's bar, for tests and the hover guide.
    QPoint pointFor(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void hoveredChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF plotRect() const;
    double axisMax() const;
    void updateAccessibleText();

    SpendSeries m_series;
    QString m_placeholder;
    int m_hovered = -1;
};

} // namespace codemie
