// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

// How a message state looks wherever it is shown: a colour readable on light and dark palettes, a
// small icon whose shape says as much as its colour, and the state in words.
namespace StateStyle {

QColor colour(const QString &state);
QIcon icon(const QString &state);
QString describe(const QString &state);
// The state's own word, translated ("read").
QString label(const QString &state);

} // namespace StateStyle
