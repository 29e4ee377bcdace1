// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

// A request that leaves at most once. QNetworkAccessManager sends a request again when a kept-alive
// connection closes under it, rewinding its body to do so; a POST must never leave twice (the provider,
// or the person's own handler, would act on it twice). Here the body is streamed from a device that
// cannot rewind, and should Qt begin a second copy all the same, the reply is aborted at once.
namespace SendOnce {

// Sends `method` with `body`; the reply is the caller's.
QNetworkReply *send(QNetworkAccessManager *network, QNetworkRequest request, const QByteArray &method,
                    const QByteArray &body);
// How many times the request began to leave (1 normally; 0: it never left).
int timesSent(const QNetworkReply *reply);
// Qt began to send it a second time, and that copy was stopped: the first may have arrived.
bool resent(const QNetworkReply *reply);

} // namespace SendOnce
