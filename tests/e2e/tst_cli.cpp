// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QTest>

class Placeholder_tst_cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pending() { QSKIP("written next"); }
};

QTEST_GUILESS_MAIN(Placeholder_tst_cli)
#include "tst_cli.moc"
