// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

// What the phone preview draws with: WhatsApp's colours for an incoming business message in the light and the
// dark theme, and the sizes of its parts, in one table. Colours follow WhatsApp's own (its web client's
// palette: wallpaper #EFEAE2 / #0B141A, incoming bubble #FFFFFF / #202C33, primary text #111B21 / #E9EDEF,
// secondary #667781 / #8696A0, links #027EB5 / #53BDEB); sizes are logical pixels on a phone 360 wide.
namespace PhoneTheme {

struct Colours
{
    QColor wallpaper;
    QColor doodle;    // the wallpaper's pattern, faint
    QColor headerBar; // the chat's title bar
    QColor headerText;
    QColor bubble;      // an incoming message
    QColor text;        // primary text
    QColor secondary;   // footer, time, descriptions
    QColor link;        // links and the buttons under a bubble
    QColor divider;     // between a bubble and its buttons
    QColor quoteBar;    // a "> " quote's bar, a reply's bar
    QColor quoteFill;   // a reply's quoted message
    QColor codeFill;    // `inline code`
    QColor placeholder; // media that is not shown
    QColor placeholderText;
    QColor fault;  // the outline of a part whose field has an error
    QColor cut;    // the mark of a text cut the way WhatsApp cuts it
    QColor sheet;  // a list's opened sheet
    QColor accent; // a selected radio mark, the sheet's Send button
    // A conversation: the customer's own messages (outgoing on their phone), and the chips for a day and for
    // the 24-hour window (WhatsApp web's #D9FDD3 / #005C4B, #FFFFFF / #182229, notices #FFEECD / #182229).
    QColor outgoing;
    QColor chip;
    QColor notice;
};

const Colours &colours(bool dark);

// Sizes.
constexpr qreal DefaultWidth = 360;   // the phone's width
constexpr qreal NarrowestWidth = 280; // the narrowest and widest phones it is laid out for
constexpr qreal WidestWidth = 600;
constexpr qreal TitleBarHeight = 56; // the chat's header with the business's name
constexpr qreal Margin = 8;          // from the screen's edge to a bubble
constexpr qreal BubbleShare = 0.85;  // a bubble's widest, as a share of the width
constexpr qreal BubblePadding = 8;   // inside a bubble
constexpr qreal BubbleRadius = 8;
constexpr qreal TailSize = 8;      // the incoming bubble's tail at its top left
constexpr qreal ButtonHeight = 42; // a button under a bubble
constexpr qreal Gap = 6;           // between a bubble and what follows
constexpr qreal MediaHeight = 180; // an image or video header
constexpr qreal CardWidth = 240;   // a carousel's card

// The fonts, named so that pictures do not depend on what else a machine has: Noto Sans and Noto Sans Mono
// (fonts-noto-core, fonts-noto-mono) for text, Noto Color Emoji (fonts-noto-color-emoji) for emoji; DejaVu
// (Qt's own dependency) where Noto is missing.
QFont font(qreal pixelSize, bool bold = false);
QFont monospaceFont(qreal pixelSize);
constexpr qreal TextSize = 15;
constexpr qreal SmallSize = 12.5;
constexpr qreal TitleSize = 17;

} // namespace PhoneTheme
