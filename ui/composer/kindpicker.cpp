// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindpicker.h"

#include "message/kinds.h"
#include "providers/provider.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSignalBlocker>
#include <QStandardItemModel>

KindPicker::KindPicker(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("kindComboBox"));
    setAccessibleName(tr("Message kind"));
    auto *model = new QStandardItemModel(this);
    auto *none = new QStandardItem(tr("Choose a message kind…"));
    none->setFlags(Qt::ItemIsEnabled);
    model->appendRow(none);
    setModel(model);
    setMaxVisibleItems(30);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString kind = itemData(index).toString();
        if (!kind.isEmpty())
            emit kindChosen(kind);
    });
}

void KindPicker::fill()
{
    if (std::exchange(m_filled, true))
        return;
    auto *model = static_cast<QStandardItemModel *>(this->model());
    for (const QString &group : Kinds::groups()) {
        auto *header = new QStandardItem(QCoreApplication::translate("Schemas", qPrintable(group)));
        header->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        header->setFont(bold);
        model->appendRow(header);
        for (const MessageKind &kind : Kinds::all()) {
            if (kind.group != group)
                continue;
            auto *item = new QStandardItem(QStringLiteral("    ") + kind.label);
            item->setData(kind.id, Qt::UserRole);
            model->appendRow(item);
        }
    }
    markUnoffered();
}

void KindPicker::setProvider(const Provider *provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    if (m_filled)
        markUnoffered();
}

void KindPicker::markUnoffered()
{
    auto *model = static_cast<QStandardItemModel *>(this->model());
    for (int row = 0; row < model->rowCount(); ++row) {
        QStandardItem *item = model->item(row);
        const MessageKind *kind = Kinds::find(item->data(Qt::UserRole).toString());
        if (!kind)
            continue;
        const bool offered = !m_provider || !kind->notOfferedBy.contains(m_provider->id());
        item->setText(offered ? QStringLiteral("    ") + kind->label
                              : tr("    %1 (not with %2)").arg(kind->label, m_provider->displayName()));
        item->setFlags(offered ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        item->setToolTip(
            offered
                ? QString()
                : tr("%1 does not carry this kind; choose another provider to send it").arg(m_provider->displayName()));
    }
}

void KindPicker::showPopup()
{
    fill();
    QComboBox::showPopup();
}

bool KindPicker::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusIn:
    case QEvent::Enter:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        fill();
        break;
    default:
        break;
    }
    return QComboBox::event(event);
}

QString KindPicker::currentKind() const
{
    return currentData().toString();
}

void KindPicker::setCurrentKind(const QString &kind)
{
    if (!kind.isEmpty())
        fill();
    const QSignalBlocker blocker(this);
    setCurrentIndex(qMax(0, findData(kind)));
}
