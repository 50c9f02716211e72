// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Schema.h"
#include "SearchIndex.h"
#include "SqliteFunctions.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QThread>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"jikenbo-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString errorText(const QSqlError &e)
{
    const QString t =
        e.driverText().isEmpty() ? e.text() : e.driverText() + u": "_s + e.databaseText();
    return t.trimmed();
}

} // namespace

QString Database::defaultPath()
{
    const QString env = qEnvironmentVariable("JIKENBO_DB");
    if (!env.isEmpty())
        return env;
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share"_s;
    return base + u"/jikenbo/jikenbo.sqlite"_s;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (path.isEmpty())
        return R::failure(tr("no database path given"));
    const QFileInfo fi(path);
    if (fi.exists()) {
        if (fi.isDir())
            return R::failure(tr("%1: is a directory, not a database").arg(path));
        if (fi.size() > 0) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return R::failure(tr("%1: cannot open: %2").arg(path, f.errorString()));
            const QByteArray head = f.read(16);
            if (head != QByteArray("SQLite format 3\0", 16))
                return R::failure(tr("%1: not an SQLite database").arg(path));
        }
    } else {
        if (!options.create)
            return R::failure(tr("%1: no such database").arg(path));
        if (!QDir().mkpath(fi.absolutePath()))
            return R::failure(tr("%1: cannot create folder %2").arg(path, fi.absolutePath()));
    }

    // SQLite's own count of the memory it holds takes a lock shared by every connection on each
    // allocation: connections reading on two threads at once (TrendQuery) wait on each other
    // for it. It can only be turned off before SQLite starts, that is before the first
    // connection of the process; afterwards the call fails and changes nothing.
    static const bool noMemoryStatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(noMemoryStatus);

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connection = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connection);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
    db->m_busyTimeoutMs = options.busyTimeoutMs;
    if (!db->m_db.open())
        return R::failure(
            tr("%1: cannot open database: %2").arg(path, errorText(db->m_db.lastError())));
    const Status s = db->initialize();
    if (!s.ok())
        return R::failure(s.error());
    if (const Status sc = SearchIndex::ensureCollation(*db); !sc.ok())
        return R::failure(sc.error());
    if (options.updateSearchIndex) {
        if (const Status si = SearchIndex::ensureCurrent(*db, options.searchIndexProgress); !si.ok())
            return R::failure(si.error());
    }
    return R(std::move(db));
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return Status::failure(tr("%1: %2").arg(m_path, errorText(q.lastError())));
    return {};
}

// Takes the write lock. SQLite's own busy handler sleeps up to 100 ms between tries, so a
// writer that commits and begins again at once (an import, file after file) would keep a
// second writer out until it is done; polling every few milliseconds, against writers that
// pause a moment between transactions (Importer), lets writers take turns.
Status Database::begin(int timeoutMs)
{
    if (timeoutMs < 0)
        timeoutMs = m_busyTimeoutMs;
    sqlite3 *h = handle();
    QElapsedTimer waited;
    waited.start();
    sqlite3_busy_timeout(h, 0);
    int pause = 1;
    while (true) {
        const int rc = sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            break;
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() >= timeoutMs) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(h));
            sqlite3_busy_timeout(h, m_busyTimeoutMs);
            if ((rc & 0xff) == SQLITE_BUSY)
                return Status::failure(tr("%1: the database is busy: another program has been writing to it "
                                          "for %2 s; try again when it has finished")
                                           .arg(m_path)
                                           .arg(timeoutMs / 1000.0, 0, 'f', 1));
            return Status::failure(tr("%1: cannot start a transaction: %2").arg(m_path, why));
        }
        QThread::msleep(pause);
        pause = std::min(pause + 1, 5);
    }
    sqlite3_busy_timeout(h, m_busyTimeoutMs);
    return {};
}

bool Database::inTransaction() const
{
    sqlite3 *h = handle();
    return h && !sqlite3_get_autocommit(h);
}

Database::BulkWrite::BulkWrite(Database &db)
    : m_db(db)
{
    const QByteArray sql = "PRAGMA cache_size=-" + QByteArray::number(CacheKiB) +
                           "; PRAGMA wal_autocheckpoint=" + QByteArray::number(LogPages);
    sqlite3_exec(m_db.handle(), sql.constData(), nullptr, nullptr, nullptr);
}

Database::BulkWrite::~BulkWrite()
{
    // The pages over the normal ceiling are freed; the log is copied into the file as far as
    // readers allow (never waiting for them).
    sqlite3 *h = m_db.handle();
    const QByteArray sql = "PRAGMA cache_size=-" + QByteArray::number(Database::CacheKiB) +
                           "; PRAGMA wal_autocheckpoint=1000; PRAGMA wal_checkpoint(PASSIVE)";
    sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr);
    // The cache's pages are freed one by one; without a trim the C library keeps them for the
    // process (a window that imported a million notices would stay 500 MB larger).
    sqlite3_db_release_memory(h);
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

