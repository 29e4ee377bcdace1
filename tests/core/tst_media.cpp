// SPDX-License-Identifier: GPL-3.0-or-later
// Media from files: a file judged by its content against WhatsApp's types and sizes, multipart form data read
// strictly, and through the Workbench a file uploaded to the Sandbox for a media id and that id's file saved
// back, byte for byte, for every provider that uploads; those that take links only say so.
#include "accounts/secretstore.h"
#include "history/historystore.h"
#include "media/mediafiles.h"
#include "media/mediatransfer.h"
#include "net/multipart.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "session/workbench.h"
#include "webhooks/localservices.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A real PNG of `side` x `side` pixels of noise (so that it does not compress away).
QByteArray png(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    quint32 seed = 1;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            seed = seed * 1664525u + 1013904223u;
            image.setPixel(x, y, seed);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A WebP file's first bytes: still ("VP8 ") or animated (VP8X with its animation flag), padded to `size`.
QByteArray webp(qint64 size, bool animated)
{
    QByteArray head = "RIFF" + QByteArray(4, '\0') + "WEBP";
    if (animated)
        head += "VP8X" + QByteArray::fromHex("0a000000") + QByteArray::fromHex("02000000") + QByteArray(6, '\0');
    else
        head += "VP8 " + QByteArray::fromHex("0a000000") + QByteArray(10, '\0');
    return head + QByteArray(size - head.size(), '\0');
}

Draft imageDraft(const QString &provider, const QString &account = QString())
{
    Draft draft;
    draft.provider = provider;
    draft.account = account;
    draft.sender = QStringLiteral("+919876500001");
    draft.recipients = {QStringLiteral("+919876543210")};
    draft.message = {{QStringLiteral("type"), QStringLiteral("image")},
                     {QStringLiteral("image"), QJsonObject{{QStringLiteral("id"), QString()}}}};
    return draft;
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void filesAreJudgedByContentTypeAndSize()
    {
        const MediaFiles::Checked photo =
            MediaFiles::check(write(QStringLiteral("photo.png"), png(64)), QStringLiteral("image"));
        QVERIFY2(photo.ok(), qPrintable(photo.problem));
        QCOMPARE(photo.mimeType, QStringLiteral("image/png"));
        QCOMPARE(photo.fileName, QStringLiteral("photo.png"));

        // The content decides: a PNG named .jpg is still a PNG; a text named .png is not an image.
        const MediaFiles::Checked misnamed =
            MediaFiles::check(write(QStringLiteral("photo.jpg"), png(8)), QStringLiteral("image"));
        QVERIFY2(misnamed.ok(), qPrintable(misnamed.problem));
        QCOMPARE(misnamed.mimeType, QStringLiteral("image/png"));
        const MediaFiles::Checked text =
            MediaFiles::check(write(QStringLiteral("notes.txt"), "just words\n"), QStringLiteral("image"));
        QVERIFY(!text.ok());
        QVERIFY2(text.problem.startsWith(QStringLiteral("notes.txt is ")) &&
                     text.problem.endsWith(QStringLiteral("an image must be JPEG or PNG")),
                 qPrintable(text.problem));
        // ...but it is a document, as text/plain.
        const MediaFiles::Checked document =
            MediaFiles::check(m_dir.filePath(QStringLiteral("notes.txt")), QStringLiteral("document"));
        QVERIFY2(document.ok(), qPrintable(document.problem));
        QCOMPARE(document.mimeType, QStringLiteral("text/plain"));

        // Over the limit by one byte, and at it.
        QByteArray big = png(8);
        big.append(QByteArray(5 * 1024 * 1024 + 1 - big.size(), '\0'));
        const MediaFiles::Checked tooBig =
            MediaFiles::check(write(QStringLiteral("big.png"), big), QStringLiteral("image"));
        QCOMPARE(tooBig.problem, QStringLiteral("big.png is 5 MB; the limit for an image is 5 MB"));
        big.chop(1);
        QVERIFY(MediaFiles::check(write(QStringLiteral("limit.png"), big), QStringLiteral("image")).ok());

        // Stickers: 100 KB still, 500 KB animated.
        const QString still = write(QStringLiteral("still.webp"), webp(200 * 1024, false));
        QCOMPARE(MediaFiles::check(still, QStringLiteral("sticker")).problem,
                 QStringLiteral("still.webp is 200 KB; the limit for a still sticker is 100 KB"));
        const QString moving = write(QStringLiteral("moving.webp"), webp(200 * 1024, true));
        QVERIFY(MediaFiles::check(moving, QStringLiteral("sticker")).ok());
        QCOMPARE(
            MediaFiles::check(write(QStringLiteral("huge.webp"), webp(501 * 1024, true)), QStringLiteral("sticker"))
                .problem,
            QStringLiteral("huge.webp is 501 KB; the limit for an animated sticker is 500 KB"));

        QCOMPARE(MediaFiles::check(m_dir.filePath(QStringLiteral("nothing.png")), QStringLiteral("image")).problem,
                 m_dir.filePath(QStringLiteral("nothing.png")) + QStringLiteral(": there is no such file"));
        QCOMPARE(MediaFiles::check(write(QStringLiteral("empty.png"), {}), QStringLiteral("image")).problem,
                 QStringLiteral("empty.png is empty"));
    }

    void multipartIsReadStrictly()
    {
        const QByteArray type = "multipart/form-data; boundary=\"XyZ\"";
        const QByteArray body =
            "--XyZ\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nimage/png\r\n"
            "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".png\"\r\n"
            "Content-Type: image/png\r\n\r\n\x89PNG\r\n--X\r\n--XyZ--\r\n";
        QString error;
        const std::optional<QList<FormPart>> parts = Multipart::parse(type, body, &error);
        QVERIFY2(parts, qPrintable(error));
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(0).name, QByteArray("type"));
        QCOMPARE(parts->at(0).body, QByteArray("image/png"));
        QCOMPARE(parts->at(1).fileName, QStringLiteral("a \"b\".png"));
        QCOMPARE(parts->at(1).contentType, QByteArray("image/png"));
        QCOMPARE(parts->at(1).body, QByteArray("\x89PNG\r\n--X")); // a near-boundary inside stays data

        QVERIFY(!Multipart::parse("application/json", body, &error));
        QVERIFY(!Multipart::parse(type, body.left(body.size() - 12), &error));
        QCOMPARE(error, QStringLiteral("part 2 has no closing boundary"));
        QVERIFY(!Multipart::parse(type, "--XyZ\r\nno colon here\r\n\r\nx\r\n--XyZ--", &error));
        QCOMPARE(error, QStringLiteral("part 1: \"no colon here\" is not a header"));
        QVERIFY(!Multipart::parse(type, "--XyZ\r\nContent-Type: a/b\r\n\r\nx\r\n--XyZ--", &error));
        QCOMPARE(error, QStringLiteral("part 1 has no name"));
    }

    void providersSayWhetherTheyUpload()
    {
        for (const QString &id : {QStringLiteral("meta"), QStringLiteral("kaleyra"), QStringLiteral("sandbox")})
            QVERIFY2(Providers::find(id)->mediaUploadUnsupported().isEmpty(), qPrintable(id));
        QCOMPARE(Providers::find(QStringLiteral("telnyx"))->mediaUploadUnsupported(),
                 QStringLiteral("Telnyx takes media by link only: put the file where it can be fetched over https and "
                                "give its link"));
        QVERIFY(!Providers::find(QStringLiteral("exotel"))->mediaUploadUnsupported().isEmpty());

        // Meta's upload: the number's media endpoint, the token, and the form fields Meta requires.
        Account account;
        account.settings = {{QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}};
        account.secrets = {{QStringLiteral("access_token"), QStringLiteral("TOKEN")}};
        const std::optional<Provider::MediaUpload> upload =
            Providers::find(QStringLiteral("meta"))->mediaUpload(account, QString(), QStringLiteral("image/png"));
        QCOMPARE(upload->request.url.toString(),
                 QStringLiteral("https://graph.facebook.com/v21.0/106540352242922/media"));
        QCOMPARE(upload->fields,
                 (QList<std::pair<QByteArray, QByteArray>>{{"messaging_product", "whatsapp"}, {"type", "image/png"}}));
        QVERIFY(upload->request.text(true).contains(QStringLiteral("Bearer ••••")));
        const std::optional<HttpRequest> where =
            Providers::find(QStringLiteral("meta"))->mediaRequest(account, QStringLiteral("1037543291543636"), nullptr);
        QCOMPARE(where->url.toString(),
                 QStringLiteral("https://graph.facebook.com/v21.0/1037543291543636?phone_number_id=106540352242922"));
        QCOMPARE(where->method, QByteArray("GET"));

        // Kaleyra's: its business number's media endpoint with the api-key; an id read from either shape.
        Account kaleyra;
        kaleyra.settings = {{QStringLiteral("sid"), QStringLiteral("HXAP1")},
                            {QStringLiteral("pod"), QStringLiteral("in")}};
        const Provider *k = Providers::find(QStringLiteral("kaleyra"));
        const std::optional<Provider::MediaUpload> kUpload =
            k->mediaUpload(kaleyra, QStringLiteral("+919876500001"), QStringLiteral("application/pdf"));
        QVERIFY2(kUpload->request.url.toString().endsWith(QStringLiteral("/v2/HXAP1/whatsapp/%2B919876500001/media")),
                 qPrintable(kUpload->request.url.toString()));
        QCOMPARE(kUpload->request.authHeaderName, QByteArray("api-key"));
        QCOMPARE(k->uploadedMediaId({{QStringLiteral("id"), QStringLiteral("77")}}), QStringLiteral("77"));
        QCOMPARE(k->uploadedMediaId(
                     {{QStringLiteral("data"), QJsonObject{{QStringLiteral("media_id"), QStringLiteral("78")}}}}),
                 QStringLiteral("78"));
    }

    // Through the session: the Sandbox takes the upload as Meta does, gives an id, says where that id is,
    // and serves the file back to the same credentials.
    void aFileGoesUpAndComesBackThroughTheSandbox()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history.sqlite")), 0, &secrets, &settings, true, std::nullopt});
        workbench.startServices({true, false, true});
        QVERIFY(workbench.services()->sandbox());
        const QByteArray bytes = png(800); // over the 1 MB a message may be: uploads have a limit of their own
        QVERIFY(bytes.size() > 1024 * 1024);
        const QString path = write(QStringLiteral("product photo.png"), bytes);

        QSignalSpy uploaded(&workbench, &Workbench::mediaUploaded);
        QSignalSpy progress(&workbench, &Workbench::mediaProgress);
        QString why;
        QVERIFY2(workbench.uploadMedia(imageDraft(QStringLiteral("sandbox")), path, QStringLiteral("image"), &why),
                 qPrintable(why));
        QVERIFY(workbench.isTransferringMedia());
        QVERIFY(!workbench.uploadMedia(imageDraft(QStringLiteral("sandbox")), path, QStringLiteral("image"), &why));
        QCOMPARE(why, QStringLiteral("Another upload or download is under way"));
        QVERIFY(uploaded.wait(10000));
        QVERIFY2(uploaded.first().at(0).toBool(), qPrintable(uploaded.first().at(2).toString()));
        const QString mediaId = uploaded.first().at(1).toString();
        QVERIFY(!mediaId.isEmpty());
        QCOMPARE(uploaded.first().at(2).toString(),
                 QStringLiteral("Uploaded product photo.png: media id %1").arg(mediaId));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());
        QVERIFY(!workbench.isTransferringMedia());

        QSignalSpy downloaded(&workbench, &Workbench::mediaDownloaded);
        const QString saved = m_dir.filePath(QStringLiteral("saved.png"));
        QVERIFY2(workbench.downloadMedia(QStringLiteral("sandbox"), QString(), mediaId, saved, &why), qPrintable(why));
        QVERIFY(downloaded.wait(10000));
        QVERIFY2(downloaded.first().at(0).toBool(), qPrintable(downloaded.first().at(1).toString()));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);

        // An id the Sandbox does not hold: said, and nothing written.
        downloaded.clear();
        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere.png"));
        QVERIFY(workbench.downloadMedia(QStringLiteral("sandbox"), QString(), QStringLiteral("123"), nowhere, &why));
        QVERIFY(downloaded.wait(10000));
        QVERIFY(!downloaded.first().at(0).toBool());
        QVERIFY2(downloaded.first().at(1).toString().startsWith(QStringLiteral(
                     "The provider did not say where the media is: HTTP 400: 100: Unsupported get request")),
                 qPrintable(downloaded.first().at(1).toString()));
        QVERIFY(!QFile::exists(nowhere));

        // Links only, and a file that is not what the message says: refused before anything goes.
        QVERIFY(!workbench.uploadMedia(imageDraft(QStringLiteral("telnyx")), path, QStringLiteral("image"), &why));
        QVERIFY(why.contains(QStringLiteral("link only")));
        QVERIFY(!workbench.uploadMedia(imageDraft(QStringLiteral("sandbox")), path, QStringLiteral("video"), &why));
        QVERIFY2(why.endsWith(QStringLiteral("a video must be MP4 or 3GP")), qPrintable(why));
    }

    // Kaleyra's upload as the Sandbox plays it, with the account's API key asked for once.
    void kaleyraUploadsToo()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings-k.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history-k.sqlite")), 0, &secrets, &settings, false, std::nullopt});
        workbench.startServices({true, false, true});
        AccountProfile profile;
        profile.id = QStringLiteral("kaleyra-1");
        profile.provider = QStringLiteral("kaleyra");
        profile.name = QStringLiteral("Kaleyra");
        profile.defaultSender = QStringLiteral("+919876500001");
        profile.settings = {{QStringLiteral("sid"), QStringLiteral("HXAP1")},
                            {QStringLiteral("base_url"), workbench.services()->sandbox()->baseUrl()}};
        QCOMPARE(workbench.accounts()->save(profile), QString());
        int asked = 0;
        connect(&workbench, &Workbench::secretNeeded, this, [&] {
            ++asked;
            workbench.answerSecret(QStringLiteral("KEY"));
        });
        QSignalSpy uploaded(&workbench, &Workbench::mediaUploaded);
        QString why;
        const QString path =
            write(QStringLiteral("invoice.pdf"), "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
        QVERIFY2(workbench.uploadMedia(imageDraft(QStringLiteral("kaleyra"), profile.id), path,
                                       QStringLiteral("document"), &why),
                 qPrintable(why));
        QVERIFY(uploaded.wait(10000));
        QVERIFY2(uploaded.first().at(0).toBool(), qPrintable(uploaded.first().at(2).toString()));
        QCOMPARE(asked, 1);
        QVERIFY(workbench.services()->sandbox()->media().holds(uploaded.first().at(1).toString()));
        // Kaleyra documents no download by id: said before anything goes.
        QVERIFY(!workbench.downloadMedia(QStringLiteral("kaleyra"), QString(), QStringLiteral("1"),
                                         m_dir.filePath(QStringLiteral("k.pdf")), &why));
        QVERIFY2(why.contains(QStringLiteral("link")), qPrintable(why));
    }

    // A customer's media as Meta's webhook gives it (an id, its type, a document's file name) is kept with the
    // number it was sent to, and listed newest first; a link (Exotel's) is kept as a link.
    void aCustomersMediaIsKept()
    {
        const QJsonObject document{{QStringLiteral("id"), QStringLiteral("1037543291543636")},
                                   {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                                   {QStringLiteral("sha256"), QStringLiteral("abc")},
                                   {QStringLiteral("filename"), QStringLiteral("receipt.pdf")}};
        const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                             {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}}},
                                {QStringLiteral("messages"),
                                 QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("16505551234")},
                                                        {QStringLiteral("id"), QStringLiteral("wamid.DOC")},
                                                        {QStringLiteral("timestamp"), QStringLiteral("1764500000")},
                                                        {QStringLiteral("type"), QStringLiteral("document")},
                                                        {QStringLiteral("document"), document}}}}};
        const QJsonObject body{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                               {QStringLiteral("entry"),
                                QJsonArray{QJsonObject{{QStringLiteral("changes"),
                                                        QJsonArray{QJsonObject{{QStringLiteral("value"), value}}}}}}}};
        const QList<CallbackEvent> events = Providers::find(QStringLiteral("meta"))->parseCallback(body);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().mediaId, QStringLiteral("1037543291543636"));
        QCOMPARE(events.first().mediaMimeType, QStringLiteral("application/pdf"));
        QCOMPARE(events.first().mediaFileName, QStringLiteral("receipt.pdf"));
        QCOMPARE(events.first().business, QStringLiteral("15550783881"));

        HistoryStore history;
        QString error;
        QVERIFY2(history.open(m_dir.filePath(QStringLiteral("inbound.sqlite")), &error), qPrintable(error));
        QCOMPARE(history.recordInbound(QStringLiteral("meta"), events.first()), HistoryStore::Stored::New);
        CallbackEvent text = events.first();
        text.messageId = QStringLiteral("wamid.TEXT");
        text.mediaId.clear();
        QCOMPARE(history.recordInbound(QStringLiteral("meta"), text), HistoryStore::Stored::New);
        CallbackEvent linked;
        linked.kind = CallbackEvent::Kind::Inbound;
        linked.messageId = QStringLiteral("exo-1");
        linked.from = QStringLiteral("+919876543210");
        linked.inboundType = QStringLiteral("image");
        linked.mediaUrl = QStringLiteral("https://example.com/m/1.jpg");
        QCOMPARE(history.recordInbound(QStringLiteral("exotel"), linked), HistoryStore::Stored::New);

        const QList<ReceivedMedia> media = history.receivedMedia();
        QCOMPARE(media.size(), 2); // not the text
        QCOMPARE(media.at(0).mediaUrl, QStringLiteral("https://example.com/m/1.jpg"));
        QCOMPARE(media.at(0).customer, QStringLiteral("919876543210"));
        QCOMPARE(media.at(1).mediaId, QStringLiteral("1037543291543636"));
        QCOMPARE(media.at(1).fileName, QStringLiteral("receipt.pdf"));
        QCOMPARE(media.at(1).business, QStringLiteral("15550783881"));
        QCOMPARE(media.at(1).type, QStringLiteral("document"));
    }

    // What the Sandbox refuses, in Meta's words: a type WhatsApp does not take, no token.
    void theSandboxRefusesWhatMetaRefuses()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start(0));
        QNetworkAccessManager network;
        const Provider *provider = Providers::find(QStringLiteral("sandbox"));
        Account account;
        account.settings = {{QStringLiteral("base_url"), sandbox.baseUrl()}};
        account.secrets = {{QStringLiteral("access_token"), QStringLiteral("T")}};
        MediaFiles::Checked gif;
        gif.path = write(QStringLiteral("anim.gif"), "GIF89a" + QByteArray(64, '\0'));
        gif.fileName = QStringLiteral("anim.gif");
        gif.mimeType = QStringLiteral("image/gif");
        MediaUploadJob job(&network);
        QSignalSpy finished(&job, &MediaUploadJob::finished);
        QVERIFY(job.start(provider, *provider->mediaUpload(account, QString(), gif.mimeType), gif, 5000, nullptr));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(2).toString().contains(QStringLiteral("HTTP 400: 131053")),
                 qPrintable(finished.first().at(2).toString()));

        // Meta as the Sandbox plays it wants a token.
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        account.settings.insert(QStringLiteral("phone_number_id"), QStringLiteral("PNID"));
        MediaFiles::Checked photo = MediaFiles::check(write(QStringLiteral("p.png"), png(4)), QStringLiteral("image"));
        Provider::MediaUpload upload = *meta->mediaUpload(account, QString(), photo.mimeType);
        upload.request.auth = HttpRequest::Auth::None;
        MediaUploadJob again(&network);
        QSignalSpy refused(&again, &MediaUploadJob::finished);
        QVERIFY(again.start(meta, upload, photo, 5000, nullptr));
        QVERIFY(refused.wait(10000));
        QVERIFY2(refused.first().at(2).toString().contains(QStringLiteral("HTTP 401")),
                 qPrintable(refused.first().at(2).toString()));
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
