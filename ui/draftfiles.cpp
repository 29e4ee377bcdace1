// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftfiles.h"
#include "ui/filelocations.h"

#include "document/autosave.h"
#include "document/draftdocument.h"
#include "document/draftimport.h"
#include "providers/provider.h"
#include "ui/dialogs/editjsondialog.h"
#include "ui/recentfiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMessageBox>

DraftFiles::DraftFiles(DraftDocument *document, QWidget *window, bool confirmDiscard)
    : QObject(window), m_document(document), m_window(window), m_confirmDiscard(confirmDiscard)
{
}

bool DraftFiles::openFile(const QString &path)
{
    const DraftImport imported = DraftImport::fromFile(path);
    if (!imported.draft) {
        emit importFailed(tr("%1: %2").arg(QFileInfo(path).fileName(), imported.error));
        return false;
    }
    m_document->setDraft(*imported.draft);
    const bool isDraft = path.endsWith(Draft::fileSuffix());
    m_document->setFilePath(isDraft ? path : QString());
    if (isDraft) {
        m_document->markClean();
        RecentFiles::add(path);
    }
    if (!imported.note.isEmpty())
        emit note(imported.note);
    emit titleChanged();
    return true;
}

bool DraftFiles::openAsNew(const QString &path)
{
    if (!maybeSave() || !openFile(path))
        return false;
    m_document->setFilePath(QString());
    emit titleChanged();
    return true;
}

bool DraftFiles::importJson(const QByteArray &json, const QString &source)
{
    const DraftImport imported = DraftImport::fromJson(json);
    if (!imported.draft) {
        emit importFailed(tr("%1 was not read: %2. The draft is unchanged.").arg(source, imported.error));
        return false;
    }
    Draft draft = *imported.draft;
    const Draft &current = m_document->draft();
    if (imported.messageOnly) {
        // Just a message: it replaces the message, and provider, recipients and options stay.
        draft = current;
        draft.message = imported.draft->message;
    }
    // A body that does not name them keeps the account and sender already chosen.
    if (draft.sender.isEmpty())
        draft.sender = current.sender;
    draft.account = current.account;
    m_document->setDraft(draft, false);
    if (!imported.note.isEmpty())
        emit note(imported.note);
    return true;
}

bool DraftFiles::openRecorded(const QByteArray &body, const QString &provider)
{
    if (!maybeSave())
        return false;
    const DraftImport imported = DraftImport::fromJson(body);
    if (!imported.draft) {
        emit importFailed(tr("The recorded request was not read: %1").arg(imported.error));
        return false;
    }
    Draft draft = *imported.draft;
    draft.provider = provider;
    draft.account = m_document->draft().provider == provider ? m_document->draft().account : QString();
    m_document->setDraft(draft);
    m_document->setFilePath(QString());
    emit titleChanged();
    return true;
}

bool DraftFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!DraftFile::save(m_document->draft(), m_document->filePath(), &error)) {
        QMessageBox::warning(m_window, tr("Save"), tr("The draft was not saved: %1").arg(error));
        return false;
    }
    m_document->markClean();
    RecentFiles::add(m_document->filePath());
    emit titleChanged();
    return true;
}

bool DraftFiles::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        // Where it was, or a name from its title and kind in the folder drafts were last saved to.
        const QString suggested = m_document->filePath().isEmpty()
                                      ? QDir(FileLocations::startFolder(FileLocations::Purpose::Drafts))
                                            .filePath(FileLocations::draftFileName(m_document->draft()))
                                      : m_document->filePath();
        target = QFileDialog::getSaveFileName(m_window, tr("Save Draft"), suggested,
                                              tr("Wabench drafts (*%1)").arg(Draft::fileSuffix()));
        FileLocations::remember(FileLocations::Purpose::Drafts, target);
    }
    if (target.isEmpty())
        return false;
    if (!target.endsWith(Draft::fileSuffix()))
        target += Draft::fileSuffix();
    m_document->setFilePath(target);
    return save();
}

void DraftFiles::newDraft()
{
    if (!maybeSave())
        return;
    Draft draft;
    draft.provider = m_document->draft().provider;
    draft.sender = m_document->draft().sender;
    m_document->setDraft(draft);
    m_document->setFilePath(QString());
    m_document->markClean();
    emit titleChanged();
}

void DraftFiles::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Draft or Request Body"),
                                                      FileLocations::startFolder(FileLocations::Purpose::Drafts),
                                                      tr("Drafts and JSON bodies (*.json);;All files (*)"));
    FileLocations::remember(FileLocations::Purpose::Drafts, path);
    if (!path.isEmpty())
        openFile(path);
}

void DraftFiles::editJson()
{
    const QList<HttpRequest> requests =
        m_document->provider() ? m_document->provider()->build(m_document->draft(), {}) : QList<HttpRequest>();
    const QString json = requests.isEmpty() ? QString::fromUtf8(QJsonDocument(m_document->draft().toJson()).toJson())
                                            : QString::fromUtf8(requests.first().body);
    auto *dialog = new EditJsonDialog(json, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditJsonDialog::applyRequested, this, [this, dialog](const QByteArray &text) {
        const DraftImport imported = DraftImport::fromJson(text);
        if (!imported.draft) {
            dialog->showError(imported.error);
            return;
        }
        importJson(text, tr("The JSON"));
        dialog->accept();
    });
    dialog->open();
}

bool DraftFiles::maybeSave()
{
    if (!m_document->isModified() || !m_confirmDiscard)
        return true;
    const auto answer =
        QMessageBox::question(m_window, tr("Unsaved changes"), tr("Save the changes to this draft first?"),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DraftFiles::offerRecovery(const QString &autosavePath)
{
    std::optional<Draft> recovered = Autosave::pending(autosavePath);
    if (!recovered)
        return;
    const QString source = Autosave::takeSourcePath(*recovered);
    m_document->setDraft(*recovered);
    m_document->setFilePath(source);
    emit note(tr("Recovered the draft you were editing when Wabench last stopped."));
    emit titleChanged();
}
