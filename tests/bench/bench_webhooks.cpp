// SPDX-License-Identifier: GPL-3.0-or-later
// A burst of 10,000 status callbacks over loopback into the webhook receiver: every one answered and
// applied to the history, none lost. Prints the rate.
#include "history/historystore.h"
#include "webhooks/webhookreceiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Count = 10000;
    QTemporaryDir dir;
    HistoryStore history;
    QString error;
    if (!history.open(dir.filePath(QStringLiteral("history.sqlite")), &error))
        qFatal("%s", qPrintable(error));
    for (int i = 0; i < Count; ++i) {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.recipient = QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0'));
        const qint64 id = history.insertSending(record);
        history.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.BURST%1").arg(i), {}, {}, 1);
    }
    WebhookReceiver receiver(&history);
    if (!receiver.start(0, &error))
        qFatal("%s", qPrintable(error));

    QNetworkAccessManager network;
    struct Progress
    {
        int answered = 0;
        int ok = 0;
        int next = 0;
        std::function<void()> post;
    } progress;
    Progress *const state = &progress; // what the replies' handlers share, for as long as app.exec() runs
    QElapsedTimer timer;
    timer.start();
    // Providers post with a few connections at once; so does this: 8 in flight, each answered before the next.
    progress.post = [&network, &receiver, &app, state] {
        if (state->next >= Count)
            return;
        const int i = state->next++;
        const QJsonObject status{{QStringLiteral("id"), QStringLiteral("wamid.BURST%1").arg(i)},
                                 {QStringLiteral("status"), QStringLiteral("delivered")},
                                 {QStringLiteral("timestamp"), QStringLiteral("1700000000")},
                                 {QStringLiteral("recipient_id"), QStringLiteral("919876500000")}};
        const QJsonObject body{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("id"), QStringLiteral("1")},
                 {QStringLiteral("changes"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("field"), QStringLiteral("messages")},
                      {QStringLiteral("value"), QJsonObject{{QStringLiteral("statuses"), QJsonArray{status}}}}}}}}}}};
        QNetworkRequest request(QUrl(receiver.callbackUrl(QStringLiteral("meta"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(60000);
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &app, [state, reply] {
            state->ok += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
            reply->deleteLater();
            if (++state->answered == Count)
                QCoreApplication::quit();
            else
                state->post();
        });
    };
    for (int i = 0; i < 8; ++i)
        progress.post();
    app.exec();
    const double seconds = timer.elapsed() / 1000.0;
    HistoryQuery delivered;
    delivered.states = {DeliveryStatus::Delivered};
    const int applied = history.count(delivered);
    qInfo("%d callbacks in %.2f s: %.0f a second; %d answered 200, %d applied to the history, %d lost", Count, seconds,
          Count / seconds, progress.ok, applied, Count - applied);
    return applied == Count && progress.ok == Count ? 0 : 1;
}
