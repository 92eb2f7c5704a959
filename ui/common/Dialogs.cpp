#include "Dialogs.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace codemie {

namespace {
bool isPlainKey(const QKeyEvent *e)
{
    return e->modifiers() == Qt::NoModifier || e->modifiers() == Qt::KeypadModifier;
}
bool popupOpen(const QLineEdit *edit)
{
    const QCompleter *c = edit->completer();
    return c && c->popup() && c->popup()->isVisible();
}

class EnterKeeper : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit || event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || !isPlainKey(key) ||
            popupOpen(edit))
            return false;
        // The field handles the key (returnPressed), the dialog never sees it.
        edit->event(event);
        return true;
    }
};

class EscapeClearer : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit ||
            (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() != Qt::Key_Escape || !isPlainKey(key) || edit->text().isEmpty() ||
            popupOpen(edit) || edit->isReadOnly())
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // no window shortcut takes the key while there is text
            return true;
        }
        edit->clear();
        emit edit->textEdited(QString());
        return true;
    }
};
} // namespace

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &verb, bool destructive)
{
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    QMessageBox::Cancel, parent);
    box.setObjectName(confirmationName());
    QPushButton *yes =
        box.addButton(verb, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    yes->setAutoDefault(false);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void Dialogs::keepEnter(QLineEdit *edit)
{
    edit->installEventFilter(new EnterKeeper(edit));
}

void Dialogs::escapeClears(QLineEdit *edit)
{
    edit->installEventFilter(new EscapeClearer(edit));
}

} // namespace codemie
