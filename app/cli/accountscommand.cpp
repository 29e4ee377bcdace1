// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "common.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

// This file's messages, in the catalogue's "Cli" context (lupdate reads the macro).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The option that sets a field: "phone_number_id" is --phone-number-id.
QString optionName(const QString &field)
{
    return QString(field).replace(u'_', u'-');
}

// Every non-secret field any provider has, as options.
QList<AccountField> settingFields()
{
    QList<AccountField> out;
    for (const QString &provider : Providers::ids()) {
        for (const AccountField &field : AccountStore::fields(provider)) {
            const bool known = std::any_of(out.cbegin(), out.cend(), [&](const auto &f) { return f.key == field.key; });
            if (!field.secret && !known)
                out.append(field);
        }
    }
    return out;
}

int list(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the accounts as a JSON array."));
    parser.addOption(json);
    if (const int done = parse(parser, QStringLiteral("accounts list"),
                               CliText::tr("Lists the accounts: id, provider, name, default sender and settings.\n"
                                           "Secrets are never printed."),
                               arguments, streams);
        done >= 0)
        return done;
    const std::unique_ptr<QSettings> settings = openSettings();
    CommandAccounts accounts(settings.get());
    if (!accounts.workspaceError().isEmpty())
        streams.err << CliText::tr("wabench accounts list: the team workspace cannot be reached (%1); this "
                                   "computer's accounts only")
                           .arg(accounts.workspaceError())
                    << Qt::endl;
    const QList<AccountProfile> all = accounts.store()->accounts();
    if (parser.isSet(json)) {
        QJsonArray out;
        for (const AccountProfile &account : all) {
            QJsonObject values;
            for (auto it = account.settings.constBegin(); it != account.settings.constEnd(); ++it)
                values.insert(it.key(), it.value());
            out.append(QJsonObject{{QStringLiteral("id"), account.id},
                                   {QStringLiteral("provider"), account.provider},
                                   {QStringLiteral("name"), account.name},
                                   {QStringLiteral("default_sender"), account.defaultSender},
                                   {QStringLiteral("settings"), values},
                                   {QStringLiteral("shared"), account.shared}});
        }
        streams.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        streams.out.flush();
        return Ok;
    }
    for (const AccountProfile &account : all) {
        QStringList values;
        QStringList keys = account.settings.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys))
            values << key + u'=' + account.settings.value(key);
        streams.out << account.id << '\t' << account.provider << '\t' << account.name << '\t'
                    << (account.defaultSender.isEmpty() ? QStringLiteral("-") : account.defaultSender) << '\t'
                    << values.join(u' ') << (account.shared ? QStringLiteral("\tshared") : QString()) << '\n';
    }
    streams.out.flush();
    return Ok;
}

