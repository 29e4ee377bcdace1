// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepper.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

Stepper::Stepper(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // The desktop's go-previous and go-next icons where its theme has them, the style's arrows otherwise.
    const auto arrow = [this, &objectName](const QString &name, Qt::ArrowType type, const QString &tip,
                                           const QString &spoken) {
        auto *button = new QToolButton(this);
        button->setObjectName(objectName + name);
        const QString icon = type == Qt::LeftArrow ? QStringLiteral("go-previous") : QStringLiteral("go-next");
        if (QIcon::hasThemeIcon(icon))
            button->setIcon(QIcon::fromTheme(icon));
        else
            button->setArrowType(type);
        button->setAutoRaise(true);
        button->setToolTip(tip);
        button->setAccessibleName(spoken);
        return button;
    };
    m_previous = arrow(QStringLiteral("Previous"), Qt::LeftArrow, tr("The previous one"), tr("Previous"));
    m_next = arrow(QStringLiteral("Next"), Qt::RightArrow, tr("The next one"), tr("Next"));
    m_label = new QLabel(this);
    m_label->setObjectName(objectName + QStringLiteral("Label"));
    m_label->setTextFormat(Qt::PlainText);
    // A long list of recipients never widens the pane: the label shows what fits, its tooltip the rest.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(4);
    layout->addWidget(m_label, 1);
    // Round and round: a focused button keeps working at either end.
    connect(m_previous, &QToolButton::clicked, this, [this] { setIndex((m_index + m_count - 1) % qMax(1, m_count)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setIndex((m_index + 1) % qMax(1, m_count)); });
    update();
}

void Stepper::setCount(int count)
{
    m_count = qMax(0, count);
    const int kept = qBound(0, m_index, qMax(0, m_count - 1));
    if (kept != m_index) {
        m_index = kept;
        emit indexChanged(m_index);
    }
    update();
}

void Stepper::setIndex(int index)
{
    index = qBound(0, index, qMax(0, m_count - 1));
    if (index == m_index)
        return;
    m_index = index;
    update();
    emit indexChanged(m_index);
}

void Stepper::setText(const QString &text)
{
    m_label->setText(text);
    m_label->setToolTip(text);
}

QString Stepper::toWhom(const QStringList &recipients)
{
    QString who = recipients.mid(0, 3).join(QStringLiteral(", "));
    if (recipients.size() > 3)
        who = tr("%1 and %n more", nullptr, int(recipients.size() - 3)).arg(who);
    return who.isEmpty() ? tr("nobody") : who;
}

QString Stepper::text() const
{
    return m_label->text();
}

void Stepper::update()
{
    setVisible(m_count > 1);
}
