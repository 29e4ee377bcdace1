// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediasource.h"

#include "formkeys.h"
#include "groupfields.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>

namespace {

// The one local file a drag carries, or empty.
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().constFirst().isLocalFile())
        return {};
    return data->urls().constFirst().toLocalFile();
}

class DropFile final : public QObject
{
public:
    DropFile(QWidget *target, std::function<void(const QString &)> chosen)
        : QObject(target), m_chosen(std::move(chosen))
    {
        target->setAcceptDrops(true);
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (droppedFile(drag->mimeData()).isEmpty())
                return false;
            drag->acceptProposedAction();
            return true;
        }
        if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = droppedFile(drop->mimeData());
            if (path.isEmpty())
                return false;
            drop->acceptProposedAction();
            m_chosen(path);
            return true;
        }
        return false;
    }

private:
    std::function<void(const QString &)> m_chosen;
};

} // namespace

namespace MediaSource {

void add(ObjectField *object, const QString &mediaType, const QString &unsupported,
         const std::function<void(const QString &path)> &chosen)
{
    auto *upload = new QPushButton(QObject::tr("Upload a file…"), object);
    upload->setObjectName(QStringLiteral("uploadMediaPushButton"));
    upload->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    upload->setProperty("mediaType", mediaType);
    FormKeys::protect(upload);
    auto *hint = new QLabel(object);
    hint->setObjectName(QStringLiteral("uploadMediaHint"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    if (unsupported.isEmpty()) {
        upload->setToolTip(QObject::tr("Uploads a file through the provider's media endpoint and puts its media id "
                                       "here"));
        hint->setText(QObject::tr("or drop a file here"));
        QObject::connect(upload, &QPushButton::clicked, object, [chosen] { chosen(QString()); });
        new DropFile(object, chosen);
    } else {
        upload->setEnabled(false);
        upload->setToolTip(unsupported);
        hint->setText(unsupported);
    }
    auto *row = new QHBoxLayout;
    row->addWidget(upload);
    row->addWidget(hint, 1);
    object->form()->addRow(row);
}

} // namespace MediaSource
