// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerules.h"

#include "ruledetail.h"

#include "kinds.h"
#include "text.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace MessageRules::Detail {

using JsonPointer::append;

QJsonObject objectAt(const QJsonObject &object, const QString &pointer)
{
    return JsonPointer::get(object, pointer).toObject();
}

QJsonArray arrayAt(const QJsonObject &object, const QString &pointer)
{
    return JsonPointer::get(object, pointer).toArray();
}

// Ids and titles that must be unique: the second and later holders of a value get the issue.
void checkUnique(const QList<QPair<QString, QString>> &values, const QString &what, Issues &issues)
{
    QSet<QString> seen;
    for (const auto &[pointer, value] : values) {
        if (value.isEmpty())
            continue;
        if (seen.contains(value))
            issues.append(
                Issue::error(pointer, RuleText::tr("%1 \"%2\" is used twice; each must be unique").arg(what, value)));
        seen.insert(value);
    }
}

void checkIdSpaces(const QString &id, const QString &pointer, const QString &what, Issues &issues)
{
    if (Text::hasOuterSpace(id))
        issues.append(
            Issue::error(pointer, RuleText::tr("%1 \"%2\" starts or ends with a space; ids must not").arg(what, id)));
}

// The formats WhatsApp takes, by the file extension a link ends in (providers.md §2.3).
void checkMediaFormat(const QJsonObject &media, const QString &pointer, const QString &type, Issues &issues)
{
    struct Format
    {
        QStringList extensions;
        const char *what;
    };
    static const QHash<QString, Format> formats = {
        {QStringLiteral("image"),
         {{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")},
          QT_TRANSLATE_NOOP("MessageRules", "JPEG and PNG images up to 5 MB")}},
        {QStringLiteral("video"),
         {{QStringLiteral("mp4"), QStringLiteral("3gp"), QStringLiteral("3gpp")},
          QT_TRANSLATE_NOOP("MessageRules", "MP4 and 3GP videos up to 16 MB")}},
        {QStringLiteral("audio"),
         {{QStringLiteral("aac"), QStringLiteral("amr"), QStringLiteral("mp3"), QStringLiteral("m4a"),
           QStringLiteral("ogg"), QStringLiteral("opus")},
          QT_TRANSLATE_NOOP("MessageRules", "AAC, AMR, MP3, M4A and OGG (OPUS) audio up to 16 MB")}},
        {QStringLiteral("document"),
         {{QStringLiteral("txt"), QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"),
           QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("ppt"), QStringLiteral("pptx")},
          QT_TRANSLATE_NOOP("MessageRules", "TXT, PDF and Office documents up to 100 MB")}},
        {QStringLiteral("sticker"),
         {{QStringLiteral("webp")},
          QT_TRANSLATE_NOOP("MessageRules", "WebP stickers (static up to 100 KB, animated up to 500 KB)")}},
    };
    const auto format = formats.constFind(type);
    const QString file = QUrl(media.value(QStringLiteral("link")).toString()).path().section(u'/', -1);
    if (format == formats.constEnd() || !file.contains(u'.'))
        return;
    const QString extension = file.section(u'.', -1).toLower();
    if (!format->extensions.contains(extension)) {
        issues.append(Issue::warning(
            append(pointer, QStringLiteral("link")),
            RuleText::tr("The link ends in .%1; WhatsApp takes %2").arg(extension, RuleText::tr(format->what))));
    }
}

void checkMediaHeader(const QJsonObject &header, const QString &pointer, Issues &issues)
{
    const QString type = header.value(QStringLiteral("type")).toString();
    if (type == u"image" || type == u"video" || type == u"document") {
        const QJsonObject media = header.value(type).toObject();
        MessageRules::checkMediaSource(media, append(pointer, type), RuleText::tr("Header %1").arg(type), issues);
        checkMediaFormat(media, append(pointer, type), type, issues);
    }
}

void checkReplyButtons(const QJsonArray &buttons, const QString &pointer, Issues &issues)
{
    QList<QPair<QString, QString>> ids;
    QList<QPair<QString, QString>> titles;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject reply = buttons.at(i).toObject().value(QStringLiteral("reply")).toObject();
        const QString base = append(append(pointer, i), QStringLiteral("reply"));
        const QString id = reply.value(QStringLiteral("id")).toString();
        checkIdSpaces(id, append(base, QStringLiteral("id")), RuleText::tr("Button id"), issues);
        ids.append({append(base, QStringLiteral("id")), id});
        titles.append({append(base, QStringLiteral("title")), reply.value(QStringLiteral("title")).toString()});
    }
    checkUnique(ids, RuleText::tr("Button id"), issues);
    checkUnique(titles, RuleText::tr("Button title"), issues);
}

} // namespace MessageRules::Detail

