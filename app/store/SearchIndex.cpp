// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndex.h"

#include "Database.h"
#include "SqliteFunctions.h"
#include "search/JapaneseTokenizer.h"
#include "search/SearchNormalizer.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString tokenizerVersion()
{
    return QString::number(JapaneseTokenizer::Version);
}

QString variantsVersion()
{
    return QString::number(SearchNormalizer::instance().version());
}

QString describe(const QString &tokenizer, const QString &variants)
{
    return u"tokenizer "_s + tokenizer + u", variants "_s + variants;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

Result<QHash<QString, QString>> readMeta(Database &db)
{
    using R = Result<QHash<QString, QString>>;
    QSqlQuery q(db.sql());
    if (!q.exec(u"SELECT name, value FROM meta WHERE name LIKE 'search.%'"_s))
        return R::failure(sqlError(q));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status setMeta(Database &db, const char *key, const QString &value)
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO meta (name, value) VALUES (?, ?) "
              "ON CONFLICT(name) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(sqlError(q));
    return {};
}

bool tokensCurrent(const QHash<QString, QString> &meta)
{
    return meta.value(QString::fromLatin1(SearchIndex::TokenizerKey)) == tokenizerVersion() &&
           meta.value(QString::fromLatin1(SearchIndex::VariantsKey)) == variantsVersion();
}

Status recordTokenVersions(Database &db)
{
    if (const Status s = setMeta(db, SearchIndex::TokenizerKey, tokenizerVersion()); !s.ok())
        return s;
    return setMeta(db, SearchIndex::VariantsKey, variantsVersion());
}

} // namespace

QString SearchIndex::currentVersion()
{
    return describe(tokenizerVersion(), variantsVersion());
}

Result<QString> SearchIndex::storedVersion(Database &db)
{
    const auto meta = readMeta(db);
    if (!meta.ok())
        return Result<QString>::failure(meta.error());
    const QString t = meta->value(QString::fromLatin1(TokenizerKey));
    const QString v = meta->value(QString::fromLatin1(VariantsKey));
    if (t.isEmpty() || v.isEmpty())
        return QString();
    return describe(t, v);
}

Result<bool> SearchIndex::needsRebuild(Database &db)
{
    const auto meta = readMeta(db);
    if (!meta.ok())
        return Result<bool>::failure(meta.error());
    return !tokensCurrent(meta.value());
}

Status SearchIndex::recordVersions(Database &db)
{
    if (const Status s = recordTokenVersions(db); !s.ok())
        return s;
    return setMeta(db, CollationKey, japaneseCollationVersion());
}

Status SearchIndex::rebuild(Database &db, const Progress &progress, const std::atomic_bool *cancel)
{
    auto failed = [&db](const QString &why) {
        db.rollback();
        return Status::failure(tr("%1: cannot rebuild the search index: %2").arg(db.path(), why));
    };
    if (const Status s = db.begin(); !s.ok())
        return Status::failure(tr("cannot rebuild the search index: %1").arg(s.error()));
    // Another connection may have rebuilt it while this one waited for the lock.
    const auto meta = readMeta(db);
    if (!meta.ok())
        return failed(meta.error());
    QSqlQuery q(db.sql());
    qint64 total = 0;
    if (!q.exec(u"SELECT count(*) FROM incident_text"_s) || !q.next())
        return failed(sqlError(q));
    total = q.value(0).toLongLong();
    q.finish();
    if (tokensCurrent(meta.value())) {
        db.rollback();
        return {};
    }
    {
        // The text again, chunk by chunk (INSERT INTO incident_fts(incident_fts)
        // VALUES('rebuild') would do it in one statement, without a word of progress).
        if (!q.exec(u"INSERT INTO incident_fts (incident_fts) VALUES ('delete-all')"_s))
            return failed(sqlError(q));
        QSqlQuery chunkEnd(db.sql());
        QSqlQuery insert(db.sql());
        if (!chunkEnd.prepare(
                u"SELECT id FROM incident_text WHERE id > ? ORDER BY id LIMIT 1 OFFSET ?"_s) ||
            !insert.prepare(u"INSERT INTO incident_fts (rowid, title, organization, body) "
                            "SELECT id, title, organization, body FROM incident_text "
                            "WHERE id > ? AND id <= ? ORDER BY id"_s))
            return failed(sqlError(chunkEnd.lastError().isValid() ? chunkEnd : insert));
        qint64 last = std::numeric_limits<qint64>::min();
        qint64 done = 0;
        if (progress)
            progress(0, total);
        while (done < total) {
            if (cancel && cancel->load()) {
                db.rollback();
                return Status::failure(tr("the search index rebuild was cancelled"));
            }
            chunkEnd.bindValue(0, last);
            chunkEnd.bindValue(1, ChunkRows - 1);
            if (!chunkEnd.exec())
                return failed(sqlError(chunkEnd));
            const qint64 end = chunkEnd.next() ? chunkEnd.value(0).toLongLong()
                                               : std::numeric_limits<qint64>::max();
            chunkEnd.finish();
            insert.bindValue(0, last);
            insert.bindValue(1, end);
            if (!insert.exec())
                return failed(sqlError(insert));
            done = std::min(total, done + std::max(1, insert.numRowsAffected()));
            last = end;
            if (progress)
                progress(done, total);
            if (end == std::numeric_limits<qint64>::max())
                break;
        }
    }
    if (const Status s = recordTokenVersions(db); !s.ok())
        return failed(s.error());
    if (const Status s = db.commit(); !s.ok())
        return failed(s.error());
    return {};
}

Status SearchIndex::ensureCurrent(Database &db, const Progress &progress)
{
    const auto meta = readMeta(db);
    if (!meta.ok())
        return Status::failure(meta.error());
    if (tokensCurrent(meta.value()))
        return {};
    return rebuild(db, progress);
}

Status SearchIndex::ensureCollation(Database &db)
{
    const QString current = japaneseCollationVersion();
    auto stored = [&db]() -> Result<QString> {
        const auto meta = readMeta(db);
        if (!meta.ok())
            return Result<QString>::failure(meta.error());
        return meta->value(QString::fromLatin1(CollationKey));
    };
    if (const auto before = stored(); !before.ok() || before.value() == current)
        return before.ok() ? Status() : Status::failure(before.error());
    if (const Status s = db.begin(); !s.ok())
        return s;
    // Read again under the lock: another connection may have done it meanwhile. Unknown: the
    // sort indexes were made by this program's ICU (schema creation or migration). Another
    // version: they are in another order, and must be sorted again.
    const auto collation = stored();
    Status s = collation.ok() ? Status() : Status::failure(collation.error());
    if (s.ok() && collation.value() != current) {
        if (!collation.value().isEmpty())
            s = db.exec(u"REINDEX jk_ja"_s);
        if (s.ok())
            s = setMeta(db, CollationKey, current);
    }
    if (!s.ok()) {
        db.rollback();
        return s;
    }
    return db.commit();
}

} // namespace jikenbo
