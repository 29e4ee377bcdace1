// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonelayout.h"

#include "message/jsonpointer.h"
#include "phonebuilder.h"
#include "phonemarkup.h"

#include <QFontMetricsF>
#include <QJsonArray>

#include <algorithm>
#include <optional>

using JsonPointer::append;

namespace {

constexpr qreal TimeWidth = 40; // "12:00" and its margin, at the bubble's foot

} // namespace

std::shared_ptr<QTextLayout> PhoneLayout::laidOut(const QString &text, const QList<QTextLayout::FormatRange> &formats,
                                                  const QFont &font, qreal width)
{
    // A new line breaks the line, as on the phone (QTextLayout breaks only at a line separator).
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(lines, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    // The text's direction, as the phone takes it from its first letter that has one: Arabic or Hebrew reads
    // from the right, with its closing punctuation at the left end (laid out in the application's direction,
    // it came at the right). Each line starts at the left here, and is placed once the widest is known.
    option.setTextDirection(lines.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->setCacheEnabled(true);
    layout->beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout->endLayout();
    // The lines of a paragraph that reads from the right end together at the right of the widest line (the
    // bubble is as wide as that one), as each paragraph takes its direction on the phone.
    qsizetype paragraphEnd = -1;
    bool rightToLeft = false;
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        if (line.textStart() > paragraphEnd) {
            paragraphEnd = lines.indexOf(QChar::LineSeparator, line.textStart());
            if (paragraphEnd < 0)
                paragraphEnd = lines.size();
            rightToLeft = QStringView(lines).mid(line.textStart(), paragraphEnd - line.textStart()).isRightToLeft();
        }
        if (rightToLeft)
            line.setPosition(QPointF(widest - line.naturalTextWidth(), line.y()));
    }
    return layout;
}

using PhoneLayout::laidOut;

PhoneBuilder::PhoneBuilder(const PhoneLayout::Options &options)
    : m_options(options), m_colours(PhoneTheme::colours(options.dark))
{
    m_scene.dark = options.dark;
    // The wallpaper, and the chat's title bar with the business's name.
    m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill, {}, m_colours.wallpaper, 0, QStringLiteral("wallpaper")));
    PhoneItem bar = PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, options.width, PhoneTheme::TitleBarHeight),
                                  m_colours.headerBar);
    bar.role = QStringLiteral("title-bar");
    m_scene.items.append(bar);
    const QFont titleFont = PhoneTheme::font(PhoneTheme::TitleSize, true);
    PhoneItem title = PhoneItem::of(PhoneItem::Kind::Text, {}, m_colours.headerText, 0, QStringLiteral("title"));
    title.text = options.business;
    title.layout = laidOut(title.text, {}, titleFont, options.width - 32);
    const qreal titleHeight = title.layout->boundingRect().height();
    title.rect = QRectF(16, (PhoneTheme::TitleBarHeight - titleHeight) / 2, options.width - 32, titleHeight);
    m_scene.items.append(title);
    m_y = PhoneTheme::TitleBarHeight + 12;
}

qreal PhoneBuilder::bubbleWidth() const
{
    return qRound(m_options.width * PhoneTheme::BubbleShare) - PhoneTheme::Margin;
}

bool PhoneBuilder::faulty(const QString &pointer) const
{
    return !pointer.isEmpty() && m_options.faulty.contains(pointer);
}

namespace PhoneLayout {

Cache::Cache() : m_texts(std::make_unique<Texts>()) {}
Cache::~Cache() = default;

qsizetype Cache::size() const
{
    return m_texts->now.size() + m_texts->before.size();
}

} // namespace PhoneLayout

