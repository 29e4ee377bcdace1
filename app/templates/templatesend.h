// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

// A template send's components (the template's, or a carousel card's) by kind, as Meta reads them: the
// header, body, offer and carousel components and the buttons by index, each with its place in the message.
struct TemplateSendParts
{
    QJsonObject header, body, offer, carousel;
    QString headerAt, bodyAt, offerAt, carouselAt; // "" where the send has none
    QMap<int, std::pair<QJsonObject, QString>> buttons;

    static TemplateSendParts read(const QJsonArray &components, const QString &pointer);
    // An index as sends write it: 0, or "0".
    static int indexOf(const QJsonValue &index) { return index.isString() ? index.toString().toInt() : index.toInt(); }
};

// A template definition's components (the template's, or a carousel card's) by kind, as its send is read
// against them.
struct TemplateDefinitionParts
{
    QJsonObject header, body, footer, offer, carousel;
    QJsonArray buttons; // the BUTTONS component's buttons

    static TemplateDefinitionParts read(const QJsonArray &components);
};
