// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

class DraftDocument;

// The form's structural edits, as document changes: list items added, removed and moved, an
// object's type switched. Each is one undo step.
namespace FormEdits {

void removeItem(DraftDocument *document, const QString &arrayPointer, qsizetype index);
void moveItem(DraftDocument *document, const QString &arrayPointer, qsizetype from, qsizetype to);
// A copy of the item right after it.
void duplicateItem(DraftDocument *document, const QString &arrayPointer, qsizetype index);
// A new item shaped like `first`: the same kinds (type, sub_type, an action's name, a format) and numbers,
// every other text empty to be filled in. Carousel cards must all match their first (x-new-item: like-first).
QJsonValue shapedLike(const QJsonValue &first);
// Writes a list back; cards keep card_index equal to their position.
void writeArray(DraftDocument *document, const QString &arrayPointer, QJsonArray items);
// Replaces the object with what the schema asks for the chosen `option` of its `key`.
void switchType(DraftDocument *document, const QString &objectPointer, const QJsonObject &objectNode,
                const QString &key, const QString &option);

} // namespace FormEdits
