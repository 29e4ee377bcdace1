// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonescene.h"

QList<const PhoneItem *> PhoneScene::withRole(const QString &role) const
{
    QList<const PhoneItem *> found;
    for (const PhoneItem &item : items) {
        if (item.role == role)
            found.append(&item);
    }
    return found;
}

QStringList PhoneScene::texts() const
{
    QStringList out;
    for (const PhoneItem &item : items) {
        if ((item.kind == PhoneItem::Kind::Text || item.kind == PhoneItem::Kind::Placeholder) && !item.text.isEmpty())
            out.append(item.text);
    }
    return out;
}

QString PhoneScene::pointerAt(const QPointF &point) const
{
    // Later parts lie on top of earlier ones; the last one there that shows a field is the innermost.
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        if (!it->pointer.isEmpty() && it->rect.contains(point))
            return it->pointer;
    }
    return {};
}
