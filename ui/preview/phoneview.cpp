// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneview.h"

#include "document/draftdocument.h"
#include "phone/phoneimages.h"
#include "phone/phonelayout.h"
#include "phone/phonepainter.h"
#include "settings/appidentity.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QSettings>
#include <QTimer>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTime>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>

// Paints the scene at its own size; the scroll area around it scrolls a tall message.
class PhoneCanvas : public QWidget
{
public:
    explicit PhoneCanvas(PhoneView *view) : QWidget(view), m_view(view)
    {
        setObjectName(QStringLiteral("phoneCanvas"));
        setMouseTracking(true);
        // Reached by Tab too: the arrow keys scroll a carousel's cards.
        setFocusPolicy(Qt::StrongFocus);
        setAccessibleName(PhoneView::tr("The message as the customer's phone shows it"));
    }
    QSize sizeHint() const override { return m_view->scene().size.toSize(); }

    std::function<void(const QString &)> chosen;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        PhonePainter::paint(m_view->scene(), &painter);
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect().adjusted(1, 1, -1, -1));
        }
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const bool over = !m_view->scene().pointerAt(event->position()).isEmpty();
        setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        const QString pointer = m_view->scene().pointerAt(event->position());
        if (!pointer.isEmpty() && chosen)
            chosen(QStringLiteral("/message") + pointer);
    }
    // Over a carousel's row, the wheel (either way) moves a card at a time; elsewhere it scrolls the chat.
    void wheelEvent(QWheelEvent *event) override
    {
        if (m_view->scene().cards < 2 || !overCards(event->position())) {
            event->ignore();
            return;
        }
        const QPoint delta = event->angleDelta();
        m_wheel += std::abs(delta.x()) > std::abs(delta.y()) ? -delta.x() : -delta.y();
        const int steps = m_wheel / QWheelEvent::DefaultDeltasPerStep;
        m_wheel -= steps * QWheelEvent::DefaultDeltasPerStep;
        if (steps != 0)
            m_view->scrollCards(steps);
        event->accept();
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        if (m_view->scene().cards > 1 && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
            m_view->scrollCards(event->key() == Qt::Key_Right ? 1 : -1);
            return;
        }
        QWidget::keyPressEvent(event);
    }
    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    bool overCards(const QPointF &point) const
    {
        for (const PhoneItem *card : m_view->scene().withRole(QStringLiteral("card"))) {
            if (point.y() >= card->rect.top() && point.y() <= card->rect.bottom())
                return true;
        }
        return false;
    }

    PhoneView *m_view;
    int m_wheel = 0; // wheel turns not yet a whole step
};

namespace {

const QString FetchKey = QStringLiteral("preview/fetchImages");

} // namespace

PhoneView::PhoneView(DraftDocument *document, PhoneImages *images, QWidget *parent)
    : QWidget(parent), m_document(document), m_images(images)
{
    setObjectName(QStringLiteral("phoneView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Theme"), this);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("phoneThemeComboBox"));
    m_theme->addItems({tr("As the window"), tr("Light"), tr("Dark")});
    m_theme->setToolTip(tr("WhatsApp's light or dark theme; as the window follows the window's colours"));
    label->setBuddy(m_theme);
    top->addWidget(label);
    top->addWidget(m_theme);
    // Header images from their links, or a placeholder naming them: a setting, kept.
    m_fetch = new QCheckBox(tr("Fetch images"), this);
    m_fetch->setObjectName(QStringLiteral("phoneFetchCheckBox"));
    m_fetch->setToolTip(tr("Show media links' pictures, fetched once each (up to 5 MB, 10 s); off, nothing is "
                           "fetched"));
    m_fetch->setChecked(AppIdentity::userSettings()->value(FetchKey, true).toBool());
    m_fetch->setEnabled(m_images != nullptr);
    if (m_images)
        m_images->setEnabled(m_fetch->isChecked());
    top->addWidget(m_fetch);
    top->addStretch();
    layout->addLayout(top);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("phoneScrollArea"));
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidgetResizable(false);
    m_canvas = new PhoneCanvas(this);
    m_canvas->chosen = [this](const QString &pointer) { emit fieldChosen(pointer); };
    m_scroll->setWidget(m_canvas);
    layout->addWidget(m_scroll, 1);
    m_clock = new QTimer(this);
    m_clock->setSingleShot(true);
    connect(m_clock, &QTimer::timeout, this, &PhoneView::refresh);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_stale = true;
        refresh();
    });
    connect(m_fetch, &QCheckBox::toggled, this, [this](bool on) {
        AppIdentity::userSettings()->setValue(FetchKey, on);
        if (m_images)
            m_images->setEnabled(on);
        refresh();
    });
    if (m_images)
        connect(m_images, &PhoneImages::fetched, this, &PhoneView::refresh);
}

bool PhoneView::dark() const
{
    return m_theme->currentIndex() == 0 ? Theme::isDark(palette()) : m_theme->currentIndex() == 2;
}

void PhoneView::refresh()
{
    m_stale = true;
    // Laid out only while in view: a keystroke costs nothing here otherwise.
    if (!isVisible())
        return;
    m_stale = false;
    PhoneLayout::Options options;
    options.dark = dark();
    options.width = phoneWidth();
    options.now = QDateTime::currentDateTime();
    options.time = options.now.time().toString(QStringLiteral("HH:mm"));
    options.cache = &m_cache;
    options.firstCard = m_firstCard;
    options.templates = m_templates;
    if (m_images) {
        m_images->newPass();
        options.image = [this](const QString &link, QString *why) { return m_images->image(link, why); };
    }
    const QString business = m_document->shownDraft().sender;
    if (!business.isEmpty())
        options.business = business;
    for (const Issue &issue : m_document->issues()) {
        if (issue.isError() && issue.pointer.startsWith(QStringLiteral("/message/")))
            options.faulty.insert(issue.pointer.mid(8));
    }
    m_scene = PhoneLayout::build(m_document->shownDraft().message, options);
    // The bubble's time and an offer's timer change with the minute: drawn again as it turns, while shown.
    m_clock->start(int(60000 - options.now.time().msecsSinceStartOfDay() % 60000) + 50);
    m_canvas->resize(m_scene.size.toSize());
    m_canvas->update();
}

void PhoneView::setTemplates(const TemplateLibrary *templates)
{
    m_templates = templates;
    refresh();
}

void PhoneView::scrollCards(int cards)
{
    const int first = std::clamp(m_scene.firstCard + cards, 0, int(qMax<qsizetype>(0, m_scene.cards - 1)));
    if (first == m_scene.firstCard)
        return;
    m_firstCard = first;
    refresh();
}

QImage PhoneView::image() const
{
    return PhonePainter::image(m_scene);
}

qreal PhoneView::phoneWidth() const
{
    // The room beside a vertical scroll bar whether it shows or not, so that a picture that grows taller
    // than the view does not make it narrower, and so shorter again.
    const int room = m_scroll->width() - 2 * m_scroll->frameWidth() -
                     m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    return qBound(PhoneTheme::NarrowestWidth, qreal(room), PhoneTheme::DefaultWidth);
}

void PhoneView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible() && !qFuzzyCompare(phoneWidth(), m_scene.size.width()))
        refresh();
}

void PhoneView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PhoneView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_theme->currentIndex() == 0)
        refresh();
}
