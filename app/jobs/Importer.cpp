// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "ingest/PostParser.h"
#include "ingest/SourceReader.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "core/FileNode.h"
#include "core/InputFile.h"
#include "store/CauseModelUpdater.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <future>
#include <optional>

using namespace Qt::StringLiterals;

namespace jikenbo {

Importer::Importer(Database &db, const Classifier &classifier)
    : m_db(db)
    , m_classifier(classifier)
{
}

QStringList Importer::expandPaths(const QStringList &paths, QList<ImportError> *errors,
                                  QStringList *notes)
{
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            if (FileNode::of(p).kernelFile) {
                if (errors)
                    errors->append({p, tr("is a folder of the kernel (/proc, /sys), not pages "
                                          "of the blog: nothing read")});
                continue;
            }
            QStringList found;
            QDirIterator it(p, QDir::Files | QDir::NoDotAndDotDot | QDir::System,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QString f = it.next();
                if (QFileInfo(f).fileName().startsWith(u'.'))
                    continue;
                // A FIFO, a device or a socket in the folder is not a page, and reading it
                // could wait forever: skipped with a note, the rest imports.
                const FileNode node = FileNode::of(f);
                if (node.exists() && !InputFile::refusal(node).isEmpty()) {
                    if (notes)
                        *notes << f + u": "_s +
                                      tr("skipped: %1, not a regular file").arg(node.typeName());
                    continue;
                }
                found << f;
            }
            // Broken symlinks are not listed by QDir::Files; report them as unreadable.
            QDirIterator links(p, QDir::System | QDir::NoDotAndDotDot,
                               QDirIterator::Subdirectories);
            while (links.hasNext()) {
                const QString f = links.next();
                const QFileInfo li(f);
                if (li.isSymLink() && !li.exists() && !found.contains(f))
                    found << f;
            }
            std::sort(found.begin(), found.end());
            if (found.isEmpty() && errors)
                errors->append({p, tr("the folder holds no files")});
            out += found;
        } else if (fi.exists() || fi.isSymLink()) {
            out << p;
        } else if (errors) {
            const FileNode node = FileNode::of(p);
            errors->append({p, node.type == FileNode::Failed ? InputFile::refusal(node)
                                                             : tr("no such file or folder")});
        }
    }
    return out;
}

// Reading, parsing, classifying and tokenizing (for the full-text index) the next file runs on
// a second thread while this one writes the current file: the two halves take about as long as
// each other.
ImportSummary Importer::importPaths(const QStringList &paths, const ProgressFn &progress,
                                    const std::atomic_bool *cancel)
{
    ImportSummary total;
    const QStringList files = expandPaths(paths, &total.errors, &total.warnings);
    qint64 bytesTotal = 0;
    for (const QString &f : files)
        bytesTotal += QFileInfo(f).size();
    qint64 bytesDone = 0;
    auto prepare = [this](const QString &path) {
        return prepareFile(path);
    };
    std::future<PreparedFile> next;
    if (!files.isEmpty())
        next = std::async(std::launch::async, prepare, files.first());
    // The files written in the open transaction are counted once it commits; when it cannot,
    // each of them is reported as not imported.
    const Database::BulkWrite bulk(m_db);
    m_batch.on = true;
    QList<std::pair<QString, ImportSummary>> pending;
    auto settle = [&](const Status &committed) {
        for (auto &[file, written] : pending) {
            if (!committed.ok() && written.errors.isEmpty()) {
                written.errors.append({file, committed.error()});
                written.added = written.updated = written.unchanged = written.skippedPosts = 0;
            }
            total.add(written);
        }
        pending.clear();
    };
    for (int i = 0; i < files.size(); ++i) {
        PreparedFile cur = next.get();
        if (cancel && cancel->load()) {
            total.cancelled = true;
            break;
        }
        if (i + 1 < files.size())
            next = std::async(std::launch::async, prepare, files[i + 1]);
        if (progress)
            progress({i, int(files.size()), files[i], bytesDone, bytesTotal});
        ImportSummary written = writePrepared(cur);
        if (m_batch.lost) {
            m_batch.lost = false;
            settle(Status::failure(
                tr("not saved: the error in %1 undid the files written with it; import again")
                    .arg(files[i])));
        }
        pending.append({files[i], std::move(written)});
        if (m_batch.due())
            settle(commitBatch());
        bytesDone += QFileInfo(files[i]).size();
    }
    settle(m_batch.open ? commitBatch() : Status{});
    m_batch.on = false;
    if (next.valid())
        next.wait();
    // Fresh statistics for the query planner after a large import (cheap when nothing changed).
    if (total.added + total.updated > 0) {
        QSqlQuery q(m_db.sql());
        q.exec(u"PRAGMA optimize"_s);
    }
    // The learned second opinion on causes follows the labels just imported.
    if (const QString w = CauseModelUpdater::refreshAfterImport(m_db, total.added + total.updated);
        !w.isEmpty())
        total.warnings << w;
    if (progress && !total.cancelled)
        progress({int(files.size()), int(files.size()), QString(), bytesTotal, bytesTotal});
    return total;
}

Importer::PreparedFile Importer::prepareFile(const QString &path) const
{
    PreparedFile f{path, SourceReader::readFile(path), {}};
    if (f.read.ok()) {
        f.calls.reserve(f.read->page.incidents.size());
        f.tokens.reserve(f.read->page.incidents.size());
        f.inputs.reserve(f.read->page.incidents.size());
        for (const ParsedPost &p : std::as_const(f.read->page.incidents)) {
            f.calls.append(m_classifier.classify(p));
            f.inputs.append(IncidentStore::derive(p, f.calls.last(), p.labels));
            f.tokens.append({JapaneseTokenizer::Pretokenized(p.title.toUtf8()),
                             JapaneseTokenizer::Pretokenized(p.organization.toUtf8()),
                             JapaneseTokenizer::Pretokenized(p.body.toUtf8())});
        }
    }
    return f;
}

