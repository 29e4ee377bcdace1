// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalarfields.h"

#include "formschema.h"
#include "ui/theme.h"

#include "document/draftdocument.h"
#include "message/jsondocument.h"
#include "message/jsonpointer.h"
#include "message/ordertotals.h"
#include "message/phonenumbers.h"
#include "message/text.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace {

// Multi-line fields are as tall as their text, from three lines up to twelve (then they scroll): a short
// body takes little room, a long one shows whole.
constexpr int FewestLines = 3;
constexpr int MostLines = 12;

void growWithText(QPlainTextEdit *edit)
{
    // Lines wrap at the field's width (at word boundaries, or anywhere in a word longer than a line), so a
    // horizontal scroll bar is never needed; left to itself it shows for a moment while the field is laid
    // out before it has its width.
    edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const auto fit = [edit] {
        // The plain-text layout measures the document in lines, wrapped lines counted.
        const int lines = std::clamp(int(std::ceil(edit->document()->size().height())), FewestLines, MostLines);
        const int height = lines * edit->fontMetrics().lineSpacing() +
                           2 * (int(edit->document()->documentMargin()) + edit->frameWidth());
        if (edit->height() != height)
            edit->setFixedHeight(height);
    };
    QObject::connect(edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, edit, fit);
    fit();
}

} // namespace

TextField::TextField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, bool required,
                     QWidget *parent)
    : FieldWidget(document, pointer, schema, parent), m_required(required)
{
    auto *row = new QHBoxLayout;
    const QString placeholder = FormSchema::text(schema, QStringLiteral("x-placeholder"));
    if (schema.value(QStringLiteral("x-multiline")).toBool()) {
        m_multi = new QPlainTextEdit(this);
        m_multi->setObjectName(QStringLiteral("textPlainTextEdit"));
        m_multi->setPlaceholderText(placeholder);
        m_multi->setTabChangesFocus(true);
        growWithText(m_multi);
        m_multi->setAccessibleName(label());
        m_multi->setUndoRedoEnabled(false);
        routeUndoToDocument(m_multi);
        row->addWidget(m_multi);
        connect(m_multi, &QPlainTextEdit::textChanged, this, [this] { edited(m_multi->toPlainText()); });
    } else {
        m_line = new QLineEdit(this);
        m_line->setObjectName(QStringLiteral("textLineEdit"));
        m_line->setPlaceholderText(placeholder);
        m_line->setAccessibleName(label());
        routeUndoToDocument(m_line);
        row->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &TextField::edited);
    }
    if (schema.contains(QStringLiteral("maxLength"))) {
        m_counter = new QLabel(this);
        m_counter->setObjectName(QStringLiteral("counterLabel"));
        m_counter->setAlignment(Qt::AlignRight | (m_multi ? Qt::AlignBottom : Qt::AlignVCenter));
        m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(QStringLiteral("000/000")));
        row->addWidget(m_counter);
    }
    body()->addLayout(row);
    if (schema.value(QStringLiteral("x-widget")).toString() == u"phone") {
        m_phoneHint = new QLabel(this);
        m_phoneHint->setObjectName(QStringLiteral("phoneHintLabel"));
        body()->addWidget(m_phoneHint);
    }
    refresh();
}

void TextField::updatePhoneHint(const QString &text)
{
    if (!m_phoneHint)
        return;
    if (text.trimmed().isEmpty()) {
        m_phoneHint->clear();
        return;
    }
    // What libphonenumber makes of the number, as it is typed.
    const std::optional<Issue> issue = PhoneNumbers::check(text, tr("Number"));
    if (!issue) {
        m_phoneHint->setText(tr("✓ %1, %2").arg(PhoneNumbers::toE164(text), PhoneNumbers::regionOf(text)));
        m_phoneHint->setStyleSheet(QString());
    } else {
        m_phoneHint->setText((issue->isError() ? QStringLiteral("● ") : QStringLiteral("▲ ")) + issue->message);
        m_phoneHint->setStyleSheet(QStringLiteral("color:%1").arg(Theme::issue(palette(), issue->isError()).name()));
    }
}

