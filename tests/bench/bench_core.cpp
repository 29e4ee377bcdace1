// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>
class BenchCore : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
