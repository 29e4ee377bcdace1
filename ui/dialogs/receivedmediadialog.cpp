// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivedmediadialog.h"

#include "providers/provider.h"
#include "providers/registry.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ReceivedMediaDialog::ReceivedMediaDialog(const HistoryStore &history, Save save, QWidget *parent)
    : QDialog(parent), m_history(history), m_save(std::move(save))
{
    setObjectName(QStringLiteral("receivedMediaDialog"));
    setWindowTitle(tr("Received Media"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("receivedMediaNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("receivedMediaTable"));
    m_table->setHorizontalHeaderLabels({tr("Received"), tr("From"), tr("Kind"), tr("File"), tr("Provider")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveMediaButton"));
    m_copyButton = buttons->addButton(tr("Copy Link"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyMediaLinkButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_media.size())
            m_save(m_media.at(row), suggestedName(m_media.at(row)));
    });
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_media.size())
            QGuiApplication::clipboard()->setText(m_media.at(row).mediaUrl);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReceivedMediaDialog::selectionChanged);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_saveButton->isEnabled())
            m_saveButton->click();
    });
    layout->addWidget(buttons);
    reload();
    resize(820, 420);
}

void ReceivedMediaDialog::reload()
{
    m_media = m_history.receivedMedia();
    m_note->setText(m_media.isEmpty()
                        ? tr("No customer has sent media yet. The images, videos, audio, documents and stickers that "
                             "reach the webhook receiver are listed here, to be saved.")
                        : tr("Media customers sent, newest first. Save one to a file, or copy the link a provider "
                             "gave."));
    m_table->setRowCount(int(m_media.size()));
    for (int row = 0; row < m_media.size(); ++row) {
        const ReceivedMedia &media = m_media.at(row);
        const Provider *provider = Providers::find(media.provider);
        const QString file = !media.fileName.isEmpty()  ? media.fileName
                             : !media.caption.isEmpty() ? media.caption
                                                        : media.mimeType;
        const QStringList cells = {
            media.time.isValid() ? QLocale().toString(media.time.toLocalTime(), QLocale::ShortFormat) : QString(),
            u'+' + media.customer, media.type, file, provider ? provider->displayName() : media.provider};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!m_media.isEmpty());
    if (!m_media.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
    selectionChanged();
}

void ReceivedMediaDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const ReceivedMedia *media = row >= 0 && row < m_media.size() ? &m_media.at(row) : nullptr;
    const Provider *provider = media ? Providers::find(media->provider) : nullptr;
    QString why;
    const bool fetchable =
        media && provider && !media->mediaId.isEmpty() && provider->mediaRequest(Account{}, media->mediaId, &why);
    m_saveButton->setEnabled(fetchable);
    m_saveButton->setToolTip(fetchable || !media        ? QString()
                             : media->mediaId.isEmpty() ? tr("Only a link was given")
                                                        : why);
    m_copyButton->setEnabled(media && !media->mediaUrl.isEmpty());
}

QString ReceivedMediaDialog::suggestedName(const ReceivedMedia &media)
{
    if (!media.fileName.isEmpty() && !media.fileName.contains(u'/') && !media.fileName.contains(u'\\'))
        return media.fileName;
    const QString suffix =
        QMimeDatabase().mimeTypeForName(media.mimeType.section(u';', 0, 0).trimmed()).preferredSuffix();
    const QString when = media.time.isValid() ? media.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"))
                                              : QStringLiteral("media");
    return u'+' + media.customer + u'-' + when + (suffix.isEmpty() ? QString() : u'.' + suffix);
}
