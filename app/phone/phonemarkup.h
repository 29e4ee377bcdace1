// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonetheme.h"

#include <QList>
#include <QString>
#include <QTextLayout>

// WhatsApp's formatting, as a phone shows it: *bold*, _italic_, ~strike~, ```monospace``` and `inline code`
// (a marker opens before a non-space and closes after one, and neither touches a letter or digit outside
// it), "- " and "* " bullets, "1. " numbers, "> " quotes, and links in the link colour. The markers are not
// shown; what is inside them may nest (*_bold italic_*), except in code.
namespace PhoneMarkup {

struct Styled
{
    QString text;                            // as shown, the markers gone
    QList<QTextLayout::FormatRange> formats; // over `text`
    QList<std::pair<int, int>> quotes;       // start and length of each quoted line, for its bar
};

Styled parse(const QString &source, const PhoneTheme::Colours &colours, qreal pixelSize);

} // namespace PhoneMarkup
