// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldwidget.h"

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

// An object of the message: a titled frame whose rows are its fields.
class ObjectField final : public FieldWidget
{
    Q_OBJECT

public:
    ObjectField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, const QString &title,
                QWidget *parent = nullptr);
    QFormLayout *form() const { return m_form; }
    // Buttons in the title row: remove, move up, move down.
    QToolButton *addTitleButton(const QString &iconName, const QString &text);
    QList<QWidget *> controls() const override { return m_titleButtons; }

private:
    QHBoxLayout *m_titleRow = nullptr;
    QList<QWidget *> m_titleButtons;
    QFormLayout *m_form = nullptr;
};

// A list of the message (buttons, rows, sections, cards, components): its items, how many there
// are of how many allowed, and a button to add one.
class ArrayField final : public FieldWidget
{
    Q_OBJECT

public:
    // `noun` names one item ("card", "row"): "Add card".
    ArrayField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, const QString &noun,
               QWidget *parent = nullptr);
    void addItem(QWidget *item);
    QPushButton *addButton() const { return m_add; }
    void setCount(qsizetype count);
    QWidget *focusTarget() override;
    QList<QWidget *> controls() const override;

private:
    QLabel *m_count = nullptr;
    QWidget *m_items = nullptr;
    QPushButton *m_add = nullptr;
};

// The type of a discriminated object (header type, parameter type, component): choosing another
// replaces the object with what the new type needs.
class TypeField final : public FieldWidget
{
    Q_OBJECT

public:
    TypeField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, const QStringList &options,
              const QString &current, QWidget *parent = nullptr);
    QWidget *focusTarget() override;

signals:
    void chosen(const QString &option);

private:
    QComboBox *m_combo = nullptr;
};
