// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/Importer.h"
#include "ingest/SyntheticCorpus.h"
#include "search/QueryParser.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"
#include "store/IncidentStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QStringList &valueOptions()
{
    static const QStringList o{u"db"_s,       u"rules"_s,  u"limit"_s, u"output"_s, u"encoding"_s,
                               u"by"_s,       u"period"_s, u"pdf"_s,   u"url"_s,    u"count"_s,
                               u"per-file"_s, u"seed"_s,   u"sort"_s,  u"columns"_s};
    return o;
}

const QStringList &flagOptions()
{
    static const QStringList o{u"json"_s, u"help"_s,     u"version"_s,
                               u"asc"_s,  u"synonyms"_s, u"replace-unmappable"_s,
                               u"crlf"_s, u"keys"_s,     u"no-formula-guard"_s};
    return o;
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject listJson(const IncidentRecord &r)
{
    return QJsonObject{
        {u"key"_s, r.key},
        {u"case_id"_s, r.caseId},
        {u"title"_s, r.title},
        {u"organization"_s, r.organization},
        {u"announced_on"_s, r.announcedOn.isValid()
                                ? QJsonValue(r.announcedOn.toString(Qt::ISODate))
                                : QJsonValue(QJsonValue::Null)},
        {u"cause"_s, r.cause},
        {u"cause_origin"_s, r.causeOrigin},
        {u"sector"_s, r.sector},
        {u"affected"_s,
         r.affected ? QJsonValue(double(*r.affected)) : QJsonValue(QJsonValue::Null)},
        {u"labels"_s, QJsonArray::fromStringList(r.labels)},
        {u"follow_up"_s, r.followUp},
        {u"follow_up_of"_s, orNull(r.followUpOfKey)},
        {u"source"_s, r.source},
    };
}

// Terminal columns: East Asian wide and full-width characters take two.
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

QString fit(const QString &s, int width)
{
    QString out;
    int w = 0;
    for (QChar c : s) {
        const int cw = displayWidth(QStringView(&c, 1));
        if (w + cw > width - 1 && displayWidth(s) > width) {
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

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliApp::~CliApp() = default;

int CliApp::fail(int code, const QString &message)
{
    QString one = message;
    one.replace(u'\n', u' ');
    m_err << "jikenbo-cli: " << one << Qt::endl;
    return code;
}

void CliApp::printUsage(QTextStream &s) const
{
    s << tr("Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] COMMAND [ARGS]\n"
            "\n"
            "Commands:\n"
            "  import FILE|DIR...       import blog pages (text, HTML) and feeds\n"
            "  list [QUERY]             matching incidents, newest first (--limit N, --sort "
            "COLUMN, --asc)\n"
            "  show CASE_ID|KEY         one incident in full\n"
            "  generate --count N --output DIR   write N synthetic notices (tests, benchmarks)\n"
            "  help [COMMAND]           this help\n"
            "\n"
            "Options:\n"
            "  --db PATH      database (default: $JIKENBO_DB or the GUI's database)\n"
            "  --json         print results as JSON\n"
            "  --rules FILE   classification rules to use instead of the built-in ones\n"
            "  --version      print the version\n"
            "\n"
            "Exit status: 0 success, 1 user error (bad query, missing file), 2 internal error.\n");
}

int CliApp::parseArgs(const QStringList &arguments, Args &args)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--"_s) {
            args.positional += arguments.mid(i + 1);
            break;
        }
        if (a.startsWith(u"--"_s) || a == u"-h"_s || a == u"-o"_s) {
            QString name = a == u"-h"_s ? u"help"_s : a == u"-o"_s ? u"output"_s : a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                if (!valueOptions().contains(name))
                    return fail(UserError, tr("option --%1 takes no value").arg(name));
            } else if (valueOptions().contains(name)) {
                if (i + 1 >= arguments.size())
                    return fail(UserError, tr("option --%1 needs a value").arg(name));
                value = arguments[++i];
            } else if (!flagOptions().contains(name)) {
                return fail(UserError, tr("unknown option %1 (see jikenbo-cli --help)").arg(a));
            }
            args.options.insert(name, value);
            continue;
        }
        if (args.command.isEmpty())
            args.command = a;
        else
            args.positional << a;
    }
    return Ok;
}

