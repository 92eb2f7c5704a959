#include "FilterChipBar.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace codemie {

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Active filters"));
}

void FilterChipBar::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        // Not deleted at once: the bar may be cleared from a chip's own clicked().
        if (QWidget *chip = item->widget()) {
            chip->hide();
            chip->deleteLater();
        }
        delete item;
    }
}

void FilterChipBar::addChip(const QString &text, const std::function<void()> &remove)
{
    auto *chip = new QToolButton(this);
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setAccessibleName(tr("Remove filter %1").arg(text));
    chip->setToolTip(tr("Remove this filter"));
    chip->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); "
                                       "border-radius: 10px; padding: 2px 8px; }"));
    connect(chip, &QToolButton::clicked, this, [remove] { remove(); });
    m_layout->addWidget(chip);
}

QStringList FilterChipBar::texts() const
{
    QStringList result;
    for (int i = 0; i < m_layout->count(); ++i)
        if (const QWidget *chip = m_layout->itemAt(i)->widget())
            result << static_cast<const QToolButton *>(chip)->text();
    return result;
}

} // namespace codemie
