// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct Draft;

// Where file dialogs start and what they suggest. Each purpose (drafts, exports) starts in the folder last
// used for it, or the person's documents folder; never in the folder Wabench happened to be started from.
namespace FileLocations {

enum class Purpose
{
    Drafts,
    Exports,
    Media,     // files uploaded, and media saved
    Templates, // template definition files imported and exported
    Lists      // recipient lists sent to
};

QString startFolder(Purpose purpose);
// After a file was chosen for `purpose`: its folder is where the next dialog starts.
void remember(Purpose purpose, const QString &chosenFile);
// A file name for a draft from its title and kind ("order-shipped-interactive-list.wabench.json"), the one
// alone when it holds the other ("interactive-list.wabench.json" for a "List"), "draft.wabench.json" for none.
QString draftFileName(const Draft &draft);

} // namespace FileLocations
