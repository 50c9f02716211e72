// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QTest>

class Placeholder_tst_store : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pending() { QSKIP("written next"); }
};

QTEST_GUILESS_MAIN(Placeholder_tst_store)
#include "tst_store.moc"
