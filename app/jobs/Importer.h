// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/SourceReader.h"
#include "classify/Classifier.h"
#include "core/ImportSummary.h"
#include "core/Result.h"
#include "search/JapaneseTokenizer.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>

namespace jikenbo {

class Database;

struct ImportProgress
{
    int fileIndex = 0; // 0-based
    int fileCount = 0;
    QString file;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};

// Imports pages into the database: each source all of it or none of it, upserting every
// incident by its stable key. Files are read and parsed before they are written, so the write
// lock is held only while writing. importPaths() writes several files in one transaction (each
// file in a savepoint of its own, rolled back alone when it fails), committed every BatchRows
// notices or BatchMs: a page of an index then takes several rows per write, and the lock is
// still given up often enough for another writer's turn.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using ProgressFn = std::function<void(const ImportProgress &)>;
    static constexpr int ImportLockTimeoutMs = 60000;
    static constexpr int BatchRows = 10000;
    static constexpr int BatchMs = 3000;

    Importer(Database &db, const Classifier &classifier);

    // Files and folders (recursively, in name order, hidden files skipped).
    ImportSummary importPaths(const QStringList &paths, const ProgressFn &progress = {},
                              const std::atomic_bool *cancel = nullptr);
    // One file. Errors come back in the summary.
    ImportSummary importFile(const QString &path);
    // Already parsed posts from `source` (a path or URL), in one transaction.
    ImportSummary importParsed(const ParsedPage &page, const QString &source);

    // How long a file waits for another writer before failing as "busy".
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }

    // The files to import: folders walked; what in a folder is not a regular file (a FIFO, a
    // device) is left out with a note ("file: skipped: …") in `notes`.
    static QStringList expandPaths(const QStringList &paths, QList<ImportError> *errors,
                                   QStringList *notes = nullptr);

private:
    // A notice's title, organisation and body, tokenized for the full-text index ahead.
    using PostTokens = std::array<JapaneseTokenizer::Pretokenized, 3>;
    struct PreparedFile
    {
        QString path;
        Result<ReadSource> read;
        QList<Classification> calls;
        QList<PostTokens> tokens;
        QList<IncidentStore::UpsertInput> inputs;
    };
    PreparedFile prepareFile(const QString &path) const;
    ImportSummary writePrepared(const PreparedFile &file);
    ImportSummary writeParsed(const ParsedPage &page, const QList<Classification> &calls,
                              const QString &source, const QList<PostTokens> *tokens = nullptr,
                              const QList<IncidentStore::UpsertInput> *inputs = nullptr);

    Status commitBatch();

    Database &m_db;
    const Classifier &m_classifier;
    int m_lockTimeoutMs = ImportLockTimeoutMs;
    // importPaths(): files are written into one open transaction, each in a savepoint.
    struct Batch
    {
        bool on = false;   // importPaths() is writing
        bool open = false; // its transaction is open
        bool lost = false; // SQLite rolled back the whole open transaction after an error
        qsizetype rows = 0;
        QElapsedTimer age;

        void opened()
        {
            open = true;
            rows = 0;
            age.start();
        }
        // Time to commit: enough notices, or long enough.
        bool due() const { return open && (rows >= BatchRows || age.elapsed() >= BatchMs); }
    };
    Batch m_batch;
};

} // namespace jikenbo
