// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "settings/appidentity.h"

#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>

namespace Theme {

QIcon applicationIcon()
{
    // Up to 128 px (64 px at 2x): QIcon decodes each file as it is added, and X11 sends every size to the
    // window manager; docks and switchers take the large sizes from the icon installed under the id.
    // Read as PNG and nothing else: QPixmap's loader first asks every image plugin whether it knows the
    // file, loading each of them (about 3 ms at start-up, for images that are ours and always PNG).
    QIcon own;
    for (const int size : {16, 24, 32, 48, 64, 128}) {
        QImageReader reader(QStringLiteral(":/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppIdentity::id()), "png");
        reader.setAutoDetectImageFormat(false);
        own.addPixmap(QPixmap::fromImage(reader.read()));
    }
    return own;
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
