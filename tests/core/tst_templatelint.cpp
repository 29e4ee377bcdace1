// SPDX-License-Identifier: GPL-3.0-or-later
// Template definitions checked against Meta's rules for writing them: every vector of
// tests/data/templates/lint_vectors.json (Meta's own examples, valid, and each rule broken once, with the
// page that states it) gives exactly the errors it lists, at the fields it lists; the files definitions
// come in (one, an array, Meta's {"data": [...]}) are read with each definition's place; and template sends
// (tests/data/templates/match_vectors.json) checked against library.json give exactly the errors, and the
// codes, Meta answers with.
#include "message/jsondocument.h"
#include "message/jsonpointer.h"
#include "templates/templatedefinition.h"
#include "templates/templatefile.h"
#include "templates/templatelibrary.h"
#include "templates/templatelint.h"
#include "templates/templatematch.h"
#include "templates/templateuse.h"
#include "templates/templatevariables.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QtTest>

class TestTemplateLint : public QObject
{
    Q_OBJECT

    // One row per vector of `file` (more than `least` of them), named by the vector's name.
    static void rows(const QString &file, qsizetype least)
    {
        QTest::addColumn<QJsonObject>("vector");
        const JsonParseResult parsed = JsonDocument::readFile(TestData::path(file));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QJsonArray vectors = parsed.document.array();
        QVERIFY(vectors.size() > least);
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            QTest::newRow(qPrintable(vector.value(QStringLiteral("name")).toString())) << vector;
        }
    }

