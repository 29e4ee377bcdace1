// SPDX-License-Identifier: GPL-3.0-or-later
// The message core's building blocks: JSON pointers, text metrics, JSON errors, drafts on disk.
#include "message/draft.h"
#include "message/jsondocument.h"
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/ordertotals.h"
#include "message/recipients.h"
#include "message/schemaregistry.h"
#include "message/text.h"
#include "testdata.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

class TestCore : public QObject
{
    Q_OBJECT

private slots:
    void pointersEscapeAndResolve()
    {
        QCOMPARE(JsonPointer::escape(QStringLiteral("a/b~c")), QStringLiteral("a~1b~0c"));
        QCOMPARE(JsonPointer::split(QStringLiteral("/a~1b/~0/0")),
                 (QStringList{QStringLiteral("a/b"), QStringLiteral("~"), QStringLiteral("0")}));
        const QJsonObject doc{{QStringLiteral("a/b"), QJsonArray{1, QJsonObject{{QStringLiteral("x"), true}}}}};
        QCOMPARE(JsonPointer::get(doc, QStringLiteral("/a~1b/1/x")), QJsonValue(true));
        bool found = true;
        JsonPointer::get(doc, QStringLiteral("/a~1b/2"), &found);
        QVERIFY(!found);
        JsonPointer::get(doc, QStringLiteral("/a~1b/01"), &found);
        QVERIFY2(!found, "leading zeros are not array indexes");
        QCOMPARE(JsonPointer::get(doc, QString()), QJsonValue(doc));
    }

    void pointersWriteAndRemove()
    {
        QJsonValue root(QJsonObject{});
        QVERIFY(
            JsonPointer::set(root, QStringLiteral("/interactive/action/buttons/0/reply/id"), QStringLiteral("yes")));
        QVERIFY(JsonPointer::set(root, QStringLiteral("/interactive/action/buttons/-"),
                                 QJsonObject{{QStringLiteral("n"), 2}}));
        QCOMPARE(JsonPointer::get(root, QStringLiteral("/interactive/action/buttons/0/reply/id")),
                 QJsonValue(QStringLiteral("yes")));
        QCOMPARE(JsonPointer::get(root, QStringLiteral("/interactive/action/buttons/1/n")), QJsonValue(2));
        QVERIFY(!JsonPointer::set(root, QStringLiteral("/interactive/action/buttons/5"), 1));
        QVERIFY(JsonPointer::remove(root, QStringLiteral("/interactive/action/buttons/0")));
        QCOMPARE(JsonPointer::get(root, QStringLiteral("/interactive/action/buttons")).toArray().size(), 1);
        QVERIFY(!JsonPointer::remove(root, QStringLiteral("/nothing")));
    }

    void pointersLieWithinTheirAncestors()
    {
        QVERIFY(JsonPointer::within(QStringLiteral("/a/b"), QStringLiteral("/a")));
        QVERIFY(JsonPointer::within(QStringLiteral("/a"), QStringLiteral("/a")));
        QVERIFY(JsonPointer::within(QStringLiteral("/a"), QString()));
        QVERIFY(JsonPointer::within(QString(), QString()));
        QVERIFY2(!JsonPointer::within(QStringLiteral("/ab"), QStringLiteral("/a")), "a sibling sharing a prefix");
        QVERIFY(!JsonPointer::within(QStringLiteral("/a"), QStringLiteral("/a/b")));
    }

