// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jikenbo {

class Database;

// The fictional sample corpus (resources/sample, built in under :/jikenbo/sample) that a new
// database is seeded with. Its notices are those whose source is a file of that resource
// folder: the first start imports them from there, and no other source is written so. A notice
// imported again from anywhere else (a file, the feed) takes that source and is no sample.
class SampleNotices
{
    Q_DECLARE_TR_FUNCTIONS(SampleNotices)

public:
    struct Removal
    {
        qint64 removed = 0;         // sample notices deleted
        qint64 annotationsKept = 0; // annotations of them, left in place (keyed by stable key)
    };

    explicit SampleNotices(Database &db);

    static QString resourceDir(); // what the first start imports
    static bool isSampleSource(const QString &source);
    // The SQL condition "`column` is a sample's source", as the partial index incidents_samples
    // is written (the same expression and literal), so that SQLite can find them by it.
    static QString condition(const QString &column);

    Result<qint64> count();
    // Deletes the sample notices in one transaction, with their text, full-text rows and
    // cross-references. Annotations are the user's and stay: should the same notice come back,
    // they apply again. Nothing else is touched.
    Result<Removal> remove();

private:
    Database &m_db;
};

} // namespace jikenbo
