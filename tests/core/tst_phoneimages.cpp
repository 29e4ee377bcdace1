// SPDX-License-Identifier: GPL-3.0-or-later
// The phone preview's pictures, fetched from a server on 127.0.0.1: a picture, and each reason for none
// (not found, not an image, too large, no answer, not an http(s) link, fetching off), once each.
#include "loopbackserver.h"
#include "phone/phoneimages.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QtTest>

namespace {

QByteArray png()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestPhoneImages : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    // Asks for `link`, waits for its answer, and returns the picture and the reason.
    std::pair<QImage, QString> fetch(PhoneImages &images, const QString &link)
    {
        QSignalSpy fetched(&images, &PhoneImages::fetched);
        QString why;
        images.newPass();
        images.image(link, &why);
        if (fetched.isEmpty() && !fetched.wait(5000))
            return {QImage(), QStringLiteral("(no answer from PhoneImages)")};
        QImage image = images.image(link, &why);
        return {image, why};
    }

private slots:
    void aPictureIsFetchedOnce()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, png());
        PhoneImages images(&m_network);
        images.setLimits({5 * 1024 * 1024, 5000, 10});
        const auto [image, why] = fetch(images, server.url(QStringLiteral("/a.png")));
        QVERIFY2(!image.isNull(), qPrintable(why));
        QCOMPARE(image.size(), QSize(40, 30));
        // Asked again: the same picture, no second request.
        QString again;
        QVERIFY(!images.image(server.url(QStringLiteral("/a.png")), &again).isNull());
        QCOMPARE(server.requestsReceived(), 1);
    }

    void eachReasonForNoPicture()
    {
        PhoneImages images(&m_network);
        images.setLimits({100, 400, 10});
        LoopbackServer missing(LoopbackServer::Behaviour::Answer);
        missing.setAnswer(404, "{}");
        QCOMPARE(fetch(images, missing.url(QStringLiteral("/gone.png"))).second, QStringLiteral("HTTP 404"));
        LoopbackServer text(LoopbackServer::Behaviour::Answer);
        text.setAnswer(200, "hello");
        QCOMPARE(fetch(images, text.url(QStringLiteral("/t.png"))).second, QStringLiteral("not an image"));
        LoopbackServer huge(LoopbackServer::Behaviour::Answer);
        huge.setAnswer(200, QByteArray(1000, 'x'));
        QVERIFY(fetch(images, huge.url(QStringLiteral("/big.png"))).second.startsWith(QStringLiteral("larger than")));
        LoopbackServer silent(LoopbackServer::Behaviour::Silent);
        QCOMPARE(fetch(images, silent.url(QStringLiteral("/slow.png"))).second, QStringLiteral("no answer in 0.4 s"));

        QString why;
        QVERIFY(images.image(QStringLiteral("www.example.com/a.png"), &why).isNull());
        QCOMPARE(why, QStringLiteral("not an http(s) link"));
        images.setEnabled(false);
        QVERIFY(images.image(QStringLiteral("https://example.com/b.png"), &why).isNull());
        QCOMPARE(why, QStringLiteral("fetching images is off"));
    }

    // A link typed a letter at a time is fetched once, whole: each layout asks anew.
    void onlyTheLinkShownIsFetched()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, png());
        PhoneImages images(&m_network);
        images.setLimits({5 * 1024 * 1024, 5000, 200});
        const QString link = server.url(QStringLiteral("/typed.png"));
        QString why;
        for (qsizetype typed = link.size() - 4; typed <= link.size(); ++typed) {
            images.newPass();
            images.image(link.left(typed), &why);
        }
        QSignalSpy fetched(&images, &PhoneImages::fetched);
        QVERIFY(fetched.wait(5000));
        QCOMPARE(fetched.first().first().toString(), link);
        QCOMPARE(server.requestsReceived(), 1);
    }
};

QTEST_MAIN(TestPhoneImages)
#include "tst_phoneimages.moc"