    // The subtotal from the items (the sale price where there is one, times the quantity, in the subtotal's
    // unit), the total from subtotal + tax + shipping - discount; the validator then finds nothing to say.
    void orderTotalsAreWorkedOutFromTheItems()
    {
        const auto money = [](qint64 value, qint64 offset) {
            return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("offset"), offset}};
        };
        QJsonObject order{
            {QStringLiteral("items"),
             QJsonArray{QJsonObject{{QStringLiteral("amount"), money(25000, 100)}, {QStringLiteral("quantity"), 2}},
                        QJsonObject{{QStringLiteral("amount"), money(900, 10)}, // ₹90.0, written with offset 10
                                    {QStringLiteral("sale_amount"), money(800, 10)},
                                    {QStringLiteral("quantity"), 3}},
                        QJsonObject{{QStringLiteral("amount"), money(1000, 100)}}}}, // quantity left out: one
            {QStringLiteral("subtotal"), money(1, 100)},
            {QStringLiteral("tax"), money(9000, 100)},
            {QStringLiteral("shipping"), money(4900, 100)},
            {QStringLiteral("discount"), money(3900, 100)}};
        QJsonObject message{{QStringLiteral("type"), QStringLiteral("interactive")}};
        QJsonValue root(message);
        QVERIFY(JsonPointer::set(root, QStringLiteral("/interactive/action/parameters/order"), order));
        QVERIFY(JsonPointer::set(root, QStringLiteral("/interactive/action/parameters/total_amount"), money(5, 100)));
        const QJsonObject done = OrderTotals::recalculated(root.toObject());
        // 2 × 250.00 + 3 × 80.0 + 1 × 10.00 = 750.00; + 90 + 49 - 39 = 850.00
        QCOMPARE(JsonPointer::get(done, QStringLiteral("/interactive/action/parameters/order/subtotal")),
                 QJsonValue(money(75000, 100)));
        QCOMPARE(JsonPointer::get(done, QStringLiteral("/interactive/action/parameters/total_amount")),
                 QJsonValue(money(85000, 100)));
        QCOMPARE(JsonPointer::get(done, QStringLiteral("/interactive/action/parameters/order/tax")),
                 QJsonValue(money(9000, 100)));
        // Without items the subtotal typed stays and the total follows it.
        QVERIFY(JsonPointer::remove(root, QStringLiteral("/interactive/action/parameters/order/items")));
        const QJsonObject none = OrderTotals::recalculated(root.toObject());
        QCOMPARE(JsonPointer::get(none, QStringLiteral("/interactive/action/parameters/order/subtotal")),
                 QJsonValue(money(1, 100)));
        QCOMPARE(JsonPointer::get(none, QStringLiteral("/interactive/action/parameters/total_amount")),
                 QJsonValue(money(10001, 100)));
    }

    void recipientsAreReadAsPeopleWriteThem()
    {
        QCOMPARE(
            Recipients::read(QStringLiteral("+91 98765 43210\n+1 (650) 253-0000;+1.650.253.0001, 0044 20 7183 8750 "
                                            "+919876543212, 919876543213")),
            (QStringList{QStringLiteral("+919876543210"), QStringLiteral("+16502530000"),
                         QStringLiteral("+16502530001"), QStringLiteral("+442071838750"),
                         QStringLiteral("+919876543212"), QStringLiteral("+919876543213")}));
        // Not a phone number: as typed, for the validator to judge.
        QCOMPARE(Recipients::read(QStringLiteral(" US.13491208655302741918 , +9112")),
                 (QStringList{QStringLiteral("US.13491208655302741918"), QStringLiteral("+9112")}));
        QCOMPARE(Recipients::pieces(QStringLiteral("+91 98765 43210 +1 650 253 0000")),
                 (QStringList{QStringLiteral("+91 98765 43210"), QStringLiteral("+1 650 253 0000")}));
        QVERIFY(Recipients::read(QStringLiteral(" ,; \n")).isEmpty());
    }

    // Meta's business-scoped user ids: two capital letters, a dot, up to 128 letters and digits (ENT between
    // for a parent id); a customer's key is a number's digits or the id as written.
    void businessScopedIdsAreKnown()
    {
        for (const char *id :
             {"US.13491208655302741918", "US.ENT.11815799212886844830", "BR.1502576394655843", "IN.abcDEF123"})
            QVERIFY2(Recipients::isBusinessScopedId(QLatin1String(id)), id);
        for (const char *not_ : {"+16505551234", "16505551234", "us.13491208655302741918", "US.", "USA.123",
                                 "US.1349-1208", "US.ENT.", "US 13491208655302741918"})
            QVERIFY2(!Recipients::isBusinessScopedId(QLatin1String(not_)), not_);
        QVERIFY(!Recipients::isBusinessScopedId(QStringLiteral("US.") + QString(129, u'1')));
        QVERIFY(Recipients::isBusinessScopedId(QStringLiteral("US.") + QString(128, u'1')));
        QCOMPARE(Recipients::key(QStringLiteral("+91 98765 43210")), QStringLiteral("919876543210"));
        QCOMPARE(Recipients::key(QStringLiteral("US.13491208655302741918")), QStringLiteral("US.13491208655302741918"));
    }

    // A number written without "+" or "00" is a number of the sender's country when it is one there, else
    // international digits; without a region, or valid as neither, it stays as typed (never a wrong country:
    // "(650) 253-0000" is not Singapore's +65 02530000).
    void nationalNumbersAreReadInTheSendersCountry()
    {
        QCOMPARE(Recipients::read(QStringLiteral("(650) 253-0000, 650.253.0001"), QStringLiteral("US")),
                 (QStringList{QStringLiteral("+16502530000"), QStringLiteral("+16502530001")}));
        QCOMPARE(Recipients::normalised(QStringLiteral("020 7183 8750"), QStringLiteral("GB")),
                 QStringLiteral("+442071838750"));
        QCOMPARE(Recipients::normalised(QStringLiteral("098765 43210"), QStringLiteral("IN")),
                 QStringLiteral("+919876543210"));
        // The country code without "+": the same number, whichever region.
        QCOMPARE(Recipients::normalised(QStringLiteral("1 650 253 0000"), QStringLiteral("US")),
                 QStringLiteral("+16502530000"));
        QCOMPARE(Recipients::normalised(QStringLiteral("919876543210"), QStringLiteral("US")),
                 QStringLiteral("+919876543210"));
        // "+" always wins over the region.
        QCOMPARE(Recipients::normalised(QStringLiteral("+44 20 7183 8750"), QStringLiteral("US")),
                 QStringLiteral("+442071838750"));
        QCOMPARE(Recipients::normalised(QStringLiteral("(650) 253-0000"), QString()), QStringLiteral("(650) 253-0000"));
        QCOMPARE(Recipients::normalised(QStringLiteral("12"), QStringLiteral("US")), QStringLiteral("12"));

        QCOMPARE(Recipients::regionFor(QStringLiteral("+16505550100"), QLocale(QLocale::English, QLocale::India)),
                 QStringLiteral("US"));
        QCOMPARE(Recipients::regionFor(QString(), QLocale(QLocale::English, QLocale::India)), QStringLiteral("IN"));
        QCOMPARE(Recipients::regionFor(QStringLiteral("not a number"), QLocale::c()), QString());
    }

    void textIsMeasuredInCodePointsAndBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("characters");
        QTest::addColumn<int>("bytes");
        QTest::newRow("ascii") << "hello" << 5 << 5;
        QTest::newRow("emoji") << "😀" << 1 << 4;
        QTest::newRow("flag") << "🇮🇳" << 2 << 8;
        QTest::newRow("combining accent") << "e\u0301" << 2 << 3;
        QTest::newRow("rupee") << "₹" << 1 << 3;
        QTest::newRow("kannada") << "ಅತುಲ್" << 5 << 15;
    }
    void textIsMeasuredInCodePointsAndBytes()
    {
        QFETCH(QString, text);
        QFETCH(int, characters);
        QFETCH(int, bytes);
        QCOMPARE(Text::characterCount(text), characters);
        QCOMPARE(Text::byteCount(text), bytes);
    }

    void brokenJsonSaysLineAndColumn()
    {
        const JsonParseResult result =
            JsonDocument::parse("{\n  \"type\": \"text\",\n  \"text\": {\"body\": \"hi\"\n}\n");
        QVERIFY(!result.ok());
        // The object is never closed: the parser finds out at the end, on line 5.
        QCOMPARE(result.line, 5);
        QVERIFY2(result.error.startsWith(QStringLiteral("line 5, column 1: ")), qPrintable(result.error));
        const JsonParseResult comma = JsonDocument::parse("{\n  \"a\": 1,,\n}");
        QCOMPARE(comma.line, 2);
        // Columns count characters, and point at what is wrong: the x, twelfth character of the line.
        const JsonParseResult unicode = JsonDocument::parse("{\"a\": \"😀😀\" x}");
        QCOMPARE(unicode.line, 1);
        QCOMPARE(unicode.column, 12);
    }

    // RFC 8259 and nothing looser, whatever Qt's own reader lets through; each error says where.
    void strictJsonIsRequired_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("column"); // 0: read
        QTest::newRow("raw tab in a string") << QByteArray("{\"a\": \"x\ty\"}") << 9;
        QTest::newRow("raw newline in a string") << QByteArray("{\"a\": \"x\ny\"}") << 9;
        QTest::newRow("1.") << QByteArray("{\"a\": 1.}") << 9;
        QTest::newRow(".5") << QByteArray("{\"a\": .5}") << 7;
        QTest::newRow("leading zero") << QByteArray("{\"a\": 01}") << 8;
        QTest::newRow("plus sign") << QByteArray("{\"a\": +1}") << 7;
        QTest::newRow("bare exponent") << QByteArray("{\"a\": 1e}") << 9;
        QTest::newRow("minus alone") << QByteArray("{\"a\": -}") << 8;
        QTest::newRow("unknown escape") << QByteArray("{\"a\": \"\\x\"}") << 9;
        QTest::newRow("short unicode escape") << QByteArray("{\"a\": \"\\u12\"}") << 12;
        QTest::newRow("trailing comma in an object") << QByteArray("{\"a\": 1,}") << 9;
        QTest::newRow("trailing comma in an array") << QByteArray("[1, 2,]") << 7;
        QTest::newRow("something after") << QByteArray("{\"a\": 1} x") << 10;
        QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 2;
        QTest::newRow("NaN") << QByteArray("{\"a\": NaN}") << 7;
        QTest::newRow("Infinity") << QByteArray("[Infinity]") << 2;
        QTest::newRow("comment") << QByteArray("{\"a\": 1 /* no */}") << 9;
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\": \"\xC0\xAF\"}") << 8;
        QTest::newRow("UTF-8 surrogate") << QByteArray("{\"a\": \"\xED\xA0\x80\"}") << 8;
        QTest::newRow("cut UTF-8") << QByteArray("{\"a\": \"\xE2\x82\"}") << 8;
        QTest::newRow("everything allowed")
            << QByteArray("{\"a\": -0.5e+10, \"b\": [true, false, null, 0, 1E2], \"c\": \"\\u00e9\\n\\/ ₹\"}") << 0;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << 0;
        // Found by fuzz_json: after a byte order mark, the column still counts from 1.
        QTest::newRow("byte order mark, then not JSON") << QByteArray("\xEF\xBB\xBF\xF1\x81\x08") << 1;
        QTest::newRow("byte order mark, then an error") << QByteArray("\xEF\xBB\xBF{\"a\": 1.}") << 9;
    }
    void strictJsonIsRequired()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, column);
        const JsonParseResult result = JsonDocument::parse(json);
        if (column == 0) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.warning.isEmpty(), !json.startsWith("\xEF\xBB\xBF"));
            return;
        }
        QVERIFY2(!result.ok(), json.constData());
        QCOMPARE(result.line, 1);
        QVERIFY2(result.column == column, qPrintable(result.error));
        QVERIFY(result.error.startsWith(QStringLiteral("line 1, column %1: ").arg(column)));
    }

    // Past 16 MiB, JSON is refused with the cap in the message; a file that large is not even read.
    void inputsHaveACap()
    {
        const JsonParseResult big = JsonDocument::parse('[' + QByteArray(JsonDocument::MaxInputBytes, ' ') + ']');
        QVERIFY(!big.ok());
        QVERIFY2(big.error.contains(QStringLiteral("at most 16 MiB")), qPrintable(big.error));
        QVERIFY(JsonDocument::parse('[' + QByteArray(JsonDocument::MaxInputBytes - 2, ' ') + ']').ok());

        QTemporaryDir dir;
        QFile huge(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(8) << 30)); // 8 GiB, sparse: nothing written, nothing to read
        huge.close();
        const JsonParseResult file = JsonDocument::readFile(huge.fileName());
        QVERIFY2(file.error.contains(QStringLiteral("8589.9 MB")), qPrintable(file.error));
    }

    void emptyAndScalarInputsSayWhatIsWrong()
    {
        const JsonParseResult empty = JsonDocument::parse(" \n ");
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error, QStringLiteral("line 1, column 1: the input is empty"));
        const JsonParseResult scalar = JsonDocument::parse("\n  42");
        QCOMPARE(scalar.error, QStringLiteral("line 2, column 3: expected a JSON object or array"));
    }

    void draftsSaveAndLoadLosslessly()
    {
        Draft draft;
        draft.title = QStringLiteral("Shipping update");
        draft.provider = QStringLiteral("exotel");
        draft.account = QStringLiteral("Mumbai");
        draft.sender = QStringLiteral("+919876500001");
        draft.recipients = {QStringLiteral("+919876543210"), QStringLiteral("+16502530000")};
        draft.message =
            QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Namaste 🙏")}}},
                        {QStringLiteral("x-unknown"), QJsonArray{1, 2}}};
        draft.options = QJsonObject{{QStringLiteral("custom_data"), QStringLiteral("order-1")}};
        draft.unknown = QJsonObject{{QStringLiteral("future_key"), QStringLiteral("kept")}};

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft") + Draft::fileSuffix());
        QString error;
        QVERIFY2(DraftFile::save(draft, path, &error), qPrintable(error));
        const std::optional<Draft> loaded = DraftFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), draft.toJson());
        QVERIFY(*loaded == draft);

        // Saving what was loaded writes the same bytes.
        const QString again = dir.filePath(QStringLiteral("again.wabench.json"));
        QVERIFY(DraftFile::save(*loaded, again, &error));
        QFile a(path), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void badDraftsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("no version") << QByteArray(R"({"message": {}})") << "/wabench_draft";
        QTest::newRow("future version") << QByteArray(R"({"wabench_draft": 99})") << "/wabench_draft";
        QTest::newRow("recipients not a list")
            << QByteArray(R"({"wabench_draft": 1, "recipients": "+91"})") << "/recipients";
        QTest::newRow("recipient not text")
            << QByteArray(R"({"wabench_draft": 1, "recipients": ["+91", 5]})") << "/recipients/1";
        QTest::newRow("message not an object") << QByteArray(R"({"wabench_draft": 1, "message": []})") << "/message";
        QTest::newRow("broken JSON") << QByteArray("{\"wabench_draft\": 1,") << "line 1";
    }
    void badDraftsSayWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.wabench.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString error;
        QVERIFY(!DraftFile::load(path, &error));
        QVERIFY2(error.startsWith(where), qPrintable(error));
    }

    void kindsCoverEveryMessageType()
    {
        // One kind for each schema that names one.
        int schemas = 0;
        for (const QJsonObject &schema : SchemaRegistry::shared().documents())
            schemas += schema.contains(QStringLiteral("x-kind")) ? 1 : 0;
        QCOMPARE(Kinds::all().size(), schemas);
        QCOMPARE(Kinds::all().first().id, QStringLiteral("text"));
        QCOMPARE(Kinds::find(QStringLiteral("interactive.button"))->label, QStringLiteral("Reply buttons"));
        QCOMPARE(Kinds::find(QStringLiteral("interactive.flow"))->notOfferedBy, QStringList{QStringLiteral("telnyx")});
        QCOMPARE(Kinds::groups(),
                 (QStringList{QStringLiteral("Basic"), QStringLiteral("Media"), QStringLiteral("Interactive"),
                              QStringLiteral("Commerce & payments"), QStringLiteral("Templates")}));
        QCOMPARE(Kinds::of(QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("interactive")},
                     {QStringLiteral("interactive"), QJsonObject{{QStringLiteral("type"), QStringLiteral("list")}}}}),
                 QStringLiteral("interactive.list"));
        QCOMPARE(Kinds::of(QJsonObject{{QStringLiteral("type"), QStringLiteral("poll")}}), QString());
        for (const MessageKind &kind : Kinds::all()) {
            const JsonParseResult schema = JsonDocument::readFile(kind.schemaPath());
            QVERIFY2(schema.ok(), qPrintable(kind.id + QStringLiteral(": ") + schema.error));
            QVERIFY2(!schema.document.object().value(QStringLiteral("title")).toString().isEmpty(),
                     qPrintable(kind.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
