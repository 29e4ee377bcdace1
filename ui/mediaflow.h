// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class DraftDocument;
class QStatusBar;
class QToolButton;
class QWidget;
class Workbench;

// The window's side of media from files, over the Workbench: a file picked or dropped for a media object
// of the form, checked, uploaded with the draft's account (progress in the status bar), and its media id
// put in place of the link; a media id's file saved where the person says. What fails is said in a message
// box that names the file and the reason.
class MediaFlow : public QObject
{
    Q_OBJECT

public:
    MediaFlow(Workbench *workbench, DraftDocument *document, QStatusBar *statusBar, QWidget *window);

    // A file for the media object at `pointer` of the message (of `mediaType`: image, video, ...); an empty
    // `path` asks for one in a file dialog.
    void upload(const QString &pointer, const QString &mediaType, const QString &path);
    // The file of `mediaId`, which came to `provider` at `business`, saved where the person chooses.
    void save(const QString &provider, const QString &business, const QString &mediaId, const QString &suggestedName);

private:
    void uploaded(bool ok, const QString &mediaId, const QString &summary);
    void fail(const QString &title, const QString &text);

    Workbench *m_workbench;
    DraftDocument *m_document;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    QToolButton *m_cancel;
    QString m_pointer; // where the upload under way goes, and for what
    QString m_mediaType;
    QString m_fileName;
};
