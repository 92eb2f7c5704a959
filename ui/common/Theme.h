#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace codemie {

// Colours and styles that must stay readable in light and dark palettes,
// and window sizes that fit the screen at any scaling.
class Theme {
public:
    enum class Appearance { System, Light, Dark };
    enum class Notice { Warning, Error };

    static bool isDark(const QPalette &palette);
    // Text colour for errors and refusals, readable on `palette`'s window.
    static QColor errorText(const QPalette &palette);
    static QString errorTextStyle(const QPalette &palette);
    // A banner (read-only notice, file errors) in `palette`'s lightness.
    static QString noticeStyle(const QPalette &palette, Notice kind);
    // Styles `label` as a notice, or its text as an error (`error` false:
    // plain text), and keeps the style right when the palette changes.
    static void styleNotice(QWidget *label, Notice kind);
    static void styleErrorText(QWidget *label, bool error = true);
    // Secondary text (deactivated users), still readable (4.5:1) on Base.
    static QColor mutedText(const QPalette &palette);
    // Background of a row that holds an error (CSV preview).
    static QColor errorRowBackground(const QPalette &palette);

    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

    // The palette of an appearance (System: the platform's own).
    static QPalette palette(Appearance appearance);
    static Appearance savedAppearance();
    // Applies and remembers the appearance for the whole application.
    static void apply(Appearance appearance);

    // Resizes a top-level window to `size`, or less when the screen (at the
    // current scaling) has less room.
    static void resizeToFit(QWidget *window, const QSize &size);
};

} // namespace codemie
