// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"

#include "phonefacts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QMutex>
#include <QStringList>

namespace {

// This file's messages, in the catalogue's "PhoneNumbers" context (lupdate reads the macro).
struct PhoneNumbersText
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)
};

// Longer than any phone number written out (E.164 has at most 15 digits; spaces, dashes and a "+" added):
// not given to libphonenumber, whose regular expressions take time that grows faster than the text.
constexpr qsizetype MaxNumberLength = 64;

// Where the module may be, first found wins: WABENCH_PHONE_MODULE (a file), beside the installed binary
// (the package's layout, relative, so an installed tree can move), then the build tree it was built in.
QStringList moduleCandidates()
{
    QStringList candidates;
    if (const QString named = qEnvironmentVariable("WABENCH_PHONE_MODULE"); !named.isEmpty())
        return {named};
    const QString executable = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!executable.isEmpty()) {
        candidates.append(QFileInfo(executable).absolutePath() + u'/' +
                          QStringLiteral(WABENCH_PHONE_MODULE_RELATIVE_DIR "/" WABENCH_PHONE_MODULE_FILE));
    }
#ifdef WABENCH_PHONE_MODULE_BUILT
    candidates.append(QStringLiteral(WABENCH_PHONE_MODULE_BUILT));
#endif
    return candidates;
}

// The module's reading function, loaded once by whichever thread asks first (the window starts that on
// a thread of its own after the first paint); or why it could not be loaded.
struct Module
{
    WabenchPhoneRead read = nullptr;
    QString problem;
};

Module loadModule()
{
    Module module;
    QStringList tried;
    for (const QString &path : moduleCandidates()) {
        if (!QFileInfo::exists(path)) {
            tried.append(path);
            continue;
        }
        QLibrary library(path);
        // Loaded for good: unloading libphonenumber at exit is the one part of it worth skipping.
        library.setLoadHints(QLibrary::PreventUnloadHint);
        if (!library.load()) {
            module.problem =
                PhoneNumbersText::tr("Wabench's phone-number module did not load: %1").arg(library.errorString());
            return module;
        }
        module.read = reinterpret_cast<WabenchPhoneRead>(library.resolve(WABENCH_PHONE_READ_SYMBOL));
        if (!module.read)
            module.problem =
                PhoneNumbersText::tr("Wabench's phone-number module %1 is of another version of Wabench").arg(path);
        return module;
    }
    module.problem = PhoneNumbersText::tr("Wabench's phone-number module is not installed (looked for %1)")
                         .arg(tried.join(QStringLiteral(", ")));
    return module;
}

const Module &module()
{
    static const Module loaded = loadModule();
    return loaded;
}

// The facts of `number` read as an international number ("+" added when it has none), or, given a region
// ("US"), as a number of that region unless it starts with "+"; nothing when it does not parse.
std::optional<WabenchPhoneFacts> read(const QString &number, const QString &region = {})
{
    QString text = number.trimmed();
    if (text.size() > MaxNumberLength || !module().read)
        return std::nullopt;
    if (region.isEmpty() && !text.startsWith(u'+'))
        text.prepend(u'+');
    const QByteArray regionCode = region.isEmpty() ? QByteArrayLiteral("ZZ") : region.toLatin1().toUpper();
    // A number is often read twice in a row (a list's recipient normalised, then checked in its draft):
    // the last ones read are remembered.
    static QMutex mutex;
    static QHash<QString, std::optional<WabenchPhoneFacts>> recent;
    const QString key = QLatin1String(regionCode) + u'\n' + text;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = recent.constFind(key); it != recent.constEnd())
            return *it;
    }
    const QByteArray utf8 = text.toUtf8();
    WabenchPhoneFacts facts;
    std::optional<WabenchPhoneFacts> out;
    if (module().read(utf8.constData(), int(utf8.size()), regionCode.constData(), &facts))
        out = facts;
    const QMutexLocker lock(&mutex);
    if (recent.size() >= 256)
        recent.clear();
    recent.insert(key, out);
    return out;
}