void TextField::refresh()
{
    const QString text = value().isDouble() ? QString::number(value().toDouble(), 'g', 17) : value().toString();
    if (m_line && m_line->text() != text) {
        const QSignalBlocker blocker(m_line);
        m_line->setText(text);
    }
    if (m_multi && m_multi->toPlainText() != text) {
        const QSignalBlocker blocker(m_multi);
        m_multi->setPlainText(text);
    }
    updateCounter(text);
    updatePhoneHint(text);
}

QWidget *TextField::focusTarget()
{
    return m_line ? static_cast<QWidget *>(m_line) : m_multi;
}

void TextField::edited(const QString &text)
{
    // An optional field left empty is left out, rather than sent as "".
    write(text.isEmpty() && !m_required ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text));
    // The counter follows in refresh(), once the document has the text.
}

void TextField::updateCounter(const QString &text)
{
    if (!m_counter)
        return;
    const qsizetype limit = schema().value(QStringLiteral("maxLength")).toInteger();
    const qsizetype length = Text::characterCount(text);
    m_counter->setText(QStringLiteral("%1/%2").arg(length).arg(limit));
    // Style sheets are costly to apply: only when the counter crosses the limit.
    const bool over = length > limit;
    if (over != m_counter->property("over").toBool()) {
        m_counter->setProperty("over", over);
        m_counter->setStyleSheet(over ? Theme::errorText(palette()) + QStringLiteral("; font-weight:bold") : QString());
    }
}

EnumField::EnumField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, bool required,
                     QWidget *parent)
    : FieldWidget(document, pointer, schema, parent), m_required(required)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("enumComboBox"));
    m_combo->setAccessibleName(label());
    if (!required)
        m_combo->addItem(tr("(not set)"), QString());
    const QJsonArray options = schema.value(QStringLiteral("enum")).toArray();
    for (const QJsonValue &option : options)
        m_combo->addItem(option.toString(), option.toString());
    body()->addWidget(m_combo);
    refresh();
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString chosen = m_combo->itemData(index).toString();
        write(chosen.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(chosen));
    });
}

void EnumField::refresh()
{
    const QString current = value().toString();
    int index = m_combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // A value the schema does not list (from an import) is shown, not lost.
        m_combo->addItem(current + tr(" (not a documented value)"), current);
        index = m_combo->count() - 1;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(qMax(0, index));
}

QWidget *EnumField::focusTarget()
{
    return m_combo;
}

BoolField::BoolField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    m_check = new QCheckBox(label(), this);
    m_check->setObjectName(QStringLiteral("boolCheckBox"));
    body()->addWidget(m_check);
    refresh();
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) { write(on); });
}

void BoolField::refresh()
{
    const QJsonValue current = value();
    // Providers' documents also write "true"/"Yes" as text; show what they mean.
    const bool on =
        current.isBool()
            ? current.toBool()
            : QStringList{QStringLiteral("true"), QStringLiteral("yes")}.contains(current.toString().toLower());
    const QSignalBlocker blocker(m_check);
    m_check->setChecked(on);
}

QWidget *BoolField::focusTarget()
{
    return m_check;
}

IntegerField::IntegerField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    m_spin = new QSpinBox(this);
    m_spin->setObjectName(QStringLiteral("integerSpinBox"));
    m_spin->setAccessibleName(label());
    m_spin->setRange(schema.value(QStringLiteral("minimum")).toInt(0),
                     schema.value(QStringLiteral("maximum")).toInt(1000000));
    body()->addWidget(m_spin);
    refresh();
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int number) { write(number); });
}

void IntegerField::refresh()
{
    const QJsonValue current = value();
    const int number = current.isString() ? current.toString().toInt() : current.toInt();
    if (m_spin->value() != number) {
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(number);
    }
}

QWidget *IntegerField::focusTarget()
{
    return m_spin;
}

