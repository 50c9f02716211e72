// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QTest>

class Placeholder_tst_parser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pending() { QSKIP("written next"); }
};

QTEST_GUILESS_MAIN(Placeholder_tst_parser)
#include "tst_parser.moc"
