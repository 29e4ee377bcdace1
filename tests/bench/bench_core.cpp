// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks, not tests: validating and rendering the largest messages. Prints the figures;
// `make bench` runs it. Each case builds its message at the documented maximum.
#include "message/jsonpointer.h"
#include "message/phonenumbers.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include "largeinputs.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QJsonObject example(const QString &name)
{
    QString error;
    const std::optional<Draft> draft =
        DraftFile::load(QStringLiteral(":/examples/") + name + QStringLiteral(".wabench.json"), &error);
    if (!draft)
        qFatal("%s", qPrintable(error));
    return draft->message;
}

// A list at every limit: 10 sections, 10 rows in all, every text at its maximum length.
QJsonObject largestList()
{
    QJsonObject message = example(QStringLiteral("interactive.list"));
    QJsonArray sections;
    for (int s = 0; s < 10; ++s) {
        const QJsonObject row{{QStringLiteral("id"), QString(QString(200 - 1, u'i') + QString::number(s))},
                              {QStringLiteral("title"), QString(24, u't')},
                              {QStringLiteral("description"), QString(72, u'd')}};
        sections.append(QJsonObject{{QStringLiteral("title"), QString(QString(23, u's') + QString::number(s))},
                                    {QStringLiteral("rows"), QJsonArray{row}}});
    }
    QJsonValue root(message);
    JsonPointer::set(root, QStringLiteral("/interactive/action/sections"), sections);
    JsonPointer::set(root, QStringLiteral("/interactive/body/text"), QString(4096, u'b'));
    return root.toObject();
}

QJsonObject largestCarousel()
{
    QJsonObject message = example(QStringLiteral("interactive.carousel"));
    const QJsonObject first = message.value(QStringLiteral("interactive"))
                                  .toObject()
                                  .value(QStringLiteral("action"))
                                  .toObject()
                                  .value(QStringLiteral("cards"))
                                  .toArray()
                                  .first()
                                  .toObject();
    QJsonArray cards;
    for (int i = 0; i < 10; ++i) {
        QJsonObject card = first;
        card.insert(QStringLiteral("card_index"), i);
        card.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QString(160, u'c')}});
        cards.append(card);
    }
    QJsonValue root(message);
    JsonPointer::set(root, QStringLiteral("/interactive/action/cards"), cards);
    return root.toObject();
}

Draft batchDraft()
{
    Draft draft;
    draft.provider = QStringLiteral("exotel");
    draft.sender = QStringLiteral("+919876500001");
    draft.message = example(QStringLiteral("text"));
    for (int i = 0; i < 100; ++i)
        draft.recipients.append(QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0')));
    return draft;
}

} // namespace

class BenchCore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Compile the schemas once, as the app does at its first validation.
        for (const char *kind : {"interactive.list", "interactive.carousel", "text"})
            Validator::validateMessage(example(QLatin1String(kind)));
    }

    void validateList()
    {
        const QJsonObject message = largestList();
        QCOMPARE(IssueList::errorCount(Validator::validateMessage(message)), 0);
        QBENCHMARK
        {
            Validator::validateMessage(message, Providers::find(QStringLiteral("meta")));
        }
    }

    void validateCarousel()
    {
        const QJsonObject message = largestCarousel();
        QCOMPARE(IssueList::errorCount(Validator::validateMessage(message)), 0);
        QBENCHMARK
        {
            Validator::validateMessage(message, Providers::find(QStringLiteral("meta")));
        }
    }

    void validateExotelBatch()
    {
        const Draft draft = batchDraft();
        const Provider *exotel = Providers::find(QStringLiteral("exotel"));
        QBENCHMARK
        {
            Validator::validateDraft(draft, exotel);
        }
    }

    void validateExotelBatchFirstTime()
    {
        const Draft draft = batchDraft();
        const Provider *exotel = Providers::find(QStringLiteral("exotel"));
        QBENCHMARK
        {
            PhoneNumbers::clearCache();
            Validator::validateDraft(draft, exotel);
        }
    }

    void renderList()
    {
        Draft draft = batchDraft();
        draft.provider = QStringLiteral("meta");
        draft.recipients = draft.recipients.mid(0, 1);
        draft.message = largestList();
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        QBENCHMARK
        {
            meta->build(draft, Account{});
        }
    }

    void renderExotelBatch()
    {
        const Draft draft = batchDraft();
        const Provider *exotel = Providers::find(QStringLiteral("exotel"));
        QCOMPARE(exotel->build(draft, Account{}).size(), 1);
        QBENCHMARK
        {
            exotel->build(draft, Account{});
        }
    }

    // validate and explain at the sizes that once took 7-15 s: a 16,000-digit `to`, a 1,000,000-character
    // body, 100,000 buttons, cards, rows or messages; each beside its eighth, as a ratio.
    void largeInputs()
    {
        QTemporaryDir dir;
        const QList<std::pair<QString, qsizetype>> sizes = {
            {QStringLiteral("to"), 16000},     {QStringLiteral("body"), 1000000}, {QStringLiteral("buttons"), 100000},
            {QStringLiteral("cards"), 100000}, {QStringLiteral("rows"), 100000},  {QStringLiteral("messages"), 100000}};
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("explain")}) {
            for (const auto &[family, size] : sizes) {
                const double eighth = LargeInputs::time(command, LargeInputs::write(dir.path(), family, size / 8), 1);
                const double full = LargeInputs::time(command, LargeInputs::write(dir.path(), family, size), 1);
                qInfo("%s %-8s %7lld: %7.1f ms (%.1fx the time of an eighth)", qPrintable(command), qPrintable(family),
                      qlonglong(size), full, full / qMax(eighth, 0.001));
            }
        }
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
