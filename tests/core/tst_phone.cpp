// SPDX-License-Identifier: GPL-3.0-or-later
// The phone preview's layout: what is drawn where, read from its display list, for every example and the
// parts WhatsApp treats specially (formatting, cut texts, a list's sheet, cards, an order's total).
#include "message/jsondocument.h"
#include "message/kinds.h"
#include "phone/phonelayout.h"
#include "phone/phonemarkup.h"
#include "phone/phonepainter.h"
#include "templates/templatelibrary.h"
#include "testdata.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QtTest>

namespace {

QJsonObject example(const QString &name)
{
    return TestData::readObject(QStringLiteral(":/examples/") + name + QStringLiteral(".wabench.json"))
        .value(QStringLiteral("message"))
        .toObject();
}

PhoneScene layOut(const QJsonObject &message, bool dark = false)
{
    PhoneLayout::Options options;
    options.dark = dark;
    return PhoneLayout::build(message, options);
}

QString texts(const PhoneScene &scene)
{
    return scene.texts().join(u'|');
}

} // namespace

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    // With a cache, a change lays out again only the text it changed: every other text of the picture is the
    // very layout of the build before, and the picture is the one a build without a cache gives.
    void aKeystrokeLaysOutOnlyWhatChanged()
    {
        QJsonObject message = example(QStringLiteral("interactive.carousel"));
        PhoneLayout::Cache cache;
        PhoneLayout::Options options;
        options.cache = &cache;
        const PhoneScene before = PhoneLayout::build(message, options);
        QJsonObject interactive = message.value(QStringLiteral("interactive")).toObject();
        QJsonObject body = interactive.value(QStringLiteral("body")).toObject();
        body.insert(QStringLiteral("text"), QString(body.value(QStringLiteral("text")).toString() + u'!'));
        interactive.insert(QStringLiteral("body"), body);
        message.insert(QStringLiteral("interactive"), interactive);
        const PhoneScene after = PhoneLayout::build(message, options);

        QSet<const QTextLayout *> earlier;
        for (const PhoneItem &item : before.items) {
            if (item.layout)
                earlier.insert(item.layout.get());
        }
        QStringList laidOutAgain;
        int reused = 0;
        for (const PhoneItem &item : after.items) {
            if (!item.layout || item.role == u"title")
                continue;
            if (earlier.contains(item.layout.get()))
                ++reused;
            else
                laidOutAgain.append(item.pointer);
        }
        QCOMPARE(laidOutAgain, QStringList{QStringLiteral("/interactive/body/text")});
        QVERIFY2(reused >= 6, qPrintable(QString::number(reused))); // every card's body and buttons

        // The same picture as without a cache, to the pixel.
        PhoneLayout::Options uncached;
        QCOMPARE(PhonePainter::image(after), PhonePainter::image(PhoneLayout::build(message, uncached)));
        // What no picture showed since the one before is forgotten: the cache holds two pictures' texts at most.
        const qsizetype kept = cache.size();
        PhoneLayout::build(example(QStringLiteral("text")), options);
        PhoneLayout::build(example(QStringLiteral("text")), options);
        QVERIFY2(cache.size() < kept / 2, qPrintable(QStringLiteral("%1 -> %2").arg(kept).arg(cache.size())));
    }

    // Every example lays out in both themes, within the phone's width, with something said in a bubble, and
    // paints to the same pixels each time.
    void everyExampleIsDrawn_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : Kinds::examplePaths())
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }
    void everyExampleIsDrawn()
    {
        QFETCH(QString, path);
        const QJsonObject message = TestData::readObject(path).value(QStringLiteral("message")).toObject();
        for (const bool dark : {false, true}) {
            const PhoneScene scene = layOut(message, dark);
            QCOMPARE(scene.size.width(), PhoneTheme::DefaultWidth);
            QVERIFY(scene.size.height() > PhoneTheme::TitleBarHeight);
            QVERIFY2(scene.texts().size() >= 2, qPrintable(texts(scene))); // the chat's title, and the message
            const QImage once = PhonePainter::image(scene);
            const QImage again = PhonePainter::image(layOut(message, dark));
            QCOMPARE(once.size(), (scene.size * 2).toSize());
            QVERIFY(once == again);
            // A button's label is one line, cut if it must be.
            for (const PhoneItem *label : scene.withRole(QStringLiteral("button")))
                QVERIFY2(label->layout->lineCount() == 1, qPrintable(label->text));
        }
    }

    void formattingIsWhatsApps()
    {
        const PhoneTheme::Colours &colours = PhoneTheme::colours(false);
        const PhoneMarkup::Styled styled = PhoneMarkup::parse(
            QStringLiteral("*Bold* and _italic_, ~gone~, `code`, ```mono *kept*``` and 2*3*4 or snake_case_name\n"
                           "- one\n> quoted, see https://example.com/a."),
            colours, 15);
        QCOMPARE(styled.text, QStringLiteral("Bold and italic, gone, code, mono *kept* and 2*3*4 or snake_case_name\n"
                                             "• one\nquoted, see https://example.com/a."));
        const auto formatAt = [&](const QString &word) {
            const int at = int(styled.text.indexOf(word));
            for (const QTextLayout::FormatRange &range : styled.formats) {
                if (range.start <= at && at < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        QCOMPARE(formatAt(QStringLiteral("Bold")).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(QStringLiteral("italic")).fontItalic());
        QVERIFY(formatAt(QStringLiteral("gone")).fontStrikeOut());
        QCOMPARE(formatAt(QStringLiteral("code")).background().color(), colours.codeFill);
        QVERIFY(formatAt(QStringLiteral("*kept*")).fontFixedPitch() ||
                formatAt(QStringLiteral("*kept*"))
                    .fontFamilies()
                    .toStringList()
                    .contains(QStringLiteral("DejaVu Sans Mono")));
        QCOMPARE(formatAt(QStringLiteral("example.com")).foreground().color(), colours.link);
        QVERIFY(formatAt(QStringLiteral("snake")).fontWeight() != int(QFont::Bold));
        QCOMPARE(styled.quotes.size(), 1);
        QCOMPARE(styled.text.mid(styled.quotes.first().first, styled.quotes.first().second),
                 QStringLiteral("quoted, see https://example.com/a."));
    }

    // A list: its body in the bubble, its menu button under it, and the opened sheet with every row.
    void aListShowsItsMenuAndSheet()
    {
        const QJsonObject message = example(QStringLiteral("interactive.list"));
        const PhoneScene scene = layOut(message);
        const QJsonObject action =
            message.value(QStringLiteral("interactive")).toObject().value(QStringLiteral("action")).toObject();
        const QList<const PhoneItem *> buttons = scene.withRole(QStringLiteral("button"));
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons.first()->text, action.value(QStringLiteral("button")).toString());
        QStringList rows;
        for (const PhoneItem *row : scene.withRole(QStringLiteral("row")))
            rows << row->text;
        QStringList expected;
        const QJsonArray sections = action.value(QStringLiteral("sections")).toArray();
        for (const QJsonValue &section : sections) {
            const QJsonArray sectionRows = section.toObject().value(QStringLiteral("rows")).toArray();
            for (const QJsonValue &row : sectionRows)
                expected << row.toObject().value(QStringLiteral("title")).toString();
        }
        QCOMPARE(rows, expected);
        QCOMPARE(scene.withRole(QStringLiteral("radio")).size(), expected.size());
        // The sheet lies below the chat's bubble, and a click on a row is its title's field.
        const PhoneItem *bubble = scene.withRole(QStringLiteral("bubble")).constFirst();
        const PhoneItem *sheet = scene.withRole(QStringLiteral("sheet")).constFirst();
        QVERIFY(sheet->rect.top() > bubble->rect.bottom());
        const PhoneItem *firstRow = scene.withRole(QStringLiteral("row")).constFirst();
        QCOMPARE(scene.pointerAt(firstRow->rect.center()), QStringLiteral("/interactive/action/sections/0/rows/0"));
        QCOMPARE(scene.pointerAt(buttons.first()->rect.center()), QStringLiteral("/interactive/action/button"));
    }

    void replyButtonsAreUnderTheBubble()
    {
        QJsonObject message = example(QStringLiteral("interactive.button"));
        const PhoneScene scene = layOut(message);
        const QJsonArray replies = message.value(QStringLiteral("interactive"))
                                       .toObject()
                                       .value(QStringLiteral("action"))
                                       .toObject()
                                       .value(QStringLiteral("buttons"))
                                       .toArray();
        const QList<const PhoneItem *> buttons = scene.withRole(QStringLiteral("button"));
        QCOMPARE(buttons.size(), replies.size());
        const PhoneItem *body = scene.withRole(QStringLiteral("body")).constFirst();
        for (qsizetype i = 0; i < buttons.size(); ++i) {
            QCOMPARE(buttons.at(i)->text, replies.at(i)
                                              .toObject()
                                              .value(QStringLiteral("reply"))
                                              .toObject()
                                              .value(QStringLiteral("title"))
                                              .toString());
            QVERIFY(buttons.at(i)->rect.top() > body->rect.bottom());
            QVERIFY(!buttons.at(i)->cut);
        }
        // A title longer than the row is cut with an ellipsis and marked.
        QJsonObject interactive = message.value(QStringLiteral("interactive")).toObject();
        QJsonObject action = interactive.value(QStringLiteral("action")).toObject();
        QJsonArray list = action.value(QStringLiteral("buttons")).toArray();
        QJsonObject first = list.first().toObject();
        first.insert(QStringLiteral("reply"), QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                          {QStringLiteral("title"), QStringLiteral("W").repeated(60)}});
        list[0] = first;
        action.insert(QStringLiteral("buttons"), list);
        interactive.insert(QStringLiteral("action"), action);
        message.insert(QStringLiteral("interactive"), interactive);
        const PhoneScene cutScene = layOut(message);
        const PhoneItem *longOne = cutScene.withRole(QStringLiteral("button")).constFirst();
        QVERIFY(longOne->cut);
        QVERIFY(longOne->text.endsWith(QStringLiteral("…")));
    }

    void aCarouselShowsEveryCard()
    {
        const QJsonObject message = example(QStringLiteral("interactive.carousel"));
        const qsizetype cards = message.value(QStringLiteral("interactive"))
                                    .toObject()
                                    .value(QStringLiteral("action"))
                                    .toObject()
                                    .value(QStringLiteral("cards"))
                                    .toArray()
                                    .size();
        const PhoneScene scene = layOut(message);
        const QList<const PhoneItem *> drawn = scene.withRole(QStringLiteral("card"));
        QCOMPARE(drawn.size(), cards);
        // Side by side, the second peeking at the screen's edge.
        QCOMPARE(drawn.at(1)->rect.top(), drawn.at(0)->rect.top());
        QVERIFY(drawn.at(1)->rect.left() < scene.size.width() && drawn.at(1)->rect.right() > scene.size.width());
    }

    void anOrderShowsItsTotal()
    {
        const QJsonObject message = example(QStringLiteral("interactive.order_details"));
        const PhoneScene scene = layOut(message);
        const QList<const PhoneItem *> total = scene.withRole(QStringLiteral("order-total"));
        QCOMPARE(total.size(), 1);
        QVERIFY2(total.first()->text.startsWith(QStringLiteral("Total   ₹")), qPrintable(total.first()->text));
        QCOMPARE(scene.withRole(QStringLiteral("button")).constFirst()->text, QStringLiteral("Review and pay"));
        QVERIFY(!scene.withRole(QStringLiteral("order-item")).isEmpty());
    }

    // Without its definition, a template shows its parameters in order, marked as values.
    void aTemplateShowsItsValues()
    {
        const QJsonObject message = example(QStringLiteral("template-limited-time-offer"));
        const PhoneScene scene = layOut(message);
        QVERIFY2(texts(scene).contains(QStringLiteral("{{1}} Asha")), qPrintable(texts(scene)));
        QVERIFY(!scene.withRole(QStringLiteral("offer")).isEmpty());
        QStringList buttons;
        for (const PhoneItem *button : scene.withRole(QStringLiteral("button")))
            buttons << button->text;
        QCOMPARE(buttons, (QStringList{QStringLiteral("Copy code"), QStringLiteral("Link …/summer")}));
        // A flow button: the flow's token given by the send (its label is the template's).
        const PhoneScene flow = layOut(example(QStringLiteral("template-flow")));
        QCOMPARE(flow.withRole(QStringLiteral("button")).constFirst()->text, QStringLiteral("Flow (session-4521)"));
    }

    // A new line in a text starts a new line on the phone, short as the lines are.
    void newLinesBreakLines()
    {
        const QJsonObject message{
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("*Hi*\nthere")}}}};
        const PhoneScene scene = layOut(message);
        const QList<const PhoneItem *> body = scene.withRole(QStringLiteral("body"));
        QCOMPARE(body.size(), 1);
        QCOMPARE(body.first()->layout->lineCount(), 2);
        QCOMPARE(body.first()->text, QStringLiteral("Hi\nthere"));
    }

    // A paragraph takes its direction from its first letter that has one, as on the phone: Hebrew or Arabic
    // reads from the right, its "?" at the left of the word before it, its lines ending together at the right;
    // an English paragraph in the same message reads from the left, its "!" at the right end.
    void eachParagraphReadsInItsDirection()
    {
        const QString hebrew =
            QStringLiteral("מה שלומך היום? זוהי הודעה ארוכה יותר כדי לבדוק את היישור לימין של הפסקה כולה");
        const QString english = QStringLiteral("See you soon, thanks!");
        const QJsonObject message{
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString(hebrew + u'\n' + english)}}}};
        const PhoneScene scene = layOut(message);
        const QList<const PhoneItem *> body = scene.withRole(QStringLiteral("body"));
        QCOMPARE(body.size(), 2); // a run of paragraphs in each direction
        QCOMPARE(body.at(0)->text, hebrew);
        QCOMPARE(body.at(1)->text, english);
        QCOMPARE(body.at(1)->rect.top(), body.at(0)->rect.bottom()); // the next line down

        const QTextLayout &right = *body.at(0)->layout;
        QVERIFY(right.textOption().textDirection() == Qt::RightToLeft);
        QVERIFY(right.lineCount() >= 2);
        qreal widest = 0;
        for (int i = 0; i < right.lineCount(); ++i)
            widest = qMax(widest, right.lineAt(i).naturalTextWidth());
        for (int i = 0; i < right.lineCount(); ++i) {
            const QTextLine line = right.lineAt(i);
            QCOMPARE(line.x() + line.naturalTextWidth(), widest); // all ending together at the right
        }
        const QTextLine first = right.lineAt(0);
        const qsizetype question = hebrew.indexOf(u'?');
        QVERIFY(first.cursorToX(0) > first.cursorToX(question));            // the first word at the right
        QVERIFY(first.cursorToX(question) > first.cursorToX(question + 1)); // "?" at the left of "היום"

        const QTextLayout &left = *body.at(1)->layout;
        QVERIFY(left.textOption().textDirection() == Qt::LeftToRight);
        const QTextLine line = left.lineAt(0);
        QCOMPARE(line.x(), 0.0);
        QVERIFY(line.cursorToX(english.size() - 1) > line.cursorToX(0)); // "!" at the right end
    }

    // With its definition, a template message reads as the customer reads it: the definition's header, body,
    // footer and button labels with the send's values in place of the variables (named ones by name); an
    // authentication template's texts are Meta's; more than three buttons show two and "See all options".
    void aTemplateReadsAsItsDefinition()
    {
        TemplateLibrary library;
        QString problem;
        QVERIFY2(library.addPaths({TestData::path(QStringLiteral("templates/library.json"))}, &problem),
                 qPrintable(problem));
        const JsonParseResult sends =
            JsonDocument::readFile(TestData::path(QStringLiteral("templates/match_vectors.json")));
        QVERIFY(sends.ok());
        const auto send = [&sends](const QString &name) {
            const QJsonArray vectors = sends.document.array();
            for (const QJsonValue &vector : vectors) {
                if (vector.toObject().value(QStringLiteral("name")).toString() == name)
                    return vector.toObject().value(QStringLiteral("message")).toObject();
            }
            return QJsonObject();
        };
        PhoneLayout::Options options;
        options.templates = &library;
        const auto buttons = [](const PhoneScene &scene) {
            QStringList labels;
            for (const PhoneItem *button : scene.withRole(QStringLiteral("button")))
                labels << button->text;
            return labels;
        };

        PhoneScene scene = PhoneLayout::build(send(QStringLiteral("seasonal_promotion")), options);
        QCOMPARE(scene.withRole(QStringLiteral("header")).constFirst()->text, QStringLiteral("Our Summer Sale is on!"));
        QCOMPARE(
            scene.withRole(QStringLiteral("body")).constFirst()->text,
            QStringLiteral("Shop now through the end of August and use code 25OFF to get 25% off of all merchandise."));
        QCOMPARE(scene.withRole(QStringLiteral("footer")).constFirst()->text,
                 QStringLiteral("Use the buttons below to manage your marketing subscriptions"));
        QCOMPARE(buttons(scene),
                 (QStringList{QStringLiteral("Unsubscribe from Promos"), QStringLiteral("Unsubscribe from All")}));
        // The body is where the send's body values are: a click on it selects them.
        QCOMPARE(scene.withRole(QStringLiteral("body")).constFirst()->pointer,
                 QStringLiteral("/template/components/1"));

        scene = PhoneLayout::build(send(QStringLiteral("named")), options);
        QCOMPARE(scene.withRole(QStringLiteral("body")).constFirst()->text,
                 QStringLiteral("Thank you, Jessica! Your order number is SKBUP2-4CPIG9."));

        scene = PhoneLayout::build(send(QStringLiteral("authentication")), options);
        QCOMPARE(scene.withRole(QStringLiteral("body")).constFirst()->text,
                 QStringLiteral("J$FpnYnP is your verification code. For your security, do not share this code."));
        QCOMPARE(scene.withRole(QStringLiteral("footer")).constFirst()->text,
                 QStringLiteral("This code expires in 10 minutes."));
        QCOMPARE(buttons(scene), QStringList{QStringLiteral("Copy Code")});

        scene = PhoneLayout::build(send(QStringLiteral("limited_time_offer")), options);
        QCOMPARE(scene.withRole(QStringLiteral("offer-text")).constFirst()->text, QStringLiteral("Expiring offer!"));
        QVERIFY(!scene.withRole(QStringLiteral("offer")).isEmpty());
        QCOMPARE(buttons(scene), (QStringList{QStringLiteral("Copy code"), QStringLiteral("Book now!")}));

        scene = PhoneLayout::build(send(QStringLiteral("carousel")), options);
        QCOMPARE(scene.cards, qsizetype(3));
        QCOMPARE(scene.withRole(QStringLiteral("card")).size(), 3);

        // Four buttons: two, and "See all options".
        QJsonObject four = *library.find(QStringLiteral("seasonal_promotion"), QStringLiteral("en_US"));
        QJsonArray components = four.value(QStringLiteral("components")).toArray();
        QJsonObject buttonsComponent = components.at(3).toObject();
        QJsonArray list = buttonsComponent.value(QStringLiteral("buttons")).toArray();
        list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("URL")},
                                {QStringLiteral("text"), QStringLiteral("Shop")},
                                {QStringLiteral("url"), QStringLiteral("https://example.com")}});
        list.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("PHONE_NUMBER")},
                                {QStringLiteral("text"), QStringLiteral("Call")},
                                {QStringLiteral("phone_number"), QStringLiteral("+15550051310")}});
        buttonsComponent.insert(QStringLiteral("buttons"), list);
        components.replace(3, buttonsComponent);
        four.insert(QStringLiteral("components"), components);
        library.add(four);
        scene = PhoneLayout::build(send(QStringLiteral("seasonal_promotion")), options);
        QCOMPARE(buttons(scene),
                 (QStringList{QStringLiteral("Unsubscribe from Promos"), QStringLiteral("Unsubscribe from All"),
                              QStringLiteral("See all options")}));

        // Not held: its values in order, as before.
        PhoneLayout::Options without;
        QVERIFY(texts(PhoneLayout::build(send(QStringLiteral("seasonal_promotion")), without))
                    .contains(QStringLiteral("{{1}} the end of August")));
    }

    // An offer's timer counts from the clock it is given: days, then hours and minutes, red in the last hour,
    // then expired; without a clock (render --png) only the time it ends is shown, the same at every run.
    void anOffersTimerCountsDown()
    {
        const QJsonObject message = example(QStringLiteral("template-limited-time-offer"));
        const QDateTime ends = QDateTime::fromMSecsSinceEpoch(1893456000000, Qt::UTC);
        const auto timer = [&message](const QDateTime &now) -> std::pair<QString, QColor> {
            PhoneLayout::Options options;
            options.now = now;
            const PhoneScene scene = PhoneLayout::build(message, options);
            const QList<const PhoneItem *> items = scene.withRole(QStringLiteral("offer-timer"));
            if (items.isEmpty())
                return {};
            return {items.first()->text, items.first()->colour};
        };
        const PhoneTheme::Colours &colours = PhoneTheme::colours(false);
        QCOMPARE(timer({}).first, QString());
        QCOMPARE(timer(ends.addDays(-3).addSecs(-90)).first, QStringLiteral("Ends in 3 days"));
        QCOMPARE(timer(ends.addSecs(-(5 * 3600 + 12 * 60))).first, QStringLiteral("Ends in 5 h 12 min"));
        QVERIFY(timer(ends.addSecs(-(5 * 3600))).second != colours.fault);
        const auto lastHour = timer(ends.addSecs(-(25 * 60)));
        QCOMPARE(lastHour.first, QStringLiteral("Ends in 25 min"));
        QCOMPARE(lastHour.second, colours.fault);
        QCOMPARE(timer(ends.addSecs(1)).first, QStringLiteral("Offer expired"));
    }

    // A very long text is folded behind "Read more"; a field with an error is outlined.
    void longTextsFoldAndFaultsShow()
    {
        QJsonObject message{
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("word ").repeated(1000)}}}};
        PhoneLayout::Options options;
        options.faulty = {QStringLiteral("/text/body")};
        const PhoneScene scene = PhoneLayout::build(message, options);
        const PhoneItem *body = scene.withRole(QStringLiteral("body")).constFirst();
        QVERIFY(body->cut);
        QVERIFY(body->text.size() < 3600);
        QCOMPARE(scene.withRole(QStringLiteral("read-more")).size(), 1);
        QList<const PhoneItem *> faults = scene.withRole(QStringLiteral("fault"));
        QCOMPARE(faults.size(), 1);
        QCOMPARE(faults.first()->pointer, QStringLiteral("/text/body"));
        // A short one is whole.
        message.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello")}});
        QVERIFY(!layOut(message).withRole(QStringLiteral("body")).constFirst()->cut);
    }

    // Media is shown by name while it is not fetched; a video has its play mark; a sticker has no bubble.
    void mediaShowsWhatItIs()
    {
        const PhoneScene image = layOut(example(QStringLiteral("image")));
        QCOMPARE(image.withRole(QStringLiteral("media")).constFirst()->kind, PhoneItem::Kind::Placeholder);
        const PhoneScene video = layOut(example(QStringLiteral("video")));
        QCOMPARE(video.withRole(QStringLiteral("play-mark")).size(), 1);
        const PhoneScene sticker = layOut(example(QStringLiteral("sticker")));
        QVERIFY(sticker.withRole(QStringLiteral("bubble")).isEmpty());
        const PhoneScene document = layOut(example(QStringLiteral("document")));
        QVERIFY(!document.withRole(QStringLiteral("media-name")).isEmpty());
        QVERIFY(!document.withRole(QStringLiteral("media-type")).isEmpty());
    }
};

QTEST_MAIN(TestPhone)
#include "tst_phone.moc"