PhoneBlock PhoneBuilder::text(const QString &source, const QString &pointer, const QString &role, TextRole style,
                              qreal width, int foldLines, int foldCharacters) const
{
    if (source.isEmpty())
        return {};
    if (!m_options.cache)
        return layText(source, pointer, role, style, width, foldLines, foldCharacters);
    // Everything the block depends on: the words, the field and role it is drawn for, how, and the theme.
    const QString key = QStringList{source,
                                    pointer,
                                    role,
                                    QString::number(int(style)),
                                    QString::number(width),
                                    QString::number(foldLines),
                                    QString::number(foldCharacters),
                                    QString::number(int(m_options.dark)),
                                    QString::number(int(faulty(pointer)))}
                            .join(u'\x1f');
    PhoneLayout::Cache::Texts &texts = *m_options.cache->m_texts;
    if (const auto kept = texts.now.constFind(key); kept != texts.now.constEnd())
        return *kept;
    if (const auto kept = texts.before.constFind(key); kept != texts.before.constEnd())
        return *texts.now.insert(key, *kept);
    return *texts.now.insert(key, layText(source, pointer, role, style, width, foldLines, foldCharacters));
}

namespace {

// The runs of paragraphs that read in one direction, each as its own styled text: each paragraph takes its
// direction from its first letter that has one (one without keeps the direction before it), and a run is laid
// out in its own direction, for its punctuation to sit where the phone puts it.
QList<PhoneMarkup::Styled> directionRuns(const PhoneMarkup::Styled &styled)
{
    QList<std::pair<qsizetype, qsizetype>> runs; // start, end (without the new line that ends it)
    std::optional<bool> runRightToLeft;
    qsizetype runStart = 0;
    for (qsizetype start = 0; start <= styled.text.size();) {
        qsizetype end = styled.text.indexOf(u'\n', start);
        if (end < 0)
            end = styled.text.size();
        const QStringView paragraph = QStringView(styled.text).mid(start, end - start);
        bool strong = false;
        for (const QChar c : paragraph) {
            const QChar::Direction direction = c.direction();
            if (direction == QChar::DirL || direction == QChar::DirR || direction == QChar::DirAL) {
                strong = true;
                break;
            }
        }
        if (strong) {
            const bool rightToLeft = paragraph.isRightToLeft();
            if (runRightToLeft && *runRightToLeft != rightToLeft) {
                runs.append({runStart, start - 1});
                runStart = start;
            }
            runRightToLeft = rightToLeft;
        }
        start = end + 1;
    }
    runs.append({runStart, styled.text.size()});
    QList<PhoneMarkup::Styled> out;
    for (const auto &[from, to] : std::as_const(runs)) {
        PhoneMarkup::Styled run;
        run.text = styled.text.mid(from, to - from);
        for (QTextLayout::FormatRange range : styled.formats) {
            const int first = qMax(range.start, int(from));
            const int last = qMin(range.start + range.length, int(to));
            if (first >= last)
                continue;
            range.start = first - int(from);
            range.length = last - first;
            run.formats.append(range);
        }
        for (const auto &[start, length] : styled.quotes) {
            if (start >= from && start < to)
                run.quotes.append({start - int(from), length});
        }
        out.append(run);
    }
    return out;
}

} // namespace