namespace MessageRules {

using namespace Detail;
using JsonPointer::append;

void checkMediaSource(const QJsonObject &media, const QString &pointer, const QString &label, Issues &issues)
{
    const bool link = media.contains(QStringLiteral("link"));
    const bool id = media.contains(QStringLiteral("id"));
    if (link && id)
        issues.append(
            Issue::error(pointer, RuleText::tr("%1 has both a link and a media id; give one of them").arg(label)));
    else if (!link && !id)
        issues.append(Issue::error(pointer, RuleText::tr("%1 needs a link or a media id").arg(label)));
}

void checkCoordinate(const QJsonValue &value, const QString &pointer, bool latitude, Issues &issues)
{
    const QString name = latitude ? RuleText::tr("Latitude") : RuleText::tr("Longitude");
    double degrees = 0;
    if (value.isDouble()) {
        degrees = value.toDouble();
        issues.append(Issue::warning(pointer, RuleText::tr("%1 is a number; Meta's documents send it as text (\"%2\")")
                                                  .arg(name, QString::number(degrees, 'g', 15))));
    } else if (value.isString()) {
        if (value.toString().trimmed().isEmpty()) {
            issues.append(Issue::error(pointer, RuleText::tr("%1 is empty").arg(name)));
            return;
        }
        bool ok = false;
        degrees = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            issues.append(Issue::error(
                pointer, RuleText::tr("%1 \"%2\" is not a number of degrees").arg(name, value.toString())));
            return;
        }
    } else {
        return;
    }
    const double limit = latitude ? 90 : 180;
    if (degrees < -limit || degrees > limit) {
        issues.append(Issue::error(pointer, RuleText::tr("%1 %2 is outside -%3 to %3 degrees")
                                                .arg(name, QString::number(degrees, 'g', 15))
                                                .arg(limit)));
    }
}

QString urlProblem(const QString &text, const QString &label)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {}; // the schema says it is empty
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return RuleText::tr("%1 \"%2\" is not a valid URL: %3").arg(label, text, url.errorString());
    if (url.scheme().isEmpty() || url.isRelative())
        return RuleText::tr("%1 \"%2\" has no scheme: the provider fetches it as it is, so write it whole, as "
                            "https://%3")
            .arg(label, text, trimmed.startsWith(u'/') ? QStringLiteral("HOST") + trimmed : trimmed);
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return RuleText::tr("%1 \"%2\" is a %3: URL; the provider fetches only http and https")
            .arg(label, text, url.scheme());
    if (url.host().isEmpty())
        return RuleText::tr("%1 \"%2\" has no host after %3://").arg(label, text, url.scheme());
    return {};
}

void checkLinks(const QJsonValue &value, const QString &pointer, Issues &issues)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkLinks(array.at(i), append(pointer, i), issues);
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"link" && it.value().isString()) {
            if (const QString problem = urlProblem(it.value().toString(), RuleText::tr("The link")); !problem.isEmpty())
                issues.append(Issue::error(append(pointer, it.key()), problem));
        } else if (it.value().isObject() || it.value().isArray()) {
            checkLinks(it.value(), append(pointer, it.key()), issues);
        }
    }
}

