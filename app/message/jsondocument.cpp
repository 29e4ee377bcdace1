// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include "jsonpointer.h"
#include "text.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace {

// Where strict JSON (RFC 8259) breaks, and how, or nothing when it holds. One pass, no recursion: nesting
// is a stack of bytes, so the time is linear and the stack flat whatever the input. Qt's reader is lenient
// (it takes "1.", ".5", raw control characters in strings), so everything outside passes this first.
struct StrictError
{
    qsizetype offset = 0;
    QString message;
};

const char *const Context = "JsonDocument";

std::optional<StrictError> strictError(const QByteArray &bytes, qsizetype start)
{
    const char *data = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = start;
    const auto fail = [&i](const char *message) {
        return std::optional<StrictError>(StrictError{i, QCoreApplication::translate(Context, message)});
    };
    const auto skipSpace = [&] {
        while (i < n && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
            ++i;
    };
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < n && data[i] >= '0' && data[i] <= '9')
            ++i;
        return i > from;
    };
    // The UTF-8 sequence at i (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF); false if broken.
    const auto utf8 = [&] {
        const auto byte = [&](qsizetype at) { return at < n ? uchar(data[at]) : uchar(0); };
        const uchar lead = byte(i);
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (byte(i + 1) < low || byte(i + 1) > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
                return false;
        }
        i += length;
        return true;
    };

    // What the value just read sits in: '{' an object (a key comes next), ':' an object awaiting a value
    // after its key, '[' an array.
    QByteArray stack;
    skipSpace();
    for (;;) {
        // A value.
        if (i >= n)
            return fail(QT_TRANSLATE_NOOP("JsonDocument", "the input ends where a value should be"));
        const char c = data[i];
        if (c == '{' || c == '[') {
            ++i;
            skipSpace();
            const char close = c == '{' ? '}' : ']';
            if (i < n && data[i] == close) {
                ++i; // empty: a value already read
            } else {
                stack.append(c);
                if (c == '{') {
                    if (i >= n || data[i] != '"')
                        return fail(QT_TRANSLATE_NOOP("JsonDocument", "a name in double quotes should be here"));
                    stack.back() = ':';
                    continue; // the key is read as a string value below, then its colon
                }
                continue;
            }
        } else if (c == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QT_TRANSLATE_NOOP("JsonDocument", "the string is not closed"));
                const uchar ch = uchar(data[i]);
                if (ch == '"') {
                    ++i;
                    break;
                }
                if (ch < 0x20)
                    return fail(QT_TRANSLATE_NOOP(
                        "JsonDocument", "a control character inside a string must be escaped (\\n, \\t, \\u0000)"));
                if (ch == '\\') {
                    ++i;
                    if (i >= n)
                        return fail(QT_TRANSLATE_NOOP("JsonDocument", "the string is not closed"));
                    const char e = data[i];
                    if (e == 'u') {
                        for (int k = 1; k <= 4; ++k) {
                            if (i + k >= n || !isxdigit(uchar(data[i + k]))) {
                                i += k;
                                return fail(QT_TRANSLATE_NOOP("JsonDocument", "\\u takes four hexadecimal digits"));
                            }
                        }
                        i += 5;
                    } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                               e == 't') {
                        ++i;
                    } else {
                        return fail(QT_TRANSLATE_NOOP(
                            "JsonDocument", "not an escape JSON knows (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"));
                    }
                } else if (ch < 0x80) {
                    ++i;
                } else if (!utf8()) {
                    return fail(QT_TRANSLATE_NOOP("JsonDocument", "not UTF-8"));
                }
            }
            if (!stack.isEmpty() && stack.back() == ':') {
                // That was a key: its colon, then its value.
                skipSpace();
                if (i >= n || data[i] != ':')
                    return fail(QT_TRANSLATE_NOOP("JsonDocument", "a colon should follow the name"));
                ++i;
                skipSpace();
                stack.back() = '{';
                continue;
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            if (c == '-')
                ++i;
            if (i < n && data[i] == '0') {
                ++i;
                if (i < n && data[i] >= '0' && data[i] <= '9')
                    return fail(
                        QT_TRANSLATE_NOOP("JsonDocument", "a number does not start with 0 (unless it is 0, or 0.5)"));
            } else if (!digits()) {
                return fail(QT_TRANSLATE_NOOP("JsonDocument", "a digit should follow the minus sign"));
            }
            if (i < n && data[i] == '.') {
                ++i;
                if (!digits())
                    return fail(
                        QT_TRANSLATE_NOOP("JsonDocument", "a digit should follow the decimal point (1.0, not 1.)"));
            }
            if (i < n && (data[i] == 'e' || data[i] == 'E')) {
                ++i;
                if (i < n && (data[i] == '+' || data[i] == '-'))
                    ++i;
                if (!digits())
                    return fail(QT_TRANSLATE_NOOP("JsonDocument", "a digit should follow the exponent"));
            }
        } else if (bytes.mid(i, 4) == "true" || bytes.mid(i, 4) == "null") {
            i += 4;
        } else if (bytes.mid(i, 5) == "false") {
            i += 5;
        } else if (c == '.') {
            return fail(QT_TRANSLATE_NOOP("JsonDocument", "a number starts with a digit (0.5, not .5)"));
        } else {
            return fail(QT_TRANSLATE_NOOP("JsonDocument",
                                          "not a JSON value (an object, array, string, number, true, false or null)"));
        }

        // After a value: a comma and the next, or the container's end, or the end of the input.
        for (;;) {
            skipSpace();
            if (stack.isEmpty()) {
                if (i < n)
                    return fail(QT_TRANSLATE_NOOP("JsonDocument", "something follows the end of the JSON"));
                return std::nullopt;
            }
            if (i >= n)
                return fail(stack.back() == '[' ? QT_TRANSLATE_NOOP("JsonDocument", "the array is not closed")
                                                : QT_TRANSLATE_NOOP("JsonDocument", "the object is not closed"));
            const char close = stack.back() == '[' ? ']' : '}';
            if (data[i] == close) {
                ++i;
                stack.chop(1);
                continue;
            }
            if (data[i] != ',')
                return fail(stack.back() == '[' ? QT_TRANSLATE_NOOP("JsonDocument", "a comma or ] should be here")
                                                : QT_TRANSLATE_NOOP("JsonDocument", "a comma or } should be here"));
            ++i;
            skipSpace();
            if (stack.back() == '{') {
                if (i >= n || data[i] != '"')
                    return fail(i < n && data[i] == '}'
                                    ? QT_TRANSLATE_NOOP("JsonDocument", "a comma is not allowed before }")
                                    : QT_TRANSLATE_NOOP("JsonDocument", "a name in double quotes should be here"));
                stack.back() = ':';
            } else if (i < n && data[i] == ']') {
                return fail(QT_TRANSLATE_NOOP("JsonDocument", "a comma is not allowed before ]"));
            }
            break;
        }
    }
}

