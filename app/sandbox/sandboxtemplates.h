// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpserver.h"
#include "templates/templatelibrary.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>

// The Sandbox's templates, kept per WhatsApp Business Account as Meta keeps them and served on Meta's
// message_templates edge: GET a page at a time, POST to create (checked as templates lint checks; PENDING,
// then APPROVED, or REJECTED for a name ending in _rejected, with Meta's status webhook; a name ending in
// _paused or _disabled is approved, then paused or disabled, each with its webhook), DELETE by name.
// A template send through the Sandbox is checked against the approved definition of its name, when it
// holds one, and refused with Meta's code where it does not fit.
class SandboxTemplates
{
public:
    // Whether `path` is a message_templates edge; `account` gets its WhatsApp Business Account id.
    static bool routes(const QString &path, QString *account);
    // The answer to `request` on `account`'s edge. `changed` is called for a template created (its decision
    // comes later, by decide()).
    HttpServerResponse answer(const QString &account, const HttpServerRequest &request,
                              const std::function<void(const QString &account, const QString &id)> &created);
    // The template `id` of `account` approved or rejected, by its name; Meta's
    // message_template_status_update webhook body for it, or empty when it is gone.
    QByteArray decide(const QString &account, const QString &id);
    // Whether another decision follows the last one (an approved template that the scenario pauses or
    // disables).
    bool decidesAgain(const QString &account, const QString &id) const;
    // Every account's templates as they stand (a pending or rejected one refused as Meta refuses it), for
    // checking sends.
    const TemplateLibrary &library() const { return m_library; }

private:
    QHash<QString, QList<QJsonObject>> m_templates; // by account, in creation order
    TemplateLibrary m_library;
    qint64 m_nextId = 1000000000000001;

    void rebuild();
    static bool pausesOrDisables(const QString &name, const QString &status);
};