int add(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption provider(QStringLiteral("provider"), CliText::tr("exotel, kaleyra, telnyx or meta."),
                                      QStringLiteral("P"));
    const QCommandLineOption name(QStringLiteral("name"), CliText::tr("The account's name."), QStringLiteral("N"));
    const QCommandLineOption sender(QStringLiteral("sender"),
                                    CliText::tr("The default sender (Kaleyra: the business number)."),
                                    QStringLiteral("S"));
    const QCommandLineOption shared(QStringLiteral("shared"),
                                    CliText::tr("Share it with the team workspace in use: every desktop on it lists "
                                                "it (secrets stay in each one's keychain)."));
    parser.addOption(provider);
    parser.addOption(name);
    parser.addOption(sender);
    parser.addOption(shared);
    QList<std::pair<AccountField, QCommandLineOption>> fieldOptions;
    for (const AccountField &field : settingFields()) {
        QString description = field.label;
        if (!field.choices.isEmpty())
            description += QStringLiteral(": ") + field.choices.join(QStringLiteral(", "));
        fieldOptions.append({field, QCommandLineOption(optionName(field.key), description, QStringLiteral("V"))});
        parser.addOption(fieldOptions.last().second);
    }
    if (const int done =
            parse(parser, QStringLiteral("accounts add"),
                  CliText::tr("Adds an account, or replaces the one with the same name.\n"
                              "Secrets (API keys, tokens) are read from standard input, one per line in the\n"
                              "order asked, or prompted for on a terminal; never from an argument. They go to\n"
                              "the OS keychain; without one they are not kept, and send asks for them."),
                  arguments, streams);
        done >= 0)
        return done;
    const QString providerId = parser.value(provider);
    if (const Provider *adapter = Providers::find(providerId); !adapter || adapter->offline()) {
        QStringList choices;
        for (const Provider *candidate : Providers::all()) {
            if (!candidate->offline())
                choices << candidate->id();
        }
        streams.err
            << CliText::tr("wabench accounts add: --provider is one of %1").arg(choices.join(QStringLiteral(", ")))
            << Qt::endl;
        return InputError;
    }
    const std::unique_ptr<QSettings> settings = openSettings();
    CommandAccounts accounts(settings.get());
    AccountStore &store = *accounts.store();
    AccountProfile account;
    account.provider = providerId;
    account.name = parser.value(name).trimmed();
    account.defaultSender = parser.value(sender).trimmed();
    const std::optional<AccountProfile> existing = store.findByName(account.name);
    account.id = existing && existing->id != AccountStore::sandbox().id ? existing->id : store.newId(account.name);
    account.shared = parser.isSet(shared) || (existing && existing->shared);
    if (account.shared && !accounts.workspaceError().isEmpty()) {
        streams.err << CliText::tr("wabench accounts add: the team workspace cannot be reached: %1")
                           .arg(accounts.workspaceError())
                    << Qt::endl;
        return Failure;
    }

    QHash<QString, QString> secrets;
    for (const AccountField &field : AccountStore::fields(providerId)) {
        if (field.secret)
            continue;
        const auto option = std::find_if(fieldOptions.cbegin(), fieldOptions.cend(),
                                         [&](const auto &pair) { return pair.first.key == field.key; });
        QString value = option != fieldOptions.cend() ? parser.value(option->second).trimmed() : QString();
        if (value.isEmpty())
            value = field.defaultValue;
        if (!field.choices.isEmpty() && !field.choices.contains(value)) {
            streams.err << CliText::tr("wabench accounts add: --%1 is one of %2")
                               .arg(optionName(field.key), field.choices.join(QStringLiteral(", ")))
                        << Qt::endl;
            return InputError;
        }
        if (!value.isEmpty())
            account.settings.insert(field.key, value);
    }
    // Options that belong to another provider are a mistake worth saying.
    for (const auto &[field, option] : std::as_const(fieldOptions)) {
        if (parser.isSet(option) && !account.settings.contains(field.key)) {
            streams.err
                << CliText::tr("wabench accounts add: %1 accounts have no --%2").arg(providerId, optionName(field.key))
                << Qt::endl;
            return InputError;
        }
    }
    if (const QString error = store.save(account); !error.isEmpty()) {
        streams.err << "wabench accounts add: " << error << Qt::endl;
        return InputError;
    }
    for (const AccountField &field : AccountStore::fields(providerId)) {
        if (!field.secret)
            continue;
        const std::optional<QString> value = readSecret(field.label, streams);
        if (value && !value->isEmpty())
            secrets.insert(field.key, *value);
    }
    SecretStore *keychain = secretStore();
    QString error;
    waitFor([&](std::function<void()> done) {
        AccountStore::storeSecrets(account, secrets, keychain, [&error, done](const QString &why) {
            error = why;
            done();
        });
    });
    if (!error.isEmpty()) {
        streams.err << CliText::tr("wabench accounts add: the secrets were not stored: %1").arg(error) << Qt::endl;
        return Failure;
    }
    streams.out << (account.shared ? CliText::tr("Saved account \"%1\" (%2, id %3), shared with the team workspace.")
                                   : CliText::tr("Saved account \"%1\" (%2, id %3)."))
                       .arg(account.name, providerId, account.id)
                << '\n';
    if (!secrets.isEmpty() && !keychain->persistent())
        streams.err << CliText::tr("No keychain is available: the secrets are kept only while this command runs. "
                                   "'wabench send' asks for them on standard input.")
                    << Qt::endl;
    streams.out.flush();
    return Ok;
}

int remove(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("The account's name or id."));
    if (const int done =
            parse(parser, QStringLiteral("accounts remove"),
                  CliText::tr("Removes an account and its secrets from the keychain."), arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1) {
        streams.err << CliText::tr("wabench accounts remove: name one account") << Qt::endl;
        return InputError;
    }
    const std::unique_ptr<QSettings> settings = openSettings();
    CommandAccounts accounts(settings.get());
    AccountStore &store = *accounts.store();
    const std::optional<AccountProfile> account = store.findByName(parser.positionalArguments().constFirst());
    if (!account) {
        streams.err
            << CliText::tr("wabench accounts remove: no account \"%1\"").arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return InputError;
    }
    if (account->id == AccountStore::sandbox().id) {
        streams.err << CliText::tr("wabench accounts remove: the Sandbox account is built in") << Qt::endl;
        return InputError;
    }
    QHash<QString, QString> none;
    for (const AccountField &field : AccountStore::fields(account->provider)) {
        if (field.secret)
            none.insert(field.key, QString());
    }
    waitFor([&](std::function<void()> done) {
        AccountStore::storeSecrets(*account, none, secretStore(), [done](const QString &) { done(); });
    });
    if (const QString error = store.remove(account->id); !error.isEmpty()) {
        streams.err << "wabench accounts remove: " << error << Qt::endl;
        return Failure;
    }
    streams.out << CliText::tr("Removed account \"%1\".").arg(account->name) << Qt::endl;
    return Ok;
}

} // namespace

int accounts(const QStringList &arguments, Streams streams)
{
    const QString action = arguments.value(0);
    if (action == u"list")
        return list(arguments.mid(1), streams);
    if (action == u"add")
        return add(arguments.mid(1), streams);
    if (action == u"remove")
        return remove(arguments.mid(1), streams);
    if (action == u"--help" || action == u"-h") {
        streams.out << CliText::tr("Usage: wabench accounts list|add|remove [OPTIONS]\n"
                                   "Run 'wabench accounts ACTION --help' for an action's options.\n");
        streams.out.flush();
        return Ok;
    }
    streams.err << CliText::tr("wabench accounts: list, add or remove") << Qt::endl;
    return InputError;
}

} // namespace Cli
