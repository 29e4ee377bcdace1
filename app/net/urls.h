// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// A user name and password written into a URL (https://user:pass@host/) are credentials in plain sight:
// Wabench refuses them where a URL is saved, and masks them wherever a URL is shown, stored or exported.
namespace Urls {

bool hasUserInfo(const QUrl &url);
// The URL as it may be shown: its user information, if any, replaced by a mask.
QString shown(const QUrl &url);
// `text` with the user information of every http(s) URL in it masked.
QString masked(const QString &text);
QByteArray masked(const QByteArray &text);
// `text` as a URL Wabench may post to (a forward, replay or trigger target): http or https, with a host,
// and no user name or password in it; else false and why, in words.
bool postTarget(const QString &text, QUrl *url, QString *why);

} // namespace Urls
