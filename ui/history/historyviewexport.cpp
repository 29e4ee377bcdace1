// SPDX-License-Identifier: GPL-3.0-or-later
// The history's exports: the selected rows, or every row the filters select, as CSV or JSON.
#include "historyview.h"

#include "history/historymodel.h"
#include "ui/filelocations.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

qint64 HistoryView::exportTo(const QString &path, HistoryExport::Format format, bool selectedOnly, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    const qint64 written = selectedOnly ? HistoryExport::write(*m_store, selectedIds(), format, &file)
                                        : HistoryExport::write(*m_store, m_model->query(), format, &file);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    return written;
}

void HistoryView::exportDialog(HistoryExport::Format format, bool selectedOnly)
{
    if (selectedOnly && selectedIds().isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Select the rows to export first."));
        return;
    }
    const bool csv = format == HistoryExport::Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export History"),
        QDir(FileLocations::startFolder(FileLocations::Purpose::Exports))
            .filePath(csv ? QStringLiteral("history.csv") : QStringLiteral("history.json")),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    FileLocations::remember(FileLocations::Purpose::Exports, path);
    if (path.isEmpty())
        return;
    QString error;
    const qint64 written = exportTo(path, format, selectedOnly, &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Export"), tr("The history was not exported: %1").arg(error));
}
