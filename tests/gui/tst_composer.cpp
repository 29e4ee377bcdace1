// SPDX-License-Identifier: GPL-3.0-or-later
// The composer window, driven as a person would: open, type, click, paste; then the draft's JSON
// and what the widgets show are checked.
#include "../core/testdata.h"
#include "document/draftdocument.h"
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"
#include "providers/payload.h"
#include "session/workbench.h"
#include "settings/appidentity.h"
#include "ui/composer/fieldwidget.h"
#include "ui/composer/formview.h"
#include "ui/composer/keyvaluefield.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/dialogtitles.h"
#include "ui/filelocations.h"
#include "ui/history/historyview.h"
#include "ui/mainwindow.h"
#include "ui/preview/jsonhighlighter.h"
#include "ui/preview/phoneview.h"
#include "ui/preview/previewpane.h"
#include "ui/theme.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

namespace {

// Every string and number in a message, by pointer: what the form should show.
void leaves(const QJsonValue &value, const QString &pointer, QHash<QString, QJsonValue> &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            leaves(it.value(), JsonPointer::append(pointer, it.key()), out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            leaves(array.at(i), JsonPointer::append(pointer, i), out);
    } else {
        out.insert(pointer, value);
    }
}

QString shownText(QWidget *target)
{
    if (auto *line = qobject_cast<QLineEdit *>(target))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(target))
        return text->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(target))
        return combo->currentText();
    return {};
}

} // namespace

class TestComposer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_windows = 0;

    // A test window's options: free ports, no welcome, no questions, its own autosave file.
    MainWindow::Options options(const QString &autosaveName) const
    {
        MainWindow::Options options;
        options.freePorts = true;
        options.welcomeOnFirstStart = false;
        options.autosavePath = m_dir.filePath(autosaveName);
        options.confirmDiscard = false;
        return options;
    }
    std::unique_ptr<MainWindow> window()
    {
        auto window =
            std::make_unique<MainWindow>(options(QStringLiteral("autosave-%1.wabench.json").arg(++m_windows)));
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active; shortcuts will not reach it");
        return window;
    }
    static FormView *form(MainWindow &window) { return window.findChild<FormView *>(); }
    static PreviewPane *preview(MainWindow &window) { return window.findChild<PreviewPane *>(); }
    static QWidget *editor(MainWindow &window, const QString &pointer)
    {
        FieldWidget *field = form(window)->field(pointer);
        if (!field || field->pointer() != pointer)
            return nullptr;
        return field->focusTarget();
    }
    static void type(MainWindow &window, const QString &pointer, const QString &text)
    {
        QWidget *target = editor(window, pointer);
        QVERIFY2(target, qPrintable(pointer));
        target->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(target))
            line->selectAll();
        else if (auto *multi = qobject_cast<QPlainTextEdit *>(target))
            multi->selectAll();
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(target))
            spin->selectAll();
        QTest::keyClicks(target, text);
    }
    static void clickAdd(MainWindow &window, const QString &arrayPointer)
    {
        FieldWidget *array = form(window)->field(arrayPointer);
        QVERIFY2(array && array->pointer() == arrayPointer, qPrintable(arrayPointer));
        QPushButton *add = array->findChild<QPushButton *>(QStringLiteral("addPushButton"), Qt::FindDirectChildrenOnly);
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
    }
    // The button that adds an optional part (a header, payment settings) where it is missing.
    static void clickAddPart(MainWindow &window, const QString &pointer)
    {
        form(window)->field(pointer); // builds the form if a change is pending
        QPushButton *found = nullptr;
        for (QPushButton *button : form(window)->findChildren<QPushButton *>(QStringLiteral("addPartPushButton"))) {
            if (button->property("pointer").toString() == pointer)
                found = button;
        }
        QVERIFY2(found, qPrintable(pointer));
        QTest::mouseClick(found, Qt::LeftButton);
    }
    // Picks a message kind in the kind combo box, as a person would.
    static void pickKind(MainWindow &window, const QString &kind)
    {
        auto *combo = window.findChild<QComboBox *>(QStringLiteral("kindComboBox"));
        QVERIFY(combo);
        combo->showPopup();
        const int index = combo->findData(kind);
        QVERIFY2(index >= 0, qPrintable(kind));
        combo->setCurrentIndex(index);
        combo->hidePopup();
        emit combo->activated(index);
    }
    static void choose(MainWindow &window, const QString &pointer, const QString &option)
    {
        auto *combo = qobject_cast<QComboBox *>(editor(window, pointer));
        QVERIFY2(combo, qPrintable(pointer));
        const int index = combo->findText(option);
        QVERIFY2(index >= 0, qPrintable(option));
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }

