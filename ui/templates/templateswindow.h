// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class TemplateEditor;
class TemplatesFilter;
class TemplatesModel;
class Workbench;

// The template library: every definition kept locally and every one pulled from an account, with its
// language, category, status (and why it was rejected), quality and account; searched and filtered; each
// written in the editor beside the phone that shows it, created, duplicated, deleted, imported and
// exported as files, pulled from and submitted to an account's provider, and used to start a message.
class TemplatesWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit TemplatesWindow(Workbench *workbench, QWidget *parent = nullptr);

    TemplateEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    // Reads definitions from a file into the local library; false, with what and where, when it cannot.
    bool importFile(const QString &path, QString *error);
    // Writes the shown (filtered) definitions, or `selectedOnly` the selected one, to a file.
    bool exportFile(const QString &path, bool selectedOnly, QString *error);
    // Keeps the definition being edited in the local library; false and why when it cannot.
    bool save(QString *error);

signals:
    // A message is to start from `definition`: one field per value it takes.
    void useRequested(const QJsonObject &definition);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    QWidget *buildList();
    void reload();
    void openSelected();
    // Whether the editor's changes may go (saved, discarded, or there are none).
    bool maybeKeepEdits();
    void newTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    void chooseImport();
    void chooseExport();
    void fillAccountMenus();
    void updateActions();
    void say(const QString &text);

    Workbench *m_workbench;
    TemplatesModel *m_model;
    TemplatesFilter *m_filter;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_accountFilter = nullptr;
    bool m_sized = false; // the list's width set, at the first show
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QLabel *m_emptyList = nullptr;
    TemplateEditor *m_editor = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_use = nullptr;
    QMenu *m_pullMenu = nullptr;
    QMenu *m_pushMenu = nullptr;
};
