// Light and dark palettes and 200% scaling: what the console draws itself
// (error texts, notices, the tables' disabled rows) stays readable by the
// WCAG contrast measure, the appearance can be switched while windows are
// open, and windows fit the screen. CTest runs this test twice: at 100% and
// with QT_SCALE_FACTOR=2. Screenshots go to CODEMIE_SCREENSHOT_DIR if set.

#include "DemoDatabase.h"
#include "GuiTestSupport.h"
#include "HelpDialogs.h"
#include "MainWindow.h"
#include "ProjectDetailDialog.h"
#include "ProjectRepository.h"
#include "Theme.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace codemie;

namespace {
// The text and background colours a style sheet sets (background: the
// palette's window when it sets none).
QPair<QColor, QColor> styleColours(const QString &sheet, const QPalette &palette)
{
    QColor text = palette.color(QPalette::WindowText), background = palette.color(QPalette::Window);
    const auto bg =
        QRegularExpression(QStringLiteral("background:\\s*(#[0-9a-fA-F]{6})")).match(sheet);
    if (bg.hasMatch())
        background = QColor(bg.captured(1));
    const auto fg =
        QRegularExpression(QStringLiteral("(?:^|[;{\\s])color:\\s*(#[0-9a-fA-F]{6})")).match(sheet);
    if (fg.hasMatch())
        text = QColor(fg.captured(1));
    return {text, background};
}

QString scaleTag()
{
    const QString f = qEnvironmentVariable("QT_SCALE_FACTOR");
    return f.isEmpty() ? QStringLiteral("100") : QString::number(int(f.toDouble() * 100));
}

void screenshot(QWidget &w, const QString &name)
{
    test::saveScreenshot(w, QStringLiteral("%1-%2").arg(name, scaleTag()));
}

// Every label in `root` that styles itself is readable on its background.
QStringList unreadableLabels(QWidget *root)
{
    QStringList bad;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->styleSheet().isEmpty() || label->text().isEmpty())
            continue;
        const auto [text, background] = styleColours(label->styleSheet(), QApplication::palette());
        const double ratio = Theme::contrastRatio(text, background);
        if (ratio < 4.5)
            bad << QStringLiteral("%1 \"%2\": %3:1")
                       .arg(label->accessibleName(), label->text().left(40))
                       .arg(ratio, 0, 'f', 2);
    }
    return bad;
}

// The strongest contrast between any pixel of `image` inside `rect` (in the
// widget's logical coordinates) and `background`.
double strongestContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    const qreal dpr = image.devicePixelRatio();
    const QRect px(
        QPoint(qFloor(rect.left() * dpr), qFloor(rect.top() * dpr)),
        QPoint(qCeil((rect.right() + 1) * dpr) - 1, qCeil((rect.bottom() + 1) * dpr) - 1));
    double best = 1;
    for (int y = qMax(0, px.top()); y <= qMin(image.height() - 1, px.bottom()); ++y)
        for (int x = qMax(0, px.left()); x <= qMin(image.width() - 1, px.right()); ++x)
            best = qMax(best, Theme::contrastRatio(image.pixelColor(x, y), background));
    return best;
}

bool fitsScreen(QWidget *w)
{
    const QRect available = w->screen()->availableGeometry();
    const bool fits = w->width() <= available.width() && w->height() <= available.height();
    if (!fits)
        qWarning("%s is %dx%d (at least %dx%d) on a %dx%d screen", w->metaObject()->className(),
                 w->width(), w->height(), w->minimumSizeHint().width(),
                 w->minimumSizeHint().height(), available.width(), available.height());
    return fits;
}
} // namespace

