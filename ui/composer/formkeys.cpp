// SPDX-License-Identifier: GPL-3.0-or-later
#include "formkeys.h"

#include "fieldwidget.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>

namespace {

// A Space this soon after a typed letter belongs to the typing.
constexpr int TypingPauseMs = 1500;

class ButtonGuard final : public QObject
{
public:
    explicit ButtonGuard(QAbstractButton *button) : QObject(button), m_button(button) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_button)
            return false;
        switch (event->type()) {
        case QEvent::FocusIn:
            m_typing = QDeadlineTimer();
            break;
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Space)
                return typing(); // typing goes on: not a press
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (!key->isAutoRepeat() && m_button->isEnabled())
                    m_button->click();
                return true;
            }
            const QString text = key->text();
            if (text.isEmpty() || !text.at(0).isPrint()) {
                m_typing = QDeadlineTimer(); // a key that is not typing: arrows, Escape
                break;
            }
            m_typing = QDeadlineTimer(TypingPauseMs);
            return true; // letters typed on a button go nowhere, not to the form around it
        }
        case QEvent::KeyRelease:
            return static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space && typing();
        default:
            break;
        }
        return false;
    }

private:
    bool typing() const { return !m_typing.isForever() && !m_typing.hasExpired(); }

    QAbstractButton *m_button;
    QDeadlineTimer m_typing = QDeadlineTimer(); // running while letters are being typed
};

bool isChooser(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

class WheelToScroll final : public QObject
{
public:
    explicit WheelToScroll(QScrollArea *area) : QObject(area), m_area(area) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel || !isChooser(watched) || static_cast<QWidget *>(watched)->hasFocus())
            return false;
        QCoreApplication::sendEvent(m_area->verticalScrollBar(), event);
        return true;
    }

private:
    QScrollArea *m_area;
};

void collect(QWidget *widget, QList<QWidget *> &order, QSet<QWidget *> &deferred)
{
    if (deferred.contains(widget) || widget->isWindow())
        return;
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
        order.append(widget);
        return;
    }
    const auto *field = qobject_cast<FieldWidget *>(widget);
    const QList<QWidget *> controls = field ? field->controls() : QList<QWidget *>();
    for (QWidget *control : controls)
        deferred.insert(control);
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        if (auto *inner = qobject_cast<QWidget *>(child))
            collect(inner, order, deferred);
    }
    for (QWidget *control : controls) {
        deferred.remove(control);
        collect(control, order, deferred);
    }
}

} // namespace

namespace FormKeys {

void protect(QAbstractButton *button)
{
    button->installEventFilter(new ButtonGuard(button));
}

QList<QWidget *> tabOrder(QWidget *from)
{
    QList<QWidget *> order;
    QSet<QWidget *> deferred;
    collect(from, order, deferred);
    return order;
}

void wheelScrolls(QScrollArea *area)
{
    WheelToScroll *filter = nullptr; // one per area (no meta-object, so not found by findChild)
    const QObjectList children = area->children();
    for (QObject *child : children) {
        if (auto *found = dynamic_cast<WheelToScroll *>(child))
            filter = found;
    }
    if (!filter)
        filter = new WheelToScroll(area);
    const QList<QWidget *> widgets = area->widget()->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isChooser(widget)) {
            widget->setFocusPolicy(Qt::StrongFocus); // no focus from the wheel either
            widget->installEventFilter(filter);
        }
    }
}

} // namespace FormKeys
