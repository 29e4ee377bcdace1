// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonescene.h"

#include <QImage>

class QPainter;

// Draws a laid-out phone picture: on a widget's painter, or into an image (`wabench render --png`). Nothing
// here depends on the screen: the same scene gives the same pixels.
namespace PhonePainter {

void paint(const PhoneScene &scene, QPainter *painter);
// The picture at `scale` device pixels per logical pixel.
QImage image(const PhoneScene &scene, qreal scale = 2);

} // namespace PhonePainter
