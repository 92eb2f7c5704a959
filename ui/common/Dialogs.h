#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace codemie {

// One rule for the console's small prompts and for keys in its dialogs, so
// that the same action asks the same way wherever it is offered.
class Dialogs {
public:
    // A confirmation as the platform's web UI asks it: a title ending in
    // "?", one sentence, Cancel (the default, so a stray Enter changes
    // nothing) and a button that repeats the verb ("Change Role",
    // "Unassign", "Deactivate"). True when that button was pressed.
    static bool confirm(QWidget *parent, const QString &title, const QString &text,
                        const QString &verb, bool destructive = false);
    // Enter in `edit` does what the field does (its returnPressed) and goes
    // no further: it never reaches the dialog's default button (which
    // would close the dialog or start something else).
    static void keepEnter(QLineEdit *edit);
    // Escape in `edit` clears it while it holds text (and goes on, closing a
    // dialog, only once it is empty).
    static void escapeClears(QLineEdit *edit);
    // The object name of every confirmation box (tests, accessibility tools).
    static QString confirmationName() { return QStringLiteral("confirmation"); }
};

} // namespace codemie
