// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldwidget.h"

class QTableWidget;

// A free-form object (flow data, gateway notes) as rows of key and value, so that nobody has to
// type JSON. A value that reads as a JSON number, boolean or null is kept as one; anything else is text.
class KeyValueField final : public FieldWidget
{
    Q_OBJECT

public:
    KeyValueField(DraftDocument *document, const QString &pointer, const QJsonObject &schema,
                  QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    QTableWidget *table() const { return m_table; }

    static QJsonValue parseValue(const QString &text);
    static QString showValue(const QJsonValue &value);

private:
    // What the rows say, as the object they stand for.
    QJsonObject tableObject() const;
    void edited();

    QTableWidget *m_table = nullptr;
};
