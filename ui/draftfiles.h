// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class DraftDocument;
class QWidget;

// The window's file operations on its one draft: new, open (a draft, or any provider's body), save, save
// as, import of pasted or dropped JSON, the JSON editor, and the recovery of an autosaved draft. A body
// that cannot be read leaves the draft as it was, and says why (importFailed).
class DraftFiles : public QObject
{
    Q_OBJECT

public:
    DraftFiles(DraftDocument *document, QWidget *window, bool confirmDiscard);

    // Opens a draft or a provider's body from a file; false (and importFailed) when it cannot.
    bool openFile(const QString &path);
    // An example or a template of the app's own, opened as a new, untitled draft.
    bool openAsNew(const QString &path);
    // Reads pasted, dropped or typed JSON into the draft (undoable); false and importFailed when it is
    // broken or not a message, with the draft left as it was.
    bool importJson(const QByteArray &json, const QString &source);
    // A request the history recorded, as a new draft for `provider`.
    bool openRecorded(const QByteArray &body, const QString &provider);
    bool save();
    bool saveAs(const QString &path = {});
    void newDraft();
    void openDialog();
    void editJson();
    // Asks to save unsaved changes first: false when the person cancels (or the save fails).
    bool maybeSave();
    // The draft Wabench was editing when it last stopped, if any.
    void offerRecovery(const QString &autosavePath);

signals:
    void importFailed(const QString &error);
    // A passing note for the status bar.
    void note(const QString &text);
    // The file path or the saved state changed: the title follows.
    void titleChanged();

private:
    DraftDocument *m_document;
    QWidget *m_window;
    bool m_confirmDiscard;
};
