// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What WhatsApp takes as media, by the message's media type (image, video, audio, document, sticker):
// Meta's supported types and sizes (Cloud API, "Supported media types"), which Kaleyra and Exotel
// document alike. A file is judged by its content first and its name after, never by its name alone.
namespace MediaFiles {

struct Limits
{
    QStringList mimeTypes;       // what the provider takes, as it names them
    qint64 maxBytes = 0;         // the limit (a static sticker's)
    qint64 animatedMaxBytes = 0; // an animated sticker's limit; 0 where there is no such thing
    QString formats;             // in words: "JPEG or PNG"
};
// Nothing for a type that is not media.
std::optional<Limits> limitsFor(const QString &mediaType);
// "image", "video", ... : the media types, in the order the form offers them.
QStringList mediaTypes();

struct Checked
{
    QString path;
    QString fileName; // as it goes in the upload
    QString mimeType; // as the provider names it: the upload's type
    qint64 size = 0;
    QString problem; // why it cannot go, naming the file; empty when it can
    bool ok() const { return problem.isEmpty(); }
};
// The file at `path` against the limits of `mediaType`.
Checked check(const QString &path, const QString &mediaType);

// "5 MB", "100 KB", "1.4 MB": sizes as people read them (decimal, as Meta states its limits).
QString sizeText(qint64 bytes);

} // namespace MediaFiles
