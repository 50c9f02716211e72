// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTimeline.h"

#include "NoticeFacts.h"
#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QDate dateOf(const IncidentRecord &r)
{
    return r.announcedOn.isValid() ? r.announcedOn : r.postedOn;
}

// The facts a post states that a later post may change, as the UI shows them.
struct Stated
{
    QString affected, cause, sector, discovered, occurred;
};

Stated statedBy(const IncidentRecord &r)
{
    Stated s;
    if (r.affected)
        s.affected = format::number(*r.affected);
    const Taxonomy &tax = Taxonomy::builtIn();
    if (!r.cause.isEmpty() && r.cause != u"unknown"_s)
        s.cause = tax.causeName(r.cause);
    if (!r.sector.isEmpty() && r.sector != u"unknown"_s)
        s.sector = tax.sectorName(r.sector);
    if (!r.body.isEmpty()) {
        const NoticeFacts f = NoticeFacts::fromNotice(r);
        if (f.timeline.discovered.isValid())
            s.discovered = format::date(f.timeline.discovered.date);
        if (f.timeline.occurred.isValid())
            s.occurred = format::date(f.timeline.occurred.date);
    }
    return s;
}

} // namespace

CaseTimeline::Kind CaseTimeline::kindOfTitle(const QString &title)
{
    static const QRegularExpression finalReport(u"最終報|最終報告|最終のご報告"_s);
    static const QRegularExpression investigation(u"調査結果|調査報告|調査完了|原因と再発防止"_s);
    static const QRegularExpression update(u"続報|第\\s*[0-9０-９一二三四五六七八九十]+\\s*報|経過報告|更新|追加のお知らせ|その[0-9０-９]+"_s);
    if (finalReport.match(title).hasMatch())
        return Kind::Final;
    if (investigation.match(title).hasMatch())
        return Kind::Investigation;
    if (update.match(title).hasMatch())
        return Kind::Update;
    return Kind::FirstNotice;
}

QString CaseTimeline::kindName(Kind k)
{
    switch (k) {
    case Kind::FirstNotice:
        return tr("First notice");
    case Kind::Update:
        return tr("Update");
    case Kind::Investigation:
        return tr("Investigation results");
    case Kind::Final:
        return tr("Final report");
    }
    return {};
}

QString CaseTimeline::fieldName(const QString &field)
{
    if (field == u"affected"_s)
        return tr("Affected");
    if (field == u"cause"_s)
        return tr("Cause");
    if (field == u"sector"_s)
        return tr("Sector");
    if (field == u"discovered"_s)
        return tr("Discovered");
    if (field == u"occurred"_s)
        return tr("Occurred");
    return field;
}

QString CaseTimeline::describe(const Change &c)
{
    if (c.before.isEmpty())
        return tr("%1: %2 (new)").arg(fieldName(c.field), c.after);
    if (c.after.isEmpty())
        return tr("%1: %2 (no longer stated)").arg(fieldName(c.field), c.before);
    return tr("%1: %2 → %3").arg(fieldName(c.field), c.before, c.after);
}

CaseTimeline CaseTimeline::fromPosts(QList<IncidentRecord> posts)
{
    std::stable_sort(posts.begin(), posts.end(), [](const IncidentRecord &a, const IncidentRecord &b) {
        const QDate da = dateOf(a), db = dateOf(b);
        if (da != db)
            return !db.isValid() || (da.isValid() && da < db);
        // On one day a first notice comes before its update.
        const bool fa = kindOfTitle(a.title) == Kind::FirstNotice;
        const bool fb = kindOfTitle(b.title) == Kind::FirstNotice;
        if (fa != fb)
            return fa;
        return a.id < b.id;
    });
    CaseTimeline t;
    Stated previous;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        Entry e;
        // A case of one post changes nothing: no need to read its notice.
        const Stated now = posts.size() > 1 ? statedBy(posts[i]) : Stated{};
        e.date = dateOf(posts[i]);
        e.kind = i == 0 ? Kind::FirstNotice : kindOfTitle(posts[i].title);
        if (i > 0 && e.kind == Kind::FirstNotice)
            e.kind = Kind::Update; // a later post of the case that does not say what it is
        if (i > 0) {
            const auto compare = [&](const QString &field, const QString &before, const QString &after) {
                // A later post that does not repeat a fact leaves it standing.
                if (!after.isEmpty() && after != before)
                    e.changes.append({field, before, after});
            };
            compare(u"affected"_s, previous.affected, now.affected);
            compare(u"cause"_s, previous.cause, now.cause);
            compare(u"sector"_s, previous.sector, now.sector);
            compare(u"discovered"_s, previous.discovered, now.discovered);
            compare(u"occurred"_s, previous.occurred, now.occurred);
        }
        // What stands after this post: what it says, else what was said before.
        const auto keep = [](QString &stands, const QString &said) {
            if (!said.isEmpty())
                stands = said;
        };
        keep(previous.affected, now.affected);
        keep(previous.cause, now.cause);
        keep(previous.sector, now.sector);
        keep(previous.discovered, now.discovered);
        keep(previous.occurred, now.occurred);
        e.post = std::move(posts[i]);
        e.post.body.clear();
        t.entries.append(std::move(e));
    }
    return t;
}

Result<CaseTimeline> CaseTimeline::of(Database &db, const IncidentRecord &incident)
{
    using R = Result<CaseTimeline>;
    IncidentStore store(db);
    QList<IncidentRecord> posts;
    QSet<QString> seen;
    const auto add = [&](const IncidentRecord &r) {
        if (!seen.contains(r.key)) {
            seen.insert(r.key);
            posts.append(r);
        }
    };
    // The follow-up chain: up to the post it all follows, then everything that follows on.
    QString rootKey = incident.key;
    QString up = incident.followUpOfKey;
    for (int hops = 0; !up.isEmpty() && hops < 32; ++hops) {
        auto r = store.byKey(up, false);
        if (!r.ok())
            return R::failure(r.error());
        if (!r.value())
            break;
        rootKey = r.value()->key;
        up = r.value()->followUpOfKey;
    }
    QStringList caseIds;
    QStringList frontier{rootKey};
    while (!frontier.isEmpty() && seen.size() < 200) {
        const QString key = frontier.takeFirst();
        if (seen.contains(key))
            continue;
        auto r = store.byKey(key, true);
        if (!r.ok())
            return R::failure(r.error());
        if (!r.value())
            continue;
        add(*r.value());
        if (r.value()->caseId.contains(u'-'))
            caseIds << r.value()->caseId;
        auto next = store.followUpKeysOf(r.value()->id);
        if (!next.ok())
            return R::failure(next.error());
        frontier << next.value();
    }
    if (incident.caseId.contains(u'-'))
        caseIds << incident.caseId;
    caseIds.removeDuplicates();
    // The posts of the same case id (a year alone names no case).
    for (const QString &c : std::as_const(caseIds)) {
        auto same = store.byCaseId(c, true);
        if (!same.ok())
            return R::failure(same.error());
        for (const IncidentRecord &r : same.value())
            add(r);
    }
    if (!seen.contains(incident.key)) {
        auto self = store.byKey(incident.key, true);
        if (!self.ok())
            return R::failure(self.error());
        if (self.value())
            add(*self.value());
    }
    return fromPosts(std::move(posts));
}

} // namespace jikenbo
