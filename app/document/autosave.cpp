// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "draftdocument.h"
#include "message/jsondocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

// The path of the file the draft was opened from travels with the copy, so recovery can reopen it.
const QString SourceKey = QStringLiteral("x-wabench-autosave-source");

} // namespace

Autosave::Autosave(DraftDocument *document, const QString &path, QObject *parent)
    : QObject(parent), m_document(document), m_path(path)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::flush);
    connect(document, &DraftDocument::changed, this, [this] {
        if (m_document->isModified())
            m_timer.start();
    });
}

Autosave::~Autosave() = default;

QString Autosave::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave") +
           Draft::fileSuffix();
}

std::optional<Draft> Autosave::pending(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    QString error;
    return DraftFile::load(path, &error);
}

QString Autosave::takeSourcePath(Draft &draft)
{
    return draft.unknown.take(SourceKey).toString();
}

void Autosave::flush()
{
    m_timer.stop();
    if (!m_document->isModified())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    Draft copy = m_document->draft();
    if (!m_document->filePath().isEmpty())
        copy.unknown.insert(SourceKey, m_document->filePath());
    QString error;
    if (DraftFile::save(copy, m_path, &error))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    else
        qWarning("autosave failed: %s", qPrintable(error));
}

void Autosave::discard()
{
    m_timer.stop();
    QFile::remove(m_path);
}
