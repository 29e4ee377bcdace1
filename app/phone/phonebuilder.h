// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the phone layout is put together. Not part of its interface.

#include "phonelayout.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

// One part of a bubble, laid out from its top left at x = 0 within the bubble's content width (or the
// bubble's whole width when `edgeToEdge`).
struct PhoneBlock
{
    QList<PhoneItem> items;
    qreal height = 0;
    qreal natural = 0;       // the width it would take unwrapped
    bool edgeToEdge = false; // media across the whole bubble, no padding
    qreal lastLine = -1;     // the width of a text's last line (the time may sit beside it), -1: none
};

// The texts kept by a PhoneLayout::Cache: those of the build under way, and those of the build before it,
// each found by a key naming everything it was laid out for.
struct PhoneLayout::Cache::Texts
{
    QHash<QString, PhoneBlock> now;
    QHash<QString, PhoneBlock> before;
};

// A button under a bubble: its label, a symbol, the field it shows.
struct PhoneButton
{
    QString text;
    QString icon;
    QString pointer;
};

class PhoneBuilder
{
public:
    explicit PhoneBuilder(const PhoneLayout::Options &options);

    const PhoneTheme::Colours &colours() const { return m_colours; }
    const PhoneLayout::Options &options() const { return m_options; }
    qreal bubbleWidth() const; // a bubble's widest

    // Parts of a bubble.
    enum class TextRole
    {
        Body,    // WhatsApp formatting, the text colour
        Header,  // bold
        Footer,  // small, secondary
        Caption, // as a body
        Plain,   // as a body, no formatting
        Value,   // a template's parameter, marked as a value
        Note,    // small, secondary, italic: what Wabench says about the picture
    };
    PhoneBlock text(const QString &source, const QString &pointer, const QString &role, TextRole style, qreal width,
                    int foldLines = 0, int foldCharacters = 0) const;
    PhoneBlock media(const QJsonObject &media, const QString &type, const QString &pointer, qreal width) const;
    PhoneBlock quoted(const QString &what, qreal width) const;

    // A bubble of `blocks` at the cursor, with `buttons` under it (inside its rounded body, below dividers) and
    // the time at its foot; `wide` makes it as wide as a bubble can be. Returns its rectangle.
    QRectF bubble(const QList<PhoneBlock> &blocks, const QList<PhoneButton> &buttons, const QString &pointer,
                  bool wide);
    // Parts placed straight on the chat (a sticker, a reaction's emoji, a carousel's row of cards).
    void place(PhoneBlock block, qreal x);
    void space(qreal height) { m_y += height; }
    qreal y() const { return m_y; }
    // A card of a carousel: its blocks and buttons in a rounded box `width` wide at (x, top); its height.
    qreal card(const QList<PhoneBlock> &blocks, const QList<PhoneButton> &buttons, const QString &pointer, qreal x,
               qreal top, qreal width);
    // Where a carousel of `cards` cards starts, scrolled to show the card the options ask for first.
    qreal carouselLeft(qsizetype cards);
    // A panel below the chat (a list's opened sheet): its items laid out by the caller from `top`.
    void panel(const QList<PhoneItem> &items, qreal height);

    // The field at `pointer` has an error: its part is outlined.
    bool faulty(const QString &pointer) const;
    PhoneScene finish();

    QList<PhoneItem> &items() { return m_scene.items; }

private:
    PhoneBlock layText(const QString &source, const QString &pointer, const QString &role, TextRole style, qreal width,
                       int foldLines, int foldCharacters) const;
    QList<PhoneItem> buttonItems(const QList<PhoneButton> &buttons, qreal x, qreal top, qreal width) const;

    PhoneLayout::Options m_options;
    const PhoneTheme::Colours &m_colours;
    PhoneScene m_scene;
    qreal m_y = 0;
};

// The kinds, by family (phoneinteractive.cpp, phonetemplate.cpp).
namespace PhoneParts {

void interactive(PhoneBuilder &builder, const QJsonObject &message);
void templateMessage(PhoneBuilder &builder, const QJsonObject &message);
// The header of an interactive message or a card: text, or media.
QList<PhoneBlock> header(const PhoneBuilder &builder, const QJsonObject &header, const QString &pointer, qreal width);
// A template parameter's value as the customer reads it (a currency's or a date's fallback text).
QString parameterValue(const QJsonObject &parameter);
// A limited-time offer component of a send: when it ends, and its timer.
QList<PhoneBlock> offer(const PhoneBuilder &builder, const QJsonObject &component, const QString &pointer, qreal width);
// A template message laid out from its definition in the options' library, the send's values in its texts;
// false when there is no definition to lay it out from (phonedefinition.cpp).
bool definedTemplate(PhoneBuilder &builder, const QJsonObject &message);

} // namespace PhoneParts
