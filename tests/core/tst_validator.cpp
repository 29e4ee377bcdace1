// SPDX-License-Identifier: GPL-3.0-or-later
// Each rule at its boundary: the limit passes, the limit + 1 fails with an error at the field that
// names the limit and the actual value. Characters are code points (Meta), bytes are UTF-8 (Telnyx).
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/phonenumbers.h"
#include "message/schemaregistry.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "testdata.h"

#include <QJsonArray>
#include <QtTest>
#include <functional>

namespace {

QJsonObject exampleMessage(const QString &name)
{
    const QJsonObject draft =
        TestData::readObject(QStringLiteral(":/examples/") + name + QStringLiteral(".wabench.json"));
    return draft.value(QStringLiteral("message")).toObject();
}

// The message with `value` at `pointer`; a null value removes what is there.
QJsonObject with(QJsonObject message, const QString &pointer, const QJsonValue &value)
{
    QJsonValue root(message);
    const bool done = value.isNull() ? JsonPointer::remove(root, pointer) : JsonPointer::set(root, pointer, value);
    if (!done)
        qFatal("cannot change %s", qPrintable(pointer));
    return root.toObject();
}

Issues validate(const QJsonObject &message, const QString &provider = QStringLiteral("meta"))
{
    return Validator::validateMessage(message, Providers::find(provider));
}

const Issue *errorAt(const Issues &issues, const QString &pointer)
{
    for (const Issue &issue : issues) {
        if (issue.isError() && issue.pointer == pointer)
            return &issue;
    }
    return nullptr;
}

QString dump(const Issues &issues)
{
    QStringList lines;
    for (const Issue &issue : issues)
        lines << issue.severityName() + u' ' + issue.pointer + QStringLiteral(": ") + issue.message;
    return lines.join(u'\n');
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void examplesAreClean_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList paths = Kinds::examplePaths();
        QVERIFY(paths.size() >= Kinds::all().size());
        for (const QString &path : paths)
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }
    void examplesAreClean()
    {
        QFETCH(QString, path);
        QString error;
        const std::optional<Draft> draft = DraftFile::load(path, &error);
        QVERIFY2(draft, qPrintable(error));
        const Issues issues = Validator::validateDraft(*draft, Providers::find(draft->provider));
        QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
    }