// Line and column (from 1; columns count characters, as our limits do) of a byte offset.
std::pair<int, int> position(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return {int(before.count('\n')) + 1, int(Text::characterCount(QString::fromUtf8(before.mid(lineStart)))) + 1};
}

} // namespace

namespace JsonDocument {

QString tooLarge(qint64 bytes)
{
    if (bytes < 0) // read from a pipe: only that it is more
        return QCoreApplication::translate("JsonDocument", "the input is larger than 16 MiB (%1 bytes), the most "
                                                           "JSON that is read")
            .arg(MaxInputBytes);
    return QCoreApplication::translate("JsonDocument", "the input is %1 MB (%2 bytes); at most 16 MiB (%3 bytes) of "
                                                       "JSON is read")
        .arg(double(bytes) / 1e6, 0, 'f', 1)
        .arg(bytes)
        .arg(MaxInputBytes);
}

JsonParseResult parse(const QByteArray &bytes)
{
    JsonParseResult result;
    if (bytes.size() > MaxInputBytes) {
        result.error = tooLarge(bytes.size());
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        result.line = result.column = 1;
        result.error = QCoreApplication::translate("JsonDocument", "line 1, column 1: the input is empty");
        return result;
    }
    // A UTF-8 byte order mark at the very start is skipped, and said.
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (start > 0)
        result.warning = QCoreApplication::translate("JsonDocument", "line 1, column 1: a UTF-8 byte order mark "
                                                                     "was skipped");
    const auto fail = [&](qsizetype offset, const QString &message) {
        // Counted in the text after the mark (which is no character of it, and which fromUtf8 drops).
        std::tie(result.line, result.column) = position(bytes.mid(start), offset - start);
        result.document = {};
        result.error = QCoreApplication::translate("JsonDocument", "line %1, column %2: %3")
                           .arg(result.line)
                           .arg(result.column)
                           .arg(message);
        return result;
    };
    // Qt reads only objects and arrays at the top; anything else is wrong from its first character.
    const QByteArray body = bytes.mid(start);
    const QByteArray first = body.trimmed().left(1);
    if (first != "{" && first != "[")
        return fail(start + body.indexOf(first),
                    QCoreApplication::translate("JsonDocument", "expected a JSON object or array"));
    if (const std::optional<StrictError> strict = strictError(bytes, start))
        return fail(strict->offset, strict->message);
    QJsonParseError error{};
    result.document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) // what Qt refuses beyond RFC 8259: nesting too deep
        return fail(start + error.offset, error.errorString());
    return result;
}

