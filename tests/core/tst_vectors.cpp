// SPDX-License-Identifier: GPL-3.0-or-later
// Every vector of tests/data/vectors: requests validate as the vector says, responses and callbacks
// parse to the expected ids and statuses, and imports round-trip through render.
#include "providers/payload.h"
#include "testdata.h"

#include <QJsonArray>
#include <QtTest>

class TestVectors : public QObject
{
    Q_OBJECT

private:
    static void addRows(const QString &kind, bool onlyValid = false)
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : TestData::vectorNames()) {
            const QJsonObject vector = TestData::vector(name);
            if (vector.value(QStringLiteral("kind")).toString() != kind)
                continue;
            if (onlyValid && !vector.value(QStringLiteral("valid")).toBool(true))
                continue;
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    static QString describe(const Issues &issues)
    {
        QStringList lines;
        for (const Issue &issue : issues)
            lines << issue.severityName() + u' ' + issue.pointer + QStringLiteral(": ") + issue.message;
        return lines.join(u'\n');
    }

    // The house rule: Exotel's flat {from, to, content} body renders as the classic envelope.
    static QJsonObject normalised(const QJsonObject &payload)
    {
        if (!payload.contains(QStringLiteral("content")) || payload.contains(QStringLiteral("whatsapp")))
            return payload;
        QJsonObject message = payload;
        QJsonObject out;
        for (const QString &key : {QStringLiteral("custom_data"), QStringLiteral("status_callback")}) {
            if (message.contains(key))
                out.insert(key, message.take(key));
        }
        out.insert(QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("messages"), QJsonArray{message}}});
        return out;
    }

private slots:
    void requestsValidateAsTheVectorSays_data() { addRows(QStringLiteral("request")); }
    void requestsValidateAsTheVectorSays()
    {
        QFETCH(QString, name);
        const QJsonObject vector = TestData::vector(name);
        const QString provider = vector.value(QStringLiteral("provider")).toString();
        QString error;
        const auto requests = Payload::importRequests(vector.value(QStringLiteral("payload")), provider, &error);
        QVERIFY2(requests, qPrintable(error));
        const Issues issues = Payload::validate(*requests);
        if (vector.value(QStringLiteral("valid")).toBool(true)) {
            QVERIFY2(IssueList::errorCount(issues) == 0, qPrintable(describe(issues)));
            return;
        }
        const QString pointer = vector.value(QStringLiteral("pointer")).toString();
        const bool found = std::any_of(issues.cbegin(), issues.cend(),
                                       [&](const Issue &issue) { return issue.isError() && issue.pointer == pointer; });
        QVERIFY2(found, qPrintable(QStringLiteral("no error at \"%1\"; got:\n%2").arg(pointer, describe(issues))));
    }

    void requestsAreRecognisedFromTheirShape_data() { addRows(QStringLiteral("request"), true); }
    void requestsAreRecognisedFromTheirShape()
    {
        QFETCH(QString, name);
        const QJsonObject vector = TestData::vector(name);
        const QJsonObject payload = vector.value(QStringLiteral("payload")).toObject();
        const Payload::Recognised recognised = Payload::recognise(payload);
        QCOMPARE(recognised.kind, Payload::Kind::Request);
        QVERIFY(recognised.provider);
        // A bare message object is Meta's, whichever provider's page it was copied from.
        const QString expected = Payload::isBareMessage(payload) ? QStringLiteral("meta")
                                                                 : vector.value(QStringLiteral("provider")).toString();
        QCOMPARE(recognised.provider->id(), expected);
    }

    void importsRoundTripThroughRender_data() { addRows(QStringLiteral("request"), true); }
    void importsRoundTripThroughRender()
    {
        QFETCH(QString, name);
        const QJsonObject vector = TestData::vector(name);
        const QJsonObject payload = vector.value(QStringLiteral("payload")).toObject();
        QString error;
        const auto requests = Payload::importRequests(payload, QString(), &error);
        QVERIFY2(requests, qPrintable(error));
        const QList<Draft> drafts = Payload::drafts(*requests);
        QCOMPARE(drafts.size(), 1);
        const Draft &draft = drafts.first();
        if (Payload::isBareMessage(payload)) {
            QCOMPARE(QJsonDocument(draft.message).toJson(), QJsonDocument(payload).toJson());
            return;
        }
        const QJsonObject rendered = requests->provider->body(draft, draft.recipients);
        QCOMPARE(QJsonDocument(rendered).toJson(), QJsonDocument(normalised(payload)).toJson());
    }

    void responsesAndCallbacksParse_data()
    {
        QTest::addColumn<QString>("name");
        const QJsonObject expected = TestData::readObject(TestData::path(QStringLiteral("expected_results.json")));
        for (const QString &name : TestData::vectorNames()) {
            const QString kind = TestData::vector(name).value(QStringLiteral("kind")).toString();
            if (kind == u"response" || kind == u"callback") {
                QVERIFY2(expected.contains(name), qPrintable(name + QStringLiteral(" has no expected result")));
                QTest::newRow(qPrintable(name)) << name;
            }
        }
    }
    void responsesAndCallbacksParse()
    {
        QFETCH(QString, name);
        const QJsonObject vector = TestData::vector(name);
        const QJsonObject expected =
            TestData::readObject(TestData::path(QStringLiteral("expected_results.json"))).value(name).toObject();
        const QJsonObject payload = vector.value(QStringLiteral("payload")).toObject();
        const Payload::Recognised recognised = Payload::recognise(payload);
        QVERIFY(recognised.provider);
        QCOMPARE(recognised.provider->id(), vector.value(QStringLiteral("provider")).toString());
        QCOMPARE(Payload::kindName(recognised.kind), vector.value(QStringLiteral("kind")).toString());

        const QJsonArray messages = expected.value(QStringLiteral("messages")).toArray();
        QStringList got;
        QStringList want;
        for (const QJsonValue &value : messages) {
            const QJsonObject m = value.toObject();
            want << m.value(QStringLiteral("id")).toString() + u' ' + m.value(QStringLiteral("status")).toString() +
                        u' ' + m.value(QStringLiteral("code")).toString();
        }
        if (recognised.kind == Payload::Kind::Response) {
            const int status = vector.value(QStringLiteral("http_status")).toInt(0);
            for (const MessageResult &r : recognised.provider->parseResponse(status, payload, {}))
                got << r.messageId + u' ' + Delivery::name(r.status) + u' ' + r.errorCode;
        } else {
            for (const CallbackEvent &e : recognised.provider->parseCallback(payload)) {
                const QString status =
                    e.kind == CallbackEvent::Kind::Inbound ? QStringLiteral("inbound") : Delivery::name(e.status);
                got << e.messageId + u' ' + status + u' ' + e.errorCode;
            }
        }
        QCOMPARE(got, want);
    }
};

QTEST_GUILESS_MAIN(TestVectors)
#include "tst_vectors.moc"
