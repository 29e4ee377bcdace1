// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupfields.h"

#include "formkeys.h"
#include "formschema.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

ObjectField::ObjectField(DraftDocument *document, const QString &pointer, const QJsonObject &schema,
                         const QString &title, QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("objectFrame"));
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(6, 4, 6, 6);
    m_titleRow = new QHBoxLayout;
    auto *titleLabel = Theme::boldLabel(title, frame);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleRow->addWidget(titleLabel);
    m_titleRow->addStretch();
    layout->addLayout(m_titleRow);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form);
    body()->addWidget(frame);
    setAccessibleName(title);
}

QToolButton *ObjectField::addTitleButton(const QString &iconName, const QString &text)
{
    // Without an icon theme the buttons show a glyph; the full words stay in the tooltip.
    static const QHash<QString, QString> glyphs = {{QStringLiteral("go-up"), QStringLiteral("↑")},
                                                   {QStringLiteral("go-down"), QStringLiteral("↓")},
                                                   {QStringLiteral("edit-copy"), QStringLiteral("❐")},
                                                   {QStringLiteral("edit-delete"), QStringLiteral("✕")}};
    auto *button = new QToolButton(this);
    button->setIcon(QIcon::fromTheme(iconName));
    button->setText(glyphs.value(iconName, text));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    if (button->icon().isNull())
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_titleRow->addWidget(button);
    m_titleButtons.append(button);
    FormKeys::protect(button);
    return button;
}

ArrayField::ArrayField(DraftDocument *document, const QString &pointer, const QJsonObject &schema, const QString &noun,
                       QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    auto *title = new QHBoxLayout;
    title->addWidget(Theme::boldLabel(label(), this));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    title->addWidget(m_count);
    title->addStretch();
    body()->addLayout(title);
    m_items = new QWidget(this);
    auto *items = new QVBoxLayout(m_items);
    items->setContentsMargins(6, 0, 0, 0);
    body()->addWidget(m_items);
    m_add = new QPushButton(tr("Add %1").arg(noun.toLower()), this);
    m_add->setObjectName(QStringLiteral("addPushButton"));
    FormKeys::protect(m_add);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    auto *addRow = new QHBoxLayout;
    addRow->setContentsMargins(6, 0, 0, 0);
    addRow->addWidget(m_add);
    addRow->addStretch();
    body()->addLayout(addRow);
    setAccessibleName(label());
}

QList<QWidget *> ArrayField::controls() const
{
    return {m_add};
}

void ArrayField::addItem(QWidget *item)
{
    m_items->layout()->addWidget(item);
}

void ArrayField::setCount(qsizetype count)
{
    const QJsonObject &s = schema();
    const int min = s.value(QStringLiteral("minItems")).toInt(0);
    const int max = s.value(QStringLiteral("maxItems")).toInt(-1);
    QString allowed;
    if (max > 0)
        allowed = min > 0 ? tr("%1 to %2 allowed").arg(min).arg(max) : tr("up to %1").arg(max);
    else if (min > 0)
        allowed = tr("at least %1").arg(min);
    m_count->setText(allowed.isEmpty() ? tr("(%1)").arg(count) : tr("(%1; %2)").arg(count).arg(allowed));
    m_add->setEnabled(max < 0 || count < max);
}

QWidget *ArrayField::focusTarget()
{
    return m_add;
}

TypeField::TypeField(DraftDocument *document, const QString &pointer, const QJsonObject &schema,
                     const QStringList &options, const QString &current, QWidget *parent)
    : FieldWidget(document, pointer, schema, parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("typeComboBox"));
    m_combo->setAccessibleName(label());
    m_combo->addItems(options);
    // A type in another case ("BODY", as Meta takes it) is that type.
    const auto found = std::find_if(options.cbegin(), options.cend(), [&current](const QString &option) {
        return option.compare(current, Qt::CaseInsensitive) == 0;
    });
    m_combo->setCurrentIndex(found == options.cend() ? 0 : int(found - options.cbegin()));
    body()->addWidget(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this, options](int index) {
        if (index >= 0 && index < options.size())
            emit chosen(options.at(index));
    });
}

QWidget *TypeField::focusTarget()
{
    return m_combo;
}