int CliApp::run(const QStringList &arguments)
{
    Args args;
    if (const int rc = parseArgs(arguments, args); rc != Ok)
        return rc;
    m_json = args.has(u"json"_s);
    if (args.has(u"version"_s)) {
        m_out << "jikenbo-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (args.command.isEmpty() || args.command == u"help"_s || args.has(u"help"_s))
        return cmdHelp(args);

    static const QStringList commands{u"import"_s, u"list"_s, u"show"_s, u"generate"_s};
    if (!commands.contains(args.command))
        return fail(UserError,
                    tr("unknown command '%1' (see jikenbo-cli --help)").arg(args.command));
    if (args.command == u"generate"_s)
        return cmdGenerate(args);

    if (const int rc = loadRules(args); rc != Ok)
        return rc;
    if (const int rc = openDatabase(args); rc != Ok)
        return rc;
    if (args.command == u"import"_s)
        return cmdImport(args);
    if (args.command == u"list"_s)
        return cmdList(args);
    return cmdShow(args);
}

int CliApp::cmdHelp(const Args &)
{
    printUsage(m_out);
    return Ok;
}

int CliApp::loadRules(const Args &args)
{
    if (!args.has(u"rules"_s))
        return Ok;
    auto r = RuleSet::fromFile(args.value(u"rules"_s), Taxonomy::builtIn());
    if (!r.ok())
        return fail(UserError, r.error());
    m_userRules = std::make_unique<RuleSet>(std::move(r).value());
    return Ok;
}

int CliApp::openDatabase(const Args &args)
{
    const QString path = args.value(u"db"_s, Database::defaultPath());
    Database::Options opt;
    opt.create = args.command == u"import"_s || !args.has(u"db"_s);
    auto db = Database::open(path, opt);
    if (!db.ok())
        return fail(UserError, db.error());
    m_db = std::move(db).value();
    return Ok;
}

int CliApp::cmdImport(const Args &args)
{
    if (args.positional.isEmpty())
        return fail(UserError, tr("import needs at least one FILE or DIR"));
    const RuleSet &rules = m_userRules ? *m_userRules : RuleSet::builtIn();
    const Classifier classifier(Taxonomy::builtIn(), rules);
    Importer importer(*m_db, classifier);
    const ImportSummary s = importer.importPaths(args.positional);
    for (const QString &w : s.warnings)
        m_err << "jikenbo-cli: " << tr("warning: %1").arg(w) << Qt::endl;
    for (const ImportError &e : s.errors)
        m_err << "jikenbo-cli: " << e.file << ": " << e.message << Qt::endl;
    if (m_json) {
        m_out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out
            << tr("%1 file(s): %2 added, %3 updated, %4 unchanged, %5 post(s) skipped, %6 error(s)")
                   .arg(s.files)
                   .arg(s.added)
                   .arg(s.updated)
                   .arg(s.unchanged)
                   .arg(s.skippedPosts)
                   .arg(s.errors.size())
            << Qt::endl;
    }
    return s.errors.isEmpty() ? Ok : UserError;
}

int CliApp::cmdList(const Args &args)
{
    const QString text = args.positional.join(u' ');
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    if (!pq.ok())
        return fail(
            UserError,
            tr("bad query at position %1: %2").arg(pq.error->position + 1).arg(pq.error->message));
    ListOptions opt;
    if (args.has(u"limit"_s)) {
        bool ok = false;
        opt.limit = args.value(u"limit"_s).toLongLong(&ok);
        if (!ok || opt.limit < 0)
            return fail(UserError, tr("--limit needs a number ≥ 0"));
    }
    opt.sql.expandSynonyms = args.has(u"synonyms"_s);
    if (args.has(u"sort"_s)) {
        static const QHash<QString, SortColumn> cols{
            {u"date"_s, SortColumn::Date},        {u"case"_s, SortColumn::CaseId},
            {u"org"_s, SortColumn::Organization}, {u"title"_s, SortColumn::Title},
            {u"cause"_s, SortColumn::Cause},      {u"sector"_s, SortColumn::Sector},
            {u"affected"_s, SortColumn::Affected}};
        const QString c = args.value(u"sort"_s);
        if (!cols.contains(c))
            return fail(UserError, tr("--sort: unknown column '%1'; expected date, case, org, "
                                      "title, cause, sector or affected")
                                       .arg(c));
        opt.sort = cols.value(c);
    }
    opt.descending = !args.has(u"asc"_s);
    QJsonArray arr;
    const Taxonomy &tax = Taxonomy::builtIn();
    const Status s = IncidentQuery::forEach(*m_db, pq.query, opt, [&](const IncidentRecord &r) {
        if (m_json) {
            arr.append(listJson(r));
        } else {
            m_out << fit(r.caseId, 9) << ' '
                  << fit(r.announcedOn.isValid() ? r.announcedOn.toString(Qt::ISODate) : u"-"_s, 11)
                  << ' ' << fit(tax.causeName(r.cause), 18) << ' ' << fit(r.organization, 28) << ' '
                  << r.title << '\n';
        }
        return true;
    });
    if (!s.ok())
        return fail(InternalError, s.error());
    if (m_json)
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Ok;
}

int CliApp::cmdShow(const Args &args)
{
    if (args.positional.size() != 1)
        return fail(UserError, tr("show needs one CASE_ID or KEY"));
    const QString id = args.positional.first();
    IncidentStore store(*m_db);
    QList<IncidentRecord> found;
    auto byKey = store.byKey(id, true);
    if (!byKey.ok())
        return fail(InternalError, byKey.error());
    if (byKey.value())
        found << *byKey.value();
    else {
        auto byCase = store.byCaseId(id.startsWith(u'#') ? id.mid(1) : id, true);
        if (!byCase.ok())
            return fail(InternalError, byCase.error());
        found = byCase.value();
    }
    if (found.isEmpty())
        return fail(UserError, tr("no incident with case id or key '%1'").arg(id));
    if (found.size() > 1) {
        QStringList keys;
        for (const IncidentRecord &r : found)
            keys << r.key + u" ("_s + r.title + u')';
        return fail(UserError, tr("case id %1 matches %2 incidents; show one by its key: %3")
                                   .arg(id)
                                   .arg(found.size())
                                   .arg(keys.join(u"; "_s)));
    }
    const IncidentRecord &r = found.first();
    const Taxonomy &tax = Taxonomy::builtIn();
    if (m_json) {
        QJsonObject o = listJson(r);
        o.insert(u"body"_s, r.body);
        o.insert(u"caption"_s, orNull(r.caption));
        o.insert(u"source_url"_s, orNull(r.sourceUrl));
        o.insert(u"affected_evidence"_s, orNull(r.affectedEvidence));
        o.insert(u"cause_confidence"_s, r.causeOrigin == u"rule"_s ? QJsonValue(r.causeConfidence)
                                                                   : QJsonValue(QJsonValue::Null));
        o.insert(u"cause_explanation"_s, r.causeExplain);
        o.insert(u"sector_explanation"_s, r.sectorExplain);
        QJsonArray related;
        for (const QString &c : r.relatedCaseIds) {
            auto rel = store.byCaseId(c);
            QJsonArray keys;
            if (rel.ok()) {
                for (const IncidentRecord &x : rel.value())
                    keys.append(QJsonObject{{u"key"_s, x.key}, {u"title"_s, x.title}});
            }
            related.append(QJsonObject{{u"case_id"_s, c}, {u"incidents"_s, keys}});
        }
        o.insert(u"related"_s, related);
        o.insert(u"note"_s, r.note);
        o.insert(u"starred"_s, r.starred);
        o.insert(u"tags"_s, QJsonArray::fromStringList(r.tags));
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto line = [this](const QString &label, const QString &value) {
        m_out << fit(label, 14) << (value.isEmpty() ? u"-"_s : value) << '\n';
    };
    m_out << "【" << r.caseId << "】" << r.title << "\n\n";
    line(tr("Key"), r.key);
    line(tr("Organization"), r.organization);
    line(tr("Announced"), r.announcedOn.toString(Qt::ISODate));
    QString cause = tax.causeName(r.cause) + u" ("_s + r.cause + u"), "_s + r.causeOrigin;
    if (r.causeOrigin == u"rule"_s)
        cause += tr(", confidence %1").arg(r.causeConfidence, 0, 'f', 2);
    line(tr("Cause"), cause);
    line(tr("Sector"), tax.sectorName(r.sector) + u" ("_s + r.sector + u')');
    line(tr("Affected"),
         r.affected ? QLocale::c().toString(*r.affected) + u" ("_s + r.affectedEvidence + u')'
                    : QString());
    line(tr("Follow-up"),
         r.followUp
             ? (r.followUpOfKey.isEmpty() ? tr("yes") : tr("yes, of %1").arg(r.followUpOfKey))
             : tr("no"));
    line(tr("Labels"), r.labels.join(u", "_s));
    line(tr("Related"), r.relatedCaseIds.join(u", "_s));
    line(tr("Source"), r.sourceUrl.isEmpty() ? r.source : r.sourceUrl);
    if (!r.note.isEmpty())
        line(tr("Note"), r.note);
    m_out << '\n' << r.body << '\n';
    return Ok;
}

int CliApp::cmdGenerate(const Args &args)
{
    SyntheticCorpus::Options o;
    bool ok = true;
    o.notices = args.value(u"count"_s, u"10000"_s).toInt(&ok);
    if (!ok || o.notices <= 0)
        return fail(UserError, tr("--count needs a positive number"));
    o.perFile = args.value(u"per-file"_s, u"1000"_s).toInt(&ok);
    if (!ok || o.perFile <= 0)
        return fail(UserError, tr("--per-file needs a positive number"));
    o.seed = args.value(u"seed"_s, u"1"_s).toULongLong(&ok);
    if (!ok)
        return fail(UserError, tr("--seed needs a number"));
    const QString dir = args.value(u"output"_s);
    if (dir.isEmpty())
        return fail(UserError, tr("generate needs --output DIR"));
    auto r = SyntheticCorpus::write(dir, o);
    if (!r.ok())
        return fail(UserError, r.error());
    m_out << tr("%1 notices, %2 bytes written to %3").arg(o.notices).arg(r.value()).arg(dir)
          << Qt::endl;
    return Ok;
}

} // namespace jikenbo
