// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// A file of template definitions, as people keep them and as Meta hands them out: one definition, an array
// of them, or the answer to GET /<WABA_ID>/message_templates ({"data": [...], "paging": ...}).
namespace TemplateFile {

struct Definition
{
    QJsonObject definition;
    QString pointer; // where it is in the file: "", "/3", "/data/3"
};

struct Contents
{
    QList<Definition> definitions;
    QString error; // the file is not one of the three shapes, or not JSON: what and where
};

Contents parse(const QByteArray &bytes);
Contents read(const QString &path);

} // namespace TemplateFile