ImportSummary Importer::writePrepared(const PreparedFile &f)
{
    ImportSummary s;
    s.files = 1;
    if (!f.read.ok()) {
        s.errors.append({f.path, f.read.error()});
        return s;
    }
    for (const QString &w : std::as_const(f.read->warnings))
        s.warnings << f.path + u": "_s + w;
    ImportSummary written =
        writeParsed(f.read->page, f.calls, QFileInfo(f.path).absoluteFilePath(), &f.tokens,
                    &f.inputs);
    for (ImportError &e : written.errors)
        e.file = f.path;
    s.add(written);
    s.files = 1;
    return s;
}

ImportSummary Importer::importFile(const QString &path)
{
    return writePrepared(prepareFile(path));
}

ImportSummary Importer::importParsed(const ParsedPage &page, const QString &source)
{
    // Classify before taking the write lock.
    QList<Classification> calls;
    calls.reserve(page.incidents.size());
    for (const ParsedPost &p : page.incidents)
        calls.append(m_classifier.classify(p));
    return writeParsed(page, calls, source);
}

ImportSummary Importer::writeParsed(const ParsedPage &page, const QList<Classification> &calls,
                                    const QString &source, const QList<PostTokens> *tokens,
                                    const QList<IncidentStore::UpsertInput> *inputs)
{
    ImportSummary s;
    s.skippedPosts = page.skippedPosts;

    // An import waits longer for the lock than an interactive write: other imports take turns.
    if (!m_batch.open) {
        if (const Status b = m_db.begin(m_lockTimeoutMs); !b.ok()) {
            s.errors.append({source, b.error()});
            s.skippedPosts = 0;
            return s;
        }
        if (m_batch.on)
            m_batch.opened();
    }
    if (m_batch.on) {
        if (const Status b = m_db.exec(u"SAVEPOINT jk_file"_s); !b.ok()) {
            s.errors.append({source, b.error()});
            s.skippedPosts = 0;
            return s;
        }
    }
    // Undoes this file alone; when SQLite has already rolled back the whole transaction (a full
    // disk, an I/O error), the files written before it in the same transaction are lost too.
    auto undo = [this] {
        if (!m_batch.on) {
            m_db.rollback();
            return;
        }
        if (m_db.inTransaction() && m_db.exec(u"ROLLBACK TO jk_file"_s).ok() &&
            m_db.exec(u"RELEASE jk_file"_s).ok())
            return;
        if (m_db.inTransaction())
            m_db.rollback();
        m_batch.open = false;
        m_batch.lost = true;
    };
    IncidentStore store(m_db);
    const QString fingerprint = m_classifier.rules().fingerprint();
    int added = 0, updated = 0, unchanged = 0;
    for (qsizetype i = 0; i < page.incidents.size(); ++i) {
        std::optional<JapaneseTokenizer::TokenFeed> feed;
        if (tokens && i < tokens->size()) {
            const PostTokens &t = tokens->at(i);
            feed.emplace(std::initializer_list<const JapaneseTokenizer::Pretokenized *>{
                &t[0], &t[1], &t[2]});
        }
        const auto r = store.upsert(page.incidents[i], calls[i], source, fingerprint, nullptr,
                                    inputs && i < inputs->size() ? &inputs->at(i) : nullptr);
        if (!r.ok()) {
            undo();
            s.errors.append(
                {source, tr("post at line %1: %2").arg(page.incidents[i].line).arg(r.error())});
            s.skippedPosts = 0;
            return s;
        }
        switch (r.value()) {
        case UpsertOutcome::Added:
            ++added;
            break;
        case UpsertOutcome::Updated:
            ++updated;
            break;
        case UpsertOutcome::Unchanged:
            ++unchanged;
            break;
        }
    }
    Status st;
    if (added || updated)
        st = store.linkFollowUps();
    if (st.ok()) {
        QSqlQuery q(m_db.sql());
        q.prepare(
            u"INSERT INTO imports (source, finished_at, added, updated, unchanged, skipped) VALUES (?,?,?,?,?,?)"_s);
        q.addBindValue(source);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(added);
        q.addBindValue(updated);
        q.addBindValue(unchanged);
        q.addBindValue(page.skippedPosts);
        if (!q.exec())
            st = Status::failure(q.lastQuery());
    }
    if (st.ok())
        st = m_batch.on ? m_db.exec(u"RELEASE jk_file"_s) : m_db.commit();
    if (!st.ok()) {
        undo();
        s.errors.append({source, st.error()});
        s.skippedPosts = 0;
        return s;
    }
    s.added = added;
    s.updated = updated;
    s.unchanged = unchanged;
    if (m_batch.on) {
        m_batch.rows += page.incidents.size();
        return s;
    }
    // A breath between transactions gives a waiting writer (another process) its turn.
    QThread::msleep(3);
    return s;
}

Status Importer::commitBatch()
{
    m_batch.open = false;
    const Status st = m_db.commit();
    if (!st.ok())
        m_db.rollback();
    // A breath between transactions gives a waiting writer (another process) its turn.
    QThread::msleep(3);
    return st;
}

} // namespace jikenbo
