// SPDX-License-Identifier: GPL-3.0-or-later
// The draft being edited: edits by pointer, undo and redo, validation on change, skeletons, line maps.
#include "document/draftdocument.h"
#include "message/jsondocument.h"
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"
#include "message/validator.h"
#include "testdata.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void editsAreUndoableAndTypingIsOneStep()
    {
        DraftDocument document;
        Draft draft;
        draft.message = Skeleton::message(SchemaRegistry::shared(), QStringLiteral("text"));
        document.setDraft(draft);
        QVERIFY(!document.canUndo());

        QSignalSpy changed(&document, &DraftDocument::changed);
        QSignalSpy structure(&document, &DraftDocument::structureChanged);
        for (const QString &text : {QStringLiteral("H"), QStringLiteral("He"), QStringLiteral("Hel")})
            document.setValue(QStringLiteral("/text/body"), text);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(structure.size(), 0);
        QVERIFY(document.isModified());
        document.setValue(QStringLiteral("/text/preview_url"), true);

        document.undo();
        QCOMPARE(document.value(QStringLiteral("/text/preview_url")), QJsonValue(QJsonValue::Undefined));
        QCOMPARE(document.value(QStringLiteral("/text/body")).toString(), QStringLiteral("Hel"));
        document.undo();
        QCOMPARE(document.value(QStringLiteral("/text/body")).toString(), QString());
        QVERIFY(!document.canUndo());
        document.redo();
        QCOMPARE(document.value(QStringLiteral("/text/body")).toString(), QStringLiteral("Hel"));
    }

    void changesSayWhichValueTheyWrote()
    {
        DraftDocument document;
        Draft draft;
        draft.message = Skeleton::message(SchemaRegistry::shared(), QStringLiteral("text"));
        document.setDraft(draft);
        QList<std::optional<QString>> seen;
        connect(&document, &DraftDocument::changed, this, [&] { seen.append(document.editedValue()); });
        document.setValue(QStringLiteral("/text/body"), QStringLiteral("Hi"));
        document.setValue(QStringLiteral("/text/preview_url"), true);
        document.undo();
        document.setMessage(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
        QCOMPARE(seen.size(), 4);
        QCOMPARE(seen.at(0), std::optional<QString>(QStringLiteral("/text/body")));
        QCOMPARE(seen.at(1), std::optional<QString>(QStringLiteral("/text/preview_url")));
        QVERIFY2(!seen.at(2), "undo may change anything");
        QVERIFY2(!seen.at(3), "a new message may change anything");
        QVERIFY2(!document.editedValue(), "outside changed() nothing is named");
    }

    void issuesFollowEveryEdit()
    {
        DraftDocument document;
        Draft draft;
        draft.provider = QStringLiteral("meta");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message = Skeleton::message(SchemaRegistry::shared(), QStringLiteral("text"));
        document.setDraft(draft);
        const auto errorsAt = [&](const QString &pointer) {
            return std::count_if(document.issues().cbegin(), document.issues().cend(),
                                 [&](const Issue &issue) { return issue.isError() && issue.pointer == pointer; });
        };
        QCOMPARE(errorsAt(QStringLiteral("/message/text/body")), 1); // empty
        document.setValue(QStringLiteral("/text/body"), QString(4096, u'a'));
        QCOMPARE(errorsAt(QStringLiteral("/message/text/body")), 0);
        document.setValue(QStringLiteral("/text/body"), QString(4097, u'a'));
        QCOMPARE(errorsAt(QStringLiteral("/message/text/body")), 1);
        document.setProvider(QStringLiteral("telnyx"));
        QCOMPARE(errorsAt(QStringLiteral("/sender")), 1); // Telnyx needs a sender
    }

    void cleanStateFollowsSaves()
    {
        DraftDocument document;
        QSignalSpy modified(&document, &DraftDocument::modifiedChanged);
        document.setSender(QStringLiteral("+919876500001"));
        QCOMPARE(modified.size(), 1);
        QVERIFY(document.isModified());
        document.markClean();
        QVERIFY(!document.isModified());
        document.setSender(QStringLiteral("+919876500002"));
        document.undo();
        QVERIFY(!document.isModified());
    }

    void skeletonsAreTheirKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const MessageKind &kind : Kinds::all())
            QTest::newRow(qPrintable(kind.id)) << kind.id;
    }
    void skeletonsAreTheirKind()
    {
        QFETCH(QString, kind);
        const QJsonObject message = Skeleton::message(SchemaRegistry::shared(), kind);
        QCOMPARE(Kinds::of(message), kind);
        // What is missing is only what a person has to type: empty texts and ids.
        for (const Issue &issue : Validator::validateMessage(message)) {
            if (issue.isError()) {
                QVERIFY2(issue.message.contains(QStringLiteral("is empty")) ||
                             issue.message.contains(QStringLiteral("needs")) ||
                             issue.message.contains(QStringLiteral("Give")) ||
                             issue.message.contains(QStringLiteral("payment")),
                         qPrintable(issue.pointer + QStringLiteral(": ") + issue.message));
            }
        }
    }

    void skeletonsFollowConditions()
    {
        const SchemaRegistry &registry = SchemaRegistry::shared();
        const QJsonObject header = registry.resolve(
            QJsonObject{{QStringLiteral("$ref"), QStringLiteral("common.schema.json#/definitions/interactiveHeader")}});
        QCOMPARE(Skeleton::make(registry, header).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}}));
        const QJsonObject list = Skeleton::message(registry, QStringLiteral("interactive.list"));
        QCOMPARE(JsonPointer::get(list, QStringLiteral("/interactive/action/sections")).toArray().size(), 1);
        QCOMPARE(JsonPointer::get(list, QStringLiteral("/interactive/action/sections/0/rows/0/id")),
                 QJsonValue(QString()));
        const QJsonObject image = Skeleton::message(registry, QStringLiteral("image"));
        QCOMPARE(JsonPointer::get(image, QStringLiteral("/image/link")), QJsonValue(QString()));
    }

    void lineMapMatchesThePrettyText()
    {
        for (const QString &path : Kinds::examplePaths()) {
            const QJsonObject message = TestData::readObject(path).value(QStringLiteral("message")).toObject();
            const QStringList lines = QString::fromUtf8(JsonDocument::pretty(QJsonDocument(message))).split(u'\n');
            const QHash<QString, int> map = JsonDocument::lineMap(message);
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                const QStringList tokens = JsonPointer::split(it.key());
                if (tokens.isEmpty())
                    continue;
                const QString line = lines.value(it.value()).trimmed();
                const QJsonValue parent =
                    JsonPointer::get(message, JsonPointer::join(tokens.mid(0, tokens.size() - 1)));
                if (parent.isObject())
                    QVERIFY2(line.startsWith(u'"' + tokens.last() + QStringLiteral("\":")),
                             qPrintable(it.key() + u' ' + line));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
