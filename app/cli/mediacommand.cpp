// SPDX-License-Identifier: GPL-3.0-or-later
// wabench media upload|save: media from files, and a media id's file, through the same session as the
// window's (its accounts, its secrets, the Sandbox for the Sandbox account).
#include "accounts/accountstore.h"
#include "common.h"
#include "media/mediafiles.h"
#include "providers/registry.h"
#include "session/workbench.h"

#include <QCoreApplication>

namespace Cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int media(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption accountOption({QStringLiteral("a"), QStringLiteral("account")},
                                           CliText::tr("The account (name or id; see 'wabench accounts list')."),
                                           QStringLiteral("A"));
    const QCommandLineOption typeOption(
        QStringLiteral("type"), CliText::tr("upload: what the file is for: image, video, audio, document or sticker."),
        QStringLiteral("T"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        CliText::tr("upload: the business number, instead of the account's."),
                                        QStringLiteral("S"));
    parser.addOptions({accountOption, typeOption, fromOption});
    parser.addPositionalArgument(QStringLiteral("ACTION"), CliText::tr("upload FILE, or save MEDIA_ID OUTPUT"));
    if (const int done =
            parse(parser, QStringLiteral("media"),
                  CliText::tr("upload: checks FILE against WhatsApp's media types and sizes, uploads it through the "
                              "account's\nprovider (Meta, Kaleyra, the Sandbox) and prints its media id.\n"
                              "save: saves the file of MEDIA_ID (a customer's, or one uploaded) to OUTPUT.\n"
                              "Exit status: 0 done, 1 refused or failed, 2 bad input."),
                  arguments, streams);
        done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (!((action == u"upload" && positional.size() == 2) || (action == u"save" && positional.size() == 3))) {
        streams.err << CliText::tr("wabench media: say 'upload FILE' or 'save MEDIA_ID OUTPUT'") << Qt::endl;
        return InputError;
    }
    if (!parser.isSet(accountOption)) {
        streams.err << CliText::tr("wabench media: name the account with --account") << Qt::endl;
        return InputError;
    }
    const std::unique_ptr<QSettings> settings = openSettings();
    const std::optional<AccountProfile> profile =
        CommandAccounts(settings.get()).store()->findByName(parser.value(accountOption));
    if (!profile) {
        streams.err << CliText::tr("wabench media: no account \"%1\"").arg(parser.value(accountOption)) << Qt::endl;
        return InputError;
    }

    if (action == u"upload") {
        const QString type = parser.value(typeOption);
        if (!MediaFiles::limitsFor(type)) {
            streams.err << CliText::tr("wabench media: --type is image, video, audio, document or sticker") << Qt::endl;
            return InputError;
        }
        // Checked before any session starts: a file that cannot go is bad input.
        const MediaFiles::Checked file = MediaFiles::check(positional.at(1), type);
        if (!file.ok()) {
            streams.err << "wabench media: " << file.problem << Qt::endl;
            return InputError;
        }
        const std::unique_ptr<Workbench> workbench =
            session(settings.get(), *profile, QStringLiteral("media"), streams);
        Draft draft;
        draft.provider = profile->provider;
        draft.account = profile->id;
        draft.sender = parser.isSet(fromOption) ? parser.value(fromOption) : profile->defaultSender;
        int status = Failure;
        QString why;
        waitFor([&](const std::function<void()> &done) {
            QObject::connect(workbench.get(), &Workbench::mediaUploaded, workbench.get(),
                             [&, done](bool ok, const QString &mediaId, const QString &summary) {
                                 if (ok) {
                                     streams.out << mediaId << Qt::endl;
                                     status = Ok;
                                 } else {
                                     streams.err << "wabench media: " << summary << Qt::endl;
                                 }
                                 done();
                             });
            if (!workbench->uploadMedia(draft, file.path, type, &why)) {
                streams.err << "wabench media: " << why << Qt::endl;
                done();
            }
        });
        return status;
    }

    const std::unique_ptr<Workbench> workbench = session(settings.get(), *profile, QStringLiteral("media"), streams);
    int status = Failure;
    QString why;
    waitFor([&](const std::function<void()> &done) {
        QObject::connect(
            workbench.get(), &Workbench::mediaDownloaded, workbench.get(), [&, done](bool ok, const QString &summary) {
                (ok ? streams.out : streams.err) << (ok ? summary : "wabench media: " + summary) << Qt::endl;
                status = ok ? Ok : Failure;
                done();
            });
        if (!workbench->downloadMedia(profile->provider, profile->defaultSender, positional.at(1), positional.at(2),
                                      &why)) {
            streams.err << "wabench media: " << why << Qt::endl;
            done();
        }
    });
    return status;
}

} // namespace Cli
