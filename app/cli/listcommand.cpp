// SPDX-License-Identifier: GPL-3.0-or-later
// `wabench send --csv LIST DRAFT`: the draft sent to every row of a list, as one campaign.
#include "common.h"
#include "lists/recipientlist.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "transport/sender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>

#include <unistd.h>

namespace Cli {

namespace {

struct ListText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The list's findings, as "LIST:LINE: error: row N (recipient): problem" lines; repeated recipients as
// warnings.
void printFindings(const QString &list, const RecipientList::Check &check, Streams streams)
{
    const QString name = QFileInfo(list).fileName();
    for (const RecipientList::Finding &finding : check.findings) {
        const QString where = ListText::tr("%1:%2: ").arg(name).arg(finding.line);
        const QString row = finding.recipient.isEmpty()
                                ? ListText::tr("row %1").arg(finding.row)
                                : ListText::tr("row %1 (%2)").arg(finding.row).arg(finding.recipient);
        for (const QString &problem : finding.problems)
            streams.err << where << "error: " << row << ": " << problem << '\n';
        if (!finding.duplicateOf.isEmpty())
            streams.err << where << "warning: " << row << ": "
                        << ListText::tr("the same recipient as %1").arg(finding.duplicateOf) << '\n';
    }
    if (check.findingsLeftOut > 0)
        streams.err << ListText::tr("%1: %n more row(s) with findings", nullptr, int(check.findingsLeftOut)).arg(name)
                    << '\n';
    streams.err.flush();
}

} // namespace

int sendList(const ListSend &send, QSettings *settings, Streams streams)
{
    const Provider *provider = Providers::find(send.profile.provider);
    double rate = 0; // the provider's default
    if (!send.rate.isEmpty()) {
        bool ok = false;
        rate = send.rate.toDouble(&ok);
        if (!ok || rate < 0) {
            streams.err << ListText::tr("wabench send: --rate is a number of messages a second (0: no limit)")
                        << Qt::endl;
            return InputError;
        }
        if (rate == 0)
            rate = Workbench::unlimitedRate();
    }
    Draft draft = send.draft;
    draft.provider = provider->id();
    draft.account = send.profile.id;
    if (draft.sender.isEmpty())
        draft.sender = send.profile.defaultSender;
    if (const QString reason = provider->unsupportedReason(draft.message); !reason.isEmpty()) {
        streams.err << send.draftFile << ": error: " << reason << Qt::endl;
        return InputError;
    }

    const std::unique_ptr<Workbench> workbench = session(settings, send.profile, QStringLiteral("send"), streams);
    if (!workbench->historyOpen()) {
        streams.err << "wabench send: " << workbench->historyError() << Qt::endl;
        return InputError;
    }
    // Every row is checked before anything is sent.
    RecipientList list;
    QString error;
    if (!list.open(send.list, draft, &error)) {
        streams.err << "wabench send: " << error << Qt::endl;
        return InputError;
    }
    const RecipientList::Check check = list.check(provider, &workbench->templates());
    printFindings(send.list, check, streams);
    if (!check.error.isEmpty()) {
        streams.err << ListText::tr("wabench send: nothing was sent: %1").arg(check.error) << Qt::endl;
        return InputError;
    }
    if (!check.invalid.isEmpty() && !send.skipInvalid) {
        streams.err << ListText::tr("wabench send: nothing was sent: %n row(s) have errors (--skip-invalid sends "
                                    "the others)",
                                    nullptr, int(check.invalid.size()))
                    << Qt::endl;
        return InputError;
    }

    CampaignRun::Options options;
    options.campaign = send.campaign;
    if (options.campaign.isEmpty()) {
        options.campaign = QFileInfo(send.list).completeBaseName() + u'-' +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        streams.out << "campaign\t" << options.campaign << Qt::endl;
    } else if (workbench->history()->campaign(options.campaign)) {
        streams.err << ListText::tr("wabench send: campaign \"%1\" resumed: rows already sent are not sent again")
                           .arg(options.campaign)
                    << Qt::endl;
    }
    options.list = send.list;
    options.rate = rate;
    options.skip = check.invalid;
    options.total = check.rows;

    int status = Ok;
    const bool terminal = isatty(STDERR_FILENO) == 1;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(workbench.get(), &Workbench::campaignRowFinished, workbench.get(),
                     [&](qint64, const QString &, const SendOutcome &outcome) {
                         if (terminal)
                             streams.err << "\r\033[K" << Qt::flush;
                         status = std::max(status, printOutcome(outcome, streams));
                     });
    QObject::connect(workbench.get(), &Workbench::campaignRowDeferred, workbench.get(),
                     [&](qint64 row, const QString &recipient, qint64 afterMs, const QString &reason) {
                         const QString when =
                             afterMs < 0
                                 ? ListText::tr("left queued for a run again of the campaign")
                                 : ListText::tr("sent again in %1").arg(CampaignRun::duration((afterMs + 999) / 1000));
                         streams.err << (terminal ? "\r\033[K" : "")
                                     << ListText::tr("wabench send: row %1 (%2) refused for rate (%3); %4")
                                            .arg(row)
                                            .arg(recipient, reason, when)
                                     << Qt::endl;
                     });
    if (terminal) {
        // A progress line on a terminal: rows done, the pace reached, the time left.
        QObject::connect(workbench.get(), &Workbench::campaignProgress, workbench.get(),
                         [&](qint64 done, qint64 total) {
                             const double seconds = std::max<qint64>(clock.elapsed(), 1) / 1000.0;
                             const double pace = done / seconds;
                             streams.err << "\r\033[K"
                                         << ListText::tr("%1 of %2 rows, %3 a second, %4 left")
                                                .arg(done)
                                                .arg(total)
                                                .arg(pace, 0, 'f', 1)
                                                .arg(pace > 0 ? CampaignRun::duration(qint64((total - done) / pace))
                                                              : QStringLiteral("?"))
                                         << Qt::flush;
                         });
    }
    QString ended;
    CampaignRun::Counts counts;
    bool started = false;
    waitFor([&](std::function<void()> done) {
        QObject::connect(
            workbench.get(), &Workbench::campaignFinished, workbench.get(),
            [&, done](const QString &why, const CampaignRun::Counts &finalCounts) {
                ended = why;
                counts = finalCounts;
                done();
            },
            Qt::SingleShotConnection);
        started = workbench->sendToList(draft, options, &ended);
        if (!started)
            done();
    });
    if (terminal)
        streams.err << "\r\033[K";
    streams.err << "wabench send: " << counts.summary(options.campaign);
    streams.err << Qt::endl;
    if (!ended.isEmpty()) {
        streams.err << "wabench send: " << ended << Qt::endl;
        return started && counts.done() > 0 ? std::max(status, int(Unknown)) : InputError;
    }
    return status;
}

} // namespace Cli
