// SPDX-License-Identifier: GPL-3.0-or-later
// The application id on disk, as the real binary uses it: settings in $XDG_CONFIG_HOME/<id>.conf, data
// in $XDG_DATA_HOME/<id>, and what development builds kept under Wabench/Wabench moved there, not lost.
#include "accounts/accountstore.h"
#include "childprocess.h"
#include "history/historystore.h"
#include "settings/appidentity.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestIdentity : public QObject
{
    Q_OBJECT

private:
    // Runs `wabench ARGS` with its settings and data under `dir`; returns standard output.
    static QString run(const QDir &dir, const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(childEnvironment(dir));
        process.start(QStringLiteral(WABENCH_BINARY), arguments);
        process.closeWriteChannel(); // no secrets on standard input
        if (!process.waitForFinished(30000))
            return QStringLiteral("(did not finish)");
        if (exitCode)
            *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

private slots:
    void versionIsTheProjectsVersion()
    {
        QTemporaryDir dir;
        int code = -1;
        QCOMPARE(run(dir.path(), {QStringLiteral("--version")}, &code).trimmed(),
                 QStringLiteral("wabench " WABENCH_VERSION));
        QCOMPARE(code, 0);
    }

    // An argument that is not a command, a window option or a file stops the program with 2, window unopened.
    void anUnknownArgumentIsAnError()
    {
        QTemporaryDir dir;
        int code = -1;
        const QString said = run(dir.path(), {QStringLiteral("frobnicate")}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(said.contains(QStringLiteral("\"frobnicate\" is neither a command")), qPrintable(said));
    }

    // Phone numbers are read by a module the binary loads when it first reads one (it does not link
    // libphonenumber); without it every number is an error that says what is missing and where it was looked for.
    void phoneNumbersAreReadThroughTheModule()
    {
        QTemporaryDir dir;
        const QString draft = dir.filePath(QStringLiteral("numbers.wabench.json"));
        QFile file(draft);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"wabench_draft": 1, "provider": "sandbox", "sender": "+919876500001",
                       "recipients": ["+919876543210", "+1 23"],
                       "message": {"type": "text", "text": {"body": "Hi"}}})");
        file.close();
        int code = -1;
        QString said = run(dir.path(), {QStringLiteral("validate"), draft}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(QStringLiteral("Recipient +1 23 is not a possible phone number")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("+919876543210")), qPrintable(said));

        const QString missing = dir.filePath(QStringLiteral("nowhere/libwabench-phone.so"));
        qputenv("WABENCH_PHONE_MODULE", missing.toLocal8Bit());
        said = run(dir.path(), {QStringLiteral("validate"), draft}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(QStringLiteral("Recipient +919876543210 cannot be checked: Wabench's phone-number "
                                              "module is not installed (looked for ") +
                               missing + u')'),
                 qPrintable(said));

        // A file that is not the module: refused, with the loader's reason.
        qputenv("WABENCH_PHONE_MODULE", draft.toLocal8Bit());
        said = run(dir.path(), {QStringLiteral("validate"), draft}, &code);
        qunsetenv("WABENCH_PHONE_MODULE");
        QCOMPARE(code, 1);
        QVERIFY2(said.contains(QStringLiteral("cannot be checked: Wabench's phone-number module did not load: ")),
                 qPrintable(said));
    }

    void settingsAndDataLiveUnderTheApplicationId()
    {
        QTemporaryDir dir;
        int code = -1;
        const QString out = run(dir.path(),
                                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Support"), QStringLiteral("--provider"), QStringLiteral("meta"),
                                 QStringLiteral("--phone-number-id"), QStringLiteral("1")},
                                &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QString settingsFile = QDir(dir.path()).filePath(QStringLiteral("config/io.github.wabench.Wabench.conf"));
        // The person's alone, like the history.
        QCOMPARE(QFile(settingsFile).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSettings written(settingsFile, QSettings::IniFormat);
        QCOMPARE(AccountStore(&written).findByName(QStringLiteral("Support"))->provider, QStringLiteral("meta"));

        const QString history = run(dir.path(), {QStringLiteral("history")}, &code);
        QVERIFY2(code == 0, qPrintable(history));
        QVERIFY(QFileInfo::exists(
            QDir(dir.path()).filePath(QStringLiteral("data/io.github.wabench.Wabench/history.sqlite"))));
        QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("config/Wabench"))));
        QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("data/Wabench"))));
    }

    void whatEarlierBuildsKeptIsMovedNotLost()
    {
        QTemporaryDir temporary;
        const QDir dir(temporary.path());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config/Wabench"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("data/Wabench/Wabench/autosave"))));
        {
            QSettings earlier(dir.filePath(QStringLiteral("config/Wabench/Wabench.conf")), QSettings::IniFormat);
            AccountProfile profile;
            profile.id = QStringLiteral("kept");
            profile.provider = QStringLiteral("telnyx");
            profile.name = QStringLiteral("Kept Account");
            profile.defaultSender = QStringLiteral("+14155550100");
            QCOMPARE(AccountStore(&earlier).save(profile), QString());
            HistoryStore history;
            QString error;
            QVERIFY2(history.open(dir.filePath(QStringLiteral("data/Wabench/Wabench/history.sqlite")), &error),
                     qPrintable(error));
            HistoryRecord row;
            row.provider = QStringLiteral("telnyx");
            row.recipient = QStringLiteral("+919876500001");
            QVERIFY(history.insertSending(row) > 0);
        }

        int code = -1;
        QString out = run(dir, {QStringLiteral("accounts"), QStringLiteral("list")}, &code);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("Kept Account")), qPrintable(out));
        out = run(dir, {QStringLiteral("history")}, &code);
        QVERIFY2(code == 0 && out.contains(QStringLiteral("+919876500001")), qPrintable(out));

        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("config/io.github.wabench.Wabench.conf"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("data/io.github.wabench.Wabench/history.sqlite"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("data/io.github.wabench.Wabench/autosave"))).isDir());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("config/Wabench"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("data/Wabench"))));
    }

    void laterLocationsAreNeverOverwritten()
    {
        QTemporaryDir temporary;
        const QDir dir(temporary.path());
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config/Wabench"))));
        {
            QSettings earlier(dir.filePath(QStringLiteral("config/Wabench/Wabench.conf")), QSettings::IniFormat);
            earlier.setValue(QStringLiteral("network/timeout_seconds"), 11);
            QSettings later(dir.filePath(QStringLiteral("config/io.github.wabench.Wabench.conf")),
                            QSettings::IniFormat);
            later.setValue(QStringLiteral("network/timeout_seconds"), 22);
        }
        int code = -1;
        run(dir, {QStringLiteral("accounts"), QStringLiteral("list")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(QSettings(dir.filePath(QStringLiteral("config/io.github.wabench.Wabench.conf")), QSettings::IniFormat)
                     .value(QStringLiteral("network/timeout_seconds"))
                     .toInt(),
                 22);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("config/Wabench/Wabench.conf"))));
    }

    void theSettingsFileIsNamedAfterTheApplication()
    {
        QCoreApplication::setApplicationName(AppIdentity::id());
        QVERIFY2(AppIdentity::userSettings()->fileName().endsWith(QStringLiteral("/io.github.wabench.Wabench.conf")),
                 qPrintable(AppIdentity::userSettings()->fileName()));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
