// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonelayout.h"

#include "phonebuilder.h"
#include "phonemarkup.h"

#include <optional>

// The phone's texts: laid out as the phone lays them out (their new lines, their direction), folded where
// WhatsApp folds them, and kept from one build to the next while they stay the same.

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