QString reasonText(int possibility)
{
    switch (possibility) {
    case WabenchPhoneInvalidCountryCode:
        return PhoneNumbersText::tr("the country code is unknown");
    case WabenchPhoneTooShort:
    case WabenchPhoneInvalidLength:
        return PhoneNumbersText::tr("it is too short for its country");
    case WabenchPhoneTooLong:
        return PhoneNumbersText::tr("it is too long for its country");
    default:
        return PhoneNumbersText::tr("its length does not fit its country");
    }
}

} // namespace

namespace PhoneNumbers {

namespace {

// libphonenumber's checks run regular expressions (about 20 µs a number); drafts keep their
// recipients while the message is edited, so the findings are remembered, keyed by role and number.
struct Cache
{
    QMutex mutex;
    QHash<QString, std::optional<Issue>> findings;
};

Cache &cache()
{
    static Cache instance;
    return instance;
}

std::optional<Issue> checkUncached(const QString &number, const QString &role);

} // namespace

std::optional<Issue> check(const QString &number, const QString &role)
{
    const QString key = role + u'\n' + number;
    Cache &memo = cache();
    {
        const QMutexLocker lock(&memo.mutex);
        if (const auto it = memo.findings.constFind(key); it != memo.findings.constEnd())
            return *it;
    }
    std::optional<Issue> finding = checkUncached(number, role);
    const QMutexLocker lock(&memo.mutex);
    if (memo.findings.size() > 4096)
        memo.findings.clear();
    memo.findings.insert(key, finding);
    return finding;
}

void clearCache()
{
    const QMutexLocker lock(&cache().mutex);
    cache().findings.clear();
}

namespace {

std::optional<Issue> checkUncached(const QString &number, const QString &role)
{
    const QString text = number.trimmed();
    if (text.isEmpty())
        return Issue::error(QString(), PhoneNumbersText::tr("%1 is empty").arg(role));
    if (text.size() > MaxNumberLength)
        return Issue::error(QString(), PhoneNumbersText::tr("%1 is %2 characters long; a phone number has at most 15 "
                                                            "digits")
                                           .arg(role)
                                           .arg(text.size()));
    if (!module().read)
        return Issue::error(QString(),
                            PhoneNumbersText::tr("%1 %2 cannot be checked: %3").arg(role, text, module().problem));
    const std::optional<WabenchPhoneFacts> facts = read(text);
    if (!facts)
        return Issue::error(QString(), PhoneNumbersText::tr("%1 %2 is not a phone number").arg(role, text));
    if (facts->possibility != WabenchPhonePossible && facts->possibility != WabenchPhonePossibleLocalOnly)
        return Issue::error(QString(), PhoneNumbersText::tr("%1 %2 is not a possible phone number: %3")
                                           .arg(role, text, reasonText(facts->possibility)));
    if (!text.startsWith(u'+')) {
        return Issue::warning(QString(), PhoneNumbersText::tr("%1 %2 has no \"+\"; it is read as %3 (country code %4)")
                                             .arg(role, text, QString::fromUtf8(facts->e164))
                                             .arg(facts->countryCode));
    }
    if (!facts->valid) {
        return Issue::warning(QString(), PhoneNumbersText::tr("%1 %2 is not in a known numbering range of %3")
                                             .arg(role, text, QString::fromUtf8(facts->countryRegion)));
    }
    return std::nullopt;
}

} // namespace

QString digits(const QString &number)
{
    QString out;
    for (const QChar c : number) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

QString toE164(const QString &number)
{
    const std::optional<WabenchPhoneFacts> facts = read(number);
    return facts ? QString::fromUtf8(facts->e164) : number;
}

QString regionOf(const QString &number)
{
    const std::optional<WabenchPhoneFacts> facts = read(number);
    return facts ? QString::fromUtf8(facts->region) : QString();
}

std::optional<QString> e164In(const QString &number, const QString &region)
{
    const QString text = number.trimmed();
    if (!text.startsWith(u'+') && !region.isEmpty()) {
        if (const auto national = read(text, region); national && national->valid)
            return QString::fromUtf8(national->e164);
    }
    if (const auto international = read(text); international && (international->valid || text.startsWith(u'+')))
        return QString::fromUtf8(international->e164);
    return std::nullopt;
}

void preload()
{
    module();
}

} // namespace PhoneNumbers
