// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/draft.h"

#include <QObject>
#include <QTimer>
#include <optional>

class DraftDocument;

// Keeps a copy of the draft being edited, written a moment after each change, so that a crash or
// a kill loses nothing: the next start finds it and offers it back. A clean exit removes it.
class Autosave : public QObject
{
    Q_OBJECT

public:
    Autosave(DraftDocument *document, const QString &path, QObject *parent = nullptr);
    ~Autosave() override;

    // What a previous run left behind, if anything.
    static std::optional<Draft> pending(const QString &path);
    // The file a recovered draft was opened from (empty for a new one), taken out of the draft.
    static QString takeSourcePath(Draft &draft);
    // The default place: the app's data directory.
    static QString defaultPath();
    // Writes now (and stops the timer); tests and quitting use it.
    void flush();
    // The session ended normally: nothing to recover.
    void discard();

private:
    DraftDocument *m_document;
    QString m_path;
    QTimer m_timer;
};
