// SPDX-License-Identifier: GPL-3.0-or-later
#include <QtTest>
class Testvalidator : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testvalidator)
#include "tst_validator.moc"
