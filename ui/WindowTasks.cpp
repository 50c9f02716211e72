// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowTasks.h"

#include "DialogProvider.h"
#include "JobStatusView.h"
#include "Settings.h"
#include "classify/ActiveRules.h"
#include "core/Format.h"
#include "jobs/CsvExportJob.h"
#include "jobs/FactsBackfillJob.h"
#include "jobs/VerisExportJob.h"
#include "jobs/ImportJob.h"
#include "jobs/IndexRebuildJob.h"
#include "jobs/JobRunner.h"
#include "jobs/ReclassifyJob.h"
#include "jobs/SyncJob.h"
#include "report/ExportDialog.h"
#include "report/PrintLayoutDialog.h"
#include "report/SummaryPrinting.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace jikenbo {

WindowTasks::WindowTasks(QWidget *window, Database &db, DialogProvider *dialogs, JobRunner *runner,
                         JobStatusView *status, JobRunner *exportRunner)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_dialogs(dialogs)
    , m_runner(runner)
    , m_status(status)
    , m_exportRunner(exportRunner)
{
}

bool WindowTasks::isBusy() const
{
    return m_runner->isRunning();
}

std::shared_ptr<ActiveRules> WindowTasks::activeRules()
{
    auto rules = std::make_shared<ActiveRules>();
    const QString file = settings::rulesFile.get();
    if (!file.isEmpty()) {
        if (const Status s = rules->useFile(file); !s.ok())
            m_status->showSummary(tr("Using the built-in rules: %1").arg(s.error()));
    }
    return rules;
}

void WindowTasks::importFromDialog()
{
    const QStringList files =
        m_dialogs->openFiles(m_window, tr("Import Pages"), settings::lastImportDir.get(),
                             tr("Blog pages (*.txt *.html *.htm *.xml *.atom);;All files (*)"));
    if (!files.isEmpty()) {
        settings::lastImportDir.set(QFileInfo(files.first()).absolutePath());
        importPaths(files);
    }
}

void WindowTasks::importFolderFromDialog()
{
    const QString dir = m_dialogs->openDirectory(m_window, tr("Import a Folder of Pages"),
                                                 settings::lastImportDir.get());
    if (!dir.isEmpty()) {
        settings::lastImportDir.set(dir);
        importPaths({dir});
    }
}

void WindowTasks::importPaths(const QStringList &paths)
{
    if (isBusy() || paths.isEmpty())
        return;
    auto rules = activeRules();
    auto job = std::make_shared<ImportJob>(rules->classifier(), ImportJob::Options{paths});
    m_runner->start(tr("Importing…"), job, m_db.path(),
                    [this, job, rules] { onImportFinished(job->result(), tr("Import")); });
}

// The quiet first-start import of the fictional sample notices, with the built-in rules.
void WindowTasks::addSampleCorpus()
{
    auto rules = std::make_shared<ActiveRules>();
    ImportJob::Options options{{u":/jikenbo/sample"_s}};
    options.reportProgress = false;
    auto job = std::make_shared<ImportJob>(rules->classifier(), options);
    m_runner->start(tr("Adding the sample incidents…"), job, m_db.path(), [job, rules] {});
}

void WindowTasks::onImportFinished(const ImportSummary &s, const QString &what)
{
    QString text =
        tr("%1 file(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).")
            .arg(s.files)
            .arg(s.added)
            .arg(s.updated)
            .arg(s.unchanged)
            .arg(s.skippedPosts)
            .arg(s.errors.size());
    if (s.cancelled)
        text = tr("Cancelled. Files finished before that are imported.") + u' ' + text;
    QStringList details;
    for (const ImportError &e : s.errors)
        details << e.file + u": "_s + e.message;
    details += s.warnings;
    m_status->showSummary(text);
    m_dialogs->inform(m_window, what, text, details.join(u'\n'));
}

bool WindowTasks::syncNow(const SyncRequest &request)
{
    if (isBusy())
        return false;
    SyncOptions opt;
    opt.full = request.full;
    const QString url = settings::feedUrl.get();
    if (!url.isEmpty())
        opt.feedUrl = QUrl(url);
    auto rules = activeRules(); // kept until the sync is done
    auto job = std::make_shared<SyncJob>(rules->classifier(), opt);
    m_runner->start(tr("Syncing…"), job, m_db.path(),
                    [this, job, rules, request] { onSyncFinished(job->result(), request); });
    Q_EMIT syncStarted(request);
    return true;
}