private slots:
    void vectors_data() { rows(QStringLiteral("templates/lint_vectors.json"), 50); }
    void vectors()
    {
        QFETCH(QJsonObject, vector);
        QVERIFY(vector.value(QStringLiteral("source")).toString().startsWith(QStringLiteral("https://")));
        const Issues issues = TemplateLint::check(vector.value(QStringLiteral("definition")).toObject());
        QStringList errors;
        QStringList warnings;
        QString said;
        for (const Issue &issue : issues) {
            (issue.isError() ? errors : warnings).append(issue.pointer);
            said += issue.severityName() + u' ' + issue.pointer + QStringLiteral(": ") + issue.message + u'\n';
            QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.pointer));
        }
        errors.sort();
        warnings.sort();
        QStringList expected;
        const QJsonArray errorPointers = vector.value(QStringLiteral("errors")).toArray();
        for (const QJsonValue &pointer : errorPointers)
            expected.append(pointer.toString());
        QVERIFY2(errors == expected, qPrintable(said));
        if (vector.contains(QStringLiteral("warnings"))) {
            QStringList expectedWarnings;
            const QJsonArray warningPointers = vector.value(QStringLiteral("warnings")).toArray();
            for (const QJsonValue &pointer : warningPointers)
                expectedWarnings.append(pointer.toString());
            QVERIFY2(warnings == expectedWarnings, qPrintable(said));
        }
        if (vector.contains(QStringLiteral("code"))) {
            const QString code = vector.value(QStringLiteral("code")).toString();
            QVERIFY2(
                std::any_of(issues.cbegin(), issues.cend(), [&code](const Issue &issue) { return issue.code == code; }),
                qPrintable(said));
        }
    }

    void matches_data() { rows(QStringLiteral("templates/match_vectors.json"), 20); }
    void matches()
    {
        QFETCH(QJsonObject, vector);
        TemplateLibrary library;
        QString problem;
        QVERIFY2(library.addPaths({TestData::path(QStringLiteral("templates/library.json"))}, &problem),
                 qPrintable(problem));
        QCOMPARE(library.size(), 8);
        const Issues issues = TemplateMatch::check(vector.value(QStringLiteral("message")).toObject(), library);
        QStringList found;
        QString said;
        for (const Issue &issue : issues) {
            QVERIFY(issue.isError());
            found.append(issue.pointer + u' ' + issue.code);
            said += issue.pointer + u' ' + issue.code + QStringLiteral(": ") + issue.message + u'\n';
        }
        found.sort();
        QStringList expected;
        const QJsonArray errors = vector.value(QStringLiteral("errors")).toArray();
        for (const QJsonValue &error : errors)
            expected.append(error.toObject().value(QStringLiteral("pointer")).toString() + u' ' +
                            error.toObject().value(QStringLiteral("code")).toString());
        expected.sort();
        QVERIFY2(found == expected, qPrintable(said));
    }

    // The definitions Meta's rules take are the ones the editor's schema takes, and "Use template" makes of
    // each a send that its definition takes: every parameter there, of its kind, each with a hint that names
    // its variable and gives its example.
    void validDefinitions_data()
    {
        QTest::addColumn<QJsonObject>("definition");
        const JsonParseResult parsed =
            JsonDocument::readFile(TestData::path(QStringLiteral("templates/lint_vectors.json")));
        QVERIFY(parsed.ok());
        const QJsonArray vectors = parsed.document.array();
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            if (vector.value(QStringLiteral("errors")).toArray().isEmpty())
                QTest::newRow(qPrintable(vector.value(QStringLiteral("name")).toString()))
                    << vector.value(QStringLiteral("definition")).toObject();
        }
    }
    void validDefinitions()
    {
        QFETCH(QJsonObject, definition);
        QString said;
        const Issues checked = TemplateDefinition::check(definition);
        for (const Issue &issue : checked)
            said += issue.pointer + QStringLiteral(": ") + issue.message + u'\n';
        QVERIFY2(IssueList::errorCount(checked) == 0, qPrintable(said));

        TemplateLibrary library;
        library.add(definition);
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        for (const TemplateUse::Values values : {TemplateUse::Values::Examples, TemplateUse::Values::Empty}) {
            const QJsonObject message = TemplateUse::message(definition, values, now);
            const Issues issues = TemplateMatch::check(message, library);
            for (const Issue &issue : issues)
                said += issue.pointer + u' ' + issue.code + QStringLiteral(": ") + issue.message + u'\n';
            QVERIFY2(issues.isEmpty(), qPrintable(said + QJsonDocument(message).toJson()));
            // Every value to fill in has a hint, and with the examples it holds the hint's example.
            const QHash<QString, TemplateUse::Hint> hints = TemplateUse::hints(message, definition);
            const std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &value,
                                                                                      const QString &at) {
                if (value.isObject()) {
                    const QJsonObject object = value.toObject();
                    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                        walk(it.value(), JsonPointer::append(at, it.key()));
                } else if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    for (qsizetype i = 0; i < array.size(); ++i)
                        walk(array.at(i), JsonPointer::append(at, i));
                } else if ((at.endsWith(QStringLiteral("/text")) || at.endsWith(QStringLiteral("/coupon_code"))) &&
                           at.contains(QStringLiteral("/parameters/"))) {
                    QVERIFY2(hints.contains(at), qPrintable(at));
                    QVERIFY(!hints.value(at).title.isEmpty());
                    if (values == TemplateUse::Values::Examples && !hints.value(at).example.isEmpty())
                        QCOMPARE(value.toString(), hints.value(at).example);
                    if (values == TemplateUse::Values::Empty)
                        QCOMPARE(value.toString(), QString());
                }
            };
            walk(message, QString());
        }
    }

    // What "Use template" gives each part: named parameters by name, a URL button the end of its example,
    // a copy code its code, an expiring offer a day from now, and a carousel each card's own.
    void useTemplateFillsEveryPart()
    {
        const JsonParseResult read =
            JsonDocument::readFile(TestData::path(QStringLiteral("templates/order_update_named.json")));
        QVERIFY(read.ok());
        const QJsonObject definition = read.document.object();
        const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        const QJsonObject message = TemplateUse::message(definition, TemplateUse::Values::Examples, now);
        const QJsonArray components =
            message.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
        QCOMPARE(components.size(), 5); // header, body, offer, two buttons (a quick reply takes nothing)
        const auto at = [&message](const QString &pointer) { return JsonPointer::get(message, pointer); };
        QCOMPARE(at(QStringLiteral("/template/language/code")).toString(), QStringLiteral("en_US"));
        QCOMPARE(at(QStringLiteral("/template/components/0/parameters/0/parameter_name")).toString(),
                 QStringLiteral("first_name"));
        QCOMPARE(at(QStringLiteral("/template/components/0/parameters/0/text")).toString(), QStringLiteral("Maria"));
        // In the order the text has them, each with its own example.
        QCOMPARE(at(QStringLiteral("/template/components/1/parameters/0/parameter_name")).toString(),
                 QStringLiteral("order"));
        QCOMPARE(at(QStringLiteral("/template/components/1/parameters/0/text")).toString(), QStringLiteral("A-17"));
        QCOMPARE(at(QStringLiteral("/template/components/1/parameters/1/text")).toString(), QStringLiteral("Monday"));
        QCOMPARE(
            at(QStringLiteral("/template/components/2/parameters/0/limited_time_offer/expiration_time_ms")).toInteger(),
            now.addDays(1).toMSecsSinceEpoch());
        QCOMPARE(at(QStringLiteral("/template/components/3/sub_type")).toString(), QStringLiteral("copy_code"));
        QCOMPARE(at(QStringLiteral("/template/components/3/index")).toString(), QStringLiteral("0"));
        QCOMPARE(at(QStringLiteral("/template/components/3/parameters/0/coupon_code")).toString(),
                 QStringLiteral("SAVE25"));
        QCOMPARE(at(QStringLiteral("/template/components/4/index")).toString(), QStringLiteral("1"));
        QCOMPARE(at(QStringLiteral("/template/components/4/parameters/0/text")).toString(), QStringLiteral("A-17"));

        const QHash<QString, TemplateUse::Hint> hints = TemplateUse::hints(message, definition);
        QCOMPARE(hints.value(QStringLiteral("/template/components/1/parameters/1/text")).title,
                 QStringLiteral("{{day}} in the body"));
        QCOMPARE(hints.value(QStringLiteral("/template/components/4/parameters/0/text")).title,
                 QStringLiteral("End of button 2's URL (Track)"));
        QCOMPARE(hints.value(QStringLiteral("/template/components/4/parameters/0/text")).example,
                 QStringLiteral("A-17"));
    }

    // A Telnyx send may name its template by Telnyx's id alone: it is checked against the definition of that
    // id as any other.
    void aTemplateIdNamesItsDefinition()
    {
        const JsonParseResult read =
            JsonDocument::readFile(TestData::path(QStringLiteral("templates/order_update_named.json")));
        QVERIFY(read.ok());
        QJsonObject definition = read.document.object();
        definition.insert(QStringLiteral("id"), QStringLiteral("019cd44b-3a1c-781b-956e-bd33e9fd2ac6"));
        TemplateLibrary library;
        library.add(definition);
        QCOMPARE(library.findById(QStringLiteral("019cd44b-3a1c-781b-956e-bd33e9fd2ac6")),
                 library.find(QStringLiteral("order_update"), QStringLiteral("en_US")));
        QJsonObject message = TemplateUse::message(definition, TemplateUse::Values::Examples);
        QJsonObject sent{{QStringLiteral("template_id"), QStringLiteral("019cd44b-3a1c-781b-956e-bd33e9fd2ac6")},
                         {QStringLiteral("components"),
                          message.value(QStringLiteral("template")).toObject().value(QStringLiteral("components"))}};
        message.insert(QStringLiteral("template"), sent);
        QVERIFY(TemplateMatch::check(message, library).isEmpty());
        sent.remove(QStringLiteral("components"));
        message.insert(QStringLiteral("template"), sent);
        const Issues issues = TemplateMatch::check(message, library);
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().code, QStringLiteral("132000"));
        sent.insert(QStringLiteral("template_id"), QStringLiteral("unknown"));
        message.insert(QStringLiteral("template"), sent);
        QVERIFY(TemplateMatch::check(message, library).isEmpty()); // not held: not checked
    }

    // {{1}} and {{first_name}} are variables; anything else between braces is said to be malformed.
    void variablesAreRead()
    {
        const TemplateVariables::Scan scan =
            TemplateVariables::scan(QStringLiteral("Hi {{first_name}}, {{2}} {{ 3 }} {{Name}} {{#4}} and {{5"));
        QCOMPARE(scan.variables.size(), 2);
        QCOMPARE(scan.variables.at(0).name, QStringLiteral("first_name"));
        QVERIFY(!scan.variables.at(0).positional());
        QCOMPARE(scan.variables.at(1).name, QStringLiteral("2"));
        QVERIFY(scan.variables.at(1).positional());
        QCOMPARE(scan.variables.at(1).start, qsizetype(19));
        QCOMPARE(scan.malformed, (QStringList{QStringLiteral("{{ 3 }}"), QStringLiteral("{{Name}}"),
                                              QStringLiteral("{{#4}}"), QStringLiteral("{{5")}));
    }

    // One definition, an array, or Meta's list answer; each definition with its place in the file.
    void filesOfDefinitions()
    {
        const QByteArray one = R"({"name": "a", "language": "en", "category": "UTILITY", "components": []})";
        TemplateFile::Contents read = TemplateFile::parse(one);
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.definitions.size(), 1);
        QCOMPARE(read.definitions.first().pointer, QString());
        read = TemplateFile::parse("[" + one + "," + one + "]");
        QCOMPARE(read.definitions.size(), 2);
        QCOMPARE(read.definitions.at(1).pointer, QStringLiteral("/1"));
        read = TemplateFile::parse(R"({"data": [)" + one + "," + one + R"(], "paging": {"cursors": {}}})");
        QCOMPARE(read.definitions.size(), 2);
        QCOMPARE(read.definitions.at(1).pointer, QStringLiteral("/data/1"));
        QCOMPARE(read.definitions.at(1).definition.value(QStringLiteral("name")).toString(), QStringLiteral("a"));

        read = TemplateFile::parse("{\"name\": \"a\",\n \"language\": }");
        QVERIFY2(read.error.startsWith(QStringLiteral("line 2, column")), qPrintable(read.error));
        QVERIFY(read.definitions.isEmpty());
        read = TemplateFile::parse(R"([{"name": "a"}, 3])");
        QCOMPARE(read.error, QStringLiteral("/1: a template definition is a JSON object"));
        QVERIFY(read.definitions.isEmpty());
        QVERIFY(!TemplateFile::parse("42").error.isEmpty());
        QVERIFY(!TemplateFile::parse("{}").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateLint)
#include "tst_templatelint.moc"
