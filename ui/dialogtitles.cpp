// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogtitles.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFontMetrics>
#include <QScreen>

namespace {

// The window manager's icon and its buttons beside the title.
constexpr int Decorations = 160;

class Widener final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show || !watched->isWidgetType())
            return false;
        auto *dialog = qobject_cast<QDialog *>(watched);
        if (!dialog || dialog->windowTitle().isEmpty())
            return false;
        QFont bold = dialog->font();
        bold.setBold(true);
        int needed = QFontMetrics(bold).horizontalAdvance(dialog->windowTitle()) + Decorations;
        if (const QScreen *screen = dialog->screen())
            needed = std::min(needed, screen->availableGeometry().width() * 9 / 10);
        // After the dialog's own show handling: a message box fixes its size from its text there.
        QMetaObject::invokeMethod(
            dialog,
            [dialog, needed] {
                if (dialog->width() >= needed)
                    return;
                dialog->setMaximumWidth(std::max(dialog->maximumWidth(), needed));
                dialog->setMinimumWidth(needed);
                dialog->resize(needed, dialog->height());
            },
            Qt::QueuedConnection);
        return false;
    }
};

} // namespace

namespace DialogTitles {

void install(QCoreApplication *application)
{
    application->installEventFilter(new Widener(application));
}

} // namespace DialogTitles