    // Every example broken every way a person breaks one (each field emptied, each field removed), with
    // every provider: no issue text has an empty name ("Card header  needs"), an empty place ("( )", "› )")
    // or a dangling separator.
    void issueTextsNeverHaveEmptyNames()
    {
        QStringList bad;
        int checked = 0;
        const auto look = [&](const Draft &draft, const QString &what) {
            for (const Provider *provider : Providers::all()) {
                for (const Issue &issue : Validator::validateDraft(draft, provider)) {
                    ++checked;
                    const QString &text = issue.message;
                    for (const QString &sign : {QStringLiteral("  "), QStringLiteral("( "), QStringLiteral(" )"),
                                                QStringLiteral("()"), QStringLiteral("› )"), QStringLiteral("> )"),
                                                QStringLiteral("\"\""), QStringLiteral(" ,"), QStringLiteral(" .")}) {
                        if (text.contains(sign) || text.trimmed() != text || text.isEmpty())
                            bad << what + QStringLiteral(" [") + provider->id() + QStringLiteral("] ") + issue.pointer +
                                       QStringLiteral(": ") + text;
                    }
                }
            }
        };
        for (const QString &path : Kinds::examplePaths()) {
            QString error;
            const std::optional<Draft> draft = DraftFile::load(path, &error);
            QVERIFY(draft);
            QHash<QString, QJsonValue> leaves;
            std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &value,
                                                                                const QString &pointer) {
                if (!pointer.isEmpty())
                    leaves.insert(pointer, value);
                if (value.isObject()) {
                    const QJsonObject object = value.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it)
                        walk(it.value(), JsonPointer::append(pointer, it.key()));
                } else if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    for (qsizetype i = 0; i < array.size(); ++i)
                        walk(array.at(i), JsonPointer::append(pointer, i));
                }
            };
            walk(draft->message, QString());
            for (auto it = leaves.cbegin(); it != leaves.cend(); ++it) {
                const QString name = path.section(u'/', -1) + u' ' + it.key();
                Draft broken = *draft;
                QJsonValue root(broken.message);
                JsonPointer::remove(root, it.key());
                broken.message = root.toObject();
                look(broken, name + QStringLiteral(" removed"));
                if (it.value().isString()) {
                    QJsonValue emptied(draft->message);
                    JsonPointer::set(emptied, it.key(), QString());
                    broken.message = emptied.toObject();
                    look(broken, name + QStringLiteral(" emptied"));
                }
            }
        }
        QVERIFY(checked > 1000);
        bad.removeDuplicates();
        QVERIFY2(bad.isEmpty(), qPrintable(QString::number(bad.size()) + u'\n' + bad.mid(0, 40).join(u'\n')));
    }

    void everyKindHasAnExample()
    {
        const QStringList paths = Kinds::examplePaths();
        for (const MessageKind &kind : Kinds::all()) {
            const bool found = std::any_of(paths.cbegin(), paths.cend(), [&](const QString &path) {
                return path.endsWith(u'/' + kind.id + QStringLiteral(".wabench.json"));
            });
            QVERIFY2(found, qPrintable(kind.id));
        }
    }

    void textLimits_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("unit"); // one character of the filler

        const auto row = [](const char *name, const char *example, const char *pointer, int limit,
                            const char *provider = "meta", const QString &unit = QStringLiteral("a")) {
            QTest::newRow(name) << QString::fromLatin1(example) << QString::fromLatin1(pointer) << limit
                                << QString::fromLatin1(provider) << unit;
        };
        row("text body", "text", "/text/body", 4096);
        row("text body, emoji", "text", "/text/body", 4096, "meta", QStringLiteral("😀"));
        row("image caption", "image", "/image/caption", 1024);
        row("video caption", "video", "/video/caption", 1024);
        row("document caption", "document", "/document/caption", 1024);
        row("biz_opaque_callback_data", "text", "/biz_opaque_callback_data", 512);
        row("button header text", "interactive.button", "/interactive/header/text", 60);
        row("button body", "interactive.button", "/interactive/body/text", 1024);
        row("button footer", "interactive.button", "/interactive/footer/text", 60);
        row("reply id", "interactive.button", "/interactive/action/buttons/0/reply/id", 256);
        row("reply title", "interactive.button", "/interactive/action/buttons/0/reply/title", 20);
        row("reply title, emoji", "interactive.button", "/interactive/action/buttons/0/reply/title", 20, "meta",
            QStringLiteral("🌵"));
        row("list body", "interactive.list", "/interactive/body/text", 4096);
        row("list body, Exotel", "interactive.list", "/interactive/body/text", 1024, "exotel");
        row("list button", "interactive.list", "/interactive/action/button", 20);
        row("section title", "interactive.list", "/interactive/action/sections/0/title", 24);
        row("row id", "interactive.list", "/interactive/action/sections/0/rows/0/id", 200);
        row("row title", "interactive.list", "/interactive/action/sections/0/rows/0/title", 24);
        row("row description", "interactive.list", "/interactive/action/sections/0/rows/0/description", 72);
        row("cta display text", "interactive.cta_url", "/interactive/action/parameters/display_text", 20);
        row("carousel card text", "interactive.carousel", "/interactive/action/cards/0/body/text", 160);
        row("product list section title", "interactive.product_list", "/interactive/action/sections/0/title", 24);
        row("order reference id", "interactive.order_details", "/interactive/action/parameters/reference_id", 35);
        row("order item name", "interactive.order_details", "/interactive/action/parameters/order/items/0/name", 60);
        row("order tax description", "interactive.order_details",
            "/interactive/action/parameters/order/tax/description", 60);
        row("gateway configuration name", "interactive.order_details",
            "/interactive/action/parameters/payment_settings/0/payment_gateway/configuration_name", 60);
        row("order status description", "interactive.order_status", "/interactive/action/parameters/order/description",
            120);
        row("template name", "template", "/template/name", 512);
        row("copy code", "template-copy-code", "/template/components/1/parameters/0/coupon_code", 20);
        row("offer code in an LTO", "template-limited-time-offer", "/template/components/3/parameters/0/coupon_code",
            15);
        // Telnyx counts UTF-8 bytes: é is 2 bytes, 😀 is 4.
        row("Telnyx text bytes", "text", "/text/body", 2048, "telnyx", QStringLiteral("é"));
        row("Telnyx text bytes, emoji", "text", "/text/body", 1024, "telnyx", QStringLiteral("😀"));
        row("Telnyx caption bytes", "image", "/image/caption", 512, "telnyx", QStringLiteral("é"));
    }
    void textLimits()
    {
        QFETCH(QString, example);
        QFETCH(QString, pointer);
        QFETCH(int, limit);
        QFETCH(QString, provider);
        QFETCH(QString, unit);
        const QJsonObject base = exampleMessage(example);
        const QString atLimit = unit.repeated(limit);
        const Issues ok = validate(with(base, pointer, atLimit), provider);
        QVERIFY2(!errorAt(ok, pointer), qPrintable(dump(ok)));

        // A lone ASCII letter past the limit: one more character, and for Telnyx one more byte.
        const Issues over = validate(with(base, pointer, QString(atLimit + u'x')), provider);
        const Issue *issue = errorAt(over, pointer);
        QVERIFY2(issue, qPrintable(dump(over)));
        if (provider == u"telnyx") {
            const qsizetype bytes = (atLimit + u'x').toUtf8().size();
            QVERIFY2(issue->message.contains(QString::number(bytes) + QStringLiteral(" bytes")),
                     qPrintable(issue->message));
        } else {
            QVERIFY2(issue->message.contains(QString::number(limit + 1) + QStringLiteral(" characters")),
                     qPrintable(issue->message));
            QVERIFY2(issue->message.contains(QString::number(limit)), qPrintable(issue->message));
        }
    }

    void combiningMarksCountAsCharacters()
    {
        // "é" written as e + COMBINING ACUTE ACCENT is two code points: Meta counts both.
        const QString decomposed = QStringLiteral("e\u0301");
        const QJsonObject base = exampleMessage(QStringLiteral("interactive.button"));
        const QString pointer = QStringLiteral("/interactive/action/buttons/0/reply/title");
        QVERIFY(!errorAt(validate(with(base, pointer, decomposed.repeated(10))), pointer));
        const Issues over = validate(with(base, pointer, QString(decomposed.repeated(10) + u'e')));
        QVERIFY(errorAt(over, pointer));
        QVERIFY2(errorAt(over, pointer)->message.contains(QStringLiteral("21 characters")), qPrintable(dump(over)));
    }

    void countLimits_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("arrayPointer");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("errorPointer");
        QTest::newRow("reply buttons") << "interactive.button"
                                       << "/interactive/action/buttons" << 3 << "/interactive/action/buttons";
        QTest::newRow("contacts") << "contacts"
                                  << "/contacts" << 257 << "/contacts";
        QTest::newRow("carousel cards") << "interactive.carousel"
                                        << "/interactive/action/cards" << 10 << "/interactive/action/cards";
        QTest::newRow("template carousel cards")
            << "template-carousel"
            << "/template/components/1/cards" << 10 << "/template/components/1/cards";
        QTest::newRow("rows in a section")
            << "interactive.list"
            << "/interactive/action/sections/0/rows" << 8 << "/interactive/action/sections";
        QTest::newRow("products in a section")
            << "interactive.product_list"
            << "/interactive/action/sections/0/product_items" << 29 << "/interactive/action/sections";
    }
    void countLimits()
    {
        QFETCH(QString, example);
        QFETCH(QString, arrayPointer);
        QFETCH(int, limit);
        QFETCH(QString, errorPointer);
        QJsonObject base = exampleMessage(example);
        const QJsonArray original = JsonPointer::get(base, arrayPointer).toArray();
        // Copies of the first item, made distinct where uniqueness rules apply.
        const auto build = [&](int count) {
            QJsonArray items;
            for (int i = 0; i < count; ++i) {
                QJsonValue item = original.first();
                for (const QString &key : {QStringLiteral("/reply/id"), QStringLiteral("/reply/title"),
                                           QStringLiteral("/id"), QStringLiteral("/product_retailer_id")}) {
                    bool found = false;
                    const QJsonValue old = JsonPointer::get(item, key, &found);
                    if (found)
                        JsonPointer::set(item, key, QString(old.toString().left(14) + QString::number(i)));
                }
                if (item.toObject().contains(QStringLiteral("card_index")))
                    JsonPointer::set(item, QStringLiteral("/card_index"), i);
                items.append(item);
            }
            return with(base, arrayPointer, items);
        };
        const Issues ok = validate(build(limit));
        QVERIFY2(!errorAt(ok, errorPointer), qPrintable(dump(ok)));
        const Issues over = validate(build(limit + 1));
        QVERIFY2(errorAt(over, errorPointer), qPrintable(dump(over)));
    }

    void listRowsAreCountedAcrossSections()
    {
        QJsonObject list = exampleMessage(QStringLiteral("interactive.list"));
        const QJsonObject row{{QStringLiteral("id"), QStringLiteral("r")},
                              {QStringLiteral("title"), QStringLiteral("Row")}};
        const auto rows = [&](int count, const QString &prefix) {
            QJsonArray out;
            for (int i = 0; i < count; ++i)
                out.append(QJsonObject{{QStringLiteral("id"), QString(prefix + QString::number(i))},
                                       {QStringLiteral("title"), row.value(QStringLiteral("title"))}});
            return out;
        };
        list = with(list, QStringLiteral("/interactive/action/sections/0/rows"), rows(6, QStringLiteral("a")));
        QVERIFY(!errorAt(
            validate(with(list, QStringLiteral("/interactive/action/sections/1/rows"), rows(4, QStringLiteral("b")))),
            QStringLiteral("/interactive/action/sections")));
        const Issues over =
            validate(with(list, QStringLiteral("/interactive/action/sections/1/rows"), rows(5, QStringLiteral("b"))));
        QVERIFY(errorAt(over, QStringLiteral("/interactive/action/sections")));
        QVERIFY(
            errorAt(over, QStringLiteral("/interactive/action/sections"))->message.contains(QStringLiteral("11 rows")));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("errorPointer"); // empty: no error at all is expected

        const QString buttons = QStringLiteral("/interactive/action/buttons");
        QTest::newRow("duplicate button title")
            << "interactive.button" << buttons + "/1/reply/title" << QJsonValue("Yes, that works") << "meta"
            << buttons + "/1/reply/title";
        QTest::newRow("duplicate button id") << "interactive.button" << buttons + "/2/reply/id" << QJsonValue("slot_ok")
                                             << "meta" << buttons + "/2/reply/id";
        QTest::newRow("button id with a trailing space") << "interactive.button" << buttons + "/0/reply/id"
                                                         << QJsonValue("slot_ok ") << "meta" << buttons + "/0/reply/id";
        QTest::newRow("duplicate row id")
            << "interactive.list"
            << "/interactive/action/sections/1/rows/0/id" << QJsonValue("std_free") << "meta"
            << "/interactive/action/sections/1/rows/0/id";
        QTest::newRow("second section without title")
            << "interactive.list"
            << "/interactive/action/sections/1/title" << QJsonValue() << "meta"
            << "/interactive/action/sections/1";
        QTest::newRow("image by link and id") << "image"
                                              << "/image/id" << QJsonValue("1234") << "meta"
                                              << "/image";
        QTest::newRow("image without link or id") << "image"
                                                  << "/image/link" << QJsonValue() << "meta"
                                                  << "/image";
        QTest::newRow("image by id, Meta") << "image"
                                           << "/image" << QJsonValue(QJsonObject{{"id", "1234"}}) << "meta"
                                           << "";
        QTest::newRow("image by id, Exotel") << "image"
                                             << "/image" << QJsonValue(QJsonObject{{"id", "1234"}}) << "exotel"
                                             << "/image";
        QTest::newRow("sticker with caption") << "sticker"
                                              << "/sticker/caption" << QJsonValue("hi") << "meta"
                                              << "/sticker/caption";
        QTest::newRow("audio with caption") << "audio"
                                            << "/audio/caption" << QJsonValue("hi") << "meta"
                                            << "/audio/caption";
        QTest::newRow("reaction as a reply")
            << "reaction"
            << "/context" << QJsonValue(QJsonObject{{"message_id", "wamid.1"}}) << "meta"
            << "/context";
        QTest::newRow("text as a reply") << "text"
                                         << "/context" << QJsonValue(QJsonObject{{"message_id", "wamid.1"}}) << "meta"
                                         << "";
        QTest::newRow("carousel with mixed headers")
            << "interactive.carousel"
            << "/interactive/action/cards/1/header"
            << QJsonValue(QJsonObject{{"type", "video"}, {"video", QJsonObject{{"link", "https://example.com/v.mp4"}}}})
            << "meta"
            << "/interactive/action/cards/1/header/type";
        QTest::newRow("carousel card with 3 line breaks")
            << "interactive.carousel"
            << "/interactive/action/cards/0/body/text" << QJsonValue("a\nb\nc\nd") << "meta"
            << "/interactive/action/cards/0/body/text";
        QTest::newRow("order total that adds up")
            << "interactive.order_details"
            << "/interactive/action/parameters/total_amount/value" << QJsonValue(60000) << "meta"
            << "";
        QTest::newRow("order subtotal that is not the items' sum")
            << "interactive.order_details"
            << "/interactive/action/parameters/order/subtotal/value" << QJsonValue(123456) << "meta"
            << "/interactive/action/parameters/order/subtotal";
        QTest::newRow("order total one paisa off")
            << "interactive.order_details"
            << "/interactive/action/parameters/total_amount/value" << QJsonValue(60001) << "meta"
            << "/interactive/action/parameters/total_amount";
        QTest::newRow("order currency USD") << "interactive.order_details"
                                            << "/interactive/action/parameters/currency" << QJsonValue("USD") << "meta"
                                            << "/interactive/action/parameters/currency";
        QTest::newRow("order offset 1000")
            << "interactive.order_details"
            << "/interactive/action/parameters/total_amount/offset" << QJsonValue(1000) << "meta"
            << "/interactive/action/parameters/total_amount/offset";
        QTest::newRow("order reference id with a space")
            << "interactive.order_details"
            << "/interactive/action/parameters/reference_id" << QJsonValue("order 4521") << "meta"
            << "/interactive/action/parameters/reference_id";
        QTest::newRow("order status delivered")
            << "interactive.order_status"
            << "/interactive/action/parameters/order/status" << QJsonValue("delivered") << "meta"
            << "/interactive/action/parameters/order/status";
        QTest::newRow("LTO URL button at index 0 with a copy code")
            << "template-limited-time-offer"
            << "/template/components/4/index" << QJsonValue(0) << "meta"
            << "/template/components/4/index";
        QTest::newRow("LTO URL button at index 0 without a copy code")
            << "template-limited-time-offer"
            << "/template/components/3" << QJsonValue(QJsonObject{{"type", "body"}}) << "meta"
            << "/template/components/4/index";
        QTest::newRow("flow with id and name")
            << "interactive.flow"
            << "/interactive/action/parameters/flow_name" << QJsonValue("booking") << "meta"
            << "/interactive/action/parameters";
        QTest::newRow("flow on Telnyx") << "interactive.flow"
                                        << "/interactive/type" << QJsonValue("flow") << "telnyx"
                                        << "/interactive/type";
        QTest::newRow("latitude 91 on Telnyx") << "location"
                                               << "/location/latitude" << QJsonValue("91") << "telnyx"
                                               << "/location/latitude";
        QTest::newRow("latitude 90 on Telnyx") << "location"
                                               << "/location/latitude" << QJsonValue("90") << "telnyx"
                                               << "";
        // Meta states no range, but no point on Earth is past it: an error everywhere.
        QTest::newRow("latitude 91 on Meta") << "location"
                                             << "/location/latitude" << QJsonValue("91") << "meta"
                                             << "/location/latitude";
        QTest::newRow("longitude -180.5 on Meta") << "location"
                                                  << "/location/longitude" << QJsonValue("-180.5") << "meta"
                                                  << "/location/longitude";
        // A reaction is one emoji, a flag, a skin tone or a ZWJ family counting as one; empty takes it back.
        QTest::newRow("two emoji in a reaction") << "reaction"
                                                 << "/reaction/emoji" << QJsonValue("👍👍") << "meta"
                                                 << "/reaction/emoji";
        QTest::newRow("a letter as a reaction") << "reaction"
                                                << "/reaction/emoji" << QJsonValue("a") << "meta"
                                                << "/reaction/emoji";
        QTest::newRow("a flag as a reaction") << "reaction"
                                              << "/reaction/emoji" << QJsonValue("🇮🇳") << "meta"
                                              << "";
        QTest::newRow("a skin tone in a reaction") << "reaction"
                                                   << "/reaction/emoji" << QJsonValue("👍🏽") << "meta"
                                                   << "";
        QTest::newRow("a ZWJ family in a reaction") << "reaction"
                                                    << "/reaction/emoji" << QJsonValue("👨‍👩‍👧") << "meta"
                                                    << "";
        QTest::newRow("a keycap as a reaction") << "reaction"
                                                << "/reaction/emoji" << QJsonValue("1️⃣") << "meta"
                                                << "";
        QTest::newRow("an empty reaction takes it back") << "reaction"
                                                         << "/reaction/emoji" << QJsonValue("") << "meta"
                                                         << "";
        // Where a provider states a stricter limit than Meta, its own applies through it.
        QTest::newRow("flow button text of 21 through Exotel")
            << "interactive.flow"
            << "/interactive/action/parameters/flow_cta" << QJsonValue(QString(21, u'a')) << "exotel"
            << "/interactive/action/parameters/flow_cta";
        QTest::newRow("flow button text of 21 through Meta")
            << "interactive.flow"
            << "/interactive/action/parameters/flow_cta" << QJsonValue(QString(21, u'a')) << "meta"
            << "";
        // A carousel is its body and its cards.
        QTest::newRow("a carousel with a header outside its cards")
            << "interactive.carousel"
            << "/interactive/header" << QJsonValue(QJsonObject{{"type", "text"}, {"text", "Our picks"}}) << "meta"
            << "/interactive/header";
        QTest::newRow("a carousel with a footer outside its cards")
            << "interactive.carousel"
            << "/interactive/footer" << QJsonValue(QJsonObject{{"text", "Thanks"}}) << "meta"
            << "/interactive/footer";
        // Links the provider fetches are absolute http(s) URLs with a host.
        QTest::newRow("a link without a scheme") << "image"
                                                 << "/image/link" << QJsonValue("www.example.com/x.jpg") << "meta"
                                                 << "/image/link";
        QTest::newRow("an ftp link") << "image"
                                     << "/image/link" << QJsonValue("ftp://example.com/x.jpg") << "meta"
                                     << "/image/link";
        QTest::newRow("a link without a host") << "document"
                                               << "/document/link" << QJsonValue("https:///x.pdf") << "meta"
                                               << "/document/link";
        QTest::newRow("a header link without a scheme")
            << "interactive.cta_url"
            << "/interactive/header"
            << QJsonValue(QJsonObject{{"type", "image"}, {"image", QJsonObject{{"link", "cdn.example.com/a.png"}}}})
            << "meta"
            << "/interactive/header/image/link";
        QTest::newRow("an http link") << "image"
                                      << "/image/link" << QJsonValue("http://example.com/x.jpg") << "meta"
                                      << "";
        QTest::newRow("latitude that is not a number") << "location"
                                                       << "/location/latitude" << QJsonValue("north") << "meta"
                                                       << "/location/latitude";
        QTest::newRow("unknown interactive type") << "interactive.button"
                                                  << "/interactive/type" << QJsonValue("poll") << "meta"
                                                  << "/interactive/type";
        QTest::newRow("unknown message type") << "text"
                                              << "/type" << QJsonValue("poll") << "meta"
                                              << "/type";
        QTest::newRow("missing body") << "text"
                                      << "/text/body" << QJsonValue() << "meta"
                                      << "/text";
        QTest::newRow("template button parameter of the wrong type")
            << "template"
            << "/template/components/2/parameters/0/type" << QJsonValue("text") << "meta"
            << "/template/components/2/parameters/0/type";
    }
    void rules()
    {
        QFETCH(QString, example);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, provider);
        QFETCH(QString, errorPointer);
        const QJsonObject message = with(exampleMessage(example), pointer, value);
        const Issues issues = validate(message, provider);
        if (errorPointer.isEmpty())
            QVERIFY2(IssueList::errorCount(issues) == 0, qPrintable(dump(issues)));
        else
            QVERIFY2(errorAt(issues, errorPointer), qPrintable(dump(issues)));
    }

    // An address request (Meta, Address messages): saved addresses have ids of their own, and a validation
    // error is sent back with the value it is about.
    void anAddressRequestKeepsItsAddressesApart()
    {
        const QJsonObject example = exampleMessage(QStringLiteral("interactive.address_message"));
        const QString parameters = QStringLiteral("/interactive/action/parameters");
        QJsonObject twice = with(example, parameters + QStringLiteral("/saved_addresses/1"),
                                 example.value(QStringLiteral("interactive"))
                                     .toObject()
                                     .value(QStringLiteral("action"))
                                     .toObject()
                                     .value(QStringLiteral("parameters"))
                                     .toObject()
                                     .value(QStringLiteral("saved_addresses"))
                                     .toArray()
                                     .first());
        const Issues duplicated = validate(twice);
        const Issue *issue = errorAt(duplicated, parameters + QStringLiteral("/saved_addresses/1/id"));
        QVERIFY2(issue && issue->message.contains(QStringLiteral("\"home\" is used twice")),
                 qPrintable(dump(duplicated)));

        const Issues orphan =
            validate(with(example, parameters + QStringLiteral("/validation_errors"),
                          QJsonObject{{QStringLiteral("city"), QStringLiteral("We do not deliver there")}}));
        QVERIFY2(std::any_of(orphan.cbegin(), orphan.cend(),
                             [&](const Issue &each) {
                                 return !each.isError() &&
                                        each.pointer == parameters + QStringLiteral("/validation_errors/city");
                             }),
                 qPrintable(dump(orphan)));
        const Issues answered =
            validate(with(with(example, parameters + QStringLiteral("/values/city"), QStringLiteral("Pune")),
                          parameters + QStringLiteral("/validation_errors"),
                          QJsonObject{{QStringLiteral("city"), QStringLiteral("We do not deliver there")}}));
        QVERIFY2(answered.isEmpty(), qPrintable(dump(answered)));
    }

    // A pattern checked by std::regex recursed once per character: a long reference id took the
    // process down. The length is what is wrong with it, said once, and the text is quoted by its start.
    void longTextsAgainstPatternsSayTheirLength()
    {
        for (const QString &kind :
             {QStringLiteral("interactive.order_details"), QStringLiteral("interactive.order_status")}) {
            const QString pointer = QStringLiteral("/interactive/action/parameters/reference_id");
            const Issues issues = validate(with(exampleMessage(kind), pointer, QString(200000, u'a')));
            const Issue *issue = errorAt(issues, pointer);
            QVERIFY2(issue, qPrintable(dump(issues)));
            QCOMPARE(issue->message, QStringLiteral("Reference id is 200000 characters; the limit is 60"));
            QCOMPARE(std::count_if(issues.cbegin(), issues.cend(),
                                   [&](const Issue &each) { return each.pointer == pointer; }),
                     1);

            const Issues wrongForm = validate(with(exampleMessage(kind), pointer, QStringLiteral("order 42")));
            QVERIFY2(errorAt(wrongForm, pointer), qPrintable(dump(wrongForm)));
            QCOMPARE(errorAt(wrongForm, pointer)->message,
                     QStringLiteral("Reference id \"order 42\" is not in the expected form (letters, digits, _ . -)"));
            QVERIFY(!errorAt(validate(with(exampleMessage(kind), pointer, QString(35, u'a'))), pointer));
        }
        const QString status = QStringLiteral("/interactive/action/parameters/order/status");
        const Issues issues =
            validate(with(exampleMessage(QStringLiteral("interactive.order_status")), status, QString(100000, u'x')));
        QVERIFY2(errorAt(issues, status), qPrintable(dump(issues)));
        QVERIFY2(errorAt(issues, status)->message.size() < 300, qPrintable(errorAt(issues, status)->message.left(300)));
        QVERIFY(errorAt(issues, status)->message.contains(QString(40, u'x') + u'\u2026'));
    }

    // valijson turned a number into a 64-bit integer with a plain cast: past its range, undefined behaviour.
    // Such a number is judged as a number past every bound, and quoted as it was written.
    void numbersPastEveryIntegerAreJudgedNotCast()
    {
        const QString tax = QStringLiteral("/interactive/action/parameters/order/tax/value");
        const QJsonObject order = with(exampleMessage(QStringLiteral("interactive.order_details")), tax, 1e113);
        const Issues issues = validate(order);
        QVERIFY2(errorAt(issues, QStringLiteral("/interactive/action/parameters/total_amount")),
                 qPrintable(dump(issues)));
        const Issues negative = validate(with(order, tax, -1e113));
        QVERIFY2(errorAt(negative, tax), qPrintable(dump(negative)));
        QVERIFY2(errorAt(negative, tax)->message.contains(QStringLiteral("-1e+113")), qPrintable(dump(negative)));
    }

    void everyPatternBoundsItsRepetitions()
    {
        static const QRegularExpression classes(QStringLiteral(R"(\[(?:\\.|[^\]])*\])"));
        static const QRegularExpression unbounded(QStringLiteral(R"((?<!\\)[+*]|\{\d+,\})"));
        int patterns = 0;
        std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &value,
                                                                            const QString &where) {
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i)
                    walk(array.at(i), where + u'/' + QString::number(i));
                return;
            }
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (it.key() == u"pattern" && it.value().isString()) {
                    ++patterns;
                    const QString outsideClasses = it.value().toString().remove(classes);
                    QVERIFY2(!outsideClasses.contains(unbounded), qPrintable(where + u": " + it.value().toString()));
                } else {
                    walk(it.value(), where + u'/' + it.key());
                }
            }
        };
        const QHash<QString, QJsonObject> &documents = SchemaRegistry::shared().documents();
        for (auto it = documents.cbegin(); it != documents.cend(); ++it)
            walk(it.value(), it.key());
        QVERIFY(patterns > 0);
    }

    void messagesNameTheLimitAndTheValue()
    {
        const QJsonObject list = with(exampleMessage(QStringLiteral("interactive.list")),
                                      QStringLiteral("/interactive/action/sections/0/rows/0/title"), QString(25, u'a'));
        const Issues issues = validate(list);
        const Issue *issue = errorAt(issues, QStringLiteral("/interactive/action/sections/0/rows/0/title"));
        QVERIFY(issue);
        QCOMPARE(issue->message, QStringLiteral("Row title is 25 characters; the limit is 24"));
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("warningPointer");
        QTest::newRow("GIF image") << "image"
                                   << "/image/link" << QJsonValue("https://example.com/a.GIF") << "/image/link";
        QTest::newRow("PNG image") << "image"
                                   << "/image/link" << QJsonValue("https://example.com/a.png?size=2") << "";
        QTest::newRow("link without extension") << "image"
                                                << "/image/link" << QJsonValue("https://example.com/media/42") << "";
        QTest::newRow("MOV header video")
            << "interactive.button"
            << "/interactive/header"
            << QJsonValue(QJsonObject{{"type", "video"}, {"video", QJsonObject{{"link", "https://e.com/v.mov"}}}})
            << "/interactive/header/video/link";
        QTest::newRow("PNG sticker") << "sticker"
                                     << "/sticker/link" << QJsonValue("https://example.com/s.png") << "/sticker/link";
        QTest::newRow("emoji in flow button") << "interactive.flow"
                                              << "/interactive/action/parameters/flow_cta" << QJsonValue("Book 📅")
                                              << "/interactive/action/parameters/flow_cta";
        QTest::newRow("flow button of 31 characters")
            << "interactive.flow"
            << "/interactive/action/parameters/flow_cta" << QJsonValue(QString(31, u'b'))
            << "/interactive/action/parameters/flow_cta";
        QTest::newRow("address without a name") << "location"
                                                << "/location/name" << QJsonValue() << "/location/address";
        QTest::newRow("numeric latitude") << "location"
                                          << "/location/latitude" << QJsonValue(12.97) << "/location/latitude";
        QTest::newRow("preview_url as text") << "text"
                                             << "/text/preview_url" << QJsonValue("false") << "/text/preview_url";
    }
    void warnings()
    {
        QFETCH(QString, example);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, warningPointer);
        const QJsonObject message = with(exampleMessage(example), pointer, value);
        const Issues issues = validate(message);
        QVERIFY2(IssueList::errorCount(issues) == 0, qPrintable(dump(issues)));
        if (warningPointer.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(dump(issues)));
            return;
        }
        const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const Issue &issue) {
            return !issue.isError() && issue.pointer == warningPointer;
        });
        QVERIFY2(found, qPrintable(dump(issues)));
    }

    void productCarousel()
    {
        QJsonArray cards;
        for (int i = 0; i < 2; ++i) {
            cards.append(QJsonObject{
                {QStringLiteral("card_index"), i},
                {QStringLiteral("type"), QStringLiteral("product")},
                {QStringLiteral("action"), QJsonObject{{QStringLiteral("catalog_id"), QStringLiteral("1")},
                                                       {QStringLiteral("product_retailer_id"), QString::number(i)}}}});
        }
        const QJsonObject message = with(exampleMessage(QStringLiteral("interactive.carousel")),
                                         QStringLiteral("/interactive/action/cards"), cards);
        QVERIFY2(validate(message).isEmpty(), qPrintable(dump(validate(message))));
        // A media card among product cards breaks "every card the same".
        QJsonArray mixed = cards;
        mixed[1] = JsonPointer::get(exampleMessage(QStringLiteral("interactive.carousel")),
                                    QStringLiteral("/interactive/action/cards/1"));
        const Issues issues = validate(with(message, QStringLiteral("/interactive/action/cards"), mixed));
        QVERIFY2(errorAt(issues, QStringLiteral("/interactive/action/cards/1/type")), qPrintable(dump(issues)));
    }

    void unknownFieldsAreWarningsAndKept()
    {
        const QJsonObject message =
            with(exampleMessage(QStringLiteral("image")), QStringLiteral("/image/captoin"), QStringLiteral("hi"));
        const Issues issues = validate(message);
        QCOMPARE(IssueList::errorCount(issues), 0);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().pointer, QStringLiteral("/image/captoin"));
        QVERIFY(issues.first().message.contains(QStringLiteral("\"captoin\" is not a field of Image")));
        // Free-form objects (flow data) take any key.
        const QJsonObject flow =
            with(exampleMessage(QStringLiteral("interactive.flow")),
                 QStringLiteral("/interactive/action/parameters/flow_action_payload/data/anything"), 1);
        QVERIFY2(validate(flow).isEmpty(), qPrintable(dump(validate(flow))));
    }

    void anErrorSupersedesWarningsAtItsField()
    {
        // A sticker caption is an error; the same field is not also reported as unknown.
        const Issues issues = validate(
            with(exampleMessage(QStringLiteral("sticker")), QStringLiteral("/sticker/caption"), QStringLiteral("x")));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().isError());
    }

    void phoneNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("severity"); // -1 none, 0 error, 1 warning
        QTest::newRow("valid Indian mobile") << "+919876543210" << -1;
        QTest::newRow("valid US number") << "+16502530000" << -1;
        QTest::newRow("without plus") << "919876543210" << 1;
        QTest::newRow("possible but unassigned range") << "+15551234567" << 1;
        QTest::newRow("too short") << "+9112" << 0;
        QTest::newRow("too long") << "+91987654321012345" << 0;
        QTest::newRow("letters") << "+91abc" << 0;
        QTest::newRow("empty") << "" << 0;
    }
    void phoneNumbers()
    {
        QFETCH(QString, number);
        QFETCH(int, severity);
        const std::optional<Issue> issue = PhoneNumbers::check(number, QStringLiteral("Recipient"));
        if (severity < 0) {
            QVERIFY2(!issue, qPrintable(issue ? issue->message : QString()));
            return;
        }
        QVERIFY(issue);
        QCOMPARE(int(issue->severity), severity);
    }

    void draftRecipientsAreChecked()
    {
        Draft draft;
        draft.provider = QStringLiteral("telnyx");
        draft.message = exampleMessage(QStringLiteral("text"));
        Issues issues = Validator::validateDraft(draft, Providers::find(draft.provider));
        QVERIFY(errorAt(issues, QStringLiteral("/recipients")));
        QVERIFY(errorAt(issues, QStringLiteral("/sender")));
        draft.sender = QStringLiteral("+16502530000");
        draft.recipients = {QStringLiteral("+919876543210"), QStringLiteral("+9112")};
        issues = Validator::validateDraft(draft, Providers::find(draft.provider));
        QVERIFY(!errorAt(issues, QStringLiteral("/recipients/0")));
        QVERIFY(errorAt(issues, QStringLiteral("/recipients/1")));
        QVERIFY(!errorAt(issues, QStringLiteral("/sender")));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
