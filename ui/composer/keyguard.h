// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractButton;

// Buttons in a form sit among text fields, so someone typing may land on one without noticing. Letters
// typed on a button go nowhere, and a Space that follows them closely is part of the typing, not a press.
// Space on its own (after a pause, or as the first key), and Enter, press the button.
namespace KeyGuard {

void protect(QAbstractButton *button);

} // namespace KeyGuard
