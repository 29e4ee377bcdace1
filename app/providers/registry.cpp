// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "exotel/exotel.h"
#include "kaleyra/kaleyra.h"
#include "meta/metacloud.h"
#include "telnyx/telnyx.h"

#include <vector>

namespace Providers {

namespace {

struct Registry
{
    std::vector<std::unique_ptr<Provider>> owned;
    QList<const Provider *> list;

    Registry()
    {
        for (Provider *provider :
             std::initializer_list<Provider *>{new ExotelProvider, new KaleyraProvider, new TelnyxProvider,
                                               new MetaCloudProvider, new SandboxProvider}) {
            owned.emplace_back(provider);
            list.append(provider);
        }
    }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

const QList<const Provider *> &all()
{
    return registry().list;
}

const Provider *find(const QString &id)
{
    for (const Provider *provider : all()) {
        if (provider->id() == id)
            return provider;
    }
    return nullptr;
}

QStringList ids()
{
    QStringList out;
    for (const Provider *provider : all())
        out.append(provider->id());
    return out;
}

const Provider *recogniseRequest(const QJsonObject &body)
{
    const Provider *best = nullptr;
    int bestScore = 0;
    for (const Provider *provider : all()) {
        const int score = provider->recogniseRequest(body);
        if (score > bestScore) {
            best = provider;
            bestScore = score;
        }
    }
    return best;
}

bool add(std::unique_ptr<Provider> provider)
{
    if (!provider || find(provider->id()))
        return false;
    registry().list.append(provider.get());
    registry().owned.push_back(std::move(provider));
    return true;
}

} // namespace Providers
