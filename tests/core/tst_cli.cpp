// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>
class Testcli : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testcli)
#include "tst_cli.moc"
