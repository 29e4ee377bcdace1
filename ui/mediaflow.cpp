// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediaflow.h"

#include "document/draftdocument.h"
#include "filelocations.h"
#include "media/mediafiles.h"
#include "session/workbench.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace {

// "Images (*.jpg *.jpeg *.png)": what the dialog offers first for a media type.
QString filterFor(const QString &mediaType)
{
    if (mediaType == u"image")
        return MediaFlow::tr("Images (*.jpg *.jpeg *.png)");
    if (mediaType == u"video")
        return MediaFlow::tr("Videos (*.mp4 *.3gp)");
    if (mediaType == u"audio")
        return MediaFlow::tr("Audio (*.aac *.amr *.mp3 *.m4a *.ogg *.opus)");
    if (mediaType == u"sticker")
        return MediaFlow::tr("Stickers (*.webp)");
    return MediaFlow::tr("Documents (*.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)");
}

} // namespace

MediaFlow::MediaFlow(Workbench *workbench, DraftDocument *document, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_workbench(workbench), m_document(document), m_statusBar(statusBar), m_window(window)
{
    m_cancel = new QToolButton(window);
    m_cancel->setObjectName(QStringLiteral("cancelMediaToolButton"));
    m_cancel->setText(tr("Cancel Upload"));
    m_cancel->setToolTip(tr("Stop the upload or download under way"));
    m_cancel->hide();
    statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, workbench, &Workbench::cancelMedia);
    connect(workbench, &Workbench::mediaUploaded, this, &MediaFlow::uploaded);
    connect(workbench, &Workbench::mediaUploaded, m_cancel, &QWidget::hide);
    connect(workbench, &Workbench::mediaDownloaded, m_cancel, &QWidget::hide);
    connect(workbench, &Workbench::mediaProgress, this, [this](qint64 done, qint64 total) {
        if (total > 0 && !m_fileName.isEmpty())
            m_statusBar->showMessage(tr("Uploading %1… %2%").arg(m_fileName).arg(done * 100 / total));
    });
    connect(workbench, &Workbench::mediaDownloaded, this, [this](bool ok, const QString &summary) {
        if (ok)
            m_statusBar->showMessage(summary, 8000);
        else
            fail(tr("Media not saved"), summary);
    });
}

void MediaFlow::fail(const QString &title, const QString &text)
{
    m_statusBar->clearMessage();
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("mediaFailedMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MediaFlow::upload(const QString &pointer, const QString &mediaType, const QString &path)
{
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(m_window, tr("Upload a File"),
                                            FileLocations::startFolder(FileLocations::Purpose::Media),
                                            filterFor(mediaType) + QStringLiteral(";;") + tr("All files (*)"));
        if (file.isEmpty())
            return;
        FileLocations::remember(FileLocations::Purpose::Media, file);
    }
    QString why;
    if (!m_workbench->uploadMedia(m_document->draft(), file, mediaType, &why)) {
        fail(tr("Not Uploaded"), why);
        return;
    }
    m_pointer = pointer;
    m_mediaType = mediaType;
    m_fileName = QFileInfo(file).fileName();
    m_statusBar->showMessage(tr("Uploading %1…").arg(m_fileName));
    m_cancel->setText(tr("Cancel Upload"));
    m_cancel->show();
}

void MediaFlow::uploaded(bool ok, const QString &mediaId, const QString &summary)
{
    const QString fileName = std::exchange(m_fileName, QString());
    if (!ok) {
        fail(tr("Not Uploaded"), summary);
        return;
    }
    // The id takes the link's place; a document keeps its file name for the customer to see.
    const QJsonValue current = m_document->value(m_pointer);
    if (!current.isObject()) {
        m_statusBar->showMessage(tr("%1; the media it was for is no longer in the message").arg(summary), 15000);
        return;
    }
    QJsonObject object = current.toObject();
    object.remove(QStringLiteral("link"));
    object.insert(QStringLiteral("id"), mediaId);
    if (m_mediaType == u"document" && object.value(QStringLiteral("filename")).toString().isEmpty())
        object.insert(QStringLiteral("filename"), fileName);
    m_document->setValue(m_pointer, object);
    m_statusBar->showMessage(summary, 8000);
}

void MediaFlow::save(const QString &provider, const QString &business, const QString &mediaId,
                     const QString &suggestedName)
{
    const QString folder = FileLocations::startFolder(FileLocations::Purpose::Media);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Media"), folder + u'/' + suggestedName);
    if (path.isEmpty())
        return;
    FileLocations::remember(FileLocations::Purpose::Media, path);
    QString why;
    if (!m_workbench->downloadMedia(provider, business, mediaId, path, &why))
        fail(tr("Media not saved"), why);
    else {
        m_statusBar->showMessage(tr("Saving %1…").arg(QFileInfo(path).fileName()));
        m_cancel->setText(tr("Cancel Download"));
        m_cancel->show();
    }
}
