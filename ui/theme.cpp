// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "settings/appidentity.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <array>

namespace {

// The application icon, each size read from its PNG the first time it is asked for. Qt's own engine
// decodes every file as it is added, at start-up (six images, about 1 ms) for an icon that the offscreen
// and Wayland platforms never draw; X11 asks for every size once the window is shown, and gets them.
class ApplicationIconEngine : public QIconEngine
{
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        // The smallest size that is not smaller than asked for; the largest for anything larger.
        // Up to 128 px (64 px at 2x): docks and switchers take the larger sizes from the icon installed
        // under the application's id.
        const int wanted = qMax(size.width(), size.height());
        int chosen = Sizes.back();
        for (const int candidate : Sizes) {
            if (candidate >= wanted) {
                chosen = candidate;
                break;
            }
        }
        QPixmap &kept = m_read[chosen];
        if (kept.isNull()) {
            // Read as PNG and nothing else: QPixmap's loader first asks every image plugin whether it knows
            // the file, loading each of them, for images that are ours and always PNG.
            QImageReader reader(QStringLiteral(":/hicolor/%1x%1/apps/%2.png").arg(chosen).arg(AppIdentity::id()),
                                "png");
            reader.setAutoDetectImageFormat(false);
            kept = QPixmap::fromImage(reader.read());
        }
        // Scaled down to fit, never up: an icon gives at most the size it has, as QIcon's own engine does.
        QPixmap shown = kept.width() <= size.width() && kept.height() <= size.height()
                            ? kept
                            : kept.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Disabled || mode == QIcon::Selected) {
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            shown = QApplication::style()->generatedIconPixmap(mode, shown, &option);
        }
        return shown;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(qMin(size.width(), size.height()), Sizes.back());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : Sizes)
            sizes.append(QSize(side, side));
        return sizes;
    }

    QIconEngine *clone() const override { return new ApplicationIconEngine(*this); }

private:
    static constexpr std::array Sizes{16, 24, 32, 48, 64, 128};
    QHash<int, QPixmap> m_read; // side → the image read for it
};

} // namespace

namespace Theme {

QIcon applicationIcon()
{
    return QIcon(new ApplicationIconEngine);
}

QHBoxLayout *besideApplicationIcon(QWidget *text)
{
    auto *icon = new QLabel(text->parentWidget());
    icon->setPixmap(applicationIcon().pixmap(QSize(64, 64), text->devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    return row;
}

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor error(const QPalette &palette)
{
    // Material red 700 on light, red 300 on dark: both above 4.5:1 against their usual backgrounds.
    return isDark(palette) ? QColor(0xe5, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
}

QColor warning(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5d, 0x00);
}

QColor issue(const QPalette &palette, bool isError)
{
    return isError ? error(palette) : warning(palette);
}

QString errorEdge(const QPalette &palette)
{
    return QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(error(palette).name());
}

void setErrorEdge(QWidget *edit, bool wrong)
{
    // Kept with the style sheet it was made for: a palette changed since (dark, light) makes it again.
    const QString sheet = wrong ? errorEdge(edit->palette()) : QString();
    if (edit->styleSheet() != sheet)
        edit->setStyleSheet(sheet);
}

QString errorText(const QPalette &palette)
{
    return QStringLiteral("color:%1").arg(error(palette).name());
}

QString errorFrame(const QPalette &palette)
{
    return QStringLiteral("color:%1; border:1px solid %1; padding:4px").arg(error(palette).name());
}

QString warningFrame(const QPalette &palette)
{
    return QStringLiteral("border:1px solid %1; padding:4px").arg(warning(palette).name());
}

void fitText(QLineEdit *edit, const QString &text)
{
    const QFontMetrics metrics = edit->fontMetrics();
    // The frame and the text margins of a line edit, about two characters' worth.
    const int wanted = metrics.horizontalAdvance(text) + 3 * metrics.averageCharWidth();
    edit->setMinimumWidth(std::max(edit->minimumWidth(), std::min(wanted, 72 * metrics.averageCharWidth())));
}

} // namespace Theme
