// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jikenbo {

// The schema as SQL: the statements that create the current version, and the migrations
// from each older version. A migration runs inside the transaction that bumps user_version.
struct Schema
{
    static QList<QString> createCurrent();
    // Statements that take a database from `version` to `version + 1`.
    static QList<QString> migrationFrom(int version);
};

} // namespace jikenbo
