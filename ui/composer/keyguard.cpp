// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyguard.h"

#include <QAbstractButton>
#include <QDeadlineTimer>
#include <QKeyEvent>

namespace {

// A Space this soon after a typed letter belongs to the typing.
constexpr int TypingPauseMs = 1500;

class Guard final : public QObject
{
public:
    explicit Guard(QAbstractButton *button) : QObject(button), m_button(button) {}

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

} // namespace

void KeyGuard::protect(QAbstractButton *button)
{
    button->installEventFilter(new Guard(button));
}