private slots:
    void initTestCase()
    {
        // Settings (recent files) and data go to test locations, not the person's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("WabenchComposerTests"));
        AppIdentity::userSettings()->clear();
        DialogTitles::install(qApp); // as main() does
    }

    // A dialog is wide enough for its title: a short question under a long title is not cut off.
    void dialogTitlesAreNotCutOff()
    {
        auto w = window();
        QMessageBox box(QMessageBox::Question, QStringLiteral("Send the order update to every recipient of the list?"),
                        QStringLiteral("Send?"), QMessageBox::Yes | QMessageBox::No, w.get());
        box.open();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QFont bold = box.font();
        bold.setBold(true);
        QTRY_VERIFY2(box.width() > QFontMetrics(bold).horizontalAdvance(box.windowTitle()) + 100,
                     qPrintable(QString::number(box.width())));
        box.reject();
    }

    void recentFilesRemembered()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        const QString path = m_dir.filePath(QStringLiteral("recent.wabench.json"));
        QVERIFY(w->saveAs(path));
        QCOMPARE(AppIdentity::userSettings()->value(QStringLiteral("recentFiles")).toStringList().value(0), path);
    }

    void examplesShowTheirValuesAndBody_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : Kinds::examplePaths())
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }
    void examplesShowTheirValuesAndBody()
    {
        QFETCH(QString, path);
        auto w = window();
        QVERIFY(w->openFile(path));
        const Draft &draft = w->document()->draft();

        QHash<QString, QJsonValue> values;
        leaves(draft.message, QString(), values);
        int checked = 0;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            QWidget *target = editor(*w, it.key());
            if (!it.value().isString() || !target || shownText(target).isEmpty())
                continue;
            QVERIFY2(shownText(target).startsWith(it.value().toString()), qPrintable(it.key()));
            ++checked;
        }
        QVERIFY2(checked > 0, "no field showed a value");

        const Provider *provider = w->document()->provider();
        const QByteArray body = provider->build(draft, Account{}).constFirst().body;
        QCOMPARE(preview(*w)->text(PreviewPane::Body).toUtf8(), body);
    }

    // The kind list is read when someone reaches for it: from the keyboard, a focused picker's Down key
    // chooses the first kind (text) at once.
    void kindChosenFromTheKeyboard()
    {
        auto w = window();
        auto *combo = w->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1); // "Choose a message kind…" until someone reaches for the list
        combo->setFocus(Qt::TabFocusReason);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText().trimmed(), QStringLiteral("Text"));
        QCOMPARE(w->document()->draft().message.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QVERIFY(combo->count() > 10);
    }

    void buildAListByTypingAndClicking()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("interactive.list"));
        type(*w, QStringLiteral("/interactive/body/text"), QStringLiteral("Pick a slot"));
        type(*w, QStringLiteral("/interactive/action/button"), QStringLiteral("Slots"));
        type(*w, QStringLiteral("/interactive/action/sections/0/rows/0/id"), QStringLiteral("am"));
        type(*w, QStringLiteral("/interactive/action/sections/0/rows/0/title"), QStringLiteral("Morning"));
        clickAdd(*w, QStringLiteral("/interactive/action/sections/0/rows"));
        type(*w, QStringLiteral("/interactive/action/sections/0/rows/1/id"), QStringLiteral("pm"));
        type(*w, QStringLiteral("/interactive/action/sections/0/rows/1/title"), QStringLiteral("Afternoon"));
        type(*w, QStringLiteral("/interactive/action/sections/0/rows/1/description"), QStringLiteral("12 to 5"));

        const QJsonObject expected = QJsonDocument::fromJson(R"({"type":"interactive","interactive":{"type":"list",
            "body":{"text":"Pick a slot"},"action":{"button":"Slots","sections":[{"rows":[
            {"id":"am","title":"Morning"},{"id":"pm","title":"Afternoon","description":"12 to 5"}]}]}}})")
                                         .object();
        QCOMPARE(w->document()->draft().message, expected);
        const Issues issues = Validator::validateMessage(w->document()->draft().message);
        QCOMPARE(IssueList::errorCount(issues), 0);
    }

    void buildOrderDetailsByTypingAndClicking()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("interactive.order_details"));
        const QString p = QStringLiteral("/interactive/action/parameters");
        type(*w, QStringLiteral("/interactive/body/text"), QStringLiteral("Pay for your plants"));
        type(*w, p + QStringLiteral("/reference_id"), QStringLiteral("order-1"));
        clickAddPart(*w, p + QStringLiteral("/payment_settings"));
        type(*w, p + QStringLiteral("/payment_settings/0/payment_gateway/configuration_name"), QStringLiteral("rzp"));
        type(*w, p + QStringLiteral("/order/items/0/retailer_id"), QStringLiteral("SKU1"));
        type(*w, p + QStringLiteral("/order/items/0/name"), QStringLiteral("Echeveria"));
        type(*w, p + QStringLiteral("/order/items/0/amount/value"), QStringLiteral("250"));
        type(*w, p + QStringLiteral("/order/items/0/quantity"), QStringLiteral("2"));
        type(*w, p + QStringLiteral("/order/subtotal/value"), QStringLiteral("500"));
        type(*w, p + QStringLiteral("/order/tax/value"), QStringLiteral("90"));
        type(*w, p + QStringLiteral("/total_amount/value"), QStringLiteral("590"));
        type(*w, p + QStringLiteral("/order/catalog_id"), QStringLiteral("cat1"));

        const QJsonObject message = w->document()->draft().message;
        QCOMPARE(JsonPointer::get(message, p + QStringLiteral("/total_amount")).toObject(),
                 (QJsonObject{{QStringLiteral("value"), 59000}, {QStringLiteral("offset"), 100}}));
        QCOMPARE(JsonPointer::get(message, p + QStringLiteral("/order/items/0/amount/value")).toInt(), 25000);
        QCOMPARE(JsonPointer::get(message, p + QStringLiteral("/order/items/0/quantity")).toInt(), 2);
        QCOMPARE(JsonPointer::get(message, p + QStringLiteral("/currency")).toString(), QStringLiteral("INR"));
        const Issues issues = Validator::validateMessage(message);
        QVERIFY2(IssueList::errorCount(issues) == 0, qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    }

    void buildALimitedTimeOfferTemplate()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("template"));
        type(*w, QStringLiteral("/template/name"), QStringLiteral("summer_lto"));
        type(*w, QStringLiteral("/template/language/code"), QStringLiteral("en_US"));
        // Components: a limited-time offer, a copy-code button at 0, a URL button at 1.
        for (int i = 0; i < 3; ++i)
            clickAdd(*w, QStringLiteral("/template/components"));
        choose(*w, QStringLiteral("/template/components/0/type"), QStringLiteral("limited_time_offer"));
        choose(*w, QStringLiteral("/template/components/1/type"), QStringLiteral("button"));
        choose(*w, QStringLiteral("/template/components/1/sub_type"), QStringLiteral("copy_code"));
        choose(*w, QStringLiteral("/template/components/2/type"), QStringLiteral("button"));
        choose(*w, QStringLiteral("/template/components/2/sub_type"), QStringLiteral("url"));
        type(*w, QStringLiteral("/template/components/2/index"), QStringLiteral("1"));
        clickAddPart(*w, QStringLiteral("/template/components/1/parameters"));
        choose(*w, QStringLiteral("/template/components/1/parameters/0/type"), QStringLiteral("coupon_code"));
        type(*w, QStringLiteral("/template/components/1/parameters/0/coupon_code"), QStringLiteral("SUMMER25"));
        clickAddPart(*w, QStringLiteral("/template/components/2/parameters"));
        choose(*w, QStringLiteral("/template/components/2/parameters/0/type"), QStringLiteral("text"));
        type(*w, QStringLiteral("/template/components/2/parameters/0/text"), QStringLiteral("summer"));

        const QJsonObject message = w->document()->draft().message;
        const QJsonArray components = JsonPointer::get(message, QStringLiteral("/template/components")).toArray();
        QCOMPARE(components.size(), 3);
        QCOMPARE(components.at(0).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("limited_time_offer"));
        QVERIFY(
            JsonPointer::get(
                message, QStringLiteral("/template/components/0/parameters/0/limited_time_offer/expiration_time_ms"))
                .isDouble());
        QCOMPARE(
            JsonPointer::get(message, QStringLiteral("/template/components/1/parameters/0/coupon_code")).toString(),
            QStringLiteral("SUMMER25"));
        QCOMPARE(JsonPointer::get(message, QStringLiteral("/template/components/2/index")).toInt(), 1);
        const Issues issues = Validator::validateMessage(message);
        for (const Issue &issue : issues)
            QVERIFY2(!issue.isError(), qPrintable(issue.pointer + u' ' + issue.message));
    }

    void importsFillTheFormAndRenderTheSameBody_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : TestData::vectorNames()) {
            const QJsonObject vector = TestData::vector(name);
            if (vector.value(QStringLiteral("kind")).toString() == u"request" &&
                vector.value(QStringLiteral("valid")).toBool(true))
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void importsFillTheFormAndRenderTheSameBody()
    {
        QFETCH(QString, name);
        auto w = window();
        const QJsonObject payload = TestData::vector(name).value(QStringLiteral("payload")).toObject();
        QVERIFY(w->importJson(QJsonDocument(payload).toJson(), name));
        QVERIFY(form(*w)->field(QStringLiteral("/type")) || form(*w)->findChildren<FieldWidget *>().size() > 1);
        if (Payload::isBareMessage(payload)) {
            QCOMPARE(w->document()->draft().message, payload);
            return;
        }
        // The house rule: a flat Exotel body comes back in the classic envelope.
        const QByteArray body = preview(*w)->text(PreviewPane::Body).toUtf8();
        const QJsonObject rendered = QJsonDocument::fromJson(body).object();
        if (payload.contains(QStringLiteral("content")) && !payload.contains(QStringLiteral("whatsapp"))) {
            const QJsonObject message = rendered.value(QStringLiteral("whatsapp"))
                                            .toObject()
                                            .value(QStringLiteral("messages"))
                                            .toArray()
                                            .first()
                                            .toObject();
            QCOMPARE(message.value(QStringLiteral("content")), payload.value(QStringLiteral("content")));
            return;
        }
        QCOMPARE(rendered, payload);
    }

    void counterAndInlineErrorAtTheLimit()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("interactive.button"));
        const QString pointer = QStringLiteral("/interactive/action/buttons/0/reply/title");
        type(*w, pointer, QString(20, u'a'));
        FieldWidget *field = form(*w)->field(pointer);
        auto *counter = field->findChild<QLabel *>(QStringLiteral("counterLabel"));
        QCOMPARE(counter->text(), QStringLiteral("20/20"));
        QVERIFY(!field->hasErrors());
        QTest::keyClicks(editor(*w, pointer), QStringLiteral("b"));
        QCOMPARE(counter->text(), QStringLiteral("21/20"));
        // Material red 700 on a light palette (red 300 on a dark one).
        QVERIFY2(counter->styleSheet().contains(Theme::isDark(counter->palette()) ? QStringLiteral("#e57373")
                                                                                  : QStringLiteral("#c62828")),
                 qPrintable(counter->styleSheet()));
        QVERIFY(field->hasErrors());
        auto *issue = field->findChild<QLabel *>(QStringLiteral("issueLabel"));
        QVERIFY(issue->isVisibleTo(field));
        QVERIFY2(issue->text().contains(QStringLiteral("Button title is 21 characters; the limit is 20")),
                 qPrintable(issue->text()));
        auto *summary = w->findChild<QToolButton *>(QStringLiteral("summaryToolButton"));
        QVERIFY2(summary->text().contains(QStringLiteral("error")), qPrintable(summary->text()));
    }

    void choosingAnIssueFocusesItsField()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("interactive.button"));
        w->activateWindow();
        auto *issues = w->findChild<QListWidget *>(QStringLiteral("issuesListWidget"));
        QListWidgetItem *bodyIssue = nullptr;
        for (int i = 0; i < issues->count(); ++i) {
            if (issues->item(i)->data(Qt::UserRole).toString() == u"/message/interactive/body/text")
                bodyIssue = issues->item(i);
        }
        QVERIFY(bodyIssue);
        emit issues->itemClicked(bodyIssue);
        QTRY_COMPARE(QApplication::focusWidget(), editor(*w, QStringLiteral("/interactive/body/text")));
    }

    void brokenJsonLeavesTheDraftAlone()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        const Draft before = w->document()->draft();
        QVERIFY(!w->importJson("{\n  \"type\": \"text\",\n  \"text\": {\"body\": \"hi\"\n",
                               QStringLiteral("The pasted text")));
        QCOMPARE(w->document()->draft(), before);
        QVERIFY2(w->lastImportError().contains(QStringLiteral("line ")) &&
                     w->lastImportError().contains(QStringLiteral("column")),
                 qPrintable(w->lastImportError()));
        QVERIFY(!w->importJson("{\"hello\": 1}", QStringLiteral("The pasted text")));
        QCOMPARE(w->document()->draft(), before);
    }

    void unknownFieldsAreKeptAndShown()
    {
        auto w = window();
        QVERIFY(w->importJson(R"({"type":"text","text":{"body":"hi","x_future":1},"x_top":"kept"})",
                              QStringLiteral("test")));
        type(*w, QStringLiteral("/text/body"), QStringLiteral("hello"));
        const QJsonObject message = w->document()->draft().message;
        QCOMPARE(message.value(QStringLiteral("x_top")).toString(), QStringLiteral("kept"));
        QCOMPARE(JsonPointer::get(message, QStringLiteral("/text/x_future")).toInt(), 1);
        QVERIFY(preview(*w)->text(PreviewPane::Body).contains(QStringLiteral("x_future")));
        // The form shows them too, as JSON that can be edited.
        auto *unknown = qobject_cast<QPlainTextEdit *>(editor(*w, QStringLiteral("/x_top")));
        QVERIFY(unknown);
        QCOMPARE(unknown->toPlainText(), QStringLiteral("\"kept\""));
        unknown->setPlainText(QStringLiteral("42"));
        QCOMPARE(w->document()->draft().message.value(QStringLiteral("x_top")).toInt(), 42);
    }

    void undoAndRedo()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("text"));
        type(*w, QStringLiteral("/text/body"), QStringLiteral("first"));
        pickKind(*w, QStringLiteral("image"));
        QCOMPARE(Kinds::of(w->document()->draft().message), QStringLiteral("image"));
        QTest::keySequence(w.get(), QKeySequence::Undo);
        QCOMPARE(w->document()
                     ->draft()
                     .message.value(QStringLiteral("text"))
                     .toObject()
                     .value(QStringLiteral("body"))
                     .toString(),
                 QStringLiteral("first"));
        QTest::keySequence(w.get(), QKeySequence(QStringLiteral("Ctrl+Y")));
        QCOMPARE(Kinds::of(w->document()->draft().message), QStringLiteral("image"));
    }

    void switchingProviderKeepsTheMessageAndFlagsWhatItCannotCarry()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.flow.wabench.json")));
        const QJsonObject message = w->document()->draft().message;
        auto *provider = w->findChild<QComboBox *>(QStringLiteral("providerComboBox"));
        const int telnyx = provider->findData(QStringLiteral("telnyx"));
        provider->setCurrentIndex(telnyx);
        emit provider->activated(telnyx);
        QCOMPARE(w->document()->draft().message, message);
        QVERIFY(form(*w)->field(QStringLiteral("/interactive/type"))->hasErrors());
        QVERIFY(preview(*w)->text(PreviewPane::Body).contains(QStringLiteral("Telnyx does not offer flow messages")));
    }

    // The Phone tab shows the message as the customer's phone does, follows each keystroke while in view, and
    // a click on a part of it goes to that part's field.
    void thePhoneTabFollowsTheDraftAndLeadsToFields()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.button.wabench.json")));
        PreviewPane *pane = preview(*w);
        QVERIFY(!pane->phone()); // made when first shown
        pane->showTab(PreviewPane::Phone);
        QVERIFY(pane->phone());
        QTRY_VERIFY(pane->phone()->isVisible());
        const auto bodyShown = [&] {
            const QList<const PhoneItem *> body = pane->phone()->scene().withRole(QStringLiteral("body"));
            return body.isEmpty() ? QString() : body.first()->text;
        };
        QCOMPARE(bodyShown(), w->document()
                                  ->draft()
                                  .message.value(QStringLiteral("interactive"))
                                  .toObject()
                                  .value(QStringLiteral("body"))
                                  .toObject()
                                  .value(QStringLiteral("text"))
                                  .toString());
        type(*w, QStringLiteral("/interactive/body/text"), QStringLiteral("!"));
        QVERIFY2(bodyShown().endsWith(u'!'), qPrintable(bodyShown()));

        // A click on the first button selects its title's field in the form.
        const PhoneItem *button = pane->phone()->scene().withRole(QStringLiteral("button")).constFirst();
        auto *canvas = pane->phone()->findChild<QWidget *>(QStringLiteral("phoneCanvas"));
        QVERIFY(canvas);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, button->rect.center().toPoint());
        QWidget *title = editor(*w, QStringLiteral("/interactive/action/buttons/0/reply/title"));
        QVERIFY(title);
        QTRY_VERIFY(title->hasFocus());

        // Fetching pictures is a setting the tab keeps.
        auto *fetch = pane->phone()->findChild<QCheckBox *>(QStringLiteral("phoneFetchCheckBox"));
        QVERIFY(fetch && fetch->isEnabled() && fetch->isChecked());
        fetch->setChecked(false);
        QVERIFY(!AppIdentity::userSettings()->value(QStringLiteral("preview/fetchImages")).toBool());
        fetch->setChecked(true);

        // The dark theme, chosen.
        auto *theme = pane->phone()->findChild<QComboBox *>(QStringLiteral("phoneThemeComboBox"));
        theme->setCurrentIndex(2);
        QVERIFY(pane->phone()->scene().dark);
        if (qEnvironmentVariableIsSet("WABENCH_SHOTS"))
            w->grab().save(QDir::temp().filePath(QStringLiteral("wabench-phone.png")));
    }

    // A carousel's row scrolls sideways a card at a time: the wheel over the cards, or the arrow keys once the
    // picture has the focus (Tab reaches it); the wheel elsewhere is the chat's.
    void aCarouselScrollsSideways()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.carousel.wabench.json")));
        PreviewPane *pane = preview(*w);
        pane->showTab(PreviewPane::Phone);
        QTRY_VERIFY(pane->phone() && pane->phone()->isVisible());
        PhoneView *phone = pane->phone();
        auto *canvas = phone->findChild<QWidget *>(QStringLiteral("phoneCanvas"));
        const auto firstCardLeft = [phone]() -> qreal {
            for (const PhoneItem *card : phone->scene().withRole(QStringLiteral("card"))) {
                if (card->pointer == u"/interactive/action/cards/0")
                    return card->rect.left();
            }
            return -1;
        };
        QCOMPARE(phone->scene().cards, qsizetype(3));
        const qreal start = firstCardLeft();
        const PhoneItem *card = phone->scene().withRole(QStringLiteral("card")).constFirst();
        const auto wheel = [canvas](const QPointF &at, int delta) {
            QWheelEvent event(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(canvas, &event);
        };
        wheel(card->rect.center(), -120); // down, or left on most mice: the next card
        QCOMPARE(phone->scene().firstCard, 1);
        QVERIFY(firstCardLeft() < start - PhoneTheme::CardWidth);
        wheel(QPointF(10, 40), -120); // over the title bar: not the row's
        QCOMPARE(phone->scene().firstCard, 1);
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClick(canvas, Qt::Key_Right); // past the last card: it stays
        QCOMPARE(phone->scene().firstCard, 2);
        QTest::keyClick(canvas, Qt::Key_Left);
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(phone->scene().firstCard, 0);
        QCOMPARE(firstCardLeft(), start);
    }

    void recipientsAreCheckedAsTyped()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("text"));
        auto *recipients = w->findChild<QLineEdit *>(QStringLiteral("recipientsLineEdit"));
        QTest::keyClicks(recipients, QStringLiteral("+919876543210, +9112"));
        QCOMPARE(w->document()->draft().recipients,
                 (QStringList{QStringLiteral("+919876543210"), QStringLiteral("+9112")}));
        auto *issues = w->findChild<QLabel *>(QStringLiteral("recipientIssuesLabel"));
        QVERIFY(issues->isVisibleTo(w.get()));
        QVERIFY2(issues->text().contains(QStringLiteral("+9112")), qPrintable(issues->text()));
    }

    // A business-scoped user id is taken as typed and said to be one; the field's tip says it may hold one.
    void aBusinessScopedIdIsSaidToBeOne()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("text"));
        auto *recipients = w->findChild<QLineEdit *>(QStringLiteral("recipientsLineEdit"));
        QVERIFY(recipients->toolTip().contains(QStringLiteral("business-scoped user id")));
        QTest::keyClicks(recipients, QStringLiteral("US.13491208655302741918"));
        QCOMPARE(w->document()->draft().recipients, QStringList{QStringLiteral("US.13491208655302741918")});
        auto *issues = w->findChild<QLabel *>(QStringLiteral("recipientIssuesLabel"));
        QTRY_VERIFY(issues->isVisibleTo(w.get()));
        QVERIFY2(issues->text().contains(
                     QStringLiteral("US.13491208655302741918: a customer's business-scoped user id, sent in Meta")),
                 qPrintable(issues->text()));
    }

    // Numbers as people paste them: spaces, dashes and brackets inside a number do not split it; lines,
    // commas, semicolons and a new "+" do; each is sent in E.164 and the field says so, keeping what was typed.
    void recipientsArePastedAsPeopleWriteThem()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("text"));
        auto *recipients = w->findChild<QLineEdit *>(QStringLiteral("recipientsLineEdit"));
        recipients->setFocus();
        const QString typed = QStringLiteral("+91 98765 43210; +1-650-253-0000 +44 (20) 7183.8750, 0091 98765 43211");
        QApplication::clipboard()->setText(typed);
        QTest::keyClick(recipients, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(recipients->text(), typed);
        QCOMPARE(w->document()->draft().recipients,
                 (QStringList{QStringLiteral("+919876543210"), QStringLiteral("+16502530000"),
                              QStringLiteral("+442071838750"), QStringLiteral("+919876543211")}));
        auto *issues = w->findChild<QLabel *>(QStringLiteral("recipientIssuesLabel"));
        QTRY_VERIFY(issues->isVisibleTo(w.get()));
        QVERIFY2(issues->text().contains(QStringLiteral("+919876543210")) &&
                     issues->text().contains(QStringLiteral("+442071838750")),
                 qPrintable(issues->text()));
    }

    // A number typed without its country code, as people say it at home, is a number of the sender's
    // country, and the field says that is how it was read; with no sender and no region, it stays as typed.
    void nationalNumbersAreReadInTheSendersCountry()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("text"));
        auto *sender = w->findChild<QLineEdit *>(QStringLiteral("senderLineEdit"));
        QVERIFY(sender);
        sender->clear();
        QTest::keyClicks(sender, QStringLiteral("+16505550100"));
        auto *recipients = w->findChild<QLineEdit *>(QStringLiteral("recipientsLineEdit"));
        QTest::keyClicks(recipients, QStringLiteral("(650) 253-0000, 919876543210"));
        QCOMPARE(w->document()->draft().recipients,
                 (QStringList{QStringLiteral("+16502530000"), QStringLiteral("+919876543210")}));
        auto *issues = w->findChild<QLabel *>(QStringLiteral("recipientIssuesLabel"));
        QTRY_VERIFY(issues->isVisibleTo(w.get()));
        QVERIFY2(issues->text().contains(QStringLiteral("✓ +16502530000")) &&
                     issues->text().contains(QStringLiteral("United States, the sender's country")),
                 qPrintable(issues->text()));

        sender->selectAll();
        QTest::keyClick(sender, Qt::Key_Delete);
        recipients->selectAll();
        QTest::keyClick(recipients, Qt::Key_Delete);
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        QTest::keyClicks(recipients, QStringLiteral("(650) 253-0000"));
        QLocale::setDefault(before);
        QCOMPARE(w->document()->draft().recipients, QStringList{QStringLiteral("(650) 253-0000")});
        QTRY_VERIFY2(issues->text().contains(QStringLiteral("has no &quot;+&quot;")), qPrintable(issues->text()));
    }

    void autosaveIsOfferedBackAfterACrash()
    {
        const MainWindow::Options options = this->options(QStringLiteral("crash.wabench.json"));
        Draft edited;
        {
            auto first = std::make_unique<MainWindow>(options);
            first->document()->chooseKind(QStringLiteral("text"));
            first->document()->setValue(QStringLiteral("/text/body"), QStringLiteral("unsaved work"));
            QTRY_VERIFY(QFile::exists(options.autosavePath));
            edited = first->document()->draft();
            // The window goes away without closing, as in a kill: the copy stays.
        }
        QVERIFY(QFile::exists(options.autosavePath));
        MainWindow second(options);
        QCOMPARE(second.document()->draft(), edited);
        QVERIFY(second.document()->isModified());
        second.close();
        QVERIFY(!QFile::exists(options.autosavePath));
    }

    void pasteOnTheWindowImportsTheClipboard()
    {
        auto w = window();
        pickKind(*w, QStringLiteral("text"));
        const QJsonObject payload =
            TestData::vector(QStringLiteral("telnyx_buttons")).value(QStringLiteral("payload")).toObject();
        QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(payload).toJson()));
        auto *provider = w->findChild<QComboBox *>(QStringLiteral("providerComboBox"));
        provider->setFocus();
        QTest::keySequence(w.get(), QKeySequence::Paste);
        QCOMPARE(w->document()->draft().provider, QStringLiteral("telnyx"));
        QCOMPARE(w->document()->draft().message, payload.value(QStringLiteral("whatsapp_message")).toObject());
        // Ctrl+Z takes the import back.
        QTest::keySequence(w.get(), QKeySequence::Undo);
        QCOMPARE(Kinds::of(w->document()->draft().message), QStringLiteral("text"));
    }

    void droppingAFileOpensIt()
    {
        auto w = window();
        const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(TestData::vector(QStringLiteral("kaleyra_list")).value(QStringLiteral("payload")).toObject())
                .toJson());
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.get(), &drop);
        QCOMPARE(w->document()->draft().provider, QStringLiteral("kaleyra"));
        QCOMPARE(Kinds::of(w->document()->draft().message), QStringLiteral("interactive.list"));
    }

    void editJsonSaysWhereItBrokeAndAppliesWhatReads()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        const Draft before = w->document()->draft();
        w->findChild<QAction *>(QStringLiteral("editJsonAction"))->trigger();
        auto *dialog = w->findChild<QDialog *>(QStringLiteral("editJsonDialog"));
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("jsonPlainTextEdit"));
        QVERIFY(edit->toPlainText().contains(QStringLiteral("messaging_product")));
        edit->setPlainText(QStringLiteral("{\n  \"type\": \"text\",\n  \"text\": {\"body\": }\n}"));
        auto *apply = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY2(error->text().startsWith(QStringLiteral("line 3, column ")), qPrintable(error->text()));
        QCOMPARE(w->document()->draft(), before);
        edit->setPlainText(QStringLiteral("{\"type\": \"text\", \"text\": {\"body\": \"edited as JSON\"}}"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(JsonPointer::get(w->document()->draft().message, QStringLiteral("/text/body")).toString(),
                 QStringLiteral("edited as JSON"));
        QCOMPARE(w->document()->draft().recipients, before.recipients);
    }

    void everyExampleOpensFromTheMenu()
    {
        auto w = window();
        auto *examples = w->findChild<QMenu *>(QStringLiteral("examplesMenu"));
        QVERIFY(examples);
        QMetaObject::invokeMethod(examples, "aboutToShow");
        const QList<QAction *> actions = examples->actions();
        QCOMPARE(actions.size(), Kinds::examplePaths().size());
        QStringList kinds;
        for (QAction *action : actions) {
            action->trigger();
            kinds << Kinds::of(w->document()->draft().message);
            QVERIFY(w->document()->filePath().isEmpty());
        }
        for (const MessageKind &kind : Kinds::all())
            QVERIFY2(kinds.contains(kind.id), qPrintable(kind.id));
    }

    // Every "Add" names what it adds ("Add card", "Add row"), in every example: never a bare "Add item".
    void addButtonsNameWhatTheyAdd()
    {
        auto w = window();
        QStringList generic;
        int buttons = 0;
        for (const QString &path : Kinds::examplePaths()) {
            QVERIFY(w->openFile(path));
            form(*w)->field(QString());
            const QList<QPushButton *> adds = form(*w)->widget()->findChildren<QPushButton *>();
            for (const QPushButton *add : adds) {
                if (!add->text().startsWith(QStringLiteral("Add ")))
                    continue;
                ++buttons;
                const QString noun = add->text().mid(4).trimmed();
                if (noun.isEmpty() || noun == u"item" || noun == u"items")
                    generic << QFileInfo(path).fileName() + QStringLiteral(": ") + add->text();
            }
        }
        QVERIFY(buttons > 20);
        QVERIFY2(generic.isEmpty(), qPrintable(generic.join(u'\n')));
    }

    // A card is duplicated as it is; a new card is shaped like the first (its header type, its button), its
    // texts empty: the cards of a carousel must match.
    void cardsAreDuplicatedAndNewOnesMatchTheFirst()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.carousel.wabench.json")));
        const QString cards = QStringLiteral("/interactive/action/cards");
        const QJsonArray before = w->document()->value(cards).toArray();
        const auto button = [&](const QString &name) -> QToolButton * {
            const QList<QToolButton *> buttons =
                form(*w)->field(cards + QStringLiteral("/0"))->findChildren<QToolButton *>();
            for (QToolButton *found : buttons) {
                if (found->accessibleName() == name)
                    return found;
            }
            return nullptr;
        };
        QVERIFY(button(QStringLiteral("Duplicate card 1")));
        QTest::mouseClick(button(QStringLiteral("Duplicate card 1")), Qt::LeftButton);
        QJsonArray now = w->document()->value(cards).toArray();
        QCOMPARE(now.size(), before.size() + 1);
        QJsonObject copy = now.at(1).toObject();
        QCOMPARE(copy.value(QStringLiteral("card_index")).toInt(), 1);
        copy.insert(QStringLiteral("card_index"), 0);
        QCOMPARE(copy, before.at(0).toObject());

        clickAdd(*w, cards);
        now = w->document()->value(cards).toArray();
        const QJsonObject added = now.last().toObject();
        QCOMPARE(added.value(QStringLiteral("card_index")).toInt(), now.size() - 1);
        QCOMPARE(JsonPointer::get(added, QStringLiteral("/header/type")),
                 JsonPointer::get(before.at(0), QStringLiteral("/header/type")));
        QCOMPARE(JsonPointer::get(added, QStringLiteral("/action/name")),
                 JsonPointer::get(before.at(0), QStringLiteral("/action/name")));
        QCOMPARE(JsonPointer::get(added, QStringLiteral("/body/text")).toString(), QString());
        // Full at ten: Duplicate is off.
        while (w->document()->value(cards).toArray().size() < 10)
            clickAdd(*w, cards);
        QVERIFY(!button(QStringLiteral("Duplicate card 1"))->isEnabled());
    }

    // Before a kind is picked, the picker shows which kinds the chosen provider does not carry.
    void theKindPickerShowsWhatTheProviderCannotCarry()
    {
        auto w = window();
        auto *provider = w->findChild<QComboBox *>(QStringLiteral("providerComboBox"));
        const auto pick = [provider](const QString &id) {
            const int index = provider->findData(id);
            provider->setCurrentIndex(index);
            emit provider->activated(index);
        };
        pick(QStringLiteral("telnyx"));
        auto *kinds = w->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
        kinds->showPopup();
        auto *model = qobject_cast<QStandardItemModel *>(kinds->model());
        QStandardItem *catalog = model->item(kinds->findData(QStringLiteral("interactive.catalog_message")));
        QStandardItem *list = model->item(kinds->findData(QStringLiteral("interactive.list")));
        kinds->hidePopup();
        QVERIFY(!(catalog->flags() & Qt::ItemIsEnabled));
        QVERIFY2(catalog->text().endsWith(QStringLiteral("(not with Telnyx)")), qPrintable(catalog->text()));
        QVERIFY(catalog->toolTip().contains(QStringLiteral("Telnyx does not carry")));
        QVERIFY(list->flags() & Qt::ItemIsEnabled);
        pick(QStringLiteral("meta"));
        QVERIFY(catalog->flags() & Qt::ItemIsEnabled);
        QVERIFY(!catalog->text().contains(QStringLiteral("not with")));
    }

    // Changing an item's quantity puts the totals out; Recalculate totals puts them right.
    void orderTotalsAreRecalculatedFromTheForm()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.order_details.wabench.json")));
        const QString parameters = QStringLiteral("/interactive/action/parameters");
        type(*w, parameters + QStringLiteral("/order/items/0/quantity"), QStringLiteral("3"));
        const auto totalIssues = [&] {
            return std::count_if(w->document()->issues().cbegin(), w->document()->issues().cend(),
                                 [&](const Issue &issue) {
                                     return issue.pointer.endsWith(QStringLiteral("/total_amount")) ||
                                            issue.pointer.endsWith(QStringLiteral("/subtotal"));
                                 });
        };
        QTRY_VERIFY(totalIssues() > 0);
        auto *recalculate = form(*w)->findChild<QPushButton *>(QStringLiteral("recalculateTotalsPushButton"));
        QVERIFY(recalculate);
        QTest::mouseClick(recalculate, Qt::LeftButton);
        QCOMPARE(totalIssues(), 0);
        // 3 × ₹250 = ₹750; + ₹90 tax + ₹49 shipping − ₹39 discount = ₹850.
        QCOMPARE(w->document()->value(parameters + QStringLiteral("/order/subtotal/value")).toInteger(), 75000);
        QCOMPARE(w->document()->value(parameters + QStringLiteral("/total_amount/value")).toInteger(), 85000);
    }

    // An order in Brazil: its amounts in reais, no problems; switched to rupees, its Pix and boleto settings
    // are said to be Brazil's.
    void anOrderInBrazilIsInReais()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.order_details-brazil.wabench.json")));
        for (const Issue &issue : w->document()->issues())
            QFAIL(qPrintable(issue.pointer + QStringLiteral(": ") + issue.message));
        const QString parameters = QStringLiteral("/interactive/action/parameters");
        auto *total = form(*w)->field(parameters + QStringLiteral("/total_amount/value"));
        QVERIFY(total);
        auto *spin = total->findChild<QDoubleSpinBox *>(QStringLiteral("moneyDoubleSpinBox"));
        QVERIFY(spin);
        QCOMPARE(spin->prefix(), QStringLiteral("R$ "));
        QCOMPARE(spin->value(), 60.0);

        auto *currency = form(*w)->field(parameters + QStringLiteral("/currency"))->findChild<QComboBox *>();
        QVERIFY(currency);
        currency->setFocus();
        QTest::keyClick(currency, Qt::Key_Home); // INR, the first choice
        QTRY_COMPARE(w->document()->value(parameters + QStringLiteral("/currency")).toString(), QStringLiteral("INR"));
        QTRY_COMPARE(spin->prefix(), QStringLiteral("₹ "));
        const auto errorAt = [&](const QString &pointer) {
            return std::any_of(w->document()->issues().cbegin(), w->document()->issues().cend(),
                               [&](const Issue &issue) { return issue.isError() && issue.pointer == pointer; });
        };
        // Issues point into the draft, where the message is under /message.
        QTRY_VERIFY(errorAt(QStringLiteral("/message") + parameters + QStringLiteral("/payment_settings/0/type")));
        QVERIFY(errorAt(QStringLiteral("/message") + parameters + QStringLiteral("/payment_settings/1/type")));
    }

    // A template message whose definition the library keeps is checked against it as it is typed: a body
    // with one value for a template whose body has two is an error at the body's parameters (Meta's 132000),
    // gone when the definition is.
    void aTemplateIsCheckedAgainstItsKeptDefinition()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/template-limited-time-offer.wabench.json")));
        QVERIFY(w->document()->issues().isEmpty());
        // Its body takes two values where the example gives one.
        const QJsonObject definition =
            TestData::readObject(TestData::path(QStringLiteral("templates/summer_sale_lto_two_values.json")));
        QVERIFY(w->workbench()->history()->saveTemplates(QString(), {definition}));
        const auto mismatch = [&] {
            return std::any_of(w->document()->issues().cbegin(), w->document()->issues().cend(),
                               [](const Issue &issue) {
                                   return issue.isError() && issue.code == u"132000" &&
                                          issue.pointer == u"/message/template/components/1/parameters";
                               });
        };
        QTRY_VERIFY(mismatch());
        QVERIFY(w->workbench()->history()->removeTemplate(QString(), QStringLiteral("summer_sale_lto"),
                                                          QStringLiteral("en_US")));
        QTRY_VERIFY(!mismatch());
    }

    // A marketing template's tap target: its title and URL are fields of the form, and a URL without a
    // scheme is an error at that field.
    void aTapTargetIsEditedInTheForm()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/template-tap-target.wabench.json")));
        const QString target = QStringLiteral("/template/components/2/parameters/0/tap_target_configuration/0");
        QVERIFY(form(*w)->field(target + QStringLiteral("/title")));
        QVERIFY(form(*w)->field(target + QStringLiteral("/url")));
        QVERIFY(w->document()->issues().isEmpty());
        type(*w, target + QStringLiteral("/url"), QStringLiteral("www.luckyshrubs.com/offers"));
        const auto urlError = [&] {
            return std::any_of(w->document()->issues().cbegin(), w->document()->issues().cend(),
                               [&](const Issue &issue) {
                                   return issue.isError() &&
                                          issue.pointer == QStringLiteral("/message") + target + QStringLiteral("/url");
                               });
        };
        QTRY_VERIFY(urlError());
    }

    void copyAsCurl()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        QApplication::clipboard()->clear();
        QTest::keySequence(w.get(), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
        QVERIFY2(QApplication::clipboard()->text().startsWith(QStringLiteral("curl ")),
                 qPrintable(QApplication::clipboard()->text()));
        QVERIFY(!QApplication::clipboard()->text().contains(QStringLiteral("••••")));
    }

    void contactPhonesSayWhatTheyAre()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/contacts.wabench.json")));
        const QString pointer = QStringLiteral("/contacts/0/phones/0/phone");
        type(*w, pointer, QStringLiteral("+16502530000"));
        auto *hint = form(*w)->field(pointer)->findChild<QLabel *>(QStringLiteral("phoneHintLabel"));
        QVERIFY(hint);
        QCOMPARE(hint->text(), QStringLiteral("✓ +16502530000, US"));
        type(*w, pointer, QStringLiteral("+9112"));
        QVERIFY2(hint->text().contains(QStringLiteral("not a possible phone number")), qPrintable(hint->text()));
    }

    void tabFollowsTheForm()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.cta_url.wabench.json")));
        QWidget *headerText = editor(*w, QStringLiteral("/interactive/header/text"));
        headerText->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Remove header"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor(*w, QStringLiteral("/interactive/body/text")));
        // The footer's text, then the button that removes the footer.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), editor(*w, QStringLiteral("/interactive/footer/text")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), QStringLiteral("Remove footer"));
    }

    // Tab from Provider walks the whole task: the bar, every field of the form from the top, each item's fields
    // before its buttons and a list's Add after its items, then Send, then the preview.
    void tabWalksTheTaskInOrder()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.list.wabench.json")));
        form(*w)->field(QString()); // the form as the event loop would have built it
        auto *provider = w->findChild<QComboBox *>(QStringLiteral("providerComboBox"));
        provider->setFocus(Qt::TabFocusReason);
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QStringList walk;
        for (int i = 0; i < 60; ++i) {
            QWidget *focused = QApplication::focusWidget();
            QString name = focused->accessibleName();
            if (auto *button = qobject_cast<QAbstractButton *>(focused); button && name.isEmpty())
                name = button->text();
            walk << (name.isEmpty() ? focused->objectName() : name);
            if (focused->objectName() == u"previewTabBar")
                break;
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        const QStringList expected = {QStringLiteral("Provider"),
                                      QStringLiteral("Account"),
                                      QStringLiteral("Message kind"),
                                      QStringLiteral("Sender number"),
                                      QStringLiteral("Recipients"),
                                      QStringLiteral("Header type"),
                                      QStringLiteral("Header text"),
                                      QStringLiteral("Remove header"),
                                      QStringLiteral("Body text"),
                                      QStringLiteral("Footer text"),
                                      QStringLiteral("Remove footer"),
                                      QStringLiteral("Menu button"),
                                      QStringLiteral("Section title"),
                                      QStringLiteral("Row id"),
                                      QStringLiteral("Row title"),
                                      QStringLiteral("Row description"),
                                      QStringLiteral("Move row 1 down"),
                                      QStringLiteral("Duplicate row 1"),
                                      QStringLiteral("Remove row 1"),
                                      QStringLiteral("Row id"),
                                      QStringLiteral("Row title"),
                                      QStringLiteral("Row description"),
                                      QStringLiteral("Move row 2 up"),
                                      QStringLiteral("Duplicate row 2"),
                                      QStringLiteral("Remove row 2"),
                                      QStringLiteral("Add row"),
                                      QStringLiteral("Move section 1 down"),
                                      QStringLiteral("Duplicate section 1"),
                                      QStringLiteral("Remove section 1")};
        QCOMPARE(walk.mid(0, expected.size()), expected);
        // The second section the same way, then Add section, the message's own fields, Send and the preview.
        QCOMPARE(walk.count(QStringLiteral("Add row")), 2);
        QVERIFY(walk.indexOf(QStringLiteral("Add section")) > walk.lastIndexOf(QStringLiteral("Remove section 2")));
        QCOMPARE(walk.at(walk.size() - 2), QStringLiteral("Send"));
        QCOMPARE(walk.last(), QStringLiteral("previewTabBar"));
        QVERIFY2(!walk.contains(QStringLiteral("formScrollArea")), "the frame around the fields takes no focus");
        // Backwards from Send lands on the form's last field, not its first.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->accessibleName(), walk.at(walk.size() - 3));

        // On from the preview: its tools, the answer, the problems, then the history's filters, all together,
        // and only then the status bar.
        QWidget *preview = w->findChild<QWidget *>(QStringLiteral("previewTabBar"));
        preview->setFocus(Qt::TabFocusReason);
        QStringList after;
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focused = QApplication::focusWidget();
            const bool inHistory = w->historyView()->isAncestorOf(focused);
            if (!inHistory && after.contains(QStringLiteral("historyCollapseToolButton")))
                break; // out of the history again
            const bool inComposer = qobject_cast<QSplitter *>(w->centralWidget())->widget(0)->isAncestorOf(focused);
            after << (inHistory    ? focused->objectName()
                      : inComposer ? QStringLiteral("composer")
                                   : QStringLiteral("other ") + focused->objectName());
        }
        const qsizetype firstOfHistory = after.indexOf(QStringLiteral("historyCollapseToolButton"));
        QVERIFY2(firstOfHistory > 0, qPrintable(after.join(u' ')));
        QVERIFY2(after.mid(0, firstOfHistory).count(QStringLiteral("composer")) == firstOfHistory,
                 qPrintable(after.join(u' ')));
        QVERIFY2(!after.mid(firstOfHistory).contains(QStringLiteral("composer")), qPrintable(after.join(u' ')));
        // In their order on screen, left to right.
        const QStringList filters{
            QStringLiteral("historyCollapseToolButton"), QStringLiteral("historySearchLineEdit"),
            QStringLiteral("historyStateComboBox"),      QStringLiteral("historyProviderComboBox"),
            QStringLiteral("historyPeriodComboBox"),     QStringLiteral("historyExportToolButton")};
        QVERIFY2(after.mid(firstOfHistory, filters.size()) == filters, qPrintable(after.join(u' ')));
    }

    // The wheel over a combo box that is not being edited scrolls the form; once it has the focus, it chooses.
    void wheelOverAComboScrollsTheForm()
    {
        auto w = window();
        w->resize(900, 600);
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.list.wabench.json")));
        form(*w)->field(QString());
        QComboBox *type = nullptr; // the first with a choice below the current one
        const QList<QComboBox *> combos = form(*w)->widget()->findChildren<QComboBox *>();
        for (QComboBox *combo : combos) {
            if (!type && combo->currentIndex() + 1 < combo->count())
                type = combo;
        }
        QVERIFY(type);
        QScrollBar *bar = form(*w)->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        const int index = type->currentIndex();
        const auto turn = [](QWidget *target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent wheel(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
        };
        bar->setValue(0);
        turn(type);
        QCOMPARE(type->currentIndex(), index);
        QVERIFY(bar->value() > 0);
        type->setFocus(Qt::TabFocusReason);
        const int scrolled = bar->value();
        turn(type);
        QVERIFY(type->currentIndex() != index);
        QCOMPARE(bar->value(), scrolled);
    }

    // A multi-line field is as tall as its text, between three lines and twelve.
    void multiLineFieldsGrowWithTheirText()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        auto *body = qobject_cast<QPlainTextEdit *>(editor(*w, QStringLiteral("/text/body")));
        QVERIFY(body);
        const int line = body->fontMetrics().lineSpacing();
        body->setFocus();
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("Hello"));
        QTRY_VERIFY(body->height() < 4 * line + 20);
        const int few = body->height();
        for (int i = 0; i < 7; ++i) {
            QTest::keyClick(body, Qt::Key_Return);
            QTest::keyClicks(body, QStringLiteral("Line"));
        }
        QTRY_COMPARE(body->height(), few + 5 * line); // eight lines
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(body, Qt::Key_Return);
            QTest::keyClicks(body, QStringLiteral("More"));
        }
        QTRY_COMPARE(body->height(), few + 9 * line); // twelve at most; the rest scrolls
        QVERIFY(body->verticalScrollBar()->maximum() > 0);

        // Lines wrap, a word longer than the field included: never a horizontal scroll bar, not even while
        // the window is first laid out.
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("https://example.com/") + QString(300, u'x'));
        QTRY_VERIFY(body->document()->size().height() > 1);
        QVERIFY(!body->horizontalScrollBar()->isVisible());
        QCOMPARE(body->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    }

    // The preview wraps long strings when asked, and remembers it.
    void previewWrapsLongLinesOnRequest()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        type(*w, QStringLiteral("/text/body"), QString(600, u'x'));
        auto *view = preview(*w)->findChild<QPlainTextEdit *>(QStringLiteral("previewPlainTextEdit"));
        auto *wrap = preview(*w)->findChild<QToolButton *>(QStringLiteral("wrapToolButton"));
        QVERIFY(!wrap->isChecked());
        QTRY_VERIFY(view->horizontalScrollBar()->maximum() > 0);
        QTest::mouseClick(wrap, Qt::LeftButton);
        QCOMPARE(view->lineWrapMode(), QPlainTextEdit::WidgetWidth);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        auto again = window();
        QVERIFY(again->findChild<QToolButton *>(QStringLiteral("wrapToolButton"))->isChecked());
        QTest::mouseClick(wrap, Qt::LeftButton); // back as it was for the other tests
        QVERIFY(!AppIdentity::userSettings()->value(QStringLiteral("preview/wrap")).toBool());
    }

    // The history collapses to a strip (its button, or Ctrl+H) and the composer takes the room; where the
    // splitters stand and whether the history is collapsed are the same in the next window.
    void historyCollapsesAndTheLayoutIsKept()
    {
        auto w = window();
        HistoryView *history = w->historyView();
        QVERIFY(history);
        auto *body = history->findChild<QSplitter *>(QStringLiteral("historyDetailsSplitter"));
        auto *outer = w->findChild<QSplitter *>(QStringLiteral("composerHistorySplitter"));
        const int composer = outer->widget(0)->height();
        const int expanded = history->height();
        QTest::mouseClick(history->findChild<QToolButton *>(QStringLiteral("historyCollapseToolButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!body->isVisible());
        QTRY_VERIFY(history->height() < 3 * history->fontMetrics().height());
        QTRY_VERIFY(outer->widget(0)->height() > composer + expanded / 2);
        auto *shown = w->findChild<QAction *>(QStringLiteral("showHistoryAction"));
        QVERIFY(!shown->isChecked());
        QTest::keyClick(w.get(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(body->isVisible());
        QTRY_VERIFY(qAbs(history->height() - expanded) <= 2);
        QVERIFY(shown->isChecked());

        // Drag the line between the composer and the history up.
        QSplitterHandle *handle = outer->handle(1);
        const QPoint middle = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QMouseEvent drag(QEvent::MouseMove, QPointF(middle - QPoint(0, 80)),
                         QPointF(handle->mapToGlobal(middle - QPoint(0, 80))), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(handle, &drag);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(0, 80));
        QTRY_VERIFY(history->height() >= expanded + 60);
        const QList<int> sizes = outer->sizes();
        QTRY_VERIFY(AppIdentity::userSettings()->value(QStringLiteral("layout/composerHistorySplitter")).isValid());
        auto next = window();
        const QList<int> restored = next->findChild<QSplitter *>(QStringLiteral("composerHistorySplitter"))->sizes();
        QCOMPARE(restored.size(), sizes.size());
        for (qsizetype i = 0; i < sizes.size(); ++i)
            QVERIFY2(qAbs(restored.at(i) - sizes.at(i)) <= 2, qPrintable(QString::number(restored.at(i))));
        QVERIFY(!next->historyView()->isCollapsed());
        next.reset();
        // Collapsed stays collapsed.
        w->historyView()->setCollapsed(true);
        QTRY_VERIFY(AppIdentity::userSettings()->value(QStringLiteral("layout/historyCollapsed")).toBool());
        w.reset();
        auto last = window();
        QVERIFY(last->historyView()->isCollapsed());
        last->historyView()->setCollapsed(false);
        QTRY_VERIFY(!AppIdentity::userSettings()->value(QStringLiteral("layout/historyCollapsed")).toBool());
    }

    // A notice that arrives before the window shows (the keychain's) and the problems summary are never
    // drawn over each other: the summary sits at the right end, where messages do not reach.
    void statusMessagesNeverOverlapTheSummary()
    {
        const MainWindow::Options options = this->options(QStringLiteral("status.wabench.json"));
        MainWindow early(options);
        const QString notice = QStringLiteral("No keychain is running: secrets are kept in memory.");
        emit early.findChild<Workbench *>()->notice(notice);
        early.show();
        QVERIFY(QTest::qWaitForWindowExposed(&early));
        auto *summary = early.findChild<QToolButton *>(QStringLiteral("summaryToolButton"));
        QStatusBar *bar = early.statusBar();
        QCOMPARE(bar->currentMessage(), notice);
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->geometry().right() >= bar->width() - 30, "at the right end");
        QVERIFY(summary->geometry().left() > bar->fontMetrics().horizontalAdvance(notice) + 12);
    }

    // The window for --screenshot opens no ports: painted, its receiver and Sandbox stay stopped, while an
    // ordinary window's start on the same turn of the event loop.
    void aScreenshotWindowStartsNoServers()
    {
        for (const bool start : {false, true}) {
            MainWindow::Options options = this->options(QStringLiteral("shot.wabench.json"));
            options.startServices = start;
            MainWindow shot(options);
            QSignalSpy started(&shot, &MainWindow::servicesStarted);
            shot.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shot));
            shot.grab(); // painted
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            QCOMPARE(started.size(), start ? 1 : 0);
            QCOMPARE(shot.services()->receiver()->isListening(), start);
        }
    }

    // Preferences' fields show their hints whole (a public URL's example, a key's format).
    void preferencesFieldsAreNotClipped()
    {
        auto w = window();
        w->showPreferences();
        QDialog *preferences = nullptr;
        QTRY_VERIFY((preferences = w->findChild<PreferencesDialog *>()) && preferences->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(preferences));
        const QList<QLineEdit *> lines = preferences->findChildren<QLineEdit *>();
        int checked = 0;
        for (const QLineEdit *line : lines) {
            if (line->placeholderText().isEmpty() || !line->isVisible() || line->parent()->inherits("QAbstractSpinBox"))
                continue;
            QTRY_VERIFY(line->placeholderText() != u"Checking the keychain…");
            ++checked;
            QVERIFY2(line->width() >= line->fontMetrics().horizontalAdvance(line->placeholderText()) + 8,
                     qPrintable(line->objectName() + QStringLiteral(": ") + line->placeholderText()));
        }
        QVERIFY(checked >= 3);
        preferences->close();
    }

    // The first time, a short window (900x600) gives the form the room: the history starts as a strip.
    void aShortWindowStartsWithTheHistoryCollapsed()
    {
        const std::unique_ptr<QSettings> settings = AppIdentity::userSettings();
        settings->remove(QStringLiteral("layout"));
        settings->sync();
        const MainWindow::Options options = this->options(QStringLiteral("short.wabench.json"));
        MainWindow shortWindow(options);
        shortWindow.resize(900, 600);
        QVERIFY(shortWindow.openFile(QStringLiteral(":/examples/interactive.carousel.wabench.json")));
        shortWindow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortWindow));
        QVERIFY(shortWindow.historyView()->isCollapsed());
        QTRY_VERIFY(form(shortWindow)->height() > 330);
        shortWindow.historyView()->setCollapsed(false); // as the other tests expect it
        QTRY_VERIFY(!AppIdentity::userSettings()->value(QStringLiteral("layout/historyCollapsed"), true).toBool());
    }

    // The problems list keeps its height as issues come and go, one line each, so the field being typed in
    // never moves; with none it says so.
    void theIssueListNeverMovesTheForm()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.list.wabench.json")));
        auto *issues = w->findChild<QListWidget *>(QStringLiteral("issuesListWidget"));
        QTRY_VERIFY(issues->isVisible());
        QCOMPARE(issues->count(), 1);
        QCOMPARE(issues->item(0)->text(), QStringLiteral("No problems"));
        QVERIFY(!(issues->item(0)->flags() & Qt::ItemIsEnabled));
        const int height = issues->height();
        QVERIFY(height < 5 * issues->fontMetrics().height() + 20);
        const auto empty = [&](const QString &row) {
            auto *title = qobject_cast<QLineEdit *>(
                editor(*w, QStringLiteral("/interactive/action/sections/") + row + QStringLiteral("/title")));
            title->setFocus();
            title->selectAll();
            QTest::keyClick(title, Qt::Key_Delete);
            return title;
        };
        // From no problems to one and back, typing in one field: it stays where it is.
        QLineEdit *field = empty(QStringLiteral("0/rows/0"));
        QTRY_COMPARE(issues->item(0)->flags() & Qt::ItemIsEnabled, Qt::ItemIsEnabled);
        const QPoint at = field->mapToGlobal(QPoint());
        QTest::keyClicks(field, QStringLiteral("Back"));
        QTRY_COMPARE(issues->item(0)->text(), QStringLiteral("No problems"));
        QCOMPARE(issues->height(), height);
        QCOMPARE(field->mapToGlobal(QPoint()), at);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_Delete);
        QTRY_VERIFY(issues->item(0)->flags() & Qt::ItemIsEnabled);
        QCOMPARE(issues->height(), height);
        QCOMPARE(field->mapToGlobal(QPoint()), at);
        // Many: one line each, the same height, the rest scrolls.
        for (const QString &row : {QStringLiteral("0/rows/1"), QStringLiteral("1/rows/0"), QStringLiteral("1/rows/1")})
            empty(row);
        QTRY_VERIFY(issues->count() >= 4);
        QCOMPARE(issues->height(), height);
        QTRY_VERIFY(issues->verticalScrollBar()->maximum() > 0);
    }

    // F1 lists every key: each menu action's, the window's own, the form's; a filter finds one.
    void everyShortcutIsListed()
    {
        auto w = window();
        QTest::keyClick(w.get(), Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w->findChild<ShortcutsDialog *>()) && dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTableWidget"));
        QStringList listed;
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text() + u'|' + table->item(row, 1)->text();
        int actions = 0;
        const QList<QAction *> all = w->findChildren<QAction *>();
        for (const QAction *action : all) {
            if (action->shortcut().isEmpty() || action->text().isEmpty())
                continue;
            ++actions;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const QString name = action->text().remove(u'&').remove(QStringLiteral("…"));
            QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                                 [&](const QString &row) { return row.contains(keys) && row.endsWith(name); }),
                     qPrintable(keys + QStringLiteral(" ") + name));
        }
        QVERIFY(actions >= 10);
        QVERIFY(listed.contains(QStringLiteral("Ctrl+Return, Ctrl+Enter|Send")));
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [](const QString &row) {
            return row.startsWith(QStringLiteral("Ctrl+V")) &&
                   row.endsWith(QStringLiteral("|Paste Message, where no text field takes the paste"));
        }));
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(),
                            [](const QString &row) { return row.startsWith(QStringLiteral("Tab, Shift+Tab|")); }));

        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilterLineEdit"));
        QTest::keyClicks(filter, QStringLiteral("ctrl+j"));
        QStringList shown;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (!table->isRowHidden(row))
                shown << table->item(row, 1)->text();
        }
        QCOMPARE(shown, QStringList{QStringLiteral("Edit JSON")});
        dialog->close();
    }

    // Someone typing who has landed on a button: a sentence adds nothing. Space alone adds one, and the new
    // item takes the focus so that what is typed next goes into it.
    void typingOnAButtonAddsNothing()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.list.wabench.json")));
        const QString rows = QStringLiteral("/interactive/action/sections/0/rows");
        FieldWidget *array = form(*w)->field(rows);
        auto *add = array->findChild<QPushButton *>(QStringLiteral("addPushButton"), Qt::FindDirectChildrenOnly);
        add->setFocus(Qt::TabFocusReason);
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTest::keyClicks(add, QStringLiteral("Call me back at five please"));
        QCoreApplication::processEvents();
        QCOMPARE(w->document()->value(rows).toArray().size(), 2);
        QCOMPARE(QApplication::focusWidget(), add);
        // Coming back to the button, Space presses it.
        QTest::keyClick(add, Qt::Key_Backtab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), add);
        QTest::keyClick(add, Qt::Key_Space);
        QTRY_COMPARE(w->document()->value(rows).toArray().size(), 3);
        QTRY_COMPARE(QApplication::focusWidget(), editor(*w, rows + QStringLiteral("/2/id")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("later"));
        QCOMPARE(w->document()->value(rows + QStringLiteral("/2/id")).toString(), QStringLiteral("later"));
        // Enter presses a button too.
        auto *again = form(*w)->field(rows)->findChild<QPushButton *>(QStringLiteral("addPushButton"),
                                                                      Qt::FindDirectChildrenOnly);
        again->setFocus(Qt::TabFocusReason);
        QTest::keyClick(again, Qt::Key_Return);
        QTRY_COMPARE(w->document()->value(rows).toArray().size(), 4);
    }

    void freeFormDataWithoutTypingJson()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.flow.wabench.json")));
        const QString pointer = QStringLiteral("/interactive/action/parameters/flow_action_payload/data");
        auto *field = qobject_cast<KeyValueField *>(form(*w)->field(pointer));
        QVERIFY(field);
        QCOMPARE(field->table()->rowCount(), 1);
        QCOMPARE(field->table()->item(0, 0)->text(), QStringLiteral("store"));
        QTest::mouseClick(field->findChild<QPushButton *>(QStringLiteral("addEntryPushButton")), Qt::LeftButton);
        field->table()->item(1, 0)->setText(QStringLiteral("seats"));
        field->table()->item(1, 1)->setText(QStringLiteral("2"));
        field->table()->item(0, 1)->setText(QStringLiteral("Indiranagar"));
        QCOMPARE(w->document()->value(pointer).toObject(),
                 (QJsonObject{{QStringLiteral("store"), QStringLiteral("Indiranagar")}, {QStringLiteral("seats"), 2}}));
    }

    // A draft opened after another starts at its top, not where the last one was scrolled to.
    void aNewDraftOpensAtItsTop()
    {
        auto w = window();
        w->resize(900, 600);
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.carousel.wabench.json")));
        QScrollBar *bar = form(*w)->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.list.wabench.json")));
        form(*w)->field(QString());
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), 0);
    }

    // Trying another provider and coming back leaves the draft as saved; picking the same one changes nothing.
    void switchingProviderAndBackLeavesTheDraftSaved()
    {
        auto w = window();
        const QString path = m_dir.filePath(QStringLiteral("provider.wabench.json"));
        QVERIFY(w->openFile(QStringLiteral(":/examples/text.wabench.json")));
        QVERIFY(w->saveAs(path));
        QVERIFY(!w->document()->isModified());
        auto *provider = w->findChild<QComboBox *>(QStringLiteral("providerComboBox"));
        const int original = provider->currentIndex();
        const auto pick = [provider](int index) {
            provider->setCurrentIndex(index);
            emit provider->activated(index);
        };
        pick(original);
        QVERIFY(!w->document()->isModified());
        pick(provider->findData(QStringLiteral("meta")));
        QVERIFY(w->document()->isModified());
        pick(original);
        QVERIFY(!w->document()->isModified());
        QVERIFY(!w->isWindowModified());
    }

    // File dialogs start in the documents folder, then where the last file was chosen; Save suggests a name
    // from the draft's title and kind.
    void fileDialogsStartInDocumentsAndSuggestAName()
    {
        AppIdentity::userSettings()->remove(QStringLiteral("folders"));
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/interactive.list.wabench.json")));
        w->document()->setFilePath(QString()); // as a new draft from the example
        Draft titled = w->document()->draft();
        titled.title = QStringLiteral("Order shipped!");
        w->document()->setDraft(titled, false);
        const QString folder = m_dir.filePath(QStringLiteral("chosen"));
        QVERIFY(QDir().mkpath(folder));
        QString startedIn;
        QString suggested;
        const auto answer = [&](const QString &typed) {
            QTimer::singleShot(0, this, [&, typed] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                startedIn = dialog->directory().absolutePath();
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                suggested = name->text();
                if (typed.isEmpty()) {
                    dialog->reject();
                    return;
                }
                name->setText(typed);
                QTest::keyClick(name, Qt::Key_Return);
            });
        };
        answer(folder + QStringLiteral("/mine"));
        w->findChild<QAction *>(QStringLiteral("saveAsAction"))->trigger();
        // The documents folder, or the home folder where there is none; never where the tests run.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(startedIn == QDir(documents).absolutePath() ||
                     (!QFileInfo(documents).isDir() && startedIn == QDir::homePath()),
                 qPrintable(startedIn));
        QVERIFY(startedIn != QDir::currentPath());
        QCOMPARE(suggested, QStringLiteral("order-shipped-interactive-list.wabench.json"));
        QCOMPARE(w->document()->filePath(), folder + QStringLiteral("/mine.wabench.json"));
        answer(QString());
        w->findChild<QAction *>(QStringLiteral("openAction"))->trigger();
        QCOMPARE(startedIn, folder);
        QVERIFY(startedIn != QDir::currentPath());
    }

    // Numbers and literals are coloured where JSON has them, not inside a URL or a word.
    // A template in Meta's upper case ("BODY", "TEXT", "COPY_CODE") is shown as its types say, every field
    // in place, and stays in the sender's case as it is edited.
    void upperCaseTemplateTypesShowTheirFields()
    {
        auto w = window();
        const QByteArray body = R"({"messaging_product": "whatsapp", "to": "+919876543210", "type": "template",
            "template": {"name": "welcome_coupon", "language": {"code": "en_US"}, "components": [
              {"type": "BODY", "parameters": [{"type": "TEXT", "text": "Asha"}]},
              {"type": "BUTTON", "sub_type": "COPY_CODE", "index": 0,
               "parameters": [{"type": "COUPON_CODE", "coupon_code": "WELCOME15"}]}]}})";
        QVERIFY(w->importJson(body, QStringLiteral("The pasted text")));
        QCOMPARE(w->document()->issues().size(), 0);
        const auto combo = [&](const QString &pointer) {
            FieldWidget *field = form(*w)->field(pointer);
            return field && field->pointer() == pointer ? field->findChild<QComboBox *>() : nullptr;
        };
        QVERIFY(combo(QStringLiteral("/template/components/0/type")));
        QCOMPARE(combo(QStringLiteral("/template/components/0/type"))->currentText(), QStringLiteral("body"));
        QCOMPARE(combo(QStringLiteral("/template/components/1/type"))->currentText(), QStringLiteral("button"));
        QVERIFY(editor(*w, QStringLiteral("/template/components/0/parameters/0/text")));
        QVERIFY(editor(*w, QStringLiteral("/template/components/1/parameters/0/coupon_code")));
        type(*w, QStringLiteral("/template/components/0/parameters/0/text"), QStringLiteral("Asha Rao"));
        QTRY_COMPARE(
            JsonPointer::get(w->document()->draft().message, QStringLiteral("/template/components/0/parameters/0/text"))
                .toString(),
            QStringLiteral("Asha Rao"));
        QCOMPARE(
            JsonPointer::get(w->document()->draft().message, QStringLiteral("/template/components/0/type")).toString(),
            QStringLiteral("BODY"));
    }

    void theHighlighterColoursOnlyJsonValues()
    {
        QTextDocument document;
        document.setPlainText(QStringLiteral("POST https://graph.facebook.com/v21.0/1234/messages HTTP/1.1\n"
                                             "  \"count\": 21,\n"
                                             "  \"list\": [1, 2.5e3, true]\n"
                                             "python3 send.py --retries 3 --verbose true"));
        JsonHighlighter highlighter(&document);
        highlighter.rehighlight();
        const auto coloured = [&](int line) {
            QStringList parts;
            const QTextBlock block = document.findBlockByNumber(line);
            for (const QTextLayout::FormatRange &range : block.layout()->formats())
                parts << block.text().mid(range.start, range.length);
            return parts;
        };
        QVERIFY2(coloured(0).isEmpty(), qPrintable(coloured(0).join(u'|')));
        QCOMPARE(coloured(1), (QStringList{QStringLiteral("\"count\""), QStringLiteral("21")}));
        QCOMPARE(coloured(2), (QStringList{QStringLiteral("\"list\""), QStringLiteral("1"), QStringLiteral("2.5e3"),
                                           QStringLiteral("true")}));
        QVERIFY2(coloured(3).isEmpty(), qPrintable(coloured(3).join(u'|')));
    }

    void draftFileNamesComeFromTitleAndKind()
    {
        Draft draft;
        QCOMPARE(FileLocations::draftFileName(draft), QStringLiteral("draft.wabench.json"));
        draft.message = Skeleton::message(SchemaRegistry::shared(), QStringLiteral("interactive.list"));
        QCOMPARE(FileLocations::draftFileName(draft), QStringLiteral("interactive-list.wabench.json"));
        draft.title = QStringLiteral("List");
        QCOMPARE(FileLocations::draftFileName(draft), QStringLiteral("interactive-list.wabench.json"));
        draft.title = QStringLiteral("  Pedido enviado — São Paulo / 2º  ");
        QCOMPARE(FileLocations::draftFileName(draft),
                 QStringLiteral("pedido-enviado-são-paulo-2º-interactive-list.wabench.json"));
    }

    void savedDraftsReopenTheSame()
    {
        auto w = window();
        QVERIFY(w->openFile(QStringLiteral(":/examples/template-carousel.wabench.json")));
        const QString path = m_dir.filePath(QStringLiteral("saved.wabench.json"));
        QVERIFY(w->saveAs(path));
        QVERIFY(!w->document()->isModified());
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("saved.wabench.json")));
        auto again = window();
        QVERIFY(again->openFile(path));
        QCOMPARE(again->document()->draft(), w->document()->draft());
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
