// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace jikenbo {

// One connection to a Jikenbo database file (QSQLITE, the system SQLite). Opening checks the
// file is an SQLite database of ours, refuses a newer schema without touching the file,
// migrates an older one in place after writing a backup copy, sets WAL and a busy timeout, and
// brings the search index up to date (SearchIndex).
// A Database belongs to the thread that opened it; open another for another thread.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 10;
    static constexpr int ApplicationId = 0x4A4B4E42; // "JKNB"
    static constexpr int CacheKiB = 32 * 1024; // each connection's page cache, at most

    struct Options
    {
        bool create = true;       // create the file when it does not exist
        int busyTimeoutMs = 5000; // how long a writer waits for another process's lock
        // Re-index the full text when it was indexed by another tokenizer version (SearchIndex),
        // reporting progress (incidents done, in all). The GUI turns this off and rebuilds as a
        // task of its own, off the GUI thread.
        bool updateSearchIndex = true;
        std::function<void(qint64 done, qint64 total)> searchIndexProgress;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    const QString &path() const { return m_path; }
    sqlite3 *handle() const;
    QString backupPath() const { return m_backupPath; } // written by the last migration, if any

    // The default database: $JIKENBO_DB, else <user data dir>/jikenbo/jikenbo.sqlite.
    static QString defaultPath();

    // BEGIN IMMEDIATE ... COMMIT/ROLLBACK with a readable error. begin() waits for another
    // writer up to `timeoutMs` (default: the busy timeout) and then says the database is busy.
    Status begin(int timeoutMs = -1);
    Status commit();
    void rollback();
    Status exec(const QString &sql);
    // Whether a transaction is open (false after SQLite rolled one back on an error).
    bool inTransaction() const;

    // Settings for writing many rows at once, while the object lives: a larger page cache
    // (pages of every index stay cached instead of being read again, and a transaction's changed
    // pages are not spilled to the log before it ends) and a longer log before the changes are
    // copied into the file (a page changed by several transactions is copied once). The cache
    // is a ceiling, filled only as pages are read; the normal settings come back at the end.
    class BulkWrite
    {
    public:
        explicit BulkWrite(Database &db);
        ~BulkWrite();
        BulkWrite(const BulkWrite &) = delete;
        BulkWrite &operator=(const BulkWrite &) = delete;
        static constexpr int CacheKiB = 512 * 1024;
        static constexpr int LogPages = 100000; // about 400 MB of log

    private:
        Database &m_db;
    };

private:
    Database() = default;
    Status initialize();
    Status migrate(int from);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_backupPath;
    int m_busyTimeoutMs = 5000;
};

} // namespace jikenbo
