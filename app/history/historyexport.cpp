// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexport.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace HistoryExport {

namespace {

constexpr int Page = 2000;

QByteArray csvHeader()
{
    return "id,time,provider,account,sender,recipient,kind,message_id,state,error,elapsed_ms,http_status,sent_by,"
           "desktop\r\n";
}

QByteArray csvRow(const HistoryRecord &r)
{
    const QStringList fields = {QString::number(r.id),
                                r.created.toUTC().toString(Qt::ISODateWithMs),
                                r.provider,
                                r.account,
                                r.sender,
                                r.recipient,
                                r.kind,
                                r.messageId,
                                Delivery::name(r.state),
                                r.error,
                                QString::number(r.elapsedMs),
                                r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
                                r.sentBy,
                                r.desktop};
    QByteArray line;
    for (const QString &field : fields) {
        if (!line.isEmpty())
            line += ',';
        line += csvField(field);
    }
    return line + "\r\n";
}

// A body as JSON when it is JSON, or as the text it is.
QJsonValue bodyValue(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && parsed.isObject())
        return parsed.object();
    if (error.error == QJsonParseError::NoError && parsed.isArray())
        return parsed.array();
    return QString::fromUtf8(body);
}

QByteArray jsonRecord(const HistoryStore &store, const HistoryRecord &r)
{
    QJsonArray events;
    for (const HistoryEvent &event : store.events(r.id)) {
        events.append(QJsonObject{{QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("status"), Delivery::name(event.status)},
                                  {QStringLiteral("provider_status"), event.providerStatus},
                                  {QStringLiteral("error_code"), event.errorCode},
                                  {QStringLiteral("description"), event.description},
                                  {QStringLiteral("applied"), event.applied}});
    }
    const QJsonObject object{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("time"), r.created.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("provider"), r.provider},
        {QStringLiteral("account"), r.account},
        {QStringLiteral("sender"), r.sender},
        {QStringLiteral("recipient"), r.recipient},
        {QStringLiteral("kind"), r.kind},
        {QStringLiteral("message_id"), r.messageId},
        {QStringLiteral("state"), Delivery::name(r.state)},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("correlation"), r.correlation},
        {QStringLiteral("elapsed_ms"), r.elapsedMs},
        {QStringLiteral("request"), QString::fromUtf8(r.request)},
        {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {QStringLiteral("response_head"), QString::fromUtf8(r.responseHead)},
        {QStringLiteral("response"), bodyValue(r.response)},
        {QStringLiteral("sent_by"), r.sentBy},
        {QStringLiteral("desktop"), r.desktop},
        {QStringLiteral("events"), events}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Writes records one after another, as a CSV table or a JSON array.
class Writer
{
public:
    Writer(const HistoryStore &store, Format format, QIODevice *out) : m_store(store), m_format(format), m_out(out)
    {
        m_out->write(m_format == Format::Csv ? csvHeader() : QByteArray("["));
    }
    void add(const HistoryRecord &record)
    {
        if (m_format == Format::Csv) {
            m_out->write(csvRow(record));
        } else {
            m_out->write(m_count == 0 ? "\n" : ",\n");
            m_out->write(jsonRecord(m_store, record));
        }
        ++m_count;
    }
    qint64 finish()
    {
        if (m_format == Format::Json)
            m_out->write(m_count == 0 ? "]\n" : "\n]\n");
        return m_count;
    }

private:
    const HistoryStore &m_store;
    Format m_format;
    QIODevice *m_out;
    qint64 m_count = 0;
};

} // namespace

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

qint64 write(const HistoryStore &store, const HistoryQuery &query, Format format, QIODevice *out, qint64 limit)
{
    Writer writer(store, format, out);
    const HistoryStore::Bodies bodies =
        format == Format::Json ? HistoryStore::Bodies::Included : HistoryStore::Bodies::Left;
    qint64 written = 0;
    for (int offset = 0;; offset += Page) {
        const int page = limit < 0 ? Page : int(qMin<qint64>(Page, limit - written));
        if (page <= 0)
            break;
        const QList<HistoryRecord> records = store.records(query, page, offset, bodies);
        for (const HistoryRecord &record : records)
            writer.add(record);
        written += records.size();
        if (records.size() < page)
            break;
    }
    return writer.finish();
}

qint64 write(const HistoryStore &store, const QList<qint64> &ids, Format format, QIODevice *out)
{
    Writer writer(store, format, out);
    for (const qint64 id : ids) {
        if (const std::optional<HistoryRecord> record = store.record(id))
            writer.add(*record);
    }
    return writer.finish();
}

} // namespace HistoryExport
