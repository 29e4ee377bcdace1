// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/mediafiles.h"
#include "providers/provider.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSaveFile;

// A file uploaded through a provider's media endpoint for a media id: streamed from the disk as
// multipart form data, once (a POST is never sent again, by us or by Qt), with a timeout for silence.
class MediaUploadJob : public QObject
{
    Q_OBJECT

public:
    explicit MediaUploadJob(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~MediaUploadJob() override;

    // False and why when the file cannot be read; finished() follows otherwise.
    bool start(const Provider *provider, const Provider::MediaUpload &upload, const MediaFiles::Checked &file,
               int timeoutMs, QString *error);
    void cancel();

signals:
    void progress(qint64 sent, qint64 total);
    // The media id, or why there is none.
    void finished(bool ok, const QString &mediaId, const QString &summary);

private:
    void replyFinished();

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    const Provider *m_provider = nullptr;
    QString m_fileName;
    int m_timesSent = 0;
    bool m_cancelled = false;
};

// A media id's file saved to the disk: where the provider says it is (Meta's GET /{media-id}), then the
// file from there with the same credentials (only over https, or from the same address as the first
// answer: the Sandbox's), written whole or not at all.
class MediaDownloadJob : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 100 * 1024 * 1024;

    explicit MediaDownloadJob(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~MediaDownloadJob() override;

    void start(const Provider *provider, const HttpRequest &where, const QString &path, int timeoutMs);
    void cancel();

signals:
    void progress(qint64 received, qint64 total);
    void finished(bool ok, const QString &summary);

private:
    void located();
    void fetched();
    void fail(const QString &summary);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    const Provider *m_provider = nullptr;
    HttpRequest m_where;
    QString m_path;
    int m_timeoutMs = 0;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_received = 0;
};
