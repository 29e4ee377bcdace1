// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAbstractButton;
class QScrollArea;
class QWidget;

// How the form answers the keyboard and the wheel.
namespace FormKeys {

// Buttons in a form sit among text fields, so someone typing may land on one without noticing. Letters
// typed on a button go nowhere, and a Space that follows them closely is part of the typing, not a press.
// Space on its own (after a pause, or as the first key), and Enter, press the button.
void protect(QAbstractButton *button);

// The widgets Tab visits inside `from`, in the order they were made, which is the form's order from top to
// bottom; a field's controls (remove, move, add: FieldWidget::controls()) come after what the field holds.
QList<QWidget *> tabOrder(QWidget *from);

// A wheel turned over a combo or spin box of `area` that is not being edited scrolls `area`, as it does
// over the rest of it, instead of changing a value nobody is looking at. Run again after the content changes.
void wheelScrolls(QScrollArea *area);

} // namespace FormKeys
