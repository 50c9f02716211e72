// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncWorker.h"

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "store/Database.h"

namespace jikenbo {

SyncWorker::SyncWorker(const QString &databasePath, const SyncOptions &options,
                       const RuleSet *rules, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_options(options)
    , m_rules(rules)
{
    qRegisterMetaType<jikenbo::SyncProgress>();
    qRegisterMetaType<jikenbo::SyncSummary>();
}

void SyncWorker::run()
{
    auto db = Database::open(m_databasePath);
    if (!db.ok()) {
        SyncSummary s;
        s.feedUrl = m_options.feedUrl.toString();
        s.status = QStringLiteral("failed");
        s.import.errors.append({m_databasePath, db.error()});
        Q_EMIT finished(s);
        return;
    }
    const Classifier classifier(Taxonomy::builtIn(), m_rules ? *m_rules : RuleSet::builtIn());
    FeedSync job(*db.value(), classifier, m_options);
    const SyncSummary summary =
        job.run([this](const SyncProgress &p) { Q_EMIT progress(p); }, &m_cancel);
    Q_EMIT finished(summary);
}

} // namespace jikenbo
