// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvaluefield.h"

#include "message/jsondocument.h"

#include "document/draftdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

KeyValueField::KeyValueField(DraftDocument *document, const QString &pointer, const QJsonObject &schema,
                             QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("keyValueTableWidget"));
    m_table->setAccessibleName(label());
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(m_table->fontMetrics().lineSpacing() * 7);
    body()->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add entry"), this);
    add->setObjectName(QStringLiteral("addEntryPushButton"));
    auto *remove = new QPushButton(tr("Remove entry"), this);
    remove->setObjectName(QStringLiteral("removeEntryPushButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    body()->addLayout(buttons);

    refresh();
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueField::edited);
    connect(add, &QPushButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(m_table->rowCount());
        m_table->setItem(m_table->rowCount() - 1, 0, new QTableWidgetItem);
        m_table->setItem(m_table->rowCount() - 1, 1, new QTableWidgetItem);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        edited();
    });
}

QJsonValue KeyValueField::parseValue(const QString &text)
{
    // Numbers, booleans, null and nested JSON (strict JSON) keep their type; everything else is text.
    const std::optional<QJsonValue> value = JsonDocument::readValue(text.toUtf8());
    return value && !value->isString() ? *value : QJsonValue(text);
}

QString KeyValueField::showValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonObject KeyValueField::tableObject() const
{
    QJsonObject object;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *item = m_table->item(row, 1);
        if (key && !key->text().isEmpty())
            object.insert(key->text(), parseValue(item ? item->text() : QString()));
    }
    return object;
}

void KeyValueField::edited()
{
    const QJsonObject object = tableObject();
    write(object.isEmpty() && !value().isObject() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object), true);
}

void KeyValueField::refresh()
{
    const QJsonObject object = value().toObject();
    if (tableObject() == object)
        return; // what the table shows already (rows being typed included)
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(showValue(it.value())));
    }
}

QWidget *KeyValueField::focusTarget()
{
    return m_table;
}
