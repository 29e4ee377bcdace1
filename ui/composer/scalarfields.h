// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldwidget.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Text on one line or several, with a live "12/20" counter that turns red past the limit.
class TextField final : public FieldWidget
{
    Q_OBJECT

public:
    TextField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, bool required,
              QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    void edited(const QString &text);
    void updateCounter(const QString &text);
    void updatePhoneHint(const QString &text);

    QLineEdit *m_line = nullptr;
    QLabel *m_phoneHint = nullptr;
    QPlainTextEdit *m_multi = nullptr;
    QLabel *m_counter = nullptr;
    bool m_required;
};

// One of the schema's values; an optional one can be unset.
class EnumField final : public FieldWidget
{
    Q_OBJECT

public:
    EnumField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, bool required,
              QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    QComboBox *m_combo = nullptr;
    bool m_required;
};

class BoolField final : public FieldWidget
{
    Q_OBJECT

public:
    BoolField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    QCheckBox *m_check = nullptr;
};

// Whole numbers in a range (card index, quantity, button index).
class IntegerField final : public FieldWidget
{
    Q_OBJECT

public:
    IntegerField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    QSpinBox *m_spin = nullptr;
};

// An amount in rupees, stored as Meta's {value, offset: 100} value in paise.
class MoneyField final : public FieldWidget
{
    Q_OBJECT

public:
    MoneyField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    // The symbol of the currency the amount is in: the nearest "currency" beside or above it in the message
    // (an order's parameters), rupees where none is named.
    void showCurrency();

    QDoubleSpinBox *m_spin = nullptr;
};

// A date and time stored as UNIX milliseconds (limited-time offers) or seconds (order expiry).
class DateTimeField final : public FieldWidget
{
    Q_OBJECT

public:
    DateTimeField(DraftDocument *document, const QString &pointer, const QJsonObject &schema,
                  QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    QDateTimeEdit *m_edit = nullptr;
    bool m_milliseconds;
};

// Free-form JSON (flow data, gateway notes): edited as text, written when it parses.
class JsonField final : public FieldWidget
{
    Q_OBJECT

public:
    JsonField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

private:
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
};
