// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QWidget;

// What the window takes from the desktop: the application icon (compiled in), and the
// colours that mean something (errors, warnings), in a shade that reads on the palette in use, light or
// dark. Nothing else is coloured by hand: the rest is the system palette.
namespace Theme {

QIcon applicationIcon();
// The top of a dialog about the application: its icon, 64 px, beside `text`.
QHBoxLayout *besideApplicationIcon(QWidget *text);

// A label whose plain text is set in bold: a title. Plain, so that it is drawn as text: a rich-text label
// ("<b>...</b>") lays out a whole text document for its word or two, the first of them at start-up.
QLabel *boldLabel(const QString &text, QWidget *parent);

bool isDark(const QPalette &palette);
QColor error(const QPalette &palette);
QColor warning(const QPalette &palette);
// An issue's colour: error's or warning's.
QColor issue(const QPalette &palette, bool isError);
// A line edit's red border, for a field whose value is wrong.
QString errorEdge(const QPalette &palette);
// Gives `edit` the red border or takes it away; the style sheet is set only when it changes (applying one
// costs a relayout, and this runs on every keystroke).
void setErrorEdge(QWidget *edit, bool wrong);
// Style sheets for a label or field that reports an error or a warning, in those colours.
QString errorText(const QPalette &palette);
QString errorFrame(const QPalette &palette);
QString warningFrame(const QPalette &palette);
// Makes `edit` at least wide enough to show `text` whole (its hint, its usual value), up to 72 characters.
void fitText(QLineEdit *edit, const QString &text);

} // namespace Theme
