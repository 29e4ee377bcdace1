// SPDX-License-Identifier: GPL-3.0-or-later
#include "statestyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace StateStyle {

QColor colour(const QString &state)
{
    if (state == u"delivered")
        return QColor(0x2e, 0x9d, 0x4f);
    if (state == u"read" || state == u"played")
        return QColor(0x1e, 0x88, 0xe5);
    if (state == u"failed" || state == u"rejected")
        return QColor(0xe5, 0x39, 0x35);
    if (state == u"unknown")
        return QColor(0xef, 0x8f, 0x00);
    if (state == u"accepted" || state == u"sent")
        return QColor(0x5c, 0x8d, 0x9e);
    return QColor(0x8a, 0x8a, 0x8a); // sending
}

namespace {

QPixmap paint(const QString &state, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = colour(state);
    const qreal s = size;
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(QRectF(1, 1, s - 2, s - 2));
    QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const auto check = [&](qreal dx) {
        QPainterPath path;
        path.moveTo(s * 0.26 + dx, s * 0.52);
        path.lineTo(s * 0.42 + dx, s * 0.68);
        path.lineTo(s * 0.72 + dx, s * 0.34);
        painter.drawPath(path);
    };
    if (state == u"delivered" || state == u"accepted" || state == u"sent") {
        if (state == u"delivered") {
            check(-s * 0.08);
            check(s * 0.1);
        } else {
            check(0);
        }
    } else if (state == u"read" || state == u"played") {
        check(-s * 0.08);
        check(s * 0.1);
    } else if (state == u"failed" || state == u"rejected") {
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
    } else if (state == u"unknown") {
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.72));
    } else { // sending: three dots
        for (const qreal x : {0.3, 0.5, 0.7})
            painter.drawPoint(QPointF(s * x, s * 0.5));
    }
    return pixmap;
}

} // namespace

QIcon icon(const QString &state)
{
    // Kept for the life of the process, and never destroyed after the application object is.
    static auto *cache = new QHash<QString, QIcon>;
    const auto it = cache->constFind(state);
    if (it != cache->constEnd())
        return *it;
    QIcon made;
    for (const int size : {16, 24, 32})
        for (const qreal ratio : {1.0, 2.0})
            made.addPixmap(paint(state, size, ratio));
    cache->insert(state, made);
    return made;
}

// The descriptions, in the catalogue's "StateStyle" context (lupdate reads the macro).
struct StateText
{
    Q_DECLARE_TR_FUNCTIONS(StateStyle)
};

QString label(const QString &state)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("sending"), QT_TRANSLATE_NOOP("StateStyle", "sending")},
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("StateStyle", "accepted")},
        {QStringLiteral("sent"), QT_TRANSLATE_NOOP("StateStyle", "sent")},
        {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("StateStyle", "delivered")},
        {QStringLiteral("read"), QT_TRANSLATE_NOOP("StateStyle", "read")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("StateStyle", "failed")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("StateStyle", "rejected")},
        {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("StateStyle", "unknown")}};
    const char *word = words.value(state, nullptr);
    return word ? StateText::tr(word) : state;
}

QString describe(const QString &state)
{
    if (state == u"sending")
        return StateText::tr("Sending: on record, the request is on its way");
    if (state == u"accepted")
        return StateText::tr("Accepted by the provider; no status yet");
    if (state == u"sent")
        return StateText::tr("Sent to WhatsApp");
    if (state == u"delivered")
        return StateText::tr("Delivered to the phone");
    if (state == u"read")
        return StateText::tr("Read by the recipient");
    if (state == u"played")
        return StateText::tr("Played by the recipient");
    if (state == u"failed")
        return StateText::tr("Failed after it was accepted");
    if (state == u"rejected")
        return StateText::tr("Refused by the provider, or not sent");
    if (state == u"unknown")
        return StateText::tr(
            "Unknown: the request may have reached the provider, and there was no answer. It is not sent again.");
    return state;
}

} // namespace StateStyle
