// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The pictures a phone preview shows for media links: each link fetched once, in the background, through
// the application's network manager, after asking has paused (a link being typed is not fetched at every
// keystroke), only when it is an absolute http(s) URL, at most `maxBytes`, within `timeoutMs`; the picture or
// the reason there is none is kept for the session. Nothing is fetched while fetching is off.
class PhoneImages : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBytes = 5 * 1024 * 1024;
        int timeoutMs = 10000;
        int pauseMs = 600; // from the last new link asked for to the fetches starting
    };

    explicit PhoneImages(QNetworkAccessManager *network, QObject *parent = nullptr);
    void setLimits(const Limits &limits) { m_limits = limits; }
    void setEnabled(bool enabled);
    bool enabled() const { return m_enabled; }

    // A picture is being laid out again: the links asked for from now on are those it shows, and only they
    // are fetched when asking pauses (a link typed a letter at a time is fetched once, whole).
    void newPass() { m_waiting.clear(); }
    // The picture for `link`, or a null image with the reason in `why` ("" while it is being fetched).
    // Asking for a link not known yet has it fetched once asking pauses.
    QImage image(const QString &link, QString *why);
    // Links asked for whose answer has not arrived yet (waiting for the pause, or being fetched).
    bool busy() const;

signals:
    // A picture, or the reason there is none, has arrived for `link`.
    void fetched(const QString &link);

private:
    struct Entry
    {
        QImage image;
        QString why;
        bool done = false;
    };
    void start();
    void finish(QNetworkReply *reply, const QString &link);

    QNetworkAccessManager *m_network;
    QTimer *m_pause;
    Limits m_limits;
    bool m_enabled = true;
    QHash<QString, Entry> m_entries;
    QStringList m_waiting; // asked for, not started
};
