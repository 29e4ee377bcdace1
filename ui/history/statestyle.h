// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "providers/events.h"

// How a message state looks wherever it is shown: a colour readable on light and dark palettes, a
// small icon whose shape says as much as its colour, and the state in words.
namespace StateStyle {

QColor colour(DeliveryStatus state);
QIcon icon(DeliveryStatus state);
QString describe(DeliveryStatus state);
// The state's own word, translated ("read").
QString label(DeliveryStatus state);

} // namespace StateStyle
