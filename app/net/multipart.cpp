// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipart.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct MultipartText
{
    Q_DECLARE_TR_FUNCTIONS(Multipart)
};

// `value; key=value; key="quoted \" value"`: the value before the first ';' and the parameters after it,
// keys in lower case.
QByteArray parameters(QByteArrayView header, QHash<QByteArray, QByteArray> *out)
{
    QByteArray head;
    qsizetype i = 0;
    while (i < header.size() && header.at(i) != ';')
        head.append(header.at(i++));
    while (i < header.size()) {
        ++i; // the ';'
        QByteArray key;
        while (i < header.size() && header.at(i) != '=' && header.at(i) != ';')
            key.append(header.at(i++));
        QByteArray value;
        if (i < header.size() && header.at(i) == '=') {
            ++i;
            while (i < header.size() && (header.at(i) == ' ' || header.at(i) == '\t'))
                ++i;
            if (i < header.size() && header.at(i) == '"') {
                for (++i; i < header.size() && header.at(i) != '"'; ++i) {
                    if (header.at(i) == '\\' && i + 1 < header.size())
                        ++i;
                    value.append(header.at(i));
                }
                while (i < header.size() && header.at(i) != ';')
                    ++i;
            } else {
                while (i < header.size() && header.at(i) != ';')
                    value.append(header.at(i++));
                value = value.trimmed();
            }
        }
        out->insert(key.trimmed().toLower(), value);
    }
    return head.trimmed();
}

} // namespace

namespace Multipart {

QByteArray boundary(const QByteArray &contentType)
{
    QHash<QByteArray, QByteArray> params;
    if (parameters(contentType, &params).toLower() != "multipart/form-data")
        return {};
    const QByteArray value = params.value("boundary");
    // RFC 2046: 1 to 70 characters.
    return value.size() <= 70 ? value : QByteArray();
}

std::optional<QList<FormPart>> parse(const QByteArray &contentType, const QByteArray &body, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QByteArray mark = boundary(contentType);
    if (mark.isEmpty())
        return fail(MultipartText::tr("the body is not multipart/form-data with a boundary"));
    const QByteArray delimiter = "--" + mark;
    const QByteArray nextDelimiter = "\r\n" + delimiter;
    qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf(nextDelimiter);
    if (at < 0)
        return fail(MultipartText::tr("the body has no part"));
    at += body.startsWith(delimiter) ? delimiter.size() : nextDelimiter.size();
    const auto bytesAt = [&body](qsizetype from, qsizetype count) {
        return from + count <= body.size() ? QByteArray::fromRawData(body.constData() + from, count) : QByteArray();
    };

    QList<FormPart> parts;
    while (true) {
        if (bytesAt(at, 2) == "--")
            return parts;
        if (bytesAt(at, 2) != "\r\n")
            return fail(MultipartText::tr("part %1: the boundary line does not end where it should (byte %2)")
                            .arg(parts.size() + 1)
                            .arg(at));
        at += 2;
        const qsizetype end = body.indexOf(nextDelimiter, at);
        if (end < 0)
            return fail(MultipartText::tr("part %1 has no closing boundary").arg(parts.size() + 1));
        const QByteArray part = bytesAt(at, end - at);
        const qsizetype split = part.startsWith("\r\n") ? 0 : part.indexOf("\r\n\r\n");
        if (split < 0)
            return fail(MultipartText::tr("part %1: its headers have no end").arg(parts.size() + 1));
        FormPart out;
        const QList<QByteArray> headers = part.left(split).split('\n');
        for (QByteArray line : headers) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return fail(MultipartText::tr("part %1: \"%2\" is not a header")
                                .arg(parts.size() + 1)
                                .arg(QString::fromLatin1(line.left(80))));
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                QHash<QByteArray, QByteArray> params;
                if (parameters(value, &params).toLower() != "form-data")
                    return fail(MultipartText::tr("part %1 is not form data").arg(parts.size() + 1));
                out.name = params.value("name");
                out.fileName = QString::fromUtf8(params.value("filename"));
            } else if (name == "content-type") {
                out.contentType = value;
            }
        }
        if (out.name.isEmpty())
            return fail(MultipartText::tr("part %1 has no name").arg(parts.size() + 1));
        const qsizetype start = split == 0 ? 2 : split + 4;
        out.body = QByteArray(part.constData() + start, part.size() - start);
        parts.append(out);
        at = end + nextDelimiter.size();
    }
}

} // namespace Multipart