// A reaction is one emoji (one grapheme cluster: a flag, a skin tone or a family counts as one), or empty to
// take a reaction back (Meta, "Reaction messages").
void checkReaction(const QJsonObject &message, Issues &issues)
{
    const QJsonValue emoji = message.value(QStringLiteral("reaction")).toObject().value(QStringLiteral("emoji"));
    if (!emoji.isString() || emoji.toString().isEmpty())
        return;
    const QString text = emoji.toString();
    const qsizetype clusters = Text::graphemeCount(text);
    const QString pointer = QStringLiteral("/reaction/emoji");
    if (clusters > 1)
        issues.append(Issue::error(
            pointer, RuleText::tr("A reaction is one emoji; \"%1\" is %2 characters").arg(text).arg(clusters)));
    else if (!Text::hasEmoji(text))
        issues.append(Issue::error(pointer, RuleText::tr("A reaction is an emoji; \"%1\" is not one").arg(text)));
}

void check(const QJsonObject &message, const QString &kindId, Issues &issues)
{
    checkLinks(message, QString(), issues);
    if (Kinds::typeOf(message) == u"reaction")
        checkReaction(message, issues);
    const QString type = Kinds::typeOf(message);
    static const QStringList mediaTypes = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                                           QStringLiteral("document"), QStringLiteral("sticker")};
    if (mediaTypes.contains(type)) {
        const QJsonObject media = message.value(type).toObject();
        checkMediaSource(media, u'/' + type, RuleText::tr("The %1").arg(type), issues);
        checkMediaFormat(media, u'/' + type, type, issues);
        if ((type == u"audio" || type == u"sticker") && media.contains(QStringLiteral("caption"))) {
            issues.append(Issue::error(u'/' + type + QStringLiteral("/caption"),
                                       RuleText::tr("%1 messages take no caption")
                                           .arg(type == u"audio" ? RuleText::tr("Audio") : RuleText::tr("Sticker"))));
        }
    }
    if (type == u"text") {
        const QJsonValue preview =
            message.value(QStringLiteral("text")).toObject().value(QStringLiteral("preview_url"));
        if (preview.isString()) {
            static const QStringList readable = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                                 QStringLiteral("no")};
            const QString text = preview.toString();
            if (readable.contains(text.toLower())) {
                issues.append(Issue::warning(
                    QStringLiteral("/text/preview_url"),
                    RuleText::tr("Show link preview is the text \"%1\"; it should be true or false").arg(text)));
            } else {
                issues.append(
                    Issue::error(QStringLiteral("/text/preview_url"),
                                 RuleText::tr("Show link preview is \"%1\"; it must be true or false").arg(text)));
            }
        }
    }
    if (type == u"location") {
        const QJsonObject location = message.value(QStringLiteral("location")).toObject();
        checkCoordinate(location.value(QStringLiteral("latitude")), QStringLiteral("/location/latitude"), true, issues);
        checkCoordinate(location.value(QStringLiteral("longitude")), QStringLiteral("/location/longitude"), false,
                        issues);
        if (location.contains(QStringLiteral("address")) && !location.contains(QStringLiteral("name"))) {
            issues.append(Issue::warning(QStringLiteral("/location/address"),
                                         RuleText::tr("The address is shown only when the location also has a name")));
        }
    }
    if (type == u"reaction" && message.contains(QStringLiteral("context"))) {
        issues.append(
            Issue::error(QStringLiteral("/context"), RuleText::tr("A reaction cannot be sent as a reply; remove the "
                                                                  "message it replies to")));
    }
    if (type == u"interactive")
        checkMediaHeader(objectAt(message, QStringLiteral("/interactive/header")),
                         QStringLiteral("/interactive/header"), issues);

    if (kindId == u"interactive.button")
        checkReplyButtons(arrayAt(message, QStringLiteral("/interactive/action/buttons")),
                          QStringLiteral("/interactive/action/buttons"), issues);
    else if (kindId == u"interactive.list")
        checkList(message, issues);
    else if (kindId == u"interactive.product_list")
        checkProductList(message, issues);
    else if (kindId == u"interactive.carousel")
        checkCarousel(message, issues);
    else if (kindId == u"interactive.order_details")
        checkOrderDetails(message, issues);
    else if (kindId == u"interactive.flow")
        checkFlow(message, issues);
    else if (kindId == u"interactive.address_message")
        checkAddressMessage(message, issues);
    else if (kindId == u"template")
        checkTemplate(message, issues);
}

} // namespace MessageRules