std::optional<QJsonValue> readValue(const QByteArray &bytes, QString *error)
{
    if (const std::optional<StrictError> strict = strictError(bytes, 0)) {
        if (error) {
            const auto [line, column] = position(bytes, strict->offset);
            *error = QCoreApplication::translate("JsonDocument", "line %1, column %2: %3")
                         .arg(line)
                         .arg(column)
                         .arg(strict->message);
        }
        return std::nullopt;
    }
    // Qt reads objects and arrays alone: the value as the one item of an array.
    QJsonParseError parseError{};
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || wrapped.array().size() != 1) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    return wrapped.array().first();
}

JsonParseResult readFile(const QString &path)
{
    QFile file(path);
    JsonParseResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    // Refused before it is read: a file of many gigabytes costs nothing.
    if (file.size() > MaxInputBytes) {
        result.error = tooLarge(file.size());
        return result;
    }
    return parse(file.read(MaxInputBytes + 1));
}

QByteArray pretty(const QJsonDocument &document)
{
    return document.toJson(QJsonDocument::Indented);
}

namespace {

// Mirrors QJsonDocument::Indented: a value starts on its key's line, a container closes on a line
// of its own (an empty one too), and strings never span lines (newlines are escaped).
int mapLines(const QJsonValue &value, const QString &pointer, int line, QHash<QString, int> &map)
{
    map.insert(pointer, line);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        int next = line + 1;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            next = mapLines(it.value(), JsonPointer::append(pointer, it.key()), next, map);
        return next + 1;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        int next = line + 1;
        for (qsizetype i = 0; i < array.size(); ++i)
            next = mapLines(array.at(i), JsonPointer::append(pointer, i), next, map);
        return next + 1;
    }
    return line + 1;
}

} // namespace

QHash<QString, int> lineMap(const QJsonValue &root)
{
    QHash<QString, int> map;
    mapLines(root, QString(), 0, map);
    return map;
}

QByteArray indentedAsWritten(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&out, &depth] {
        out += '\n';
        out += QByteArray(depth * 4, ' ');
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            break; // whitespace between tokens: replaced
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            out += c;
            // An empty object or array stays on its line.
            qsizetype next = i + 1;
            while (next < bytes.size() && QByteArrayView(" \t\r\n").contains(bytes.at(next)))
                ++next;
            if (next < bytes.size() && (bytes.at(next) == '}' || bytes.at(next) == ']')) {
                out += bytes.at(next);
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += ": ";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace JsonDocument