PhoneBlock PhoneBuilder::layText(const QString &source, const QString &pointer, const QString &role, TextRole style,
                                 qreal width, int foldLines, int foldCharacters) const
{
    PhoneBlock block;
    const bool small = style == TextRole::Footer || style == TextRole::Note;
    QFont font = PhoneTheme::font(small ? PhoneTheme::SmallSize : PhoneTheme::TextSize, style == TextRole::Header);
    font.setItalic(style == TextRole::Note);
    QString shown = source;
    bool cut = false;
    // WhatsApp folds a long text behind "Read more": after its first characters, or a marketing message
    // after its first lines.
    if (foldCharacters > 0 && shown.size() > foldCharacters) {
        shown = shown.left(foldCharacters);
        cut = true;
    }
    PhoneMarkup::Styled styled;
    if (style == TextRole::Body || style == TextRole::Caption)
        styled = PhoneMarkup::parse(shown, m_colours, font.pixelSize());
    else
        styled.text = shown;
    if (style == TextRole::Value) {
        QTextCharFormat value;
        value.setBackground(m_colours.codeFill);
        value.setForeground(m_colours.link);
        styled.formats.append({0, int(styled.text.size()), value});
    }
    const QList<PhoneMarkup::Styled> runs = directionRuns(styled);
    int linesLeft = foldLines;
    QList<std::pair<qsizetype, qreal>> rightToLeft; // the text item of each run that reads from the right, its width
    bool lastRightToLeft = false;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        PhoneMarkup::Styled run = runs.at(r);
        auto layout = laidOut(run.text, run.formats, font, width);
        qreal height = layout->boundingRect().height();
        const bool last = r == runs.size() - 1;
        // Folded after its first lines: in this run when they end in it and more follows.
        bool folds = false;
        if (foldLines > 0 && (layout->lineCount() > linesLeft || (layout->lineCount() == linesLeft && !last))) {
            const QTextLine kept = layout->lineAt(linesLeft - 1);
            height = kept.y() + kept.height();
            run.text = run.text.left(kept.textStart() + kept.textLength());
            cut = folds = true;
        } else if (foldLines > 0) {
            linesLeft -= layout->lineCount();
        }
        const bool ends = last || folds;
        PhoneItem item = PhoneItem::of(PhoneItem::Kind::Text, QRectF(0, block.height, width, height),
                                       small ? m_colours.secondary : m_colours.text);
        item.role = role;
        item.pointer = pointer;
        item.layout = layout;
        item.text = ends && cut ? run.text.trimmed() + QStringLiteral("…") : run.text;
        item.cut = ends && cut;
        qreal widest = 0;
        for (int i = 0; i < layout->lineCount(); ++i)
            widest = qMax(widest, layout->lineAt(i).naturalTextWidth());
        lastRightToLeft = layout->textOption().textDirection() == Qt::RightToLeft && layout->lineCount() > 0;
        if (lastRightToLeft)
            rightToLeft.append({block.items.size(), widest});
        block.items.append(item);
        block.natural = qMax(block.natural, widest);
        // Where the last line ends, for the time to go beside it where there is room (one that reads from the
        // right ends where the widest of all does: set below).
        block.lastLine = layout->lineCount() > 0 ? layout->lineAt(layout->lineCount() - 1).naturalTextWidth() : -1;
        for (const auto &[start, length] : std::as_const(run.quotes)) {
            const QTextLine line = layout->lineForTextPosition(start);
            if (line.isValid())
                block.items.append(PhoneItem::of(PhoneItem::Kind::Fill,
                                                 QRectF(-6, block.height + line.y(), 3, line.height()),
                                                 m_colours.quoteBar, 0, QStringLiteral("quote")));
        }
        block.height += height;
        if (folds)
            break; // what follows is behind "Read more"
    }
    // A run that reads from the right ends at the right of the widest line of them all.
    for (const auto &[index, widest] : std::as_const(rightToLeft))
        block.items[index].rect.translate(block.natural - widest, 0);
    if (lastRightToLeft)
        block.lastLine = block.natural; // its last line ends there too
    if (cut) {
        PhoneBlock more =
            this->text(QStringLiteral("Read more"), pointer, QStringLiteral("read-more"), TextRole::Plain, width);
        more.items.first().rect.translate(0, block.height);
        more.items.first().colour = m_colours.link;
        block.items.append(more.items.first());
        block.height += more.height;
        block.lastLine = more.natural;
    }
    if (faulty(pointer))
        block.items.append(PhoneItem::of(PhoneItem::Kind::Outline, QRectF(-3, -2, width + 6, block.height + 4),
                                         m_colours.fault, 3, QStringLiteral("fault"), pointer));
    return block;
}

PhoneBlock PhoneBuilder::quoted(const QString &what, qreal width) const
{
    // A reply: the quoted message above, in a tinted box with a bar.
    PhoneBlock label =
        text(what, QStringLiteral("/context/message_id"), QStringLiteral("quoted"), TextRole::Footer, width - 16);
    PhoneBlock block;
    block.height = label.height + 12;
    block.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, width, block.height), m_colours.quoteFill, 6,
                                     QStringLiteral("quoted-box"), QStringLiteral("/context/message_id")));
    block.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(0, 0, 4, block.height), m_colours.quoteBar, 2,
                                     QStringLiteral("quoted-bar")));
    for (const PhoneItem &source : std::as_const(label.items)) {
        PhoneItem item = source;
        item.rect.translate(10, 6);
        block.items.append(item);
    }
    block.natural = label.natural + 16;
    return block;
}

