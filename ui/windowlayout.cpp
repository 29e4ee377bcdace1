// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlayout.h"

#include "settings/appidentity.h"
#include "ui/history/historyview.h"

#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace {

QString keyOf(const QSplitter *splitter)
{
    return QStringLiteral("layout/") + splitter->objectName();
}

const QString HistoryCollapsedKey = QStringLiteral("layout/historyCollapsed");

// Shorter than this, a window shown for the first time starts with the history collapsed: the form needs
// the height more (at 900x600 it would have about 250 pixels).
constexpr int RoomyHeight = 720;

class FirstShow final : public QObject
{
public:
    FirstShow(QWidget *window, HistoryView *history) : QObject(window), m_history(history) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched == parent()) {
            if (m_history && static_cast<QWidget *>(watched)->height() < RoomyHeight)
                m_history->setCollapsed(true);
            deleteLater();
        }
        return false;
    }

private:
    QPointer<HistoryView> m_history;
};

} // namespace

namespace WindowLayout {

void keep(QMainWindow *window, HistoryView *history)
{
    const std::unique_ptr<QSettings> settings = AppIdentity::userSettings();
    QList<QSplitter *> splitters = window->findChildren<QSplitter *>();
    splitters.removeIf([](const QSplitter *splitter) { return splitter->objectName().isEmpty(); });
    for (QSplitter *splitter : std::as_const(splitters))
        splitter->restoreState(settings->value(keyOf(splitter)).toByteArray());
    if (history && settings->contains(HistoryCollapsedKey))
        history->setCollapsed(settings->value(HistoryCollapsedKey).toBool());
    else if (history)
        window->installEventFilter(new FirstShow(window, history));

    // A drag moves a splitter many times: written once it rests.
    auto *save = new QTimer(window);
    save->setSingleShot(true);
    save->setInterval(400);
    QObject::connect(save, &QTimer::timeout, window, [splitters, history = QPointer<HistoryView>(history)] {
        const std::unique_ptr<QSettings> saved = AppIdentity::userSettings();
        for (const QSplitter *splitter : splitters)
            saved->setValue(keyOf(splitter), splitter->saveState());
        if (history)
            saved->setValue(HistoryCollapsedKey, history->isCollapsed());
    });
    const auto later = [save] { save->start(); };
    for (QSplitter *splitter : std::as_const(splitters))
        QObject::connect(splitter, &QSplitter::splitterMoved, save, later);
    if (history)
        QObject::connect(history, &HistoryView::collapsedChanged, save, later);
}

} // namespace WindowLayout
