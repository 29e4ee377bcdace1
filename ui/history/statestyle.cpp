// SPDX-License-Identifier: GPL-3.0-or-later
#include "statestyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace StateStyle {

QColor colour(DeliveryStatus state)
{
    if (state == DeliveryStatus::Delivered)
        return QColor(0x2e, 0x9d, 0x4f);
    if (state == DeliveryStatus::Read || state == DeliveryStatus::Played)
        return QColor(0x1e, 0x88, 0xe5);
    if (state == DeliveryStatus::Failed || state == DeliveryStatus::Rejected)
        return QColor(0xe5, 0x39, 0x35);
    if (state == DeliveryStatus::Unknown)
        return QColor(0xef, 0x8f, 0x00);
    if (state == DeliveryStatus::Accepted || state == DeliveryStatus::Sent)
        return QColor(0x5c, 0x8d, 0x9e);
    return QColor(0x8a, 0x8a, 0x8a); // sending
}

namespace {

// Draws the state's mark in a `size` square at the painter's origin.
void draw(QPainter &painter, DeliveryStatus state, qreal size)
{
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
    if (state == DeliveryStatus::Delivered || state == DeliveryStatus::Accepted || state == DeliveryStatus::Sent) {
        if (state == DeliveryStatus::Delivered) {
            check(-s * 0.08);
            check(s * 0.1);
        } else {
            check(0);
        }
    } else if (state == DeliveryStatus::Read || state == DeliveryStatus::Played) {
        check(-s * 0.08);
        check(s * 0.1);
    } else if (state == DeliveryStatus::Failed || state == DeliveryStatus::Rejected) {
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
    } else if (state == DeliveryStatus::Unknown) {
        painter.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.72));
    } else { // sending: three dots
        for (const qreal x : {0.3, 0.5, 0.7})
            painter.drawPoint(QPointF(s * x, s * 0.5));
    }
}

// The icon drawn at the size asked for, when it is asked for: a window shows a few of them, at one size.
class StateIconEngine final : public QIconEngine
{
public:
    explicit StateIconEngine(DeliveryStatus state) : m_state(state) {}
    void paint(QPainter *painter, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(rect.width(), rect.height());
        painter->save();
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        draw(*painter, m_state, side);
        painter->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap out(size);
        out.fill(Qt::transparent);
        QPainter painter(&out);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return out;
    }
    QIconEngine *clone() const override { return new StateIconEngine(m_state); }

private:
    DeliveryStatus m_state;
};

} // namespace

QIcon icon(DeliveryStatus state)
{
    // Kept for the life of the process, and never destroyed after the application object is.
    static auto *cache = new QHash<DeliveryStatus, QIcon>;
    const auto it = cache->constFind(state);
    if (it != cache->constEnd())
        return *it;
    const QIcon made(new StateIconEngine(state));
    cache->insert(state, made);
    return made;
}

// The descriptions, in the catalogue's "StateStyle" context (lupdate reads the macro).
struct StateText
{
    Q_DECLARE_TR_FUNCTIONS(StateStyle)
};

QString label(DeliveryStatus state)
{
    switch (state) {
    case DeliveryStatus::Sending:
        return StateText::tr("sending");
    case DeliveryStatus::Accepted:
        return StateText::tr("accepted");
    case DeliveryStatus::Sent:
        return StateText::tr("sent");
    case DeliveryStatus::Delivered:
        return StateText::tr("delivered");
    case DeliveryStatus::Read:
        return StateText::tr("read");
    case DeliveryStatus::Played:
        return StateText::tr("played");
    case DeliveryStatus::Failed:
        return StateText::tr("failed");
    case DeliveryStatus::Rejected:
        return StateText::tr("rejected");
    case DeliveryStatus::Unknown:
        break;
    }
    return StateText::tr("unknown");
}

QString describe(DeliveryStatus state)
{
    if (state == DeliveryStatus::Sending)
        return StateText::tr("Sending: on record, the request is on its way");
    if (state == DeliveryStatus::Accepted)
        return StateText::tr("Accepted by the provider; no status yet");
    if (state == DeliveryStatus::Sent)
        return StateText::tr("Sent to WhatsApp");
    if (state == DeliveryStatus::Delivered)
        return StateText::tr("Delivered to the phone");
    if (state == DeliveryStatus::Read)
        return StateText::tr("Read by the recipient");
    if (state == DeliveryStatus::Played)
        return StateText::tr("Played by the recipient");
    if (state == DeliveryStatus::Failed)
        return StateText::tr("Failed after it was accepted");
    if (state == DeliveryStatus::Rejected)
        return StateText::tr("Refused by the provider, or not sent");
    if (state == DeliveryStatus::Unknown)
        return StateText::tr(
            "Unknown: the request may have reached the provider, and there was no answer. It is not sent again.");
    return Delivery::name(state);
}

} // namespace StateStyle
