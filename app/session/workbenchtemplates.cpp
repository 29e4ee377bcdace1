// SPDX-License-Identifier: GPL-3.0-or-later
// The Workbench's templates at the providers: pulled, created and deleted through each account's provider,
// and kept with the history for the account.
#include "providers/provider.h"
#include "providers/registry.h"
#include "transport/templatesync.h"
#include "workbench.h"

const Provider *Workbench::templateProvider(const QString &account, std::optional<AccountProfile> *profile,
                                            QString *why) const
{
    const auto refuse = [why](const QString &reason) -> const Provider * {
        if (why)
            *why = reason;
        return nullptr;
    };
    if (!m_history.isOpen())
        return refuse(m_historyError);
    // One request for secrets at a time: a send's or an upload's may be waiting for its answer.
    if (m_preparing || m_mediaPreparing || m_pending)
        return refuse(tr("A send or an upload is waiting for its account's secrets"));
    *profile = m_accounts->findByName(account);
    if (!*profile)
        return refuse(tr("No account \"%1\"").arg(account));
    const Provider *provider = Providers::find((*profile)->provider);
    if (!provider)
        return refuse(tr("No provider \"%1\"").arg((*profile)->provider));
    if (const QString reason = provider->templatesUnavailable(); !reason.isEmpty())
        return refuse(reason);
    return provider;
}

bool Workbench::pullTemplates(const QString &account, QString *why)
{
    std::optional<AccountProfile> profile;
    const Provider *provider = templateProvider(account, &profile, why);
    if (!provider)
        return false;
    withSecrets(
        *profile,
        [this, provider, profile](const Account &loaded) {
            auto *sync = new TemplateSync(m_network, this);
            sync->setTimeout(timeoutMs());
            connect(sync, &TemplateSync::finished, sync, &QObject::deleteLater);
            connect(sync, &TemplateSync::failed, this,
                    [this](const QString &reason) { emit templatesPulled(false, reason); });
            connect(sync, &TemplateSync::pulled, this, [this, profile](const QList<QJsonObject> &definitions) {
                QString reason;
                if (!m_history.saveTemplates(profile->id, definitions, &reason, true)) {
                    emit templatesPulled(false, tr("The templates were read but not kept: %1").arg(reason));
                    return;
                }
                emit templatesPulled(
                    true, tr("%n template(s) of %1 kept", nullptr, int(definitions.size())).arg(profile->name));
            });
            QString reason;
            if (!sync->pull(provider, loaded, &reason)) {
                delete sync;
                emit templatesPulled(false, reason);
            }
        },
        [this](const AccountField &field) {
            emit templatesPulled(false, tr("The templates were not read: the %1 is needed").arg(field.label));
        });
    return true;
}

bool Workbench::pushTemplates(const QString &account, const QList<QJsonObject> &definitions, QString *why)
{
    std::optional<AccountProfile> profile;
    const Provider *provider = templateProvider(account, &profile, why);
    if (!provider)
        return false;
    withSecrets(
        *profile,
        [this, provider, profile, definitions](const Account &loaded) {
            auto *sync = new TemplateSync(m_network, this);
            sync->setTimeout(timeoutMs());
            connect(sync, &TemplateSync::finished, sync, &QObject::deleteLater);
            connect(sync, &TemplateSync::finished, this, &Workbench::templatesPushFinished);
            connect(sync, &TemplateSync::created, this,
                    [this, profile, definitions](int index, const Provider::TemplateCreated &result) {
                        if (!result.error.isEmpty()) {
                            emit templatePushed(index, false, result.error);
                            return;
                        }
                        // Kept as the provider now holds it: its id, status and category.
                        QJsonObject kept = definitions.at(index);
                        kept.insert(QStringLiteral("id"), result.id);
                        kept.insert(QStringLiteral("status"), result.status);
                        if (!result.category.isEmpty())
                            kept.insert(QStringLiteral("category"), result.category);
                        QString reason;
                        const bool stored = m_history.saveTemplates(profile->id, {kept}, &reason);
                        emit templatePushed(index, true,
                                            stored ? tr("%1 (%2)").arg(result.id, result.status)
                                                   : tr("%1 (%2), not kept: %3").arg(result.id, result.status, reason));
                    });
            QString reason;
            if (!sync->push(provider, loaded, definitions, &reason)) {
                delete sync;
                emit templatePushed(0, false, reason);
                emit templatesPushFinished();
            }
        },
        [this](const AccountField &field) {
            emit templatePushed(0, false, tr("Nothing was created: the %1 is needed").arg(field.label));
            emit templatesPushFinished();
        });
    return true;
}

bool Workbench::deleteTemplate(const QString &account, const QString &name, QString *why, const QString &language)
{
    std::optional<AccountProfile> profile;
    const Provider *provider = templateProvider(account, &profile, why);
    if (!provider)
        return false;
    // One language: the template of the id it was kept with.
    QString id;
    if (!language.isEmpty() && provider->deletesOneLanguage()) {
        const QList<HistoryStore::StoredTemplate> kept = m_history.templates();
        for (const HistoryStore::StoredTemplate &entry : kept) {
            if (entry.account == profile->id && entry.definition.value(QStringLiteral("name")) == name &&
                entry.definition.value(QStringLiteral("language")) == language)
                id = entry.definition.value(QStringLiteral("id")).toString();
        }
    }
    withSecrets(
        *profile,
        [this, provider, profile, name, language, id](const Account &loaded) {
            auto *sync = new TemplateSync(m_network, this);
            sync->setTimeout(timeoutMs());
            connect(sync, &TemplateSync::finished, sync, &QObject::deleteLater);
            connect(sync, &TemplateSync::failed, this,
                    [this](const QString &reason) { emit templateDeleted(false, reason); });
            connect(sync, &TemplateSync::removed, this, [this, profile, name, language, id] {
                // What the provider deleted: that one, or every language of it.
                const QList<HistoryStore::StoredTemplate> kept = m_history.templates();
                for (const HistoryStore::StoredTemplate &entry : kept) {
                    if (entry.account == profile->id && entry.definition.value(QStringLiteral("name")) == name &&
                        (id.isEmpty() || entry.definition.value(QStringLiteral("language")) == language))
                        m_history.removeTemplate(profile->id, name,
                                                 entry.definition.value(QStringLiteral("language")).toString());
                }
                emit templateDeleted(true, tr("%1 deleted").arg(name));
            });
            QString reason;
            if (!sync->remove(provider, loaded, name, id, &reason)) {
                delete sync;
                emit templateDeleted(false, reason);
            }
        },
        [this](const AccountField &field) {
            emit templateDeleted(false, tr("Nothing was deleted: the %1 is needed").arg(field.label));
        });
    return true;
}
