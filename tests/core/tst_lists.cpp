// SPDX-License-Identifier: GPL-3.0-or-later
// Sending to a list: its CSV/TSV file read as RFC 4180 says, and the {{name}} placeholders of a draft.
#include "lists/csvreader.h"
#include "lists/failedrows.h"
#include "lists/placeholders.h"
#include "settings/appidentity.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Read
{
    QStringList header;
    QString headerError;
    QList<CsvReader::Record> records;
    QString error; // what ended the reading, "" at the end of the file
    char delimiter = 0;
};

Read readAll(const QByteArray &bytes, char delimiter = CsvReader::Detect)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    Read out;
    if (!reader.readHeader(&out.headerError))
        return out;
    out.header = reader.header();
    out.delimiter = reader.delimiter();
    CsvReader::Record record;
    for (;;) {
        const CsvReader::Next next = reader.next(&record, &out.error);
        if (next != CsvReader::Next::Record)
            break;
        out.records.append(record);
    }
    return out;
}

} // namespace

class TestLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppIdentity::installTranslations(QLocale(QLocale::English)); }

    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks()
    {
        const Read read = readAll("to,name,note\r\n"
                                  "+14155550100,\"Smith, Jane\",\"She said \"\"hi\"\"\"\r\n"
                                  "+14155550101,Ravi,\"two\r\nlines\"\r\n"
                                  "+14155550102,Ana,last");
        QCOMPARE(read.headerError, QString());
        QCOMPARE(read.header, QStringList({"to", "name", "note"}));
        QCOMPARE(read.error, QString());
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).fields, QStringList({"+14155550100", "Smith, Jane", "She said \"hi\""}));
        QCOMPARE(read.records.at(1).fields.at(2), QStringLiteral("two\r\nlines"));
        // Rows count records; lines count the file's lines, a field's line breaks included.
        QCOMPARE(read.records.at(1).row, 2);
        QCOMPARE(read.records.at(1).line, 3);
        QCOMPARE(read.records.at(2).row, 3);
        QCOMPARE(read.records.at(2).line, 5);
        for (const CsvReader::Record &record : read.records)
            QCOMPARE(record.problem, QString());
    }

    void aByteOrderMarkAndBlankLinesAreNotData()
    {
        const Read read = readAll("\xEF\xBB\xBFto,first_name\n\n+14155550100,J\xC3\xBCrgen\n\n\n+14155550101,Li\n\n");
        QCOMPARE(read.header, QStringList({"to", "first_name"}));
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).fields.at(1), QStringLiteral("J\u00fcrgen"));
        QCOMPARE(read.records.at(0).line, 3);
        QCOMPARE(read.records.at(1).line, 6);
        QCOMPARE(read.error, QString());
    }

    void theSeparatorIsTheOneTheHeaderUses()
    {
        Read read = readAll("to\tname\tcity\n+14155550100\tSmith, Jane\tParis\n");
        QCOMPARE(read.delimiter, '\t');
        QCOMPARE(read.records.constFirst().fields, QStringList({"+14155550100", "Smith, Jane", "Paris"}));
        read = readAll("to;name\n+14155550100;\"a;b\"\n");
        QCOMPARE(read.delimiter, ';');
        QCOMPARE(read.records.constFirst().fields.at(1), QStringLiteral("a;b"));
        // A comma inside a quoted header name does not count.
        read = readAll("\"to,x\";name\n1;2\n");
        QCOMPARE(read.delimiter, ';');
        QCOMPARE(read.header, QStringList({"to,x", "name"}));
        // Told, it is not guessed.
        read = readAll("to;name,city\n1;2,3\n", ',');
        QCOMPARE(read.header, QStringList({"to;name", "city"}));
    }

    void aRaggedRowIsReportedAndTheReadingGoesOn()
    {
        const Read read = readAll("to,name\n+14155550100\n+14155550101,Ravi,extra\n+14155550102,Ana\n");
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).problem, QStringLiteral("1 field where the header has 2"));
        QCOMPARE(read.records.at(1).problem, QStringLiteral("3 fields where the header has 2"));
        QCOMPARE(read.records.at(2).problem, QString());
        QCOMPARE(read.error, QString());
    }

    void bytesThatAreNotUtf8AreAProblemOfTheirRow()
    {
        const Read read = readAll("to,name\n+14155550100,Ana\n+14155550101,Caf\xE9\n+14155550102,Li\n");
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(1).line, 3);
        QCOMPARE(read.records.at(1).problem, QStringLiteral("Column 2 is not UTF-8 text"));
        QCOMPARE(read.records.at(2).problem, QString());
    }

    void textAfterAClosingQuoteIsAProblemOfItsRow()
    {
        const Read read = readAll("to,name\n+14155550100,\"Ana\" Li\n+14155550101,Bo\n");
        QCOMPARE(read.records.size(), 2);
        QVERIFY2(read.records.at(0).problem.startsWith(QStringLiteral("Line 2: text follows")),
                 qPrintable(read.records.at(0).problem));
        QCOMPARE(read.records.at(0).fields.at(1), QStringLiteral("Ana Li"));
        QCOMPARE(read.records.at(1).problem, QString());
    }

    void aQuoteNeverClosedEndsTheReadingAtItsLine()
    {
        const Read read = readAll("to,name\n+14155550100,Ana\n+14155550101,\"Bo\n+14155550102,Cy\n");
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.error, QStringLiteral("Line 3: a quoted field opened there is never closed"));
    }

    void aRecordOverTheLimitEndsTheReading()
    {
        QByteArray bytes("to,name\n+14155550100,\"");
        bytes.append(QByteArray(CsvReader::MaxRecordBytes + 10, 'x'));
        bytes.append("\"\n");
        const Read read = readAll(bytes);
        QCOMPARE(read.records.size(), 0);
        QVERIFY2(read.error.startsWith(QStringLiteral("Line 2: the record starting there is longer than 1 MiB")),
                 qPrintable(read.error));
    }

    void theHeaderMustNameEachColumnOnce()
    {
        QCOMPARE(readAll("").headerError,
                 QStringLiteral("The file is empty: it needs a header row that names the columns"));
        QCOMPARE(readAll("\n\n").headerError,
                 QStringLiteral("The file is empty: it needs a header row that names the columns"));
        QCOMPARE(readAll("to,,name\n").headerError,
                 QStringLiteral("Line 1, the header: column 2 has no name (columns are separated by commas)"));
        QCOMPARE(readAll("to,name, name\n").headerError,
                 QStringLiteral("Line 1, the header: columns 2 and 3 are both named \"name\""));
        // A header and no rows: nothing to send, and no error.
        const Read empty = readAll("to,name\r\n");
        QCOMPARE(empty.headerError, QString());
        QCOMPARE(empty.records.size(), 0);
        QCOMPARE(empty.error, QString());
    }

    void placeholdersAreFoundWithTheirPlaces()
    {
        Draft draft;
        draft.message = QJsonObject{
            {"type", "template"},
            {"template",
             QJsonObject{
                 {"name", "order_update"},
                 {"components",
                  QJsonArray{QJsonObject{
                      {"type", "body"},
                      {"parameters", QJsonArray{QJsonObject{{"type", "text"}, {"text", "{{ first_name }}"}},
                                                QJsonObject{{"type", "text"}, {"text", "#{{order}}-{{order}}"}}}}}}}}}};
        draft.options = QJsonObject{{"custom_data", "row {{row_id}}"}};
        const QList<Placeholders::Use> uses = Placeholders::find(draft);
        QCOMPARE(uses.size(), 4);
        QCOMPARE(uses.at(0).pointer, QStringLiteral("/message/template/components/0/parameters/0/text"));
        QCOMPARE(uses.at(0).name, QStringLiteral("first_name"));
        QCOMPARE(uses.at(3).pointer, QStringLiteral("/options/custom_data"));
        QCOMPARE(Placeholders::names(uses), QStringList({"first_name", "order", "row_id"}));

        QList<Placeholders::Use> missing;
        const Draft filled = Placeholders::fill(draft, {{"first_name", "Ana"}, {"order", "A-17"}}, &missing);
        QCOMPARE(filled.message.value("template")
                     .toObject()
                     .value("components")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("parameters")
                     .toArray()
                     .at(1)
                     .toObject()
                     .value("text")
                     .toString(),
                 QStringLiteral("#A-17-A-17"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.constFirst().pointer, QStringLiteral("/options/custom_data"));
        QCOMPARE(missing.constFirst().name, QStringLiteral("row_id"));
        QCOMPARE(filled.options.value("custom_data").toString(), QStringLiteral("row {{row_id}}"));
    }

    void whatIsNotAPlaceholderStaysAsItIs()
    {
        const QHash<QString, QString> values = {{"name", "Ana"}, {"1", "one"}};
        // A template definition's positional variable, empty braces, a name with a space, unclosed braces.
        for (const char *text : {"{{1}} left", "{{}}", "{{ }}", "{{first name}}", "{{name", "{name}", "}}{{"}) {
            QCOMPARE(Placeholders::find(QJsonValue(QString::fromUtf8(text))).size(), 0);
            QCOMPARE(Placeholders::fill(QString::fromUtf8(text), values), QString::fromUtf8(text));
        }
        // "\{{" writes "{{".
        QCOMPARE(Placeholders::find(QJsonValue(QStringLiteral("\\{{name}}"))).size(), 0);
        QCOMPARE(Placeholders::fill(QStringLiteral("\\{{name}} is {{name}}"), values),
                 QStringLiteral("{{name}} is Ana"));
        QCOMPARE(Placeholders::fill(QStringLiteral("{{{{name}}}}"), values), QStringLiteral("{{Ana}}"));
        // Names: letters (any script), digits, '_', '-', '.', from a letter or '_'.
        QVERIFY(Placeholders::isName(QStringLiteral("order.id-2")));
        QVERIFY(Placeholders::isName(QStringLiteral("_x")));
        QVERIFY(Placeholders::isName(QStringLiteral("\u0928\u093e\u092e")));
        QVERIFY(!Placeholders::isName(QStringLiteral("2x")));
        QVERIFY(!Placeholders::isName(QStringLiteral("first name")));
        QStringList missing;
        QCOMPARE(Placeholders::fill(QStringLiteral("{{a}} {{b}} {{a}}"), {}, &missing),
                 QStringLiteral("{{a}} {{b}} {{a}}"));
        QCOMPARE(missing, QStringList({"a", "b"}));
    }

    // A placeholder without a value is an error at its field: alone, without a column, or empty in the row.
    void aPlaceholderWithoutAValueIsAnErrorAtItsField()
    {
        Draft draft;
        draft.message = QJsonObject{{"type", "text"}, {"text", QJsonObject{{"body", "Hi {{name}}, {{name}} \\{{x}}"}}}};
        draft.options = QJsonObject{{"custom_data", "row {{row_id}}"}};
        Issues issues = Placeholders::unfilled(draft, nullptr);
        QCOMPARE(issues.size(), 2); // each name once at each place; the escaped one is text
        QCOMPARE(issues.at(0).pointer, QStringLiteral("/message/text/body"));
        QVERIFY(issues.at(0).isError());
        QVERIFY(issues.at(0).message.startsWith(QStringLiteral("{{name}} has no value")));
        QCOMPARE(issues.at(1).pointer, QStringLiteral("/options/custom_data"));

        Placeholders::Fill fill;
        fill.list = QStringLiteral("list.csv");
        fill.columns = {QStringLiteral("to"), QStringLiteral("name")};
        issues = Placeholders::unfilled(draft, &fill);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).message, QStringLiteral("{{row_id}} has no value: list.csv has no \"row_id\" column"));
        fill.columns.append(QStringLiteral("row_id"));
        fill.row = 4;
        fill.values = {{"name", ""}, {"row_id", "7"}};
        issues = Placeholders::unfilled(draft, &fill);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.at(0).message, QStringLiteral("{{name}} has no value: row 4 of list.csv leaves it empty"));
        // An empty value is no value: the placeholder stays, and is said to be missing.
        QStringList missing;
        QCOMPARE(Placeholders::fill(QStringLiteral("Hi {{name}}"), fill.values, &missing),
                 QStringLiteral("Hi {{name}}"));
        QCOMPARE(missing, QStringList{QStringLiteral("name")});
    }

    // The failed rows written out as a list of their own: the same columns, the error last, quoted as
    // RFC 4180 says; nothing left behind when the list cannot be read.
    void failedRowsAreWrittenAsAListToSendAgain()
    {
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("list.tsv"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("to\tname\terror\n+14155550101\tAna\tx\n+14155550102\t\"Bo, \"\"Jr\"\"\"\ty\n+14155550103\tCy\tz\n");
        file.close();
        const QString out = dir.filePath(QStringLiteral("failed.csv"));
        QString why;
        const qint64 written = FailedRows::write(list, {{2, QStringLiteral("131026: not on WhatsApp")}}, out, &why);
        QVERIFY2(written == 1, qPrintable(why));
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), QByteArray("to,name,error,wabench_error\r\n"
                                            "+14155550102,\"Bo, \"\"Jr\"\"\",y,131026: not on WhatsApp\r\n"));
        QCOMPARE(FailedRows::write(dir.filePath(QStringLiteral("none.csv")), {}, dir.filePath(QStringLiteral("x.csv")),
                                   &why),
                 -1);
        QVERIFY(why.contains(QStringLiteral("none.csv")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestLists)
#include "tst_lists.moc"
