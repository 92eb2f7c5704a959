#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QProxyStyle>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>
#include <cmath>
#include <functional>
#include <memory>

namespace codemie {

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

QPalette &systemPalette()
{
    static QPalette p = QApplication::palette();
    return p;
}

QString &systemStyle()
{
    static QString name = QApplication::style() ? QApplication::style()->name() : QString();
    return name;
}

// The frame of check boxes and radio buttons in a dark palette: Fusion draws
// it in the window colour darkened, which vanishes on a dark window; this grey
// stands 5:1 against the dark window and more against the field inside.
QColor darkIndicatorFrame()
{
    return QColor(0x9a, 0x9c, 0xa0);
}

// A close cross drawn in `colour` at the usual icon sizes.
QIcon crossIcon(const QColor &colour)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(colour, qMax(1.5, size / 9.0), Qt::SolidLine, Qt::RoundCap));
        const double m = size * 0.27;
        p.drawLine(QPointF(m, m), QPointF(size - m, size - m));
        p.drawLine(QPointF(size - m, m), QPointF(m, size - m));
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

// Fusion, with its smallest marks kept visible in the dark palette: the
// frames of check boxes and radio buttons, and the close and clear icons
// (Qt's own are dark grey on transparent, lost on a dark window).
class ConsoleStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (!Theme::isDark(option->palette))
            return;
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck &&
            element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setBrush(Qt::NoBrush);
        // A disabled box keeps a dimmer frame, as its text is dimmer.
        painter->setPen(QPen(
            option->state & State_Enabled ? darkIndicatorFrame() : QColor(0x6a, 0x6c, 0x70), 1));
        const QRect r = option->rect.adjusted(0, 0, -1, -1);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(r);
        else
            painter->drawRect(r);
        painter->restore();
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option,
                       const QWidget *widget) const override
    {
        if (icon == SP_DialogCloseButton || icon == SP_TitleBarCloseButton ||
            icon == SP_LineEditClearButton || icon == SP_DockWidgetCloseButton ||
            icon == SP_DialogCancelButton) {
            const QPalette palette = widget   ? widget->palette()
                                     : option ? option->palette
                                              : QApplication::palette();
            if (Theme::isDark(palette))
                return crossIcon(palette.color(QPalette::ButtonText));
        }
        return QProxyStyle::standardIcon(icon, option, widget);
    }
};

// Re-applies a palette-dependent style sheet when the widget's palette
// changes (appearance switched while the window is open).
class Restyler : public QObject {
public:
    Restyler(QWidget *widget, std::function<QString(const QPalette &)> style)
        : QObject(widget)
        , m_style(std::move(style))
    {
        widget->installEventFilter(this);
        widget->setStyleSheet(m_style(widget->palette()));
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange && !m_applying) {
            auto *w = static_cast<QWidget *>(watched);
            m_applying = true; // setting a style sheet may post another change
            w->setStyleSheet(m_style(QApplication::palette()));
            m_applying = false;
        }
        return false;
    }

private:
    std::function<QString(const QPalette &)> m_style;
    bool m_applying = false;
};

void restyle(QWidget *widget, std::function<QString(const QPalette &)> style)
{
    for (QObject *child : widget->children())
        if (auto *old = dynamic_cast<Restyler *>(child))
            delete old;
    new Restyler(widget, std::move(style));
}
} // namespace

void Theme::styleNotice(QWidget *label, Notice kind)
{
    restyle(label, [kind](const QPalette &p) { return noticeStyle(p, kind); });
}

void Theme::styleErrorText(QWidget *label, bool error)
{
    restyle(label, [error](const QPalette &p) { return error ? errorTextStyle(p) : QString(); });
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x9e, 0x97) : QColor(0xb3, 0x26, 0x1e);
}

QString Theme::errorTextStyle(const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(errorText(palette).name());
}

QString Theme::noticeStyle(const QPalette &palette, Notice kind)
{
    const bool dark = isDark(palette);
    QString background, text, border;
    if (kind == Notice::Warning) {
        background = dark ? QStringLiteral("#3d3200") : QStringLiteral("#fff4ce");
        text = dark ? QStringLiteral("#ffe9a8") : QStringLiteral("#3b2f00");
        border = dark ? QStringLiteral("#8a7300") : QStringLiteral("#e0c050");
    } else {
        background = dark ? QStringLiteral("#45171a") : QStringLiteral("#fde7e9");
        text = dark ? QStringLiteral("#ffd9dc") : QStringLiteral("#5f0b0b");
        border = dark ? QStringLiteral("#a4343a") : QStringLiteral("#e8a3a9");
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: "
                          "8px; border-radius: 4px; }")
        .arg(background, text, border);
}

QColor Theme::mutedText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xa4, 0xa7, 0xad) : QColor(0x5f, 0x63, 0x68);
}

QColor Theme::errorRowBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0x1d, 0x22) : QColor(0xfb, 0xdd, 0xdd);
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette Theme::palette(Appearance appearance)
{
    if (appearance == Appearance::System)
        return systemPalette();
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    if (appearance == Appearance::Light) {
        // Fusion's own selection blue is 3.7:1 against white text.
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x62, 0xb0));
        return p;
    }
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x8a, 0x8c, 0x90), highlight(0x2a, 0x5f, 0xc8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x55, 0x57, 0x5c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9b, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

Theme::Appearance Theme::savedAppearance()
{
    const QString v = QSettings().value(QStringLiteral("view/appearance")).toString();
    if (v == QLatin1String("light"))
        return Appearance::Light;
    if (v == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

void Theme::apply(Appearance appearance)
{
    systemPalette(); // remember the platform's palette and style before replacing them
    systemStyle();
    QSettings().setValue(QStringLiteral("view/appearance"),
                         appearance == Appearance::Light  ? QStringLiteral("light")
                         : appearance == Appearance::Dark ? QStringLiteral("dark")
                                                          : QStringLiteral("system"));
    if (appearance == Appearance::System && !systemStyle().isEmpty())
        QApplication::setStyle(systemStyle());
    else
        QApplication::setStyle(new ConsoleStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(palette(appearance));
}

void Theme::resizeToFit(QWidget *window, const QSize &size)
{
    QSize fitted = size;
    if (const QScreen *screen = window->screen())
        fitted = size.boundedTo(screen->availableSize() * 9 / 10);
    window->resize(fitted);
}

} // namespace codemie
