// SPDX-License-Identifier: GPL-3.0-or-later
// Template definitions checked against Meta's rules for writing them: every vector of
// tests/data/templates/lint_vectors.json (Meta's own examples, valid, and each rule broken once, with the
// page that states it) gives exactly the errors it lists, at the fields it lists; the files definitions
// come in (one, an array, Meta's {"data": [...]}) are read with each definition's place; and template sends
// (tests/data/templates/match_vectors.json) checked against library.json give exactly the errors, and the
// codes, Meta answers with.
#include "message/jsondocument.h"
#include "templates/templatefile.h"
#include "templates/templatelibrary.h"
#include "templates/templatelint.h"
#include "templates/templatematch.h"
#include "templates/templatevariables.h"
#include "testdata.h"

#include <QJsonArray>
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