MoneyField::MoneyField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    m_spin = new QDoubleSpinBox(this);
    m_spin->setObjectName(QStringLiteral("moneyDoubleSpinBox"));
    m_spin->setAccessibleName(label());
    m_spin->setDecimals(2);
    m_spin->setRange(0, 100000000);
    m_spin->setGroupSeparatorShown(true);
    body()->addWidget(m_spin);
    refresh();
    connect(m_spin, &QDoubleSpinBox::valueChanged, this,
            [this](double amount) { write(QJsonValue(qint64(std::llround(amount * 100)))); });
    showCurrency();
    connect(document, &DraftDocument::changed, this, &MoneyField::showCurrency);
}

void MoneyField::showCurrency()
{
    QString code;
    const QJsonValue message = m_document->draft().message;
    for (QStringList tokens = JsonPointer::split(pointer()); code.isEmpty() && !tokens.isEmpty();) {
        tokens.removeLast();
        code = JsonPointer::get(message, JsonPointer::append(JsonPointer::join(tokens), QStringLiteral("currency")))
                   .toString();
    }
    const QString prefix = OrderTotals::sign(code) + u' ';
    if (m_spin->prefix() != prefix)
        m_spin->setPrefix(prefix);
}

void MoneyField::refresh()
{
    const double amount = value().toDouble() / 100.0;
    if (!qFuzzyCompare(m_spin->value() + 1, amount + 1)) {
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(amount);
    }
}

QWidget *MoneyField::focusTarget()
{
    return m_spin;
}

DateTimeField::DateTimeField(DraftDocument *document, const QString &pointer, const QJsonObject &schema,
                             QWidget *parent)
    : FieldWidget(document, pointer, schema, parent),
      m_milliseconds(schema.value(QStringLiteral("x-widget")).toString() == u"datetime-ms")
{
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("dateTimeEdit"));
    m_edit->setAccessibleName(label());
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setTimeSpec(Qt::LocalTime);
    body()->addWidget(m_edit);
    refresh();
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &when) {
        write(QJsonValue(m_milliseconds ? when.toMSecsSinceEpoch() : when.toSecsSinceEpoch()));
    });
}

void DateTimeField::refresh()
{
    const QJsonValue current = value();
    const qint64 number = current.isString() ? current.toString().toLongLong() : qint64(current.toDouble());
    const QDateTime when =
        m_milliseconds ? QDateTime::fromMSecsSinceEpoch(number) : QDateTime::fromSecsSinceEpoch(number);
    if (number > 0 && m_edit->dateTime() != when) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setDateTime(when);
    }
}

QWidget *DateTimeField::focusTarget()
{
    return m_edit;
}

JsonField::JsonField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("jsonPlainTextEdit"));
    m_edit->setAccessibleName(label());
    m_edit->setTabChangesFocus(true);
    growWithText(m_edit);
    m_edit->setPlaceholderText(QStringLiteral("{\"key\": \"value\"}"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(Theme::errorText(palette()));
    m_error->hide();
    body()->addWidget(m_edit);
    body()->addWidget(m_error);
    refresh();
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        const QByteArray text = m_edit->toPlainText().toUtf8();
        if (text.trimmed().isEmpty()) {
            m_error->hide();
            write(QJsonValue(QJsonValue::Undefined), true);
            return;
        }
        // Any JSON value, not only objects and arrays, read as strictly as a file.
        QString error;
        const std::optional<QJsonValue> parsed = JsonDocument::readValue(text, &error);
        if (!parsed) {
            m_error->setText(tr("Not JSON yet: %1").arg(error));
            m_error->show();
            return;
        }
        m_error->hide();
        write(*parsed, true);
    });
}

void JsonField::refresh()
{
    const QJsonValue current = value();
    if (current.isUndefined())
        return;
    // Any JSON value: wrapped in an array to print it, unwrapped to compare and show.
    const QByteArray wrapped = QJsonDocument(QJsonArray{current}).toJson(QJsonDocument::Compact);
    const std::optional<QJsonValue> typed = JsonDocument::readValue(m_edit->toPlainText().toUtf8());
    if (!typed || *typed != current) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
    }
}

QWidget *JsonField::focusTarget()
{
    return m_edit;
}
