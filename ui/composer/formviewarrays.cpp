// SPDX-License-Identifier: GPL-3.0-or-later
// The form's lists: an item each (an object's frame with its move, duplicate and remove buttons; a text's
// row; a list's list), how many there are, and the item Add makes.
#include "formview.h"

#include "document/draftdocument.h"
#include "formedits.h"
#include "formkeys.h"
#include "formschema.h"
#include "groupfields.h"
#include "message/jsonpointer.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace FormSchema;

namespace {

const SchemaRegistry &registry()
{
    return SchemaRegistry::shared();
}

} // namespace

QWidget *FormView::buildArray(const QJsonObject &node, const QString &pointer, const QJsonValue &value)
{
    const QJsonArray items = value.toArray();
    const QJsonObject itemSchema = node.value(QStringLiteral("items")).toObject();
    const QString noun = text(registry().resolve(itemSchema), QStringLiteral("title"), tr("Item"));
    auto *array = track(new ArrayField(m_document, pointer, node, noun));
    const int min = node.value(QStringLiteral("minItems")).toInt(0);
    const int max = node.value(QStringLiteral("maxItems")).toInt(-1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPointer = JsonPointer::append(pointer, i);
        QJsonObject itemNode = registry().specialise(itemSchema, items.at(i));
        itemNode.insert(QStringLiteral("x-raw"), registry().resolve(itemSchema));
        const QString hinted = m_hints.value(itemPointer).value(QStringLiteral("title")).toString();
        const QString title = hinted.isEmpty() ? tr("%1 %2").arg(noun).arg(i + 1) : hinted;
        // A list of lists (a body's sets of examples) shows its lists; a list of texts or numbers (the
        // examples), a row each: what it is, its field, and a button to remove it.
        const QString itemType = typeOf(itemNode);
        if (itemType == u"array") {
            array->addItem(buildArray(itemNode, itemPointer, items.at(i)));
            continue;
        }
        if (itemType != u"object") {
            auto *row = new QWidget;
            auto *rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->addWidget(new QLabel(title, row));
            rowLayout->addWidget(buildScalar(itemNode, itemPointer, true, false), 1);
            auto *remove = new QToolButton(row);
            remove->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
            remove->setToolTip(tr("Remove %1").arg(title));
            remove->setAccessibleName(tr("Remove %1").arg(title));
            remove->setAutoRaise(true);
            remove->setEnabled(items.size() > min);
            connect(remove, &QToolButton::clicked, this,
                    [this, pointer, i] { FormEdits::removeItem(m_document, pointer, i); });
            rowLayout->addWidget(remove);
            array->addItem(row);
            continue;
        }
        auto *item = track(new ObjectField(m_document, itemPointer, itemNode, title));
        QToolButton *up =
            item->addTitleButton(QStringLiteral("go-up"), tr("Move %1 %2 up").arg(noun.toLower()).arg(i + 1));
        QToolButton *down =
            item->addTitleButton(QStringLiteral("go-down"), tr("Move %1 %2 down").arg(noun.toLower()).arg(i + 1));
        QToolButton *copy =
            item->addTitleButton(QStringLiteral("edit-copy"), tr("Duplicate %1 %2").arg(noun.toLower()).arg(i + 1));
        QToolButton *remove =
            item->addTitleButton(QStringLiteral("edit-delete"), tr("Remove %1 %2").arg(noun.toLower()).arg(i + 1));
        up->setEnabled(i > 0);
        down->setEnabled(i + 1 < items.size());
        copy->setEnabled(max < 0 || items.size() < max);
        remove->setEnabled(items.size() > min);
        connect(copy, &QToolButton::clicked, this,
                [this, pointer, i] { FormEdits::duplicateItem(m_document, pointer, i); });
        connect(up, &QToolButton::clicked, this,
                [this, pointer, i] { FormEdits::moveItem(m_document, pointer, i, i - 1); });
        connect(down, &QToolButton::clicked, this,
                [this, pointer, i] { FormEdits::moveItem(m_document, pointer, i, i + 1); });
        connect(remove, &QToolButton::clicked, this,
                [this, pointer, i] { FormEdits::removeItem(m_document, pointer, i); });
        buildProperties(itemNode, itemPointer, items.at(i), item->form());
        array->addItem(item);
    }
    array->setCount(items.size());
    connect(array->addButton(), &QPushButton::clicked, this, [this, pointer, node] { addItem(pointer, node); });
    return array;
}

void FormView::addItem(const QString &arrayPointer, const QJsonObject &arrayNode)
{
    QJsonArray items = m_document->value(arrayPointer).toArray();
    const bool likeFirst = arrayNode.value(QStringLiteral("x-new-item")).toString() == u"like-first";
    items.append(likeFirst && !items.isEmpty()
                     ? FormEdits::shapedLike(items.first())
                     : Skeleton::make(registry(), arrayNode.value(QStringLiteral("items")).toObject()));
    FormEdits::writeArray(m_document, arrayPointer, items);
    if (FieldWidget *added = field(JsonPointer::append(arrayPointer, items.size() - 1)))
        QMetaObject::invokeMethod(
            this,
            [this, added] {
                // The new item is where the work goes on: its first field takes the focus.
                const QList<QWidget *> inside = FormKeys::tabOrder(added);
                if (!inside.isEmpty())
                    inside.first()->setFocus(Qt::TabFocusReason);
                ensureWidgetVisible(added);
            },
            Qt::QueuedConnection);
}
