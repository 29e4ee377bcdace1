// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// What a person composes: a Meta message object, who sends it to whom, through which
// provider and account, with the provider's options. Saved as a `*.wabench.json` file.
struct Draft
{
    static constexpr int FormatVersion = 1;
    static QString formatKey() { return QStringLiteral("wabench_draft"); }
    static QString fileSuffix() { return QStringLiteral(".wabench.json"); }

    QString title; // what the draft is, for menus and window titles; optional
    QString provider = QStringLiteral("sandbox");
    QString account;
    QString sender;
    QStringList recipients;
    // The Meta message object: {type, <type>: {...}, context?, biz_opaque_callback_data?, recipient_type?}.
    QJsonObject message;
    // status_callback, custom_data (Exotel), extra_info (Kaleyra), webhook_url (Telnyx), and `envelope`:
    // per-provider envelope fields an import found and a render puts back.
    QJsonObject options;
    // Keys of the draft file this version does not know, kept so a save loses nothing.
    QJsonObject unknown;

    QJsonObject toJson() const;
    // Reads a draft file's object; on failure returns nothing and says why, with the key at fault.
    static std::optional<Draft> fromJson(const QJsonObject &object, QString *error = nullptr);
    static bool looksLikeDraft(const QJsonObject &object);

    bool operator==(const Draft &other) const = default;
};

namespace DraftFile {

std::optional<Draft> load(const QString &path, QString *error);
// Writes atomically (QSaveFile), so a crash never leaves half a draft.
bool save(const Draft &draft, const QString &path, QString *error);

} // namespace DraftFile
