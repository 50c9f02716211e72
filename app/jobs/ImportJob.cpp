// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportJob.h"

#include <QFileInfo>

namespace jikenbo {

ImportJob::ImportJob(const Classifier &classifier, Options options)
    : m_classifier(classifier)
    , m_options(std::move(options))
{
}

void ImportJob::run(Database &db, const ProgressFn &progress, const std::atomic_bool &cancel)
{
    Importer importer(db, m_classifier);
    importer.setLockTimeout(m_options.lockTimeoutMs);
    Importer::ProgressFn perFile;
    if (m_options.reportProgress) {
        perFile = [&progress](const ImportProgress &p) {
            progress({p.bytesDone / 1024, std::max<qint64>(1, p.bytesTotal / 1024),
                      tr("Importing %1 of %2: %3")
                          .arg(std::min(p.fileIndex + 1, p.fileCount))
                          .arg(p.fileCount)
                          .arg(QFileInfo(p.file).fileName()),
                      false});
        };
    }
    m_result = importer.importPaths(m_options.paths, perFile, &cancel);
}

void ImportJob::failToOpen(const QString &databasePath, const QString &message)
{
    m_result.errors.append({databasePath, message});
}

} // namespace jikenbo
