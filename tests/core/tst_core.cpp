// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>
class Testcore : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testcore)
#include "tst_core.moc"