class TstAppearance : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

    ConnectionSettings demo() const { return test::sqliteSettings(m_path); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appearance"));
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        DemoDataGenerator::Options o;
        o.users = 300;
        o.lastSpendDay = QDate(2026, 11, 28);
        const auto r = DemoDatabase::ensure(m_path, o);
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
    }
    void cleanupTestCase() { Theme::apply(Theme::Appearance::System); }

    void coloursAreReadable_data()
    {
        QTest::addColumn<int>("appearance");
        QTest::newRow("light") << int(Theme::Appearance::Light);
        QTest::newRow("dark") << int(Theme::Appearance::Dark);
    }
    void coloursAreReadable()
    {
        QFETCH(int, appearance);
        const QPalette p = Theme::palette(Theme::Appearance(appearance));
        QCOMPARE(Theme::isDark(p), Theme::Appearance(appearance) == Theme::Appearance::Dark);
        const auto atLeast = [](const QColor &a, const QColor &b, double min, const char *what) {
            const double r = Theme::contrastRatio(a, b);
            if (r < min)
                qWarning("%s: %.2f:1 (needs %.1f:1)", what, r, min);
            return r >= min;
        };
        QVERIFY(atLeast(p.color(QPalette::Text), p.color(QPalette::Base), 7, "text"));
        QVERIFY(atLeast(p.color(QPalette::WindowText), p.color(QPalette::Window), 7, "window"));
        QVERIFY(atLeast(Theme::mutedText(p), p.color(QPalette::Base), 4.5, "deactivated rows"));
        QVERIFY(atLeast(Theme::mutedText(p), p.color(QPalette::AlternateBase), 4.5,
                        "deactivated rows, alternate"));
        QVERIFY(atLeast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 4.5,
                        "selection"));
        QVERIFY(atLeast(Theme::errorText(p), p.color(QPalette::Window), 4.5, "error on window"));
        QVERIFY(atLeast(Theme::errorText(p), p.color(QPalette::Base), 4.5, "error on base"));
        for (const auto kind : {Theme::Notice::Warning, Theme::Notice::Error}) {
            const auto [text, background] = styleColours(Theme::noticeStyle(p, kind), p);
            QVERIFY(atLeast(text, background, 7, "notice"));
        }
    }

    // A label styled as an error follows the appearance while it is shown.
    void switchingAppearanceRestylesOpenWindows()
    {
        QLabel label(QStringLiteral("Project name is required"));
        Theme::apply(Theme::Appearance::Light);
        Theme::styleErrorText(&label);
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        QVERIFY(label.styleSheet().contains(
            Theme::errorText(Theme::palette(Theme::Appearance::Light)).name()));
        Theme::apply(Theme::Appearance::Dark);
        QTRY_VERIFY(label.styleSheet().contains(
            Theme::errorText(Theme::palette(Theme::Appearance::Dark)).name()));
        QCOMPARE(Theme::savedAppearance(), Theme::Appearance::Dark);
        Theme::apply(Theme::Appearance::System);
        QCOMPARE(Theme::savedAppearance(), Theme::Appearance::System);
    }

    // The main window, its pages and dialogs in the dark palette at the
    // scale CTest chose: labels readable, windows on the screen.
    void windowsInTheDark()
    {
        Theme::apply(Theme::Appearance::Dark);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(fitsScreen(&w));
        // Not connected: the notice banner is shown and readable.
        QVERIFY(!w.bannerText().isEmpty());
        QStringList bad = unreadableLabels(&w);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        QVERIFY(w.connectTo(demo(), {}, o).isOk());
        QTRY_VERIFY(w.userModel()->totalCount() > 0);
        screenshot(w, QStringLiteral("dark-users-page"));
        w.showPage(MainWindow::ProjectsPage);
        screenshot(w, QStringLiteral("dark-projects-page"));
        bad = unreadableLabels(&w);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));

        PlatformSession &session = *w.session();
        const auto users = UserRepository(session).page(UserQuery());
        QVERIFY(users.isOk() && users.value.size() > 5);
        const UserRecord someone = users.value.at(5);
        {
            UserDetailsDialog details(session, someone, &w);
            details.show();
            QVERIFY(QTest::qWaitForWindowExposed(&details));
            QVERIFY2(fitsScreen(&details), "user details larger than the screen");
            // Six project rows show before the list scrolls, at 200 % too
            // (the dialog's body scrolls to them instead).
            const QTableWidget *projects = details.projectsTable();
            QVERIFY2(projects->viewport()->height() >=
                         6 * projects->verticalHeader()->defaultSectionSize(),
                     qPrintable(QStringLiteral("%1 px for rows of %2 px")
                                    .arg(projects->viewport()->height())
                                    .arg(projects->verticalHeader()->defaultSectionSize())));
            bad = unreadableLabels(&details);
            QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
            screenshot(details, QStringLiteral("dark-user-details"));
        }
        {
            ProjectQuery q;
            q.limit = 5;
            const auto projects = ProjectRepository(session).page(q);
            QVERIFY(projects.isOk() && !projects.value.isEmpty());
            ProjectDetailDialog detail(session, projects.value.first(), &w);
            detail.show();
            QVERIFY(QTest::qWaitForWindowExposed(&detail));
            QVERIFY2(fitsScreen(&detail), "project detail larger than the screen");
            bad = unreadableLabels(&detail);
            QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
            screenshot(detail, QStringLiteral("dark-project-detail"));
        }
        Theme::apply(Theme::Appearance::System);
    }

    // Help → About fits the screen at any scaling (at 200% on 1080p it was
    // taller than the screen, its licences and buttons cut off), its text
    // reachable by scrolling when the screen is short.
    void aboutFitsTheScreen()
    {
        Theme::apply(Theme::Appearance::Dark);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        bool checked = false;
        test::whenModal<AboutDialog>([&](AboutDialog *d) {
            checked = true;
            QVERIFY(fitsScreen(d));
            // The whole text is laid out (not squeezed into what is left).
            auto *text = d->findChild<QLabel *>(QStringLiteral("aboutText"));
            QVERIFY(text);
            QVERIFY2(text->height() >= text->heightForWidth(text->width()),
                     qPrintable(QStringLiteral("%1 px tall, needs %2")
                                    .arg(text->height())
                                    .arg(text->heightForWidth(text->width()))));
            auto *scroll = d->findChild<QScrollArea *>(QStringLiteral("aboutScroll"));
            QVERIFY(scroll);
            const int textHeight = scroll->widget()->height();
            QVERIFY(textHeight <= scroll->viewport()->height() ||
                    scroll->verticalScrollBar()->isVisible());
            // Scrolled to the end, the last licence is in view.
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            screenshot(*d, QStringLiteral("dark-about"));
            QTest::keyClick(d, Qt::Key_Escape);
        });
        // Help → About, by its keys.
        QTest::keyClick(&w, Qt::Key_H, Qt::AltModifier);
        QMenu *help = nullptr;
        QTRY_VERIFY((help = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QTest::keyClick(help, Qt::Key_A);
        QTRY_VERIFY(checked);
        Theme::apply(Theme::Appearance::System);
    }

    // In the dark palette a dialog's check boxes (checked or not) and its
    // Close icon stand out from the window by at least 3:1, the WCAG measure
    // for the parts of a control: grabbed from a real user details dialog,
    // the box clicked on and off.
    void darkCheckBoxesAndCloseIconAreVisible()
    {
        Theme::apply(Theme::Appearance::Dark);
        MainWindow w;
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        QVERIFY(w.connectTo(demo(), {}, o).isOk());
        const auto users = UserRepository(*w.session()).page(UserQuery());
        QVERIFY(users.isOk() && users.value.size() > 5);
        UserDetailsDialog details(*w.session(), users.value.at(5), &w);
        details.show();
        QVERIFY(QTest::qWaitForWindowExposed(&details));
        const QColor window = details.palette().color(QPalette::Window);

        const auto boxes = details.findChildren<QCheckBox *>();
        QVERIFY(!boxes.isEmpty());
        QStringList faint; // everything under 3:1, named, so one failure shows all
        int measured = 0;
        for (QCheckBox *box : boxes) {
            if (!box->isVisible() || !box->isEnabled())
                continue;
            for (int click = 0; click < 2; ++click) {
                QStyleOptionButton option;
                option.initFrom(box);
                const QRect indicator =
                    box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
                const double contrast = strongestContrast(box->grab().toImage(), indicator, window);
                if (contrast < 3.0)
                    faint << QStringLiteral("check box %1 (%2): %3:1")
                                 .arg(box->text(), box->isChecked() ? QStringLiteral("checked")
                                                                    : QStringLiteral("unchecked"))
                                 .arg(contrast, 0, 'f', 2);
                ++measured;
                QTest::mouseClick(box, Qt::LeftButton, {}, indicator.center());
            }
        }
        QVERIFY(measured >= 2);

        auto *buttons = details.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *close = buttons->button(QDialogButtonBox::Close);
        QVERIFY(close);
        // The icon the button shows where the platform puts icons on dialog
        // buttons (the offscreen platform does not), drawn on the window.
        const QIcon icon =
            close->icon().isNull()
                ? close->style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, close)
                : close->icon();
        QVERIFY(!icon.isNull());
        const QSize size = close->iconSize();
        QImage drawn(size * close->devicePixelRatioF(), QImage::Format_ARGB32);
        drawn.setDevicePixelRatio(close->devicePixelRatioF());
        drawn.fill(window);
        {
            QPainter p(&drawn);
            icon.paint(&p, QRect(QPoint(0, 0), size));
        }
        const double iconContrast = strongestContrast(drawn, QRect(QPoint(0, 0), size), window);
        if (iconContrast < 3.0)
            faint << QStringLiteral("Close icon: %1:1").arg(iconContrast, 0, 'f', 2);
        QVERIFY2(faint.isEmpty(), qPrintable(faint.join(QStringLiteral("; "))));
        screenshot(details, QStringLiteral("dark-check-boxes"));
        details.close();
        Theme::apply(Theme::Appearance::System);
    }
};

QTEST_MAIN(TstAppearance)
#include "tst_appearance.moc"
