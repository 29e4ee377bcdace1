// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

class Provider;

// The Sandbox's media store: files uploaded as each provider takes them (multipart form data, checked
// against WhatsApp's media types and sizes), their address by media id as Meta gives it (GET /{media-id}),
// and the file itself at that address. Kept in memory, the oldest dropped past a total.
class SandboxMedia
{
public:
    // The largest upload body taken: the largest medium (a 100 MB document) and its form around it.
    static constexpr qint64 MaxUploadBytes = 100 * 1024 * 1024 + 64 * 1024;

    // An upload to `provider`'s media endpoint, answered as it answers.
    HttpServerResponse upload(const Provider *provider, const HttpServerRequest &request);
    // Whether `id` is a media id the Sandbox holds.
    bool holds(const QString &id) const { return m_files.contains(id); }
    // Where media `id` is (Meta's answer to GET /{media-id}), its file at that address under `base`.
    HttpServerResponse location(const QString &id, const HttpServerRequest &request, const QString &base) const;
    HttpServerResponse file(const QString &id, const HttpServerRequest &request) const;
    // Keeps a file as if uploaded (a customer's media in tests and scenarios); returns its id.
    QString keep(const QString &provider, const QByteArray &bytes, const QByteArray &mimeType, const QString &fileName);

private:
    struct File
    {
        QString provider; // whose credentials fetch it
        QByteArray bytes;
        QByteArray mimeType;
        QString fileName;
        QByteArray sha256;
    };
    // Why `request` may not fetch `file`, as an answer; nothing when it may.
    std::optional<HttpServerResponse> refused(const File &file, const HttpServerRequest &request) const;

    QHash<QString, File> m_files;
    QList<QString> m_order; // oldest first
    qint64 m_bytes = 0;
    static constexpr qint64 Capacity = 256 * 1024 * 1024; // the oldest go past it
};