Status Database::commit()
{
    return exec(u"COMMIT"_s);
}

void Database::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
}

Status Database::initialize()
{
    sqlite3 *h = handle();
    if (!h)
        return Status::failure(tr("%1: the Qt SQLite driver gave no sqlite3 handle").arg(m_path));
    // Functions and tokenizers live on the connection: register them on every one.
    if (const Status s = registerSqliteFunctions(h); !s.ok())
        return Status::failure(m_path + u": "_s + s.error());

    QSqlQuery q(m_db);
    int version = 0, appId = 0, tables = 0;
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        const QString e = errorText(q.lastError());
        if (e.contains(u"not a database"_s) || e.contains(u"encrypted"_s))
            return Status::failure(tr("%1: not an SQLite database").arg(m_path));
        return Status::failure(tr("%1: cannot read the schema version: %2").arg(m_path, e));
    }
    version = q.value(0).toInt();
    if (q.exec(u"PRAGMA application_id"_s) && q.next())
        appId = q.value(0).toInt();
    if (q.exec(u"SELECT count(*) FROM sqlite_schema"_s) && q.next())
        tables = q.value(0).toInt();
    q.finish();

    if (version > SchemaVersion)
        return Status::failure(
            tr("%1: the database has schema version %2, newer than this program's %3; "
               "open it with a newer Jikenbo")
                .arg(m_path)
                .arg(version)
                .arg(SchemaVersion));
    if (appId != ApplicationId && (tables > 0 || version != 0))
        return Status::failure(
            tr("%1: an SQLite database, but not a Jikenbo database").arg(m_path));

    QSqlQuery p(m_db);
    p.exec(u"PRAGMA journal_mode=WAL"_s);
    p.exec(u"PRAGMA synchronous=NORMAL"_s);
    p.exec(u"PRAGMA foreign_keys=ON"_s);
    p.exec(u"PRAGMA temp_store=MEMORY"_s);
    // Reads of a large database: map part of it (no read() per page) and keep more of it
    // cached than the 2 MB default; searches read index pages all over the file. The map is
    // kept moderate: the window has three connections (table, facets/detail, trends) and the
    // pages each maps count towards its resident memory (bench_gui: 207 MB after browsing 100k
    // notices with 128 MB, 152 MB with 64 MB, query times the same).
    p.exec(u"PRAGMA mmap_size=67108864"_s);
    p.exec(u"PRAGMA cache_size=-%1"_s.arg(CacheKiB));
    // The log grows long while an import writes (BulkWrite); the next writer after it cuts the
    // file back to this size instead of keeping hundreds of MB on disk.
    p.exec(u"PRAGMA journal_size_limit=67108864"_s);
    p.finish(); // (the pragma returns a row; an open statement would stop a VACUUM)

    if (tables == 0) {
        if (const Status s = begin(); !s.ok())
            return s;
        // Another process may have created the schema while this one waited for the lock.
        QSqlQuery again(m_db);
        if (again.exec(u"SELECT count(*) FROM sqlite_schema"_s) && again.next() && again.value(0).toInt() > 0) {
            again.finish();
            rollback();
            return {};
        }
        again.finish();
        for (const QString &stmt : Schema::createCurrent()) {
            if (const Status s = exec(stmt); !s.ok()) {
                rollback();
                return s;
            }
        }
        const Status s1 = exec(u"PRAGMA application_id=%1"_s.arg(ApplicationId));
        const Status s2 = exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion));
        const Status s3 = SearchIndex::recordVersions(*this);
        for (const Status &st : {s1, s2, s3}) {
            if (!st.ok()) {
                rollback();
                return st;
            }
        }
        return commit();
    }
    if (version < SchemaVersion)
        return migrate(version);
    return {};
}

Status Database::migrate(int from)
{
    // A copy of the database as it was, next to it, before anything changes.
    m_backupPath = m_path + u".v%1.bak"_s.arg(from);
    QFile::remove(m_backupPath);
    QSqlQuery q(m_db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(m_backupPath);
    if (!q.exec())
        return Status::failure(tr("%1: cannot write the backup copy %2 before migrating: %3")
                                   .arg(m_path, m_backupPath, errorText(q.lastError())));
    if (const Status s = begin(); !s.ok())
        return s;
    for (int v = from; v < SchemaVersion; ++v) {
        for (const QString &stmt : Schema::migrationFrom(v)) {
            if (const Status s = exec(stmt); !s.ok()) {
                rollback();
                return Status::failure(
                    tr("migration from schema version %1 failed: %2").arg(v).arg(s.error()));
            }
        }
    }
    if (const Status s = exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion)); !s.ok()) {
        rollback();
        return s;
    }
    return commit();
}

} // namespace jikenbo
