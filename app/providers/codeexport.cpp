// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeexport.h"

#include "net/urls.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString shellQuoted(const QString &text)
{
    QString out = text;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

QString stringLiteral(const QString &text)
{
    // A JSON string is a valid Python and JavaScript string literal.
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
}

QString prettyBody(const HttpRequest &request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    return document.isNull() ? QString::fromUtf8(request.body)
                             : QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

namespace CodeExport {

QString curl(const HttpRequest &request)
{
    QStringList lines;
    lines << QStringLiteral("curl --fail-with-body --max-time 30 -X %1 %2")
                 .arg(QString::fromLatin1(request.method), shellQuoted(Urls::shown(request.url)));
    switch (request.auth) {
    case HttpRequest::Auth::None:
        break;
    case HttpRequest::Auth::Basic:
        lines << QStringLiteral("  -u \"$%1:$%2\"").arg(request.user.envName, request.secret.envName);
        break;
    case HttpRequest::Auth::Bearer:
        lines << QStringLiteral("  -H \"Authorization: Bearer $%1\"").arg(request.secret.envName);
        break;
    case HttpRequest::Auth::Header:
        lines << QStringLiteral("  -H \"%1: $%2\"")
                     .arg(QString::fromLatin1(request.authHeaderName), request.secret.envName);
        break;
    }
    for (const auto &[name, value] : request.headers)
        lines << QStringLiteral("  -H ") +
                     shellQuoted(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value));
    lines << QStringLiteral("  --data-binary @- <<'JSON'");
    return lines.join(QStringLiteral(" \\\n")) + u'\n' + prettyBody(request) + QStringLiteral("\nJSON\n");
}

QString python(const HttpRequest &request)
{
    QString out = QStringLiteral("import json\nimport os\n\nimport requests\n\n");
    out += QStringLiteral("url = %1\n").arg(stringLiteral(Urls::shown(request.url)));
    out += QStringLiteral("headers = {\n");
    if (request.auth == HttpRequest::Auth::Bearer)
        out += QStringLiteral("    \"Authorization\": \"Bearer \" + os.environ[\"%1\"],\n").arg(request.secret.envName);
    if (request.auth == HttpRequest::Auth::Header)
        out += QStringLiteral("    %1: os.environ[\"%2\"],\n")
                   .arg(stringLiteral(QString::fromLatin1(request.authHeaderName)), request.secret.envName);
    for (const auto &[name, value] : request.headers)
        out += QStringLiteral("    %1: %2,\n")
                   .arg(stringLiteral(QString::fromLatin1(name)), stringLiteral(QString::fromUtf8(value)));
    out += QStringLiteral("}\n");
    out += QStringLiteral("payload = json.loads(r\"\"\"\n%1\n\"\"\")\n\n").arg(prettyBody(request));
    QString auth;
    if (request.auth == HttpRequest::Auth::Basic)
        auth = QStringLiteral(",\n    auth=(os.environ[\"%1\"], os.environ[\"%2\"])")
                   .arg(request.user.envName, request.secret.envName);
    out += QStringLiteral("response = requests.request(\n    %1, url, headers=headers, json=payload%2,\n"
                          "    timeout=30, allow_redirects=False,\n)\n")
               .arg(stringLiteral(QString::fromLatin1(request.method)), auth);
    out += QStringLiteral("print(response.status_code, response.text)\n");
    return out;
}

QString node(const HttpRequest &request)
{
    // Top-level await needs a module: said where the code starts, so that it runs as written.
    QString out = QStringLiteral("// An ES module (it awaits at the top level): save it as send.mjs and run\n"
                                 "// `node send.mjs` with Node.js 18 or later.\n\nconst headers = {\n");
    if (request.auth == HttpRequest::Auth::Basic) {
        out += QStringLiteral("  Authorization: \"Basic \" + "
                              "Buffer.from(`${process.env.%1}:${process.env.%2}`).toString(\"base64\"),\n")
                   .arg(request.user.envName, request.secret.envName);
    }
    if (request.auth == HttpRequest::Auth::Bearer)
        out += QStringLiteral("  Authorization: `Bearer ${process.env.%1}`,\n").arg(request.secret.envName);
    if (request.auth == HttpRequest::Auth::Header)
        out += QStringLiteral("  %1: process.env.%2,\n")
                   .arg(stringLiteral(QString::fromLatin1(request.authHeaderName)), request.secret.envName);
    for (const auto &[name, value] : request.headers)
        out += QStringLiteral("  %1: %2,\n")
                   .arg(stringLiteral(QString::fromLatin1(name)), stringLiteral(QString::fromUtf8(value)));
    out += QStringLiteral("};\n\nconst payload = %1;\n\n").arg(prettyBody(request));
    out += QStringLiteral(
               "const response = await fetch(%1, {\n  method: %2,\n  headers,\n  body: JSON.stringify(payload),\n"
               "  redirect: \"manual\",\n  signal: AbortSignal.timeout(30_000),\n});\n")
               .arg(stringLiteral(Urls::shown(request.url)), stringLiteral(QString::fromLatin1(request.method)));
    out += QStringLiteral("console.log(response.status, await response.text());\n");
    return out;
}

} // namespace CodeExport
