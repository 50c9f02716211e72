// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "classify/ActiveRules.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "jobs/FactsBackfillJob.h"
#include "jobs/JobRunner.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace jikenbo {

CliContext::CliContext(QTextStream &o, QTextStream &e)
    : out(o)
    , err(e)
{
}

CliContext::~CliContext() = default;

QString CliContext::oneLine(const QString &message)
{
    QString one;
    one.reserve(message.size());
    for (QChar c : message) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            one += u' ';
        } else if ((u < 0x20 && u != u'\t') || (u >= 0x7F && u <= 0x9F) || u == 0x2028 ||
                   u == 0x2029) {
            // A carriage return or an escape sequence in a file name would rewrite the
            // terminal's line: shown as \xHH (\uHHHH) instead.
            const QString hex = QString::number(u, 16).toUpper();
            one += u <= 0xFF ? u"\\x"_s + hex.rightJustified(2, u'0') : u"\\u"_s + hex;
        } else {
            one += c;
        }
    }
    return one;
}

int CliContext::fail(int code, const QString &message)
{
    err << "jikenbo-cli: " << oneLine(message) << Qt::endl;
    return code;
}

void CliContext::warn(const QString &message)
{
    err << "jikenbo-cli: " << oneLine(tr("warning: %1").arg(message)) << Qt::endl;
}

int CliContext::loadRules(const CliArgs &args)
{
    if (!args.has(u"rules"_s))
        return CliOk;
    auto rules = std::make_unique<ActiveRules>();
    // A command run with a broken rules file does nothing rather than use other rules.
    if (const Status s = rules->useFile(args.value(u"rules"_s)); !s.ok())
        return fail(CliUserError, s.error());
    m_rules = std::move(rules);
    return CliOk;
}

int CliContext::loadSchemes(const CliArgs &args)
{
    if (!args.has(u"schemes"_s)) {
        if (const QString w = SchemeMap::activeWarning(); !w.isEmpty())
            warn(w);
        return CliOk;
    }
    if (const Status s = SchemeMap::useFile(args.value(u"schemes"_s)); !s.ok())
        return fail(CliUserError, s.error());
    return CliOk;
}

int CliContext::openDatabase(const CliArgs &args, bool create)
{
    const QString path = args.value(u"db"_s, Database::defaultPath());
    Database::Options opt;
    opt.create = create || !args.has(u"db"_s);
    // A database indexed by another tokenizer version is re-indexed at open: say so, with
    // progress every tenth, on stderr.
    auto timer = std::make_shared<QElapsedTimer>();
    auto shown = std::make_shared<int>(-1);
    opt.searchIndexProgress = [this, timer, shown](qint64 done, qint64 total) {
        if (*shown < 0) {
            timer->start();
            err << "jikenbo-cli: "
                << tr("rebuilding the search index for the new tokenizer (%1 incidents)…")
                       .arg(total)
                << Qt::endl;
            *shown = 0;
        }
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth > *shown && tenth < 10) {
            *shown = tenth;
            err << "jikenbo-cli: "
                << tr("search index: %1% (%2 of %3)").arg(tenth * 10).arg(done).arg(total)
                << Qt::endl;
        } else if (done >= total && *shown < 10) {
            *shown = 10;
            err << "jikenbo-cli: "
                << tr("search index rebuilt: %1 incidents in %2 s")
                       .arg(total)
                       .arg(timer->elapsed() / 1000.0, 0, 'f', 1)
                << Qt::endl;
        }
    };
    auto db = Database::open(path, opt);
    if (!db.ok())
        return fail(CliUserError, db.error());
    m_db = std::move(db).value();
    // A database from before schema 7: its notices' dates, data kinds and contractors are read
    // once, here (the window does it as a task).
    if (const auto pending = IncidentStore::factsPending(*m_db);
        pending.ok() && pending.value() > 0) {
        err << "jikenbo-cli: "
            << tr("reading dates, data kinds and contractors of %1 stored incidents…")
                   .arg(pending.value())
            << Qt::endl;
        FactsBackfillJob backfill;
        JobRunner::run(backfill, *m_db);
        if (!backfill.result().ok())
            return fail(CliInternalError, backfill.result().error());
    }
    return CliOk;
}

const RuleSet &CliContext::rules() const
{
    return m_rules ? m_rules->rules() : RuleSet::builtIn();
}

const Classifier &CliContext::classifier()
{
    if (!m_rules)
        m_rules = std::make_unique<ActiveRules>();
    return m_rules->classifier();
}

int displayWidth(QStringView s)
{
    int w = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        w += wide ? 2 : 1;
    }
    return w;
}

QString rightColumn(const QString &s, int width)
{
    return QString(std::max(0, width - displayWidth(s)), u' ') + s;
}

QString fitColumn(const QString &s, int width)
{
    QString out;
    int w = 0;
    const bool tooWide = displayWidth(s) > width;
    for (QChar c : s) {
        const int cw = displayWidth(QStringView(&c, 1));
        if (tooWide && w + cw > width - 1) {
            out += u'…';
            ++w;
            break;
        }
        out += c;
        w += cw;
    }
    while (w < width) {
        out += u' ';
        ++w;
    }
    return out;
}

QJsonValue jsonOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace jikenbo
