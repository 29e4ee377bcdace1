// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediafiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace {

struct MediaFilesText
{
    Q_DECLARE_TR_FUNCTIONS(MediaFiles)
};

constexpr qint64 KB = 1024;
constexpr qint64 MB = 1024 * 1024;

// An animated WebP has an extended header (VP8X) with its animation flag set.
bool animatedWebp(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(21);
    return head.size() == 21 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP" && head.mid(12, 4) == "VP8X" &&
           (quint8(head.at(20)) & 0x02) != 0;
}

// "an image", "a video": the media type as the sentences below need it.
QString noun(const QString &mediaType)
{
    if (mediaType == u"image")
        return MediaFilesText::tr("an image");
    if (mediaType == u"video")
        return MediaFilesText::tr("a video");
    if (mediaType == u"audio")
        return MediaFilesText::tr("an audio file");
    if (mediaType == u"sticker")
        return MediaFilesText::tr("a sticker");
    return MediaFilesText::tr("a document");
}

} // namespace

namespace MediaFiles {

QStringList mediaTypes()
{
    return {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("document"),
            QStringLiteral("sticker")};
}

std::optional<Limits> limitsFor(const QString &mediaType)
{
    if (mediaType == u"image")
        return Limits{
            {QStringLiteral("image/jpeg"), QStringLiteral("image/png")}, 5 * MB, 0, MediaFilesText::tr("JPEG or PNG")};
    if (mediaType == u"video")
        return Limits{
            {QStringLiteral("video/mp4"), QStringLiteral("video/3gpp")}, 16 * MB, 0, MediaFilesText::tr("MP4 or 3GP")};
    if (mediaType == u"audio")
        return Limits{{QStringLiteral("audio/aac"), QStringLiteral("audio/amr"), QStringLiteral("audio/mpeg"),
                       QStringLiteral("audio/mp4"), QStringLiteral("audio/ogg")},
                      16 * MB,
                      0,
                      MediaFilesText::tr("AAC, AMR, MP3, M4A or OGG (Opus)")};
    if (mediaType == u"document")
        return Limits{{QStringLiteral("text/plain"), QStringLiteral("application/pdf"),
                       QStringLiteral("application/msword"),
                       QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                       QStringLiteral("application/vnd.ms-excel"),
                       QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                       QStringLiteral("application/vnd.ms-powerpoint"),
                       QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.presentation")},
                      100 * MB,
                      0,
                      MediaFilesText::tr("PDF, TXT, DOC(X), XLS(X) or PPT(X)")};
    if (mediaType == u"sticker")
        return Limits{{QStringLiteral("image/webp")}, 100 * KB, 500 * KB, MediaFilesText::tr("WebP")};
    return std::nullopt;
}

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= MB)
        return MediaFilesText::tr("%1 MB").arg(locale.toString(double(bytes) / MB, 'g', bytes >= 10 * MB ? 3 : 2));
    if (bytes >= KB)
        return MediaFilesText::tr("%1 KB").arg(locale.toString(double(bytes) / KB, 'g', 3));
    return MediaFilesText::tr("%1 bytes").arg(bytes);
}

Checked check(const QString &path, const QString &mediaType)
{
    Checked out;
    out.path = path;
    const QFileInfo info(path);
    out.fileName = info.fileName();
    const std::optional<Limits> limits = limitsFor(mediaType);
    if (!limits) {
        out.problem = MediaFilesText::tr("%1: \"%2\" is not a media type").arg(out.fileName, mediaType);
        return out;
    }
    if (!info.exists() || !info.isFile()) {
        out.problem = MediaFilesText::tr("%1: there is no such file").arg(path);
        return out;
    }
    if (!info.isReadable()) {
        out.problem = MediaFilesText::tr("%1: the file cannot be read").arg(path);
        return out;
    }
    out.size = info.size();
    if (out.size == 0) {
        out.problem = MediaFilesText::tr("%1 is empty").arg(out.fileName);
        return out;
    }

    // By content and name together; a type counts when it is, or is a kind of, one the provider takes.
    const QMimeDatabase mimes;
    // The content says what a file is; its name may say more precisely (a .docx is a kind of zip), never
    // otherwise (a PNG named .jpg is a PNG).
    const QMimeType byContent = mimes.mimeTypeForFile(info, QMimeDatabase::MatchContent);
    const QMimeType byName = mimes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const QMimeType found = byName.inherits(byContent.name()) ? byName : byContent;
    for (const QString &name : limits->mimeTypes) {
        const QMimeType allowed = mimes.mimeTypeForName(name);
        if (allowed.isValid() && (found == allowed || found.inherits(allowed.name()))) {
            out.mimeType = name;
            break;
        }
    }
    if (out.mimeType.isEmpty()) {
        out.problem = MediaFilesText::tr("%1 is %2 (%3); %4 must be %5")
                          .arg(out.fileName, found.comment(), found.name(), noun(mediaType), limits->formats);
        return out;
    }
    const bool animated = mediaType == u"sticker" && animatedWebp(path);
    const qint64 limit = animated ? limits->animatedMaxBytes : limits->maxBytes;
    if (out.size > limit) {
        const QString what = animated                  ? MediaFilesText::tr("an animated sticker")
                             : mediaType == u"sticker" ? MediaFilesText::tr("a still sticker")
                                                       : noun(mediaType);
        out.problem = MediaFilesText::tr("%1 is %2; the limit for %3 is %4")
                          .arg(out.fileName, sizeText(out.size), what, sizeText(limit));
    }
    return out;
}

} // namespace MediaFiles
