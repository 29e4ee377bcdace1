// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// One part of a multipart/form-data body (RFC 7578).
struct FormPart
{
    QByteArray name;
    QString fileName; // empty for a plain field
    QByteArray contentType;
    QByteArray body;
};

// multipart/form-data as a peer sent it: strict about the framing, so that a broken body is refused with
// where it broke, never half read.
namespace Multipart {

// The boundary a Content-Type header names ("multipart/form-data; boundary=..."), or empty.
QByteArray boundary(const QByteArray &contentType);
// The parts of `body`, or nothing and why.
std::optional<QList<FormPart>> parse(const QByteArray &contentType, const QByteArray &body, QString *error);

} // namespace Multipart
