// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phone/phonelayout.h"
#include "phone/phonescene.h"

#include <QWidget>

class DraftDocument;
class PhoneImages;
class QCheckBox;
class QComboBox;
class QScrollArea;
class QTimer;
class TemplateLibrary;
class PhoneCanvas;

// The Phone tab: the draft's message as the customer's phone shows it, laid out again on each change of the
// draft while the tab is in view. The theme follows the window's palette unless chosen; a click on a part
// (a button, a row, the body) asks for its field in the form.
class PhoneView : public QWidget
{
    Q_OBJECT

public:
    // `images` fetches the pictures of media links (none: every picture is a placeholder).
    PhoneView(DraftDocument *document, PhoneImages *images, QWidget *parent = nullptr);

    // Lays the draft out again if the tab is in view, or marks it to be when it is shown.
    void refresh();
    const PhoneScene &scene() const { return m_scene; }
    // Template definitions: a template message they hold is shown with its definition's texts.
    void setTemplates(const TemplateLibrary *templates);
    // Scrolls a carousel's row sideways by `cards` (negative: back), as a swipe on the phone does.
    void scrollCards(int cards);
    QImage image() const;

signals:
    // The field (a pointer within the draft, "/message/...") of the part clicked.
    void fieldChosen(const QString &pointer);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool dark() const;
    // The phone it draws: the usual one, or a narrower phone where the view has no room for it (a view
    // narrower than the narrowest phone scrolls).
    qreal phoneWidth() const;

    DraftDocument *m_document;
    PhoneImages *m_images;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_fetch = nullptr;
    QScrollArea *m_scroll = nullptr;
    PhoneCanvas *m_canvas = nullptr;
    QTimer *m_clock = nullptr; // the picture again at the next minute: its time, an offer's timer
    PhoneScene m_scene;
    PhoneLayout::Cache m_cache; // a keystroke lays out again only the text it changed
    const TemplateLibrary *m_templates = nullptr;
    int m_firstCard = 0; // the card a carousel's row shows first
    bool m_stale = true;
};
