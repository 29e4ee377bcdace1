// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "message/validator.h"
#include "phone/phoneimages.h"
#include "phone/phonelayout.h"
#include "phone/phonepainter.h"
#include "providers/codeexport.h"
#include "providers/payload.h"
#include "providers/registry.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QGuiApplication>
#include <QNetworkAccessManager>

namespace Cli {

namespace {

// `render --png`: the first message of the file, drawn offscreen as the customer's phone shows it, with its
// faulty fields outlined; the same renderer as the window's Phone tab.
struct PictureOptions
{
    QString out;
    bool dark = false;
    QString width;
    bool fetchMedia = false;
    const TemplateLibrary *templates = nullptr;
};

int picture(const Payload::Requests &requests, const PictureOptions &picture, Streams streams)
{
    // Text is laid out with fonts, which only a QGuiApplication has (main makes one for render --png).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        streams.err << QCoreApplication::translate("Cli", "wabench render: --png needs a graphical application")
                    << Qt::endl;
        return Failure;
    }
    bool ok = true;
    const int phoneWidth = picture.width.isEmpty() ? int(PhoneTheme::DefaultWidth) : picture.width.toInt(&ok);
    if (!ok || phoneWidth < PhoneTheme::NarrowestWidth || phoneWidth > PhoneTheme::WidestWidth) {
        streams.err << QCoreApplication::translate("Cli",
                                                   "wabench render: --width is a number of pixels from 280 to 600")
                    << Qt::endl;
        return InputError;
    }
    const QList<Draft> drafts = Payload::drafts(requests);
    if (drafts.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "wabench render: no message to draw") << Qt::endl;
        return InputError;
    }
    const QJsonObject &message = drafts.constFirst().message;
    PhoneLayout::Options options;
    options.dark = picture.dark;
    options.width = phoneWidth;
    options.templates = picture.templates;
    for (const Issue &issue : Validator::validateMessage(message, requests.provider)) {
        if (issue.isError())
            options.faulty.insert(issue.pointer);
    }
    // --fetch-media: the pictures the message links to, fetched as the Phone tab fetches them (each once,
    // with its size cap and the timeout), before drawing; without it, each shows as its placeholder.
    QNetworkAccessManager network;
    PhoneImages images(&network);
    if (picture.fetchMedia) {
        PhoneImages::Limits limits;
        limits.pauseMs = 0;
        images.setLimits(limits);
        options.image = [&images](const QString &link, QString *why) { return images.image(link, why); };
        PhoneLayout::build(message, options); // asks for every link it shows
        QEventLoop loop;
        QObject::connect(&images, &PhoneImages::fetched, &loop, [&images, &loop] {
            if (!images.busy())
                loop.quit();
        });
        if (images.busy())
            loop.exec();
    }
    const QImage image = PhonePainter::image(PhoneLayout::build(message, options));
    if (!image.save(picture.out, "PNG")) {
        streams.err << QCoreApplication::translate("Cli", "wabench render: cannot write \"%1\"").arg(picture.out)
                    << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace

int render(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption provider(
        {QStringLiteral("p"), QStringLiteral("provider")},
        QCoreApplication::translate("Cli", "Render for provider P (default: the draft's, or the body's own)."),
        QStringLiteral("P"));
    const QCommandLineOption code({QStringLiteral("c"), QStringLiteral("code")},
                                  QCoreApplication::translate("Cli", "Print code instead: curl, python or node."),
                                  QStringLiteral("C"));
    const QCommandLineOption png(
        QStringLiteral("png"),
        QCoreApplication::translate("Cli", "Draw the message as the customer's phone shows it, to the PNG file OUT."),
        QStringLiteral("OUT"));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QCoreApplication::translate("Cli", "With --png: WhatsApp's dark theme."));
    const QCommandLineOption width(
        QStringLiteral("width"), QCoreApplication::translate("Cli", "With --png: the phone's width, 280 to 600 (360)."),
        QStringLiteral("PX"));
    const QCommandLineOption fetchMedia(
        QStringLiteral("fetch-media"),
        QCoreApplication::translate("Cli", "With --png: fetch the pictures the message links to (http and https "
                                           "links only; 5 MB and 10 seconds each at most)."));
    parser.addOption(provider);
    parser.addOption(code);
    parser.addOption(png);
    parser.addOption(dark);
    parser.addOption(width);
    parser.addOption(fetchMedia);
    const QCommandLineOption templates(
        QStringLiteral("templates"),
        QCoreApplication::translate("Cli", "With --png: template definitions (a file or a folder of them); a template "
                                           "message is drawn with its definition's texts."),
        QStringLiteral("FILE_OR_DIR"));
    parser.addOption(templates);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cli", "A draft or request body; - reads standard input."));
    if (const int done =
            parse(parser, QStringLiteral("render"),
                  QCoreApplication::translate(
                      "Cli", "Prints the full HTTP request(s) a send would make, with secrets masked.\n"
                             "Account settings that are not known show as placeholders (PHONE_NUMBER_ID)."),
                  arguments, streams);
        done >= 0)
        return done;
    const QString language = parser.value(code);
    if (!language.isEmpty() && language != u"curl" && language != u"python" && language != u"node") {
        streams.err << QCoreApplication::translate("Cli", "wabench render: --code is curl, python or node") << Qt::endl;
        return InputError;
    }
    const std::optional<QString> file = singleFile(parser, QStringLiteral("render"), streams);
    if (!file)
        return InputError;
    // The body is read as what it is; --provider says what to render it as.
    const std::optional<Payload::Requests> requests = readRequests(*file, QString(), streams);
    if (!requests)
        return InputError;
    if (parser.isSet(png)) {
        PictureOptions options;
        options.out = parser.value(png);
        options.dark = parser.isSet(dark);
        options.width = parser.value(width);
        options.fetchMedia = parser.isSet(fetchMedia);
        TemplateLibrary library;
        if (QString problem; !library.addPaths(parser.values(templates), &problem)) {
            streams.err << QStringLiteral("wabench render: ") << problem << Qt::endl;
            return InputError;
        }
        options.templates = &library;
        return picture(*requests, options, streams);
    }
    const Provider *target = parser.isSet(provider) ? Providers::find(parser.value(provider)) : requests->provider;
    if (!target) {
        streams.err
            << QCoreApplication::translate("Cli", "wabench render: unknown provider \"%1\"").arg(parser.value(provider))
            << Qt::endl;
        return InputError;
    }
    Account account;
    account.provider = target->id();
    bool first = true;
    for (const Draft &draft : Payload::drafts(*requests)) {
        if (const QString reason = target->unsupportedReason(draft.message); !reason.isEmpty()) {
            streams.err << *file << ": error: " << reason << Qt::endl;
            return Failure;
        }
        for (const HttpRequest &request : target->build(Payload::addressed(draft), account)) {
            if (!first)
                streams.out << "\n";
            first = false;
            if (language == u"curl")
                streams.out << CodeExport::curl(request);
            else if (language == u"python")
                streams.out << CodeExport::python(request);
            else if (language == u"node")
                streams.out << CodeExport::node(request);
            else
                streams.out << request.text(true);
        }
    }
    streams.out.flush();
    return Ok;
}

} // namespace Cli
