// SPDX-License-Identifier: GPL-3.0-or-later
// The Workbench's media: files uploaded for media ids, and media ids' files saved.
#include "accounts/accountstore.h"
#include "media/mediafiles.h"
#include "media/mediatransfer.h"
#include "message/phonenumbers.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "workbench.h"

bool Workbench::uploadMedia(const Draft &draft, const QString &path, const QString &mediaType, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const Provider *provider = Providers::find(draft.provider);
    if (!provider)
        return refuse(tr("Choose a provider first"));
    if (const QString reason = provider->mediaUploadUnsupported(); !reason.isEmpty())
        return refuse(reason);
    if (m_preparing)
        return refuse(tr("A send is waiting for its account's secrets"));
    if (isTransferringMedia() || m_pending)
        return refuse(tr("Another upload or download is under way"));
    const MediaFiles::Checked file = MediaFiles::check(path, mediaType);
    if (!file.ok())
        return refuse(file.problem);
    const std::optional<AccountProfile> account = accountFor(draft);
    if (!account)
        return refuse(tr("There is no %1 account to upload with: add one in Accounts").arg(provider->displayName()));

    m_mediaPreparing = true;
    const QString sender = draft.sender.isEmpty() ? account->defaultSender : draft.sender;
    withSecrets(
        *account,
        [this, provider, file, sender](const Account &loaded) {
            m_mediaPreparing = false;
            const std::optional<Provider::MediaUpload> upload = provider->mediaUpload(loaded, sender, file.mimeType);
            m_upload = new MediaUploadJob(m_network, this);
            connect(m_upload, &MediaUploadJob::progress, this, &Workbench::mediaProgress);
            connect(m_upload, &MediaUploadJob::finished, this,
                    [this](bool ok, const QString &mediaId, const QString &summary) {
                        m_upload->deleteLater();
                        m_upload = nullptr;
                        emit mediaUploaded(ok, mediaId, summary);
                    });
            QString error;
            if (!m_upload->start(provider, *upload, file, timeoutMs(), &error)) {
                delete m_upload;
                m_upload = nullptr;
                emit mediaUploaded(false, QString(), error);
            }
        },
        [this, file](const AccountField &field) {
            m_mediaPreparing = false;
            emit mediaUploaded(false, QString(),
                               tr("%1 was not uploaded: the %2 is needed.").arg(file.fileName, field.label));
        });
    return true;
}

bool Workbench::downloadMedia(const QString &providerId, const QString &business, const QString &mediaId,
                              const QString &path, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const Provider *provider = Providers::find(providerId);
    if (!provider)
        return refuse(tr("No provider \"%1\"").arg(providerId));
    if (m_preparing)
        return refuse(tr("A send is waiting for its account's secrets"));
    if (isTransferringMedia() || m_pending)
        return refuse(tr("Another upload or download is under way"));
    QString reason;
    if (!provider->mediaRequest(Account{}, mediaId, &reason))
        return refuse(reason);
    std::optional<AccountProfile> account;
    for (const AccountProfile &each : m_accounts->accounts()) {
        if (each.provider != providerId)
            continue;
        if (!account ||
            (!business.isEmpty() && PhoneNumbers::digits(each.defaultSender) == PhoneNumbers::digits(business)))
            account = each;
    }
    if (!account)
        return refuse(tr("There is no %1 account to fetch it with: add one in Accounts").arg(provider->displayName()));

    m_mediaPreparing = true;
    withSecrets(
        *account,
        [this, provider, mediaId, path](const Account &loaded) {
            m_mediaPreparing = false;
            QString ignored;
            const std::optional<HttpRequest> where = provider->mediaRequest(loaded, mediaId, &ignored);
            m_download = new MediaDownloadJob(m_network, this);
            connect(m_download, &MediaDownloadJob::progress, this, &Workbench::mediaProgress);
            connect(m_download, &MediaDownloadJob::finished, this, [this](bool ok, const QString &summary) {
                m_download->deleteLater();
                m_download = nullptr;
                emit mediaDownloaded(ok, summary);
            });
            m_download->start(provider, *where, path, timeoutMs());
        },
        [this](const AccountField &field) {
            m_mediaPreparing = false;
            emit mediaDownloaded(false, tr("Not saved: the %1 is needed.").arg(field.label));
        });
    return true;
}

void Workbench::cancelMedia()
{
    if (m_upload)
        m_upload->cancel();
    if (m_download)
        m_download->cancel();
}