QRectF PhoneBuilder::bubble(const QList<PhoneBlock> &blocks, const QList<PhoneButton> &buttons, const QString &pointer,
                            bool wide)
{
    const qreal pad = PhoneTheme::BubblePadding;
    const qreal widest = bubbleWidth();
    qreal width = widest;
    if (!wide && buttons.isEmpty()) {
        qreal natural = TimeWidth;
        for (const PhoneBlock &block : blocks)
            natural = block.edgeToEdge ? widest : qMax(natural, block.natural + 2 * pad);
        // The time beside the last line when it fits there, else a little wider or on a line of its own.
        width =
            qMin(widest, qMax(natural, blocks.isEmpty() ? TimeWidth : blocks.last().lastLine + 2 * pad + TimeWidth));
    }
    const qreal x = PhoneTheme::Margin + PhoneTheme::TailSize;
    const qreal top = m_y;
    QList<PhoneItem> inside;
    qreal y = 0;
    for (const PhoneBlock &block : blocks) {
        const qreal left = block.edgeToEdge ? 3 : pad;
        y += block.edgeToEdge ? 3 : (y == 0 ? pad - 2 : 4);
        for (const PhoneItem &source : block.items) {
            PhoneItem item = source;
            item.rect.translate(x + left, top + y);
            inside.append(item);
        }
        y += block.height;
    }
    // The time: beside the last line of text when there is room, else below it.
    const bool beside =
        !blocks.isEmpty() && blocks.last().lastLine >= 0 && blocks.last().lastLine + TimeWidth <= width - 2 * pad;
    if (!beside)
        y += 14;
    PhoneBlock time = text(m_options.time, QString(), QStringLiteral("time"), TextRole::Footer, TimeWidth);
    const qreal timeWidth = time.natural;
    for (const PhoneItem &source : std::as_const(time.items)) {
        PhoneItem item = source;
        item.rect =
            QRectF(x + width - pad - timeWidth, top + y - item.rect.height() + 2, timeWidth + 1, item.rect.height());
        inside.append(item);
    }
    y += pad - 2;
    const QList<PhoneItem> under = buttonItems(buttons, x, top + y, width);
    y += buttons.size() * PhoneTheme::ButtonHeight;

    PhoneItem shape = PhoneItem::of(PhoneItem::Kind::Fill, QRectF(x, top, width, y), m_colours.bubble,
                                    PhoneTheme::BubbleRadius, QStringLiteral("bubble"), pointer);
    shape.tail = true;
    m_scene.items.append(shape);
    m_scene.items.append(inside);
    m_scene.items.append(under);
    m_y = top + y + PhoneTheme::Gap;
    return QRectF(x, top, width, y);
}

