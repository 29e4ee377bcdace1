// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxmedia.h"

#include "media/mediafiles.h"
#include "net/multipart.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "providers/sandboxrole.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

struct SandboxMediaText
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

HttpServerResponse error(const SandboxRole *role, int status, SandboxRole::Refusal refusal, const QString &text)
{
    return HttpServerResponse::json(status, role->errorBody(status, role->refusalCode(refusal), text));
}

// Meta's code for a media upload it cannot take.
HttpServerResponse unusable(const SandboxRole *role, const QString &text)
{
    return HttpServerResponse::json(400, role->errorBody(400, QStringLiteral("131053"), text));
}

} // namespace

HttpServerResponse SandboxMedia::upload(const Provider *provider, const HttpServerRequest &request)
{
    const SandboxRole *role = provider->sandboxRole();
    if (const QString problem = role->credentialsProblem(request); !problem.isEmpty())
        return error(role, 401, SandboxRole::Refusal::Credentials, problem);
    QString why;
    const std::optional<QList<FormPart>> parts = Multipart::parse(request.header("Content-Type"), request.body, &why);
    if (!parts)
        return error(role, 400, SandboxRole::Refusal::BadRequest,
                     SandboxMediaText::tr("The upload is not form data: %1").arg(why));
    const FormPart *file = nullptr;
    QByteArray type;
    for (const FormPart &part : *parts) {
        if (part.name == "file" && !file)
            file = &part;
        else if (part.name == "type")
            type = part.body.trimmed();
    }
    if (!file)
        return error(role, 400, SandboxRole::Refusal::BadRequest,
                     SandboxMediaText::tr("The upload has no \"file\" part"));
    if (type.isEmpty())
        type = file->contentType;
    if (type.isEmpty())
        return error(role, 400, SandboxRole::Refusal::BadRequest,
                     SandboxMediaText::tr("The upload does not say its type (\"type\")"));

    // The type must be one WhatsApp takes, and the file within that type's size.
    const QString mimeType = QString::fromLatin1(type).toLower();
    for (const QString &mediaType : MediaFiles::mediaTypes()) {
        const std::optional<MediaFiles::Limits> limits = MediaFiles::limitsFor(mediaType);
        if (!limits->mimeTypes.contains(mimeType))
            continue;
        const qint64 limit = std::max(limits->maxBytes, limits->animatedMaxBytes);
        if (file->body.size() > limit)
            return unusable(role, SandboxMediaText::tr("Media upload error: %1 is %2; the limit for %3 is %4")
                                      .arg(file->fileName, MediaFiles::sizeText(file->body.size()), mimeType,
                                           MediaFiles::sizeText(limit)));
        if (file->body.isEmpty())
            return unusable(role, SandboxMediaText::tr("Media upload error: the file is empty"));
        return role->mediaUploadAnswer(keep(provider->id(), file->body, type, file->fileName));
    }
    return unusable(role, SandboxMediaText::tr("Media upload error: %1 is not a type WhatsApp takes").arg(mimeType));
}

QString SandboxMedia::keep(const QString &provider, const QByteArray &bytes, const QByteArray &mimeType,
                           const QString &fileName)
{
    // Meta's media ids are long numbers.
    QString id;
    do {
        id = QString::number(
            QRandomGenerator::global()->bounded(Q_INT64_C(100000000000000), Q_INT64_C(999999999999999)));
    } while (m_files.contains(id));
    m_files.insert(
        id, {provider, bytes, mimeType, fileName, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()});
    m_order.append(id);
    m_bytes += bytes.size();
    while (m_bytes > Capacity && m_order.size() > 1) {
        const QString oldest = m_order.takeFirst();
        m_bytes -= m_files.take(oldest).bytes.size();
    }
    return id;
}

std::optional<HttpServerResponse> SandboxMedia::refused(const File &file, const HttpServerRequest &request) const
{
    const Provider *provider = Providers::find(file.provider);
    const SandboxRole *role = provider ? provider->sandboxRole() : nullptr;
    if (!role)
        return HttpServerResponse::json(404, "{}");
    if (const QString problem = role->credentialsProblem(request); !problem.isEmpty())
        return error(role, 401, SandboxRole::Refusal::Credentials, problem);
    return std::nullopt;
}

HttpServerResponse SandboxMedia::location(const QString &id, const HttpServerRequest &request,
                                          const QString &base) const
{
    const File &file = *m_files.constFind(id);
    if (std::optional<HttpServerResponse> no = refused(file, request))
        return *no;
    const QJsonObject answer{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                             {QStringLiteral("url"), QString(base + QStringLiteral("/media/") + id)},
                             {QStringLiteral("mime_type"), QString::fromLatin1(file.mimeType)},
                             {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)},
                             {QStringLiteral("file_size"), double(file.bytes.size())},
                             {QStringLiteral("id"), id}};
    return HttpServerResponse::json(200, QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

HttpServerResponse SandboxMedia::file(const QString &id, const HttpServerRequest &request) const
{
    const auto found = m_files.constFind(id);
    if (found == m_files.constEnd())
        return HttpServerResponse::text(404, SandboxMediaText::tr("No media with that id").toUtf8());
    if (std::optional<HttpServerResponse> no = refused(*found, request))
        return *no;
    return {200, found->bytes, found->mimeType, {}};
}
