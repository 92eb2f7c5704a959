#pragma once

#include <QStringList>
#include <QWidget>
#include <functional>

class QHBoxLayout;

namespace codemie {

// A row of removable filter chips ("Type: Personal  ✕"): a page clears it and
// adds one chip per active filter whenever its filters change; clicking a
// chip runs the chip's `remove` (which resets that filter).
class FilterChipBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterChipBar(QWidget *parent = nullptr);

    void clear();
    void addChip(const QString &text, const std::function<void()> &remove);
    // The chips' texts as shown, in order.
    QStringList texts() const;

private:
    QHBoxLayout *m_layout;
};

} // namespace codemie
