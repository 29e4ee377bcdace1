// SPDX-License-Identifier: GPL-3.0-or-later
// The Templates window's files: definitions imported into the local library and exported.
#include "templateswindow.h"

#include "session/workbench.h"
#include "templateeditor.h"
#include "templates/templatedefinition.h"
#include "templates/templatefile.h"
#include "templatesmodel.h"
#include "ui/filelocations.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>
#include <QSortFilterProxyModel>

void TemplatesWindow::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Templates"),
                                                      FileLocations::startFolder(FileLocations::Purpose::Templates),
                                                      tr("Template definitions (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    FileLocations::remember(FileLocations::Purpose::Templates, path);
    if (QString why; !importFile(path, &why))
        QMessageBox::warning(this, tr("Not imported"), why);
}

bool TemplatesWindow::importFile(const QString &path, QString *error)
{
    const TemplateFile::Contents contents = TemplateFile::read(path);
    if (!contents.error.isEmpty()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), contents.error);
        return false;
    }
    QList<QJsonObject> definitions;
    for (const TemplateFile::Definition &entry : contents.definitions)
        definitions.append(TemplateDefinition::withoutProviderState(entry.definition));
    if (QString why; !m_workbench->history()->saveTemplates(QString(), definitions, &why)) {
        *error = tr("%1: nothing imported: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    reload();
    say(tr("%n template(s) imported into the local library", nullptr, int(definitions.size())));
    return true;
}

void TemplatesWindow::chooseExport()
{
    const bool one = m_editor->isEditing();
    const QString suggested =
        one ? m_editor->definition().value(QStringLiteral("name")).toString() + QStringLiteral(".json")
            : QStringLiteral("templates.json");
    const QString path = QFileDialog::getSaveFileName(
        this, one ? tr("Export Template") : tr("Export Templates"),
        QDir(FileLocations::startFolder(FileLocations::Purpose::Templates)).filePath(suggested),
        tr("Template definitions (*.json)"));
    if (path.isEmpty())
        return;
    FileLocations::remember(FileLocations::Purpose::Templates, path);
    if (QString why; !exportFile(path, one, &why))
        QMessageBox::warning(this, tr("Not exported"), why);
}

bool TemplatesWindow::exportFile(const QString &path, bool selectedOnly, QString *error)
{
    QJsonDocument document;
    if (selectedOnly) {
        document.setObject(m_editor->definition());
    } else {
        QJsonArray all;
        for (int row = 0; row < m_filter->rowCount(); ++row)
            all.append(m_filter->index(row, 0).data(TemplatesModel::DefinitionRole).toJsonObject());
        document.setArray(all);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.toJson()) < 0 || !file.commit()) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    say(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}
