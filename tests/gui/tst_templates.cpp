// SPDX-License-Identifier: GPL-3.0-or-later
// The Templates window with real widgets: the library listed with its statuses, searched and filtered; a
// definition edited in the form its schema makes, its issues under Meta's rules shown as it is typed, the
// phone showing it with its examples, saved, renamed, duplicated, deleted, imported and exported; submitted
// to the Sandbox and approved; and "Use template" starting a message with one titled field per value.
#include "../core/testdata.h"
#include "document/draftdocument.h"
#include "history/historystore.h"
#include "message/jsonpointer.h"
#include "modals.h"
#include "sandbox/sandbox.h"
#include "session/workbench.h"
#include "settings/appidentity.h"
#include "templates/templatefile.h"
#include "ui/composer/fieldwidget.h"
#include "ui/composer/formview.h"
#include "ui/dialogtitles.h"
#include "ui/mainwindow.h"
#include "ui/preview/phoneview.h"
#include "ui/templates/templateeditor.h"
#include "ui/templates/templateswindow.h"
#include "webhooks/localservices.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

namespace {

void answer(QMessageBox::StandardButton button)
{
    whenModal([button](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(button)->click();
    });
}

// The text of every part the phone shows, joined.
QString phoneText(const PhoneView &phone)
{
    return phone.scene().texts().join(u'\n');
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_windows = 0;

    std::unique_ptr<MainWindow> window()
    {
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        options.autosavePath = m_dir.filePath(QStringLiteral("autosave-%1.wabench.json").arg(++m_windows));
        options.confirmDiscard = false;
        auto window = std::make_unique<MainWindow>(options);
        window->show();
        return window;
    }
    static QList<QJsonObject> library()
    {
        const TemplateFile::Contents contents =
            TemplateFile::read(TestData::path(QStringLiteral("templates/library.json")));
        QList<QJsonObject> out;
        for (const TemplateFile::Definition &entry : contents.definitions)
            out << entry.definition;
        return out;
    }
    static QWidget *editorOf(FormView *form, const QString &pointer)
    {
        FieldWidget *field = form->field(pointer);
        return field && field->pointer() == pointer ? field->focusTarget() : nullptr;
    }
    static void type(FormView *form, const QString &pointer, const QString &text)
    {
        QWidget *target = editorOf(form, pointer);
        QVERIFY2(target, qPrintable(pointer));
        target->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->selectAll();
        else if (auto *multi = qobject_cast<QPlainTextEdit *>(target))
            multi->selectAll();
        QTest::keyClicks(target, text);
    }
    // The library holds `definitions` alone: the local library's, and no account's.
    static void keepOnly(MainWindow &window, const QList<QJsonObject> &definitions)
    {
        QVERIFY(window.workbench()->history()->saveTemplates(QStringLiteral("sandbox"), {}, nullptr, true));
        QVERIFY(window.workbench()->history()->saveTemplates(QString(), definitions, nullptr, true));
    }
    static int shown(TemplatesWindow *templates) { return templates->table()->model()->rowCount(); }
    // The row of `name` among those shown, or -1.
    static int rowOf(TemplatesWindow *templates, const QString &name)
    {
        QAbstractItemModel *model = templates->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name)
                return row;
        }
        return -1;
    }
    static void choose(TemplatesWindow *templates, const QString &name)
    {
        const int row = rowOf(templates, name);
        QVERIFY2(row >= 0, qPrintable(name));
        templates->table()->setCurrentIndex(templates->table()->model()->index(row, 0));
    }
    static void trigger(TemplatesWindow *templates, const QString &action)
    {
        auto *found = templates->findChild<QAction *>(action);
        QVERIFY2(found && found->isEnabled(), qPrintable(action));
        found->trigger();
    }
    static QString shotsDir() { return qEnvironmentVariable("WABENCH_TEST_SHOTS"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchTemplateTests"));
        AppIdentity::userSettings()->clear();
        DialogTitles::install(qApp);
        AppIdentity::installTranslations(QLocale(QLocale::English)); // as the app starts: "8 templates imported"
    }

    // Every definition kept is listed with what a provider said of it; the search reads names and texts, and
    // the account, status and category filters narrow it; an empty library and an empty result say so.
    void theLibraryIsListedAndFiltered()
    {
        auto w = window();
        keepOnly(*w, {});
        TemplatesWindow *templates = w->showTemplates();
        auto *empty = templates->findChild<QLabel *>(QStringLiteral("emptyTemplatesLabel"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No templates yet")));

        QVERIFY(w->workbench()->history()->saveTemplates(QString(), library()));
        QJsonObject rejected = library().constFirst();
        rejected.insert(QStringLiteral("status"), QStringLiteral("REJECTED"));
        rejected.insert(QStringLiteral("rejected_reason"), QStringLiteral("INVALID_FORMAT"));
        QVERIFY(w->workbench()->history()->saveTemplates(QStringLiteral("sandbox"), {rejected}));
        QTRY_COMPARE(shown(templates), 9);
        QVERIFY(!empty->isVisible());

        auto *search = templates->findChild<QLineEdit *>(QStringLiteral("templateSearchLineEdit"));
        QTest::keyClicks(search, QStringLiteral("caribbean")); // in one name and its texts
        QCOMPARE(shown(templates), 1);
        search->clear();
        auto *status = templates->findChild<QComboBox *>(QStringLiteral("templateStatusComboBox"));
        status->setCurrentIndex(status->findData(QStringLiteral("REJECTED")));
        QCOMPARE(shown(templates), 1);
        QCOMPARE(templates->table()->model()->index(0, 3).data().toString(),
                 QStringLiteral("Rejected: INVALID_FORMAT"));
        QCOMPARE(templates->table()->model()->index(0, 5).data().toString(), QStringLiteral("Sandbox (offline)"));
        status->setCurrentIndex(0);
        auto *account = templates->findChild<QComboBox *>(QStringLiteral("templateAccountComboBox"));
        account->setCurrentIndex(account->findText(QStringLiteral("Local library")));
        QCOMPARE(shown(templates), 8);
        auto *category = templates->findChild<QComboBox *>(QStringLiteral("templateCategoryComboBox"));
        category->setCurrentIndex(category->findData(QStringLiteral("UTILITY")));
        QCOMPARE(shown(templates), 2);
        QTest::keyClicks(search, QStringLiteral("no such words"));
        QCOMPARE(shown(templates), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No template matches")));
    }

    // A definition is written in the form its schema makes: an error under Meta's rules shows at its field as
    // it is typed, the phone shows the text with the examples, and Save keeps it (renamed: in place of the
    // old name); New, Duplicate and Delete do what they say; files come in and go out whole.
    void aDefinitionIsWrittenAndKept()
    {
        auto w = window();
        keepOnly(*w, library());
        TemplatesWindow *templates = w->showTemplates();
        QTRY_COMPARE(shown(templates), 8);
        choose(templates, QStringLiteral("order_delivery_update"));
        TemplateEditor *editor = templates->editor();
        QVERIFY(editor->isEditing());
        FormView *form = editor->form();
        const QJsonArray components = editor->definition().value(QStringLiteral("components")).toArray();
        qsizetype body = -1;
        for (qsizetype i = 0; i < components.size(); ++i) {
            if (components.at(i).toObject().value(QStringLiteral("type")).toString().toUpper() == u"BODY")
                body = i;
        }
        QVERIFY(body >= 0);
        const QString bodyText = QStringLiteral("/components/%1/text").arg(body);
        QVERIFY(editorOf(form, QStringLiteral("/name")));
        QVERIFY(editorOf(form, bodyText));
        QTRY_VERIFY(
            phoneText(*editor->phone())
                .contains(JsonPointer::get(components.at(body).toObject(), QStringLiteral("/example/body_text/0/0"))
                              .toString()));

        // A variable out of sequence: Meta's rule, at the body's text, while typing.
        type(form, bodyText, QStringLiteral("Your parcel {{2}} arrives today."));
        const auto errorAt = [&](const QString &pointer) {
            const Issues &issues = editor->document()->issues();
            return std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
                return issue.isError() && issue.pointer == QStringLiteral("/message") + pointer;
            });
        };
        QTRY_VERIFY(errorAt(bodyText));
        type(form, bodyText, QStringLiteral("Your parcel {{1}} arrives today."));
        QTRY_VERIFY(!errorAt(bodyText));
        QVERIFY(templates->isWindowModified());
        type(form, QStringLiteral("/name"), QStringLiteral("parcel_today"));
        QString why;
        QVERIFY2(templates->save(&why), qPrintable(why));
        QVERIFY(!templates->isWindowModified());
        QVERIFY(w->workbench()->templates().find(QStringLiteral("parcel_today"), QStringLiteral("en_US")));
        QVERIFY(!w->workbench()->templates().find(QStringLiteral("order_delivery_update"), QStringLiteral("en_US")));
        QTRY_COMPARE(shown(templates), 8);
        QVERIFY(rowOf(templates, QStringLiteral("parcel_today")) >= 0);

        trigger(templates, QStringLiteral("duplicateTemplateAction"));
        QCOMPARE(editor->definition().value(QStringLiteral("name")).toString(), QStringLiteral("parcel_today_copy"));
        QVERIFY(templates->save(&why));
        QTRY_COMPARE(shown(templates), 9);

        answer(QMessageBox::Yes);
        trigger(templates, QStringLiteral("deleteTemplateAction"));
        QTRY_COMPARE(shown(templates), 8);
        QVERIFY(!w->workbench()->templates().find(QStringLiteral("parcel_today_copy"), QStringLiteral("en_US")));
        QVERIFY(!editor->isEditing());

        // A new one: not kept until saved; moving on asks first.
        trigger(templates, QStringLiteral("newTemplateAction"));
        QVERIFY(editor->isModified());
        answer(QMessageBox::Discard);
        choose(templates, QStringLiteral("parcel_today"));
        QTRY_COMPARE(editor->definition().value(QStringLiteral("name")).toString(), QStringLiteral("parcel_today"));
        QCOMPARE(shown(templates), 8);

        // Out to a file and back in, and a file that is not JSON says where and keeps the library as it was.
        const QString file = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY2(templates->exportFile(file, false, &why), qPrintable(why));
        QCOMPARE(TemplateFile::read(file).definitions.size(), 8);
        QVERIFY(w->workbench()->history()->saveTemplates(QString(), {}, nullptr, true));
        QTRY_COMPARE(shown(templates), 0);
        QVERIFY2(templates->importFile(file, &why), qPrintable(why));
        QTRY_COMPARE(shown(templates), 8);
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[{\"name\": \"a\",\n \"language\": }]");
        out.close();
        QVERIFY(!templates->importFile(broken, &why));
        QVERIFY2(why.contains(QStringLiteral("broken.json")) && why.contains(QStringLiteral("line 2")),
                 qPrintable(why));
        QCOMPARE(shown(templates), 8);
        // The phone is the usual one where there is room, a narrower one where there is not: never cut off.
        choose(templates, QStringLiteral("seasonal_promotion"));
        templates->resize(1280, 820);
        QTRY_COMPARE(qobject_cast<QLineEdit *>(editorOf(form, QStringLiteral("/name")))->text(),
                     QStringLiteral("seasonal_promotion"));
        QTRY_VERIFY2(phoneText(*editor->phone()).contains(QStringLiteral("Summer Sale")),
                     qPrintable(phoneText(*editor->phone())));
        QTRY_COMPARE(editor->phone()->scene().size.width(), 360.0);
        // The list's filters side by side, each showing its choices whole.
        const auto filterBox = [templates](const char *name) {
            return templates->findChild<QComboBox *>(QLatin1String(name));
        };
        QComboBox *accountBox = filterBox("templateAccountComboBox");
        QComboBox *statusBox = filterBox("templateStatusComboBox");
        QComboBox *categoryBox = filterBox("templateCategoryComboBox");
        QTRY_VERIFY(statusBox->y() == accountBox->y() && categoryBox->y() == accountBox->y());
        QTRY_COMPARE(accountBox->parentWidget()->height(), accountBox->height()); // the list's rows close up
        if (!shotsDir().isEmpty())
            QVERIFY(templates->grab().save(QDir(shotsDir()).filePath(QStringLiteral("templates.png"))));
        templates->resize(900, 600);
        const auto *phoneScroll = editor->phone()->findChild<QScrollArea *>(QStringLiteral("phoneScrollArea"));
        QVERIFY(phoneScroll);
        QTRY_VERIFY2(editor->phone()->scene().size.width() < 360,
                     qPrintable(QString::number(editor->phone()->scene().size.width())));
        QVERIFY(editor->phone()->scene().size.width() >= 280);
        QTRY_VERIFY2(editor->phone()->scene().size.width() <= phoneScroll->viewport()->width(),
                     qPrintable(QStringLiteral("%1 in %2")
                                    .arg(editor->phone()->scene().size.width())
                                    .arg(phoneScroll->viewport()->width())));
        QCOMPARE(phoneScroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(phoneText(*editor->phone()).contains(QStringLiteral("Summer Sale")));
        // The list's filters too: on two rows where one would cut their choices to a few letters.
        QTRY_VERIFY(categoryBox->y() > accountBox->y());
        QTRY_VERIFY(accountBox->parentWidget()->height() >= 2 * accountBox->height()); // the list's rows make room
        for (const QComboBox *box : {accountBox, statusBox, categoryBox})
            QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(QStringLiteral("%1: %2 of %3")
                                                                             .arg(box->objectName())
                                                                             .arg(box->width())
                                                                             .arg(box->sizeHint().width())));
        if (!shotsDir().isEmpty())
            QVERIFY(templates->grab().save(QDir(shotsDir()).filePath(QStringLiteral("templates-narrow.png"))));
    }

    // Submitted to the Sandbox, a template is pending and then approved, as Meta does it.
    void theSandboxApprovesATemplateSubmittedFromTheWindow()
    {
        auto w = window();
        QSignalSpy started(w.get(), &MainWindow::servicesStarted);
        QVERIFY(started.wait(10000));
        w->services()->sandbox()->setCallbackDelay(50);
        keepOnly(*w, library());
        TemplatesWindow *templates = w->showTemplates();
        QTRY_COMPARE(shown(templates), 8);
        choose(templates, QStringLiteral("order_delivery_update"));
        auto *submit = templates->findChild<QToolButton *>(QStringLiteral("submitTemplateToolButton"));
        QVERIFY(submit);
        emit submit->menu()->aboutToShow();
        const QList<QAction *> targets = submit->menu()->actions();
        QVERIFY(!targets.isEmpty());
        QSignalSpy finished(w->workbench(), &Workbench::templatesPushFinished);
        targets.constFirst()->trigger();
        QVERIFY(finished.wait(10000));
        const auto statusOf = [&] {
            const QJsonObject *kept =
                w->workbench()->templates().find(QStringLiteral("order_delivery_update"), QStringLiteral("en_US"));
            return kept ? kept->value(QStringLiteral("status")).toString() : QString();
        };
        QCOMPARE(statusOf(), QStringLiteral("PENDING"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("APPROVED"), 10000);
        QTRY_COMPARE(shown(templates), 9); // the local one and the account's
    }

    // The whole task by keyboard: the search, the filters, the list (a definition opened with the arrow
    // keys), the editor's Save and its form; Ctrl+S keeps it, Ctrl+Return uses it, Alt+T has every action.
    void theLibraryGoesByKeyboard()
    {
        auto w = window();
        keepOnly(*w, library());
        TemplatesWindow *templates = w->showTemplates();
        QTRY_COMPARE(shown(templates), 8);
        templates->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(templates));
        auto *search = templates->findChild<QLineEdit *>(QStringLiteral("templateSearchLineEdit"));
        search->setFocus();
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), templates->table());
        QTest::keyClick(templates->table(), Qt::Key_Down);
        QTRY_VERIFY(templates->editor()->isEditing());
        QWidget *name = editorOf(templates->editor()->form(), QStringLiteral("/name"));
        QVERIFY(name);
        for (int i = 0; i < 4 && QApplication::focusWidget() != name; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), name);
        qobject_cast<QLineEdit *>(name)->selectAll();
        QTest::keyClicks(name, QStringLiteral("typed_by_keyboard"));
        QTest::keySequence(templates, QKeySequence::Save);
        QTRY_VERIFY(w->workbench()->templates().find(QStringLiteral("typed_by_keyboard"), QStringLiteral("en_US")));
        QSignalSpy used(templates, &TemplatesWindow::useRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(used.size(), 1);
        QMenu *menu = templates->menuBar()->findChildren<QMenu *>().value(0);
        QVERIFY(menu);
        QStringList actions;
        for (QAction *action : menu->actions())
            actions << action->text();
        for (const QString &wanted :
             {QStringLiteral("&New"), QStringLiteral("&Import…"), QStringLiteral("&Export…"),
              QStringLiteral("&Use Template"), QStringLiteral("&Pull from"), QStringLiteral("Su&bmit to")})
            QVERIFY2(actions.contains(wanted), qPrintable(actions.join(u',')));
    }

    // "Use template": the message is the template's send, one field per value titled with its variable and
    // its example as placeholder; filled, the phone reads the definition's text with the values.
    void useTemplateGivesAFieldPerValue()
    {
        auto w = window();
        keepOnly(*w, library());
        TemplatesWindow *templates = w->showTemplates();
        QTRY_COMPARE(shown(templates), 8);
        choose(templates, QStringLiteral("order_confirmation_named"));
        QSignalSpy used(templates, &TemplatesWindow::useRequested);
        trigger(templates, QStringLiteral("useTemplateAction"));
        QCOMPARE(used.size(), 1);
        const QJsonObject message = w->document()->draft().message;
        QCOMPARE(JsonPointer::get(message, QStringLiteral("/template/name")).toString(),
                 QStringLiteral("order_confirmation_named"));
        auto *form = w->findChild<FormView *>(QStringLiteral("formScrollArea"));
        QVERIFY(form);
        const QJsonArray parameters =
            JsonPointer::get(message, QStringLiteral("/template/components/0/parameters")).toArray();
        QVERIFY(!parameters.isEmpty());
        const QString first = QStringLiteral("/template/components/0/parameters/0/text");
        FieldWidget *field = form->field(first);
        QVERIFY(field && field->pointer() == first);
        const QString name = parameters.first().toObject().value(QStringLiteral("parameter_name")).toString();
        QVERIFY2(field->label().contains(QStringLiteral("{{%1}}").arg(name)), qPrintable(field->label()));
        auto *line = qobject_cast<QPlainTextEdit *>(field->focusTarget());
        QVERIFY(line);
        QVERIFY(!line->placeholderText().isEmpty());
        // Every value filled: nothing left to say about the message itself.
        const QJsonArray components = JsonPointer::get(message, QStringLiteral("/template/components")).toArray();
        int typed = 0;
        for (qsizetype c = 0; c < components.size(); ++c) {
            const QJsonArray values = components.at(c).toObject().value(QStringLiteral("parameters")).toArray();
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (values.at(i).toObject().contains(QStringLiteral("text")))
                    type(form, QStringLiteral("/template/components/%1/parameters/%2/text").arg(c).arg(i),
                         QStringLiteral("Value%1").arg(typed++));
            }
        }
        QTRY_VERIFY2(!std::any_of(w->document()->issues().cbegin(), w->document()->issues().cend(),
                                  [](const Issue &issue) { return issue.pointer.startsWith(u"/message"); }),
                     qPrintable(IssueList::summary(w->document()->issues())));
        if (!shotsDir().isEmpty()) {
            w->resize(1280, 800);
            for (QTabBar *tabs : w->findChildren<QTabBar *>()) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (tabs->tabText(i) == u"Phone")
                        tabs->setCurrentIndex(i);
                }
            }
            auto *phone = w->findChild<PhoneView *>();
            QTRY_VERIFY(phone && phoneText(*phone).contains(QStringLiteral("Value0")));
            QVERIFY(w->grab().save(QDir(shotsDir()).filePath(QStringLiteral("use-template.png"))));
        }
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
