// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonetheme.h"

namespace PhoneTheme {

const Colours &colours(bool dark)
{
    static const Colours light{
        QColor(0xef, 0xea, 0xe2), // wallpaper
        QColor(0xe4, 0xdd, 0xd3), // doodle
        QColor(0x00, 0x80, 0x69), // header bar
        QColor(0xff, 0xff, 0xff), // header text
        QColor(0xff, 0xff, 0xff), // bubble
        QColor(0x11, 0x1b, 0x21), // text
        QColor(0x66, 0x77, 0x81), // secondary
        QColor(0x02, 0x7e, 0xb5), // link
        QColor(0xe9, 0xed, 0xef), // divider
        QColor(0x06, 0xcf, 0x9c), // quote bar
        QColor(0xf5, 0xf6, 0xf6), // quote fill
        QColor(0xf0, 0xf2, 0xf5), // code fill
        QColor(0xd1, 0xd7, 0xdb), // placeholder
        QColor(0x54, 0x65, 0x6f), // placeholder text
        QColor(0xc6, 0x28, 0x28), // fault
        QColor(0xa8, 0x5d, 0x00), // cut
        QColor(0xff, 0xff, 0xff), // sheet
        QColor(0x00, 0xa8, 0x84), // accent
        QColor(0xd9, 0xfd, 0xd3), // outgoing
        QColor(0xff, 0xff, 0xff), // chip
        QColor(0xff, 0xee, 0xcd), // notice
    };
    static const Colours darkColours{
        QColor(0x0b, 0x14, 0x1a), // wallpaper
        QColor(0x13, 0x1c, 0x21), // doodle
        QColor(0x20, 0x2c, 0x33), // header bar
        QColor(0xe9, 0xed, 0xef), // header text
        QColor(0x20, 0x2c, 0x33), // bubble
        QColor(0xe9, 0xed, 0xef), // text
        QColor(0x86, 0x96, 0xa0), // secondary
        QColor(0x53, 0xbd, 0xeb), // link
        QColor(0x2a, 0x39, 0x42), // divider
        QColor(0x06, 0xcf, 0x9c), // quote bar
        QColor(0x1d, 0x28, 0x2f), // quote fill
        QColor(0x11, 0x1b, 0x21), // code fill
        QColor(0x37, 0x44, 0x4c), // placeholder
        QColor(0xae, 0xba, 0xc1), // placeholder text
        QColor(0xe5, 0x73, 0x73), // fault
        QColor(0xff, 0xb7, 0x4d), // cut
        QColor(0x11, 0x1b, 0x21), // sheet
        QColor(0x00, 0xa8, 0x84), // accent
        QColor(0x00, 0x5c, 0x4b), // outgoing
        QColor(0x18, 0x22, 0x29), // chip
        QColor(0x18, 0x22, 0x29), // notice
    };
    return dark ? darkColours : light;
}

QFont font(qreal pixelSize, bool bold)
{
    QFont font;
    // Noto Sans, the face of Android's own family nearest to WhatsApp's text; DejaVu where it is missing.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Color Emoji")});
    font.setPixelSize(qRound(pixelSize));
    font.setBold(bold);
    // The same glyph positions on every machine with the same fonts: no hinting to the screen's pixels.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont monospaceFont(qreal pixelSize)
{
    QFont font;
    font.setFamilies(
        {QStringLiteral("Noto Sans Mono"), QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Color Emoji")});
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(qRound(pixelSize));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace PhoneTheme
