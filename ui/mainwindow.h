// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class Autosave;
class ComposerBar;
class DraftDocument;
class FormView;
class IssueListView;
class PreviewPane;
class QLabel;
class QMenu;
class QToolButton;
struct Draft;

// The composer window. It composes the parts (provider bar, recipients, kind picker, form, previews,
// problems) around one DraftDocument and owns the file operations; the parts hold no state of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString autosavePath; // empty: the app's data directory
        bool offerRecovery = true;
        bool confirmDiscard = true; // ask before unsaved changes are dropped
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DraftDocument *document() const { return m_document; }
    // Opens a draft or a provider's body from a file; false (and a visible reason) when it cannot.
    bool openFile(const QString &path);
    // Reads pasted, dropped or typed JSON into the draft (undoable); false and a visible reason when it
    // is broken or not a message, with the draft left as it was.
    bool importJson(const QByteArray &json, const QString &source);
    bool save();
    bool saveAs(const QString &path = {});
    void chooseKind(const QString &kind);
    QString lastImportError() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void offerRecovery();
    void updateTitle();
    void updateStatus();
    void showImportError(const QString &error);
    void goToIssue(const QString &pointer);
    bool maybeSave();
    void newDraft();
    void openDialog();
    void editJson();

    Options m_options;
    DraftDocument *m_document = nullptr;
    Autosave *m_autosave = nullptr;
    ComposerBar *m_bar = nullptr;
    FormView *m_form = nullptr;
    PreviewPane *m_preview = nullptr;
    IssueListView *m_issues = nullptr;
    QLabel *m_importError = nullptr;
    QToolButton *m_summary = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};
