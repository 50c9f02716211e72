// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleNotices.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// The sources of the sample notices: the absolute paths of the resource files, ":/jikenbo/
// sample/NAME" (Importer stores QFileInfo::absoluteFilePath). A prefix test, not LIKE: no
// wildcard or case folding to think about.
QString prefix()
{
    return SampleNotices::resourceDir() + u'/';
}


QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text().trimmed();
}

} // namespace

SampleNotices::SampleNotices(Database &db)
    : m_db(db)
{
}

QString SampleNotices::resourceDir()
{
    return u":/jikenbo/sample"_s;
}

QString SampleNotices::condition(const QString &column)
{
    return u"substr(%1, 1, %2) = '%3'"_s.arg(column).arg(prefix().size()).arg(prefix());
}

bool SampleNotices::isSampleSource(const QString &source)
{
    return source.startsWith(prefix());
}

Result<qint64> SampleNotices::count()
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT count(*) FROM incidents i WHERE "_s + condition(u"i.source"_s));
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(tr("cannot count the sample notices: %1").arg(sqlError(q)));
    return q.value(0).toLongLong();
}

Result<SampleNotices::Removal> SampleNotices::remove()
{
    using R = Result<Removal>;
    if (const Status s = m_db.begin(); !s.ok())
        return R::failure(s.error());
    auto fail = [this](const QSqlQuery &q) {
        const QString e = sqlError(q);
        m_db.rollback();
        return R::failure(tr("cannot remove the sample notices: %1").arg(e));
    };
    const QString where = condition(u"i.source"_s);
    Removal r;
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT count(*) FROM annotations a JOIN incidents i ON i.key = a.key WHERE "_s +
              where);
    if (!q.exec() || !q.next())
        return fail(q);
    r.annotationsKept = q.value(0).toLongLong();
    q.finish();
    // The full-text index has external content: its rows go with the text they were made of.
    q.prepare(u"INSERT INTO incident_fts (incident_fts, rowid, title, organization, body) "
              "SELECT 'delete', t.id, t.title, t.organization, t.body "
              "FROM incident_text t JOIN incidents i ON i.id = t.id WHERE "_s +
              where);
    if (!q.exec())
        return fail(q);
    // incident_text and incident_refs go by ON DELETE CASCADE; a notice that followed a sample
    // loses the link (ON DELETE SET NULL).
    q.prepare(u"DELETE FROM incidents WHERE "_s + condition(u"source"_s));
    if (!q.exec())
        return fail(q);
    r.removed = q.numRowsAffected();
    if (const Status s = m_db.commit(); !s.ok())
        return R::failure(s.error());
    return r;
}

} // namespace jikenbo
