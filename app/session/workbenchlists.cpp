// SPDX-License-Identifier: GPL-3.0-or-later
// Sending a draft to a list: the campaign, with the account's secrets, as the window and the command line
// start it.
#include "providers/provider.h"
#include "providers/registry.h"
#include "workbench.h"

bool Workbench::sendToList(const Draft &draft, CampaignRun::Options options, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (isSending())
        return refuse(tr("A send is already under way"));
    const Provider *provider = Providers::find(draft.provider);
    if (!provider)
        return refuse(tr("Unknown provider \"%1\"").arg(draft.provider));
    const std::optional<AccountProfile> account = accountFor(draft);
    if (!account)
        return refuse(tr("There is no %1 account to send with").arg(provider->displayName()));
    if (options.campaign.trimmed().isEmpty())
        return refuse(tr("A campaign needs a name"));
    options.draft = draft;
    options.draft.recipients.clear();
    if (options.rate == 0)
        options.rate = provider->defaultRate();
    else if (options.rate < 0)
        options.rate = 0;
    if (options.timeoutMs <= 0)
        options.timeoutMs = timeoutMs();
    m_preparing = true;
    withSecrets(
        *account,
        [this, options](const Account &loaded) mutable {
            m_preparing = false;
            options.account = loaded;
            m_campaign = new CampaignRun(m_network, &m_history, this);
            connect(m_campaign, &CampaignRun::rowFinished, this, &Workbench::campaignRowFinished);
            connect(m_campaign, &CampaignRun::rowDeferred, this, &Workbench::campaignRowDeferred);
            connect(m_campaign, &CampaignRun::progress, this, &Workbench::campaignProgress);
            connect(m_campaign, &CampaignRun::finished, this, [this](const QString &error) {
                const CampaignRun::Counts counts = m_campaign->counts();
                m_campaign->deleteLater();
                m_campaign = nullptr;
                emit campaignFinished(error, counts);
            });
            QString reason;
            if (!m_campaign->start(options, &reason)) {
                delete m_campaign;
                m_campaign = nullptr;
                emit campaignFinished(tr("Nothing was sent: %1").arg(reason), {});
            }
        },
        [this](const AccountField &field) {
            m_preparing = false;
            emit campaignFinished(tr("Nothing was sent: the %1 is needed.").arg(field.label), {});
        });
    return true;
}