QList<PhoneItem> PhoneBuilder::buttonItems(const QList<PhoneButton> &buttons, qreal x, qreal top, qreal width) const
{
    QList<PhoneItem> out;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const PhoneButton &button = buttons.at(i);
        const QRectF row(x, top + i * PhoneTheme::ButtonHeight, width, PhoneTheme::ButtonHeight);
        out.append(PhoneItem::of(PhoneItem::Kind::Line, row, m_colours.divider, 0, QStringLiteral("divider")));
        PhoneBlock label = text(button.text, button.pointer, QStringLiteral("button"), TextRole::Plain, width - 16);
        const qreal iconWidth = button.icon.isEmpty() ? 0 : 22;
        // One line, the label's whole width: a label that would wrap is as long as one cut.
        const QFontMetricsF metrics(PhoneTheme::font(PhoneTheme::TextSize));
        const qreal room = width - 40 - iconWidth;
        const qreal full = metrics.horizontalAdvance(button.text);
        const qreal left = x + (width - qMin(full, room) - iconWidth) / 2;
        if (!button.icon.isEmpty()) {
            PhoneItem icon =
                PhoneItem::of(PhoneItem::Kind::Icon, QRectF(left, row.center().y() - 8, 16, 16), m_colours.link);
            icon.icon = button.icon;
            icon.role = QStringLiteral("button-icon");
            out.append(icon);
        }
        for (const PhoneItem &source : std::as_const(label.items)) {
            PhoneItem item = source;
            if (item.kind != PhoneItem::Kind::Text)
                continue;
            item.rect = QRectF(left + iconWidth, row.center().y() - label.height / 2, width - 40, label.height);
            item.colour = m_colours.link;
            // A label longer than the row is cut with an ellipsis, as WhatsApp does.
            if (full > room) {
                item.text = metrics.elidedText(button.text, Qt::ElideRight, room);
                item.layout = laidOut(item.text, {}, PhoneTheme::font(PhoneTheme::TextSize), width - 40);
                item.rect.setTop(row.center().y() - item.layout->boundingRect().height() / 2);
                item.rect.setHeight(item.layout->boundingRect().height());
                item.cut = true;
            }
            out.append(item);
        }
        // The whole row is the button's: a click on it selects its field.
        out.append(PhoneItem::of(PhoneItem::Kind::Fill, row, Qt::transparent, 0, QStringLiteral("button-area"),
                                 button.pointer));
        if (faulty(button.pointer))
            out.append(PhoneItem::of(PhoneItem::Kind::Outline, row.adjusted(2, 2, -2, -2), m_colours.fault, 3,
                                     QStringLiteral("fault"), button.pointer));
    }
    return out;
}

void PhoneBuilder::place(PhoneBlock block, qreal x)
{
    for (const PhoneItem &source : std::as_const(block.items)) {
        PhoneItem item = source;
        item.rect.translate(x, m_y);
        m_scene.items.append(item);
    }
    m_y += block.height + PhoneTheme::Gap;
}

qreal PhoneBuilder::card(const QList<PhoneBlock> &blocks, const QList<PhoneButton> &buttons, const QString &pointer,
                         qreal x, qreal top, qreal width)
{
    QList<PhoneItem> inside;
    qreal y = 0;
    for (const PhoneBlock &block : blocks) {
        const qreal left = block.edgeToEdge ? 0 : PhoneTheme::BubblePadding;
        y += block.edgeToEdge ? 0 : 6;
        for (const PhoneItem &source : block.items) {
            PhoneItem item = source;
            item.rect.translate(x + left, top + y);
            inside.append(item);
        }
        y += block.height;
    }
    y += 6;
    const QList<PhoneItem> under = buttonItems(buttons, x, top + y, width);
    y += buttons.size() * PhoneTheme::ButtonHeight;
    m_scene.items.append(PhoneItem::of(PhoneItem::Kind::Fill, QRectF(x, top, width, y), m_colours.bubble,
                                       PhoneTheme::BubbleRadius, QStringLiteral("card"), pointer));
    m_scene.items.append(inside);
    m_scene.items.append(under);
    return y;
}

qreal PhoneBuilder::carouselLeft(qsizetype cards)
{
    m_scene.cards = cards;
    m_scene.firstCard = int(std::clamp<qsizetype>(m_options.firstCard, 0, qMax<qsizetype>(0, cards - 1)));
    return PhoneTheme::Margin + PhoneTheme::TailSize - m_scene.firstCard * (PhoneTheme::CardWidth + 8);
}

void PhoneBuilder::panel(const QList<PhoneItem> &items, qreal height)
{
    m_scene.items.append(items);
    m_y += height;
}

PhoneScene PhoneBuilder::finish()
{
    m_scene.size = QSizeF(m_options.width, qMax(m_y + 16, 240.0));
    m_scene.items.first().rect = QRectF(QPointF(0, 0), m_scene.size);
    return m_scene;
}
