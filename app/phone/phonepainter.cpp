// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonepainter.h"

#include "phonetheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace PhonePainter {

namespace {

// WhatsApp's wallpaper is a faint doodle: a regular pattern of small rings here.
void wallpaper(const PhoneItem &item, bool dark, QPainter *painter)
{
    painter->fillRect(item.rect, item.colour);
    painter->setPen(QPen(PhoneTheme::colours(dark).doodle, 1.2));
    painter->setBrush(Qt::NoBrush);
    for (qreal y = 20; y < item.rect.bottom(); y += 46) {
        const qreal shift = int(y / 46) % 2 ? 23 : 0;
        for (qreal x = 12 + shift; x < item.rect.right(); x += 46)
            painter->drawEllipse(QPointF(x, y), 5, 5);
    }
}

void fill(const PhoneItem &item, QPainter *painter)
{
    if (item.colour.alpha() == 0)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(item.colour);
    if (!item.tail) {
        painter->drawRoundedRect(item.rect, item.radius, item.radius);
        return;
    }
    // An incoming bubble: square at its top left, where the tail leaves it.
    QPainterPath path;
    path.addRoundedRect(item.rect, item.radius, item.radius);
    path.addRect(QRectF(item.rect.topLeft(), QSizeF(item.radius, item.radius)));
    const qreal tail = PhoneTheme::TailSize;
    QPolygonF triangle;
    triangle << item.rect.topLeft() << item.rect.topLeft() + QPointF(-tail, 0)
             << item.rect.topLeft() + QPointF(0, tail * 1.4);
    path.addPolygon(triangle);
    path.setFillRule(Qt::WindingFill);
    painter->drawPath(path.simplified());
}

void icon(const PhoneItem &item, QPainter *painter)
{
    const QRectF r = item.rect;
    painter->setPen(QPen(item.colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    const QString &name = item.icon;
    if (name == u"play") {
        if (item.role == u"play-mark") {
            painter->setBrush(QColor(0, 0, 0, 110));
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(r);
            painter->setBrush(item.colour);
        } else {
            painter->setBrush(item.colour);
        }
        QPolygonF triangle;
        triangle << QPointF(r.left() + r.width() * 0.38, r.top() + r.height() * 0.28)
                 << QPointF(r.left() + r.width() * 0.38, r.top() + r.height() * 0.72)
                 << QPointF(r.left() + r.width() * 0.74, r.center().y());
        painter->drawPolygon(triangle);
    } else if (name == u"document") {
        painter->drawRect(r.adjusted(4, 1, -4, -1));
        for (int line = 1; line <= 3; ++line)
            painter->drawLine(QPointF(r.left() + 8, r.top() + line * r.height() / 4.5 + 3),
                              QPointF(r.right() - 8, r.top() + line * r.height() / 4.5 + 3));
    } else if (name == u"pin" || name == u"location") {
        QPainterPath drop;
        drop.moveTo(r.center().x(), r.bottom());
        drop.cubicTo(r.left(), r.center().y(), r.left(), r.top(), r.center().x(), r.top());
        drop.cubicTo(r.right(), r.top(), r.right(), r.center().y(), r.center().x(), r.bottom());
        painter->setBrush(name == u"pin" ? item.colour : Qt::transparent);
        painter->drawPath(drop);
    } else if (name == u"list") {
        for (int line = 0; line < 3; ++line) {
            const qreal y = r.top() + 3 + line * (r.height() - 6) / 2;
            painter->drawLine(QPointF(r.left() + 5, y), QPointF(r.right(), y));
            painter->drawPoint(QPointF(r.left() + 1, y));
        }
    } else if (name == u"link") {
        painter->drawRect(r.adjusted(1, 4, -4, -1));
        painter->drawLine(QPointF(r.center().x(), r.center().y()), QPointF(r.right(), r.top()));
        painter->drawLine(QPointF(r.right() - 5, r.top()), QPointF(r.right(), r.top()));
        painter->drawLine(QPointF(r.right(), r.top()), QPointF(r.right(), r.top() + 5));
    } else if (name == u"reply") {
        QPainterPath arrow;
        arrow.moveTo(r.right(), r.bottom() - 2);
        arrow.quadTo(r.right(), r.center().y(), r.left() + 3, r.center().y());
        painter->drawPath(arrow);
        painter->drawLine(QPointF(r.left() + 3, r.center().y()), QPointF(r.left() + 8, r.center().y() - 5));
        painter->drawLine(QPointF(r.left() + 3, r.center().y()), QPointF(r.left() + 8, r.center().y() + 5));
    } else if (name == u"radio") {
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
    } else if (name == u"person") {
        painter->setPen(Qt::NoPen);
        painter->setBrush(item.colour);
        painter->drawEllipse(r);
        painter->setBrush(Qt::white);
        painter->drawEllipse(
            QRectF(r.center().x() - r.width() / 6, r.top() + r.height() / 5, r.width() / 3, r.height() / 3));
    } else if (name == u"copy") {
        painter->drawRect(r.adjusted(5, 1, -1, -5));
        painter->drawRect(r.adjusted(1, 5, -5, -1));
    } else if (name == u"call") {
        QPainterPath handset;
        handset.moveTo(r.left() + 3, r.top() + 2);
        handset.cubicTo(r.left(), r.bottom(), r.right() - 4, r.bottom() + 2, r.right() - 1, r.bottom() - 3);
        painter->setPen(QPen(item.colour, 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(handset);
    } else if (name == u"cart" || name == u"flow") {
        painter->drawRoundedRect(r.adjusted(1, 3, -1, -1), 2, 2);
        painter->drawLine(QPointF(r.left() + 5, r.top() + 3), QPointF(r.left() + 5, r.top()));
        painter->drawLine(QPointF(r.right() - 5, r.top() + 3), QPointF(r.right() - 5, r.top()));
    }
}

void placeholder(const PhoneItem &item, bool dark, QPainter *painter)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(item.colour);
    painter->drawRoundedRect(item.rect, item.radius, item.radius);
    const QFont font = PhoneTheme::font(PhoneTheme::SmallSize);
    painter->setFont(font);
    painter->setPen(PhoneTheme::colours(dark).placeholderText);
    const QFontMetricsF metrics(font);
    const QRectF inside = item.rect.adjusted(10, 10, -10, -10);
    const QString shown = metrics.elidedText(item.text, Qt::ElideMiddle, inside.width() * 3);
    painter->drawText(inside, Qt::AlignCenter | Qt::TextWordWrap, shown);
}

} // namespace

void paint(const PhoneScene &scene, QPainter *painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    for (const PhoneItem &item : scene.items) {
        switch (item.kind) {
        case PhoneItem::Kind::Fill:
            if (item.role == u"wallpaper")
                wallpaper(item, scene.dark, painter);
            else
                fill(item, painter);
            break;
        case PhoneItem::Kind::Text:
            if (item.layout) {
                painter->save();
                painter->setClipRect(item.rect.adjusted(-2, -1, 2, 1));
                painter->setPen(item.colour);
                item.layout->draw(painter, item.rect.topLeft());
                painter->restore();
            }
            break;
        case PhoneItem::Kind::Image: {
            painter->save();
            QPainterPath clip;
            clip.addRoundedRect(item.rect, item.radius, item.radius);
            painter->setClipPath(clip);
            const QSizeF scaled = QSizeF(item.image.size()).scaled(item.rect.size(), Qt::KeepAspectRatioByExpanding);
            const QRectF target(item.rect.center() - QPointF(scaled.width() / 2, scaled.height() / 2), scaled);
            painter->drawImage(target, item.image);
            painter->restore();
            break;
        }
        case PhoneItem::Kind::Placeholder:
            placeholder(item, scene.dark, painter);
            break;
        case PhoneItem::Kind::Icon:
            icon(item, painter);
            break;
        case PhoneItem::Kind::Line:
            painter->setPen(QPen(item.colour, 1));
            painter->drawLine(item.rect.topLeft(), item.rect.topRight());
            break;
        case PhoneItem::Kind::Outline:
            painter->setPen(QPen(item.colour, 1.5, Qt::DashLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(item.rect, item.radius, item.radius);
            break;
        }
    }
    painter->restore();
}

QImage image(const PhoneScene &scene, qreal scale)
{
    QImage out((scene.size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.scale(scale, scale);
    paint(scene, &painter);
    painter.end();
    return out;
}

} // namespace PhonePainter
