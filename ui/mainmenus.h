// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class DraftDocument;
class DraftFiles;
class MainWindow;
class PreviewPane;
class QAction;
class ResponsePane;

// The window's menu bar: File, Edit, View, Message and Help, each standard action with every key its
// platform binds to it.
namespace MainMenus {

struct Actions
{
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *send = nullptr;
};

Actions build(MainWindow *window, DraftFiles *files, DraftDocument *document, PreviewPane *preview,
              ResponsePane *response);

} // namespace MainMenus
