// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a desktop application: the welcome (once), About with version and licence, the standard
// menus and shortcuts, the icon, and colours that follow a dark palette.
#include "accounts/secretstore.h"
#include "document/draftdocument.h"
#include "settings/appidentity.h"
#include "ui/composer/formview.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/history/historyview.h"
#include "ui/mainwindow.h"
#include "ui/preview/previewpane.h"
#include "ui/screenshot.h"
#include "ui/theme.h"
#include "ui/wrappedlabel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>
#include <QtTest>

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    int m_windows = 0;

    // A window, shown and active unless `show` is false.
    std::unique_ptr<MainWindow> window(bool welcome = false, bool show = true)
    {
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = welcome;
        options.confirmDiscard = false;
        options.secrets = &m_secrets;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave-%1.wabench.json").arg(++m_windows));
        options.database = m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(m_windows));
        auto w = std::make_unique<MainWindow>(options);
        if (!show)
            return w;
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("the window did not become active; shortcuts will not reach it");
        return w;
    }
    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }
    static void shoot(QWidget *widget, const QString &name)
    {
        if (qEnvironmentVariableIsSet("WABENCH_SHOTS"))
            widget->grab().save(QDir::temp().filePath(QStringLiteral("wabench-%1.png").arg(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchDesktopTests"));
        AppIdentity::userSettings()->clear();
        QVERIFY(m_dir.isValid());
    }

    void theWelcomeComesOnceAndOpensTheExample()
    {
        {
            auto w = window(true);
            WelcomeDialog *welcome = nullptr;
            QTRY_VERIFY((welcome = w->findChild<WelcomeDialog *>()) && welcome->isVisible());
            const QString text = welcome->findChild<QLabel *>(QStringLiteral("welcomeText"))->text();
            QVERIFY(text.contains(QStringLiteral("Sandbox")));
            QVERIFY(text.contains(QStringLiteral("no internet")));
            shoot(welcome, QStringLiteral("welcome"));
            // Closing the window's first welcome with Start Empty leaves the draft empty, and dismisses it.
            QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("startEmptyButton")), Qt::LeftButton);
            QTRY_VERIFY(!w->findChild<WelcomeDialog *>());
            QVERIFY(w->document()->draft().message.isEmpty());
            QVERIFY(AppIdentity::userSettings()->value(QStringLiteral("welcome/dismissed")).toBool());
        }
        {
            // Never again by itself...
            // The welcome would show before the services start (both wait for the window to be up).
            auto w = window(true, false);
            QSignalSpy started(w.get(), &MainWindow::servicesStarted);
            w->show();
            QVERIFY(started.wait(10000));
            QVERIFY(!w->findChild<WelcomeDialog *>());
            // ...but Help > Welcome brings it back, and its example is a text message for the Sandbox.
            action(*w, "welcomeAction")->trigger();
            auto *welcome = w->findChild<WelcomeDialog *>();
            QVERIFY(welcome && welcome->isVisible());
            QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("openExampleButton")), Qt::LeftButton);
            QTRY_VERIFY(!w->findChild<WelcomeDialog *>());
            QCOMPARE(w->document()->draft().message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
            QCOMPARE(w->document()->draft().provider, QStringLiteral("sandbox"));
            QVERIFY(w->document()->filePath().isEmpty());
        }
    }

    void aboutShowsVersionLicenceAndWhereThingsAre()
    {
        auto w = window();
        QString text;
        QString licence;
        bool licenceShown = false;
        QTimer::singleShot(0, this, [&] {
            auto *about = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            if (!about)
                return;
            text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
            QTest::mouseClick(about->findChild<QPushButton *>(QStringLiteral("showLicenceButton")), Qt::LeftButton);
            auto *licenceText = about->findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
            licenceShown = licenceText->isVisible();
            licence = licenceText->toPlainText();
            shoot(about, QStringLiteral("about"));
            about->reject();
        });
        action(*w, "aboutAction")->trigger();
        QVERIFY2(text.contains(QStringLiteral("Wabench " WABENCH_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(text.contains(AppIdentity::userSettings()->fileName().toHtmlEscaped()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(licenceShown);
        QVERIFY(licence.startsWith(QStringLiteral("                    GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(licence.contains(QStringLiteral("Version 3, 29 June 2007")));
    }

    void menusAndShortcutsAreTheStandardOnes()
    {
        auto w = window();
        QStringList menus;
        for (QAction *menu : w->menuBar()->actions())
            menus << menu->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                     QStringLiteral("Message"), QStringLiteral("Help")}));
        const QList<std::pair<const char *, QKeySequence::StandardKey>> standard = {
            {"newAction", QKeySequence::New},
            {"openAction", QKeySequence::Open},
            {"saveAction", QKeySequence::Save},
            {"saveAsAction", QKeySequence::SaveAs},
            {"undoAction", QKeySequence::Undo},
            {"findAction", QKeySequence::Find},
            {"quitAction", QKeySequence::Quit},
            {"preferencesAction", QKeySequence::Preferences},
            {"fullScreenAction", QKeySequence::FullScreen}};
        for (const auto &[name, key] : standard) {
            QAction *found = action(*w, name);
            QVERIFY2(found, name);
            for (const QKeySequence &binding : QKeySequence::keyBindings(key))
                QVERIFY2(found->shortcuts().contains(binding), name);
        }
        // Ctrl+F goes to the history's search, its text selected.
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w->historyView()->findChild<QLineEdit *>());
    }

    void theCatalogueIsLoadedForTheLocale()
    {
        // No catalogue for German yet: the text stays English, with English's plural forms.
        const QString loaded = AppIdentity::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(loaded, QStringLiteral(":/i18n/wabench_en.qm"));
        QCOMPARE(QCoreApplication::translate("SendPolicy", "Fix the %n error(s) first", nullptr, 1),
                 QStringLiteral("Fix the error first"));
        QCOMPARE(QCoreApplication::translate("SendPolicy", "Fix the %n error(s) first", nullptr, 3),
                 QStringLiteral("Fix the 3 errors first"));
        QCOMPARE(AppIdentity::installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)), loaded);

        // The window says it so too: Send's tooltip with one error.
        auto w = window();
        QVERIFY(
            w->importJson(R"({"messaging_product":"whatsapp","to":"+919876543210","type":"text","text":{"body":""}})",
                          QStringLiteral("test")));
        QAction *send = action(*w, "sendAction");
        QTRY_VERIFY(!send->isEnabled());
        QCOMPARE(send->toolTip(), QStringLiteral("Fix the error first"));
    }

    // The form's labels come from the schemas, through the catalogue's "Schemas" context.
    void theSchemasTextsAreTranslated()
    {
        struct Marking : QTranslator
        {
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return qstrcmp(context, "Schemas") == 0 ? QStringLiteral("⟪%1⟫").arg(QString::fromUtf8(source))
                                                        : QString();
            }
            bool isEmpty() const override { return false; }
        } marking;
        QCoreApplication::installTranslator(&marking);
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        const auto labels = [&] {
            QStringList out;
            for (const QLabel *label : w->findChild<FormView *>()->findChildren<QLabel *>())
                out << label->text();
            return out;
        };
        QTRY_VERIFY2(labels().contains(QStringLiteral("⟪Message text⟫ *")), qPrintable(labels().join(u'|')));
        QCoreApplication::removeTranslator(&marking);
    }

    void theWindowHasItsIcon()
    {
        const QIcon icon = Theme::applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().contains(QSize(128, 128)));
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
        // Each size is the image drawn for it; a size between two is the larger one scaled down.
        const QImage drawn48(QStringLiteral(":/hicolor/48x48/apps/%1.png").arg(AppIdentity::id()));
        QCOMPARE(icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied),
                 drawn48.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        QCOMPARE(icon.pixmap(QSize(40, 40)).size(), QSize(40, 40));
        QCOMPARE(icon.pixmap(QSize(512, 512)).size(), QSize(128, 128));
        const QImage disabled = icon.pixmap(QSize(48, 48), QIcon::Disabled).toImage();
        QCOMPARE(disabled.size(), QSize(48, 48));
        QVERIFY(disabled != icon.pixmap(QSize(48, 48)).toImage());
    }

    // --screenshot saves the frame the window painted: the same picture as painting it again, taken without
    // painting (a shown window that never painted, or a hidden one, gives no picture to mistake for it).
    void aScreenshotIsThePaintedWindow()
    {
        auto w = window();
        w->resize(1100, 700);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_COMPARE(w->size(), QSize(1100, 700));
        QCoreApplication::processEvents();
        const QImage shot = Screenshot::painted(w.get()).convertToFormat(QImage::Format_RGB32);
        const QImage painted = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shot.size(), painted.size());
        // The same pixels, but for a text cursor that may have blinked in between.
        qsizetype differing = 0;
        for (int y = 0; y < shot.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(shot.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(painted.constScanLine(y));
            for (int x = 0; x < shot.width(); ++x)
                differing += a[x] != b[x];
        }
        QVERIFY2(differing < 200, qPrintable(QString::number(differing)));
        w->hide();
        QVERIFY(Screenshot::painted(w.get()).isNull());
    }

    // The first frame is the settled window: the layouts that building it asked for have run before it
    // paints, so nothing moves after its first paint and it is not painted whole a second time.
    void theFirstPaintIsTheSettledWindow()
    {
        auto w = window(false, false);
        auto *statusBar = w->findChild<QStatusBar *>();
        QVERIFY(statusBar);
        struct FirstPaint : QObject
        {
            QWidget *window = nullptr;
            QWidget *statusBar = nullptr;
            int paints = 0;
            QRect statusBarThen;
            QRect centralThen;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (watched == window && event->type() == QEvent::Paint && paints++ == 0) {
                    statusBarThen = statusBar->geometry();
                    centralThen = static_cast<QMainWindow *>(window)->centralWidget()->geometry();
                }
                return false;
            }
        } spy;
        spy.window = w.get();
        spy.statusBar = statusBar;
        w->installEventFilter(&spy);
        w->resize(1100, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY(spy.paints > 0);
        QCoreApplication::processEvents(); // what the first paint left to do, if anything
        QCOMPARE(statusBar->geometry(), spy.statusBarThen);
        QCOMPARE(w->centralWidget()->geometry(), spy.centralThen);
        QCOMPARE(spy.paints, 1);
        w->removeEventFilter(&spy);
    }

    // A wrapping label keeps its height for a width, and answers as QLabel does after its text, font or
    // margins change.
    // A history that cannot be opened: said where the history would be, in the database's words with the way
    // out; nothing can be sent; the file is left as it was.
    void aBrokenHistoryIsSaidAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        const QByteArray garbage(2048, 'x');
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(garbage) == garbage.size());
        file.close();
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        options.confirmDiscard = false;
        options.secrets = &m_secrets;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave-broken.wabench.json"));
        options.database = path;
        MainWindow w(options);
        w.show();
        const auto *said = w.findChild<QLabel *>(QStringLiteral("historyErrorLabel"));
        QVERIFY(said);
        QTRY_VERIFY(said->isVisible());
        QVERIFY2(said->text().contains(QStringLiteral("cannot be opened: file is not a database\n")),
                 qPrintable(said->text()));
        QVERIFY2(said->text().contains(QStringLiteral("Preferences")), qPrintable(said->text()));
        QVERIFY(!action(w, "sendAction")->isEnabled());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void aWrappedLabelAnswersAsQLabelDoes()
    {
        const QString text = QStringLiteral("Nothing sent yet. Send (Ctrl+Return) shows the provider's answer "
                                            "here, and every message sent is kept below.");
        WrappedLabel wrapped(text);
        QLabel plain(text);
        plain.setWordWrap(true);
        QVERIFY(wrapped.wordWrap());
        const auto same = [&](const char *when) {
            for (const int width : {80, 160, 240, 160, 600, 80})
                QVERIFY2(wrapped.heightForWidth(width) == plain.heightForWidth(width),
                         qPrintable(QStringLiteral("%1 at %2").arg(QLatin1String(when)).arg(width)));
        };
        same("at first");
        QVERIFY(wrapped.heightForWidth(80) > wrapped.heightForWidth(600));

        wrapped.setText(text + text);
        plain.setText(text + text);
        same("with a longer text");
        wrapped.setText(QStringLiteral("Short."));
        plain.setText(QStringLiteral("Short."));
        same("with a short text");

        QFont large = wrapped.font();
        large.setPointSizeF(large.pointSizeF() * 2);
        wrapped.setFont(large);
        plain.setFont(large);
        same("in a larger font");

        wrapped.setContentsMargins(10, 20, 10, 20);
        plain.setContentsMargins(10, 20, 10, 20);
        same("with margins");
    }

    void coloursFollowADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        QVERIFY(!Theme::isDark(light));
        QVERIFY(Theme::isDark(dark));
        // The error colour is lighter on dark and darker on light: readable on both.
        QVERIFY(Theme::error(dark).lightness() > dark.color(QPalette::Window).lightness() + 80);
        QVERIFY(Theme::error(light).lightness() < light.color(QPalette::Window).lightness() - 80);

        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        auto *body = w->findChild<PreviewPane *>()->findChild<QPlainTextEdit *>();
        QVERIFY(body);
        const auto keyColour = [&] {
            for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
                for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                    if (block.text().mid(range.start, range.length).startsWith(u'"'))
                        return range.format.foreground().color();
                }
            }
            return QColor();
        };
        const QColor before = keyColour();
        QVERIFY(before.isValid());
        QApplication::setPalette(dark);
        QTRY_VERIFY(keyColour() != before);
        QVERIFY(keyColour().lightness() > before.lightness());
        shoot(w.get(), QStringLiteral("dark"));
        QApplication::setPalette(light);
        QTRY_COMPARE(keyColour(), before);
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
