// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>
class Testproviders : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testproviders)
#include "tst_providers.moc"