void WindowTasks::onSyncFinished(const SyncSummary &s, const SyncRequest &request)
{
    // A failed sync (offline, most often) is told in one line by the sample bar or the status
    // bar (SampleCorpusController), never in a dialog; the cache stays as it was.
    if (s.status == u"failed"_s)
        return;
    QString text =
        tr("%1 page(s): %2 added, %3 updated, %4 unchanged, %5 other post(s) skipped, %6 error(s).")
            .arg(s.pages)
            .arg(s.import.added)
            .arg(s.import.updated)
            .arg(s.import.unchanged)
            .arg(s.import.skippedPosts)
            .arg(s.import.errors.size());
    if (s.status == u"cancelled"_s)
        text = tr("Cancelled. Pages finished before that are imported; the next sync goes on from "
                  "there.") +
               u' ' + text;
    if (s.resumed)
        text += u' ' + tr("Resumed the sync that stopped before.");
    if (s.fullPass && s.removed > 0 && s.status == u"ok"_s &&
        FeedSync::isWholeBlogFeed(QUrl(s.feedUrl)))
        text += u' ' + tr("Full pass: %n post(s) no longer on the blog marked removed (kept, with "
                          "your notes).",
                          nullptr, s.removed);
    QStringList details;
    if (!s.unmappedLabels.isEmpty()) {
        QStringList labels;
        for (auto it = s.unmappedLabels.cbegin(); it != s.unmappedLabels.cend(); ++it)
            labels << tr("%1 (%n post(s))", nullptr, it.value()).arg(it.key());
        const QString line = tr("Unmapped label(s), kept as labels but deciding no cause: %1")
                                 .arg(labels.join(u", "_s));
        text += u' ' + tr("%n unmapped label(s).", nullptr, int(s.unmappedLabels.size()));
        details << line;
    }
    for (const SyncChange &c : s.changes) {
        const QString change = c.change == u"new"_s        ? tr("new")
                               : c.change == u"edited"_s   ? tr("edited")
                               : c.change == u"removed"_s  ? tr("removed")
                               : c.change == u"restored"_s ? tr("restored")
                                                           : tr("relabelled");
        details << change + u"  "_s + c.title;
    }
    for (const ImportError &e : s.import.errors)
        details << e.file + u": "_s + e.message;
    details += s.import.warnings;
    m_status->showSummary(text);
    if (!request.quiet())
        m_dialogs->inform(m_window, tr("Sync"), text, details.join(u'\n'));
}

void WindowTasks::reclassifyAll()
{
    if (isBusy())
        return;
    auto rules = activeRules();
    auto job = std::make_shared<ReclassifyJob>(rules->classifier());
    m_runner->start(tr("Classifying…"), job, m_db.path(), [this, job, rules] {
        const auto &r = job->result();
        QString text;
        if (!r.ok())
            text = r.error();
        else if (r->cancelled)
            text = tr("Cancelled; nothing changed.");
        else
            text = tr("%1 incidents classified again: %2 changed cause, %3 changed sector; %4 of "
                      "your overrides kept.")
                       .arg(r->incidents)
                       .arg(r->causeChanged)
                       .arg(r->sectorChanged)
                       .arg(r->overrideKept);
        m_dialogs->inform(m_window, tr("Classify All Again"), text);
    });
}

void WindowTasks::rebuildSearchIndex()
{
    if (isBusy())
        return;
    auto job = std::make_shared<IndexRebuildJob>();
    m_runner->start(tr("Rebuilding the search index…"), job, m_db.path(), [this, job] {
        if (!job->result().ok() && !job->cancelled())
            m_dialogs->warn(m_window, tr("Search index"), job->result().error());
        else if (job->result().ok())
            m_status->showSummary(tr("The search index is up to date."), 8000);
    });
}

void WindowTasks::fillIncidentFacts()
{
    if (isBusy())
        return;
    auto job = std::make_shared<FactsBackfillJob>();
    m_runner->start(tr("Reading dates, data kinds and contractors…"), job, m_db.path(),
                    [this, job] {
                        if (!job->result().ok() && !job->cancelled())
                            m_dialogs->warn(m_window, tr("Incident facts"), job->result().error());
                        else if (job->result().ok() && !job->cancelled())
                            m_status->showSummary(
                                tr("Dates, data kinds and contractors read for %n incident(s).",
                                   nullptr, int(job->filled())),
                                8000);
                    });
}

void WindowTasks::exportCsv(const Query &query, const ListOptions &list, const QStringList &columns,
                            qint64 matchCount)
{
    if (m_exportRunner->isRunning())
        return; // one export at a time (the action is disabled meanwhile)
    ExportDialog dialog(m_window);
    CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Utf8Bom);
    o.columns = columns;
    dialog.setOptions(o);
    dialog.setMatchCount(matchCount);
    if (dialog.exec() != QDialog::Accepted)
        return;
    o = dialog.options();
    const QString path = m_dialogs->saveFile(m_window, tr("Export CSV"),
                                             settings::lastExportDir.get() + u"/jikenbo.csv"_s,
                                             tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings::lastExportDir.set(QFileInfo(path).absolutePath());
    startCsvExport(query, list, o, path);
}

