// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterrow.h"

#include <QHBoxLayout>
#include <QResizeEvent>
#include <QStyle>

FilterRow::FilterRow(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSizeConstraint(QLayout::SetNoConstraint); // the minimum is minimumSizeHint's, not one arrangement's
}

void FilterRow::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_widgets.append(widget);
    m_breaks = {-1}; // never what arrange() finds: laid out anew
    arrange(width());
}

bool FilterRow::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        arrange(width()); // a filter asks for another width (its choices changed)
    return QWidget::event(event);
}

void FilterRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

QSize FilterRow::sizeHint() const
{
    int width = 0;
    for (const QWidget *widget : m_widgets)
        width += (width > 0 ? spacing() : 0) + widget->sizeHint().width();
    return {width, m_layout->sizeHint().height()};
}

QSize FilterRow::minimumSizeHint() const
{
    int width = 0;
    for (const QWidget *widget : m_widgets)
        width = qMax(width, widget->minimumSizeHint().width());
    return {width, m_layout->minimumSize().height()};
}

int FilterRow::spacing() const
{
    return style()->layoutSpacing(QSizePolicy::ComboBox, QSizePolicy::ComboBox, Qt::Horizontal);
}

void FilterRow::arrange(int width)
{
    const int spacing = this->spacing();
    QList<int> breaks;
    int used = 0;
    for (qsizetype i = 0; i < m_widgets.size(); ++i) {
        const int wanted = m_widgets.at(i)->sizeHint().width();
        if (used > 0 && used + spacing + wanted > width) {
            breaks.append(int(i));
            used = wanted;
        } else {
            used += (used > 0 ? spacing : 0) + wanted;
        }
    }
    if (breaks == m_breaks)
        return;
    m_breaks = breaks;
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item; // the rows' layouts; the filters stay, children of this widget
    QHBoxLayout *row = nullptr;
    for (qsizetype i = 0; i < m_widgets.size(); ++i) {
        if (!row || breaks.contains(int(i))) {
            row = new QHBoxLayout;
            row->setSpacing(spacing); // as measured above
            m_layout->addLayout(row);
        }
        row->addWidget(m_widgets.at(i)); // each at least as wide as it asks, what is left shared
    }
    updateGeometry(); // as high as the rows now
}
