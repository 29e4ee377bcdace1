// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesync.h"

#include "net/sendonce.h"
#include "sender.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

// Far above any account's templates (Meta allows 250 per account, 6,000 with a verified business): a
// provider that never says "last page" is stopped here.
constexpr int MaxPages = 1000;

} // namespace

TemplateSync::TemplateSync(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network) {}

TemplateSync::~TemplateSync()
{
    if (m_reply)
        m_reply->abort();
}

QNetworkReply *TemplateSync::start(const HttpRequest &request)
{
    // A template created (POST) must not be created twice: a GET is sent the same way, harmlessly.
    QNetworkReply *reply =
        request.body.isEmpty() && request.method == "GET"
            ? m_network->sendCustomRequest(networkRequest(request, m_timeoutMs), request.method)
            : SendOnce::send(m_network, networkRequest(request, m_timeoutMs), request.method, request.body);
    m_reply = reply;
    return reply;
}

bool TemplateSync::pull(const Provider *provider, const Account &account, QString *why)
{
    if (!provider->templatesRequest(account, QString(), why))
        return false;
    m_provider = provider;
    m_account = account;
    m_definitions.clear();
    m_after.clear();
    m_cursors.clear();
    requestPage();
    return true;
}

void TemplateSync::requestPage()
{
    QString why;
    const std::optional<HttpRequest> request = m_provider->templatesRequest(m_account, m_after, &why);
    QNetworkReply *reply = start(*request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            (reply->error() != QNetworkReply::NoError &&
             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isNull())) {
            emit failed(reply->error() == QNetworkReply::OperationCanceledError
                            ? tr("No answer in %1 s: nothing was kept").arg(m_timeoutMs / 1000)
                            : tr("%1: nothing was kept").arg(reply->errorString()));
            emit finished();
            return;
        }
        const Provider::TemplatePage page = m_provider->readTemplates(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        if (!page.error.isEmpty()) {
            emit failed(tr("%1: nothing was kept").arg(page.error));
            emit finished();
            return;
        }
        m_definitions += page.definitions;
        if (page.after.isEmpty()) {
            emit pulled(m_definitions);
            emit finished();
            return;
        }
        if (m_cursors.contains(page.after) || m_cursors.size() >= MaxPages) {
            emit failed(tr("The pages do not end (page %1 names one already read): nothing was kept")
                            .arg(m_cursors.size() + 1));
            emit finished();
            return;
        }
        m_cursors.append(page.after);
        m_after = page.after;
        requestPage();
    });
}

bool TemplateSync::push(const Provider *provider, const Account &account, const QList<QJsonObject> &definitions,
                        QString *why)
{
    if (definitions.isEmpty() || !provider->createTemplateRequest(account, definitions.first(), why))
        return false;
    m_provider = provider;
    m_account = account;
    m_definitions = definitions;
    m_next = 0;
    createNext();
    return true;
}

void TemplateSync::createNext()
{
    if (m_next >= m_definitions.size()) {
        emit finished();
        return;
    }
    QString why;
    const int index = m_next++;
    const std::optional<HttpRequest> request =
        m_provider->createTemplateRequest(m_account, m_definitions.at(index), &why);
    QNetworkReply *reply = start(*request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        Provider::TemplateCreated result;
        if (status.isNull()) {
            // No answer: the provider may have it. Never sent again by us.
            result.error =
                reply->error() == QNetworkReply::OperationCanceledError
                    ? tr("no answer in %1 s: the provider may have created it; not sent again").arg(m_timeoutMs / 1000)
                    : tr("%1: the provider may have created it; not sent again").arg(reply->errorString());
        } else {
            result = m_provider->readCreatedTemplate(status.toInt(), reply->readAll());
        }
        emit created(index, result);
        createNext();
    });
}

bool TemplateSync::remove(const Provider *provider, const Account &account, const QString &name, const QString &id,
                          QString *why)
{
    const std::optional<HttpRequest> request = provider->deleteTemplateRequest(account, name, id, why);
    if (!request)
        return false;
    m_provider = provider;
    QNetworkReply *reply = start(*request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isNull()) {
            emit failed(tr("%1: it may have been deleted").arg(reply->errorString()));
        } else if (status.toInt() < 200 || status.toInt() >= 300) {
            // The provider's words, as its answer to a create would carry them.
            emit failed(m_provider->readCreatedTemplate(status.toInt(), reply->readAll()).error);
        } else {
            emit removed();
        }
        emit finished();
    });
    return true;
}