void WindowTasks::startCsvExport(const Query &query, const ListOptions &list,
                                 const CsvExportOptions &options, const QString &path)
{
    auto job = std::make_shared<CsvExportJob>(CsvExportJob::Options{query, options, list, path});
    m_exportRunner->start(tr("Exporting…"), job, m_db.path(), [this, job] {
        const CsvExportJob::Options &o = job->options();
        switch (job->outcome()) {
        case CsvExportJob::Outcome::Written:
            m_dialogs->inform(m_window, tr("Export CSV"),
                              tr("%1 incidents written to %2.")
                                  .arg(format::number(job->summary().rows), o.outputPath),
                              job->summary().replaced.describeReplaced());
            break;
        case CsvExportJob::Outcome::Cancelled:
            m_status->showSummary(tr("Export cancelled; no file was written."), 8000);
            break;
        case CsvExportJob::Outcome::Failed:
            m_dialogs->warn(m_window, tr("Export CSV"), job->errorMessage());
            break;
        case CsvExportJob::Outcome::NeedsReplacement:
            if (m_dialogs->ask(m_window, tr("Export CSV"),
                               job->unmappable().describe() + u"\n\n"_s +
                                   tr("Replace these characters and export?"),
                               QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes) {
                CsvExportOptions replacing = o.csv;
                replacing.replaceUnmappable = true;
                startCsvExport(o.query, o.list, replacing, o.outputPath);
                return;
            }
            break;
        case CsvExportJob::Outcome::Running:
            break;
        }
        Q_EMIT exportFinished();
    });
}

void WindowTasks::exportVeris(const Query &query, const ListOptions &list)
{
    if (m_exportRunner->isRunning())
        return; // one export at a time (the action is disabled meanwhile)
    const QString path = m_dialogs->saveFile(m_window, tr("Export VERIS JSON Lines"),
                                             settings::lastExportDir.get() + u"/jikenbo.jsonl"_s,
                                             tr("JSON Lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    settings::lastExportDir.set(QFileInfo(path).absolutePath());
    auto job = std::make_shared<VerisExportJob>(VerisExportJob::Options{query, list, path});
    m_exportRunner->start(tr("Exporting…"), job, m_db.path(), [this, job] {
        switch (job->outcome()) {
        case VerisExportJob::Outcome::Written:
            m_dialogs->inform(m_window, tr("Export VERIS JSON Lines"),
                              tr("%1 incidents written to %2.")
                                  .arg(format::number(job->summary().rows),
                                       job->options().outputPath));
            break;
        case VerisExportJob::Outcome::Cancelled:
            m_status->showSummary(tr("Export cancelled; no file was written."), 8000);
            break;
        case VerisExportJob::Outcome::Failed:
            m_dialogs->warn(m_window, tr("Export VERIS JSON Lines"), job->errorMessage());
            break;
        case VerisExportJob::Outcome::Running:
            break;
        }
        Q_EMIT exportFinished();
    });
}

void WindowTasks::print(const QStringList &keys, bool era)
{
    if (keys.isEmpty()) {
        m_status->showSummary(tr("Select the incidents to print first."), 5000);
        return;
    }
    const Status s = SummaryPrinting::preview(m_db, keys, m_window, era);
    if (!s.ok())
        m_dialogs->warn(m_window, tr("Print"), s.error());
}

void WindowTasks::exportPdf(const QStringList &keys, bool era)
{
    if (keys.isEmpty()) {
        m_status->showSummary(tr("Select the incidents to export first."), 5000);
        return;
    }
    PrintLayoutDialog layoutDialog(m_window);
    if (m_dialogs->exec(&layoutDialog) != QDialog::Accepted)
        return;
    const QString path = m_dialogs->saveFile(m_window, tr("Export PDF"),
                                             settings::lastExportDir.get() + u"/jikenbo.pdf"_s,
                                             tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    settings::lastExportDir.set(QFileInfo(path).absolutePath());
    const auto r = SummaryPrinting::exportPdf(m_db, keys, path, era,
                                              layoutDialog.chosenLayout());
    if (!r.ok())
        m_dialogs->warn(m_window, tr("Export PDF"), r.error());
    else
        m_status->showSummary(tr("%1 page(s) written to %2").arg(r.value()).arg(path), 8000);
}

} // namespace jikenbo
