// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace JsonPointer {

QString escape(const QString &token)
{
    QString out = token;
    out.replace(u'~', QStringLiteral("~0"));
    out.replace(u'/', QStringLiteral("~1"));
    return out;
}

QString unescape(const QString &token)
{
    QString out = token;
    out.replace(QStringLiteral("~1"), QStringLiteral("/"));
    out.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return out;
}

QString append(const QString &base, const QString &token)
{
    return base + u'/' + escape(token);
}

QString append(const QString &base, qsizetype index)
{
    return base + u'/' + QString::number(index);
}

QStringList split(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token = unescape(token);
    return tokens;
}

QString join(const QStringList &tokens)
{
    QString out;
    for (const QString &token : tokens)
        out = append(out, token);
    return out;
}

static bool arrayIndex(const QString &token, qsizetype size, qsizetype *index, bool allowEnd)
{
    if (token == u"-") {
        *index = size;
        return allowEnd;
    }
    bool ok = false;
    const qsizetype value = token.toLongLong(&ok);
    if (!ok || value < 0 || (token.size() > 1 && token.startsWith(u'0')))
        return false;
    *index = value;
    return allowEnd ? value <= size : value < size;
}

QJsonValue get(const QJsonValue &root, const QString &pointer, bool *found)
{
    QJsonValue current = root;
    bool ok = true;
    for (const QString &token : split(pointer)) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd()) {
                ok = false;
                break;
            }
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            qsizetype index = 0;
            if (!arrayIndex(token, array.size(), &index, false)) {
                ok = false;
                break;
            }
            current = array.at(index);
        } else {
            ok = false;
            break;
        }
    }
    if (found)
        *found = ok;
    return ok ? current : QJsonValue(QJsonValue::Undefined);
}

static bool setAt(QJsonValue &node, const QStringList &tokens, qsizetype depth, const QJsonValue *value)
{
    if (depth == tokens.size()) {
        if (!value)
            return false;
        node = *value;
        return true;
    }
    const QString &token = tokens.at(depth);
    const bool last = depth + 1 == tokens.size();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        qsizetype index = 0;
        if (!arrayIndex(token, array.size(), &index, value != nullptr))
            return false;
        if (last && !value) {
            array.removeAt(index);
        } else {
            QJsonValue child = index < array.size() ? array.at(index) : QJsonValue(QJsonObject());
            if (!setAt(child, tokens, depth + 1, value))
                return false;
            if (index < array.size())
                array[index] = child;
            else
                array.append(child);
        }
        node = array;
        return true;
    }
    if (!node.isObject()) {
        if (!value || !node.isUndefined())
            return false;
        // A path through nothing creates what its next token asks for: "0" or "-" an array.
        if (token == u"0" || token == u"-") {
            node = QJsonArray();
            return setAt(node, tokens, depth, value);
        }
        node = QJsonObject();
    }
    QJsonObject object = node.toObject();
    if (last && !value) {
        if (!object.contains(token))
            return false;
        object.remove(token);
    } else {
        QJsonValue child = object.value(token);
        if (!setAt(child, tokens, depth + 1, value))
            return false;
        object.insert(token, child);
    }
    node = object;
    return true;
}

bool set(QJsonValue &root, const QString &pointer, const QJsonValue &value)
{
    return setAt(root, split(pointer), 0, &value);
}

bool remove(QJsonValue &root, const QString &pointer)
{
    const QStringList tokens = split(pointer);
    if (tokens.isEmpty())
        return false;
    return setAt(root, tokens, 0, nullptr);
}

bool within(const QString &inner, const QString &outer)
{
    return inner.startsWith(outer) && (inner.size() == outer.size() || inner.at(outer.size()) == u'/');
}

} // namespace JsonPointer
