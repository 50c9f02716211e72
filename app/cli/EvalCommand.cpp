// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "classify/CauseModel.h"
#include "classify/Taxonomy.h"
#include "eval/GoldEvaluation.h"
#include "jobs/ImportJob.h"
#include "jobs/JobRunner.h"
#include "search/Query.h"
#include "store/CauseModelUpdater.h"
#include "store/Database.h"
#include "store/IncidentQuery.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// Short column heads of the confusion matrix, in the taxonomy's order.
QString causeAbbrev(const QString &key)
{
    static const QHash<QString, QString> a{{u"unauthorized_access"_s, u"UA"_s},
                                           {u"ransomware"_s, u"RW"_s},
                                           {u"malware"_s, u"MW"_s},
                                           {u"vulnerability"_s, u"VU"_s},
                                           {u"misconfiguration"_s, u"MC"_s},
                                           {u"mis_operation"_s, u"MO"_s},
                                           {u"loss_theft"_s, u"LT"_s},
                                           {u"insider"_s, u"IN"_s},
                                           {u"purpose_violation"_s, u"PV"_s},
                                           {u"other"_s, u"OT"_s}};
    return a.value(key, key.left(2).toUpper());
}

QString percent(double v)
{
    return QString::number(v * 100, 'f', 1) + u'%';
}

QString rightAligned(const QString &s, int width)
{
    return s.rightJustified(width, u' ');
}

void printText(QTextStream &out, const EvalReport &rep)
{
    out << CliContext::tr("Gold: %1, %2 row(s); %3 matched an imported incident")
               .arg(rep.goldName)
               .arg(rep.goldRows)
               .arg(rep.matched)
        << "\n\n";
    out << fitColumn(CliContext::tr("field"), 18) << rightColumn(CliContext::tr("right"), 7)
        << rightColumn(CliContext::tr("rows"), 7) << rightColumn(CliContext::tr("accuracy"), 10)
        << '\n';
    for (const FieldScore &f : rep.fields) {
        QString name = f.field;
        if (f.field == u"cause_label"_s)
            name = u"  cause (label)"_s;
        else if (f.field == u"cause_judged"_s)
            name = u"  cause (judged)"_s;
        out << fitColumn(name, 18) << rightAligned(QString::number(f.right), 7)
            << rightAligned(QString::number(f.total), 7) << rightAligned(percent(f.accuracy()), 10)
            << '\n';
    }

    if (rep.field(u"affected"_s)) {
        const FieldScore &p = rep.affectedPrecision;
        const FieldScore &r = rep.affectedRecall;
        out << '\n'
            << CliContext::tr("Affected counts: precision %1/%2 = %3 (right / stated), recall "
                              "%4/%5 = %6 (right / gold)")
                   .arg(p.right)
                   .arg(p.total)
                   .arg(percent(p.accuracy()))
                   .arg(r.right)
                   .arg(r.total)
                   .arg(percent(r.accuracy()))
            << '\n';
    }

    if (!rep.confusion.isEmpty()) {
        out << '\n' << CliContext::tr("Cause confusion matrix (rows: gold, columns: got)") << '\n';
        out << fitColumn(QString(), 26);
        for (const QString &k : rep.causeKeys)
            out << rightAligned(causeAbbrev(k), 4);
        out << '\n';
        for (qsizetype i = 0; i < rep.causeKeys.size(); ++i) {
            int rowTotal = 0;
            for (int n : rep.confusion[i])
                rowTotal += n;
            if (rowTotal == 0)
                continue;
            out << fitColumn(rep.causeKeys[i] + u" ("_s + causeAbbrev(rep.causeKeys[i]) + u')', 26);
            for (int n : rep.confusion[i])
                out << rightAligned(n ? QString::number(n) : u"."_s, 4);
            out << '\n';
        }
    }

    if (rep.rulesOnly.total > 0) {
        out << '\n'
            << CliContext::tr("Cause by the rules alone (every row, also where a label decided): "
                              "%1/%2 = %3; confidence ≥ 0.5: %4/%5 = %6; below 0.5: %7/%8 = %9")
                   .arg(rep.rulesOnly.right)
                   .arg(rep.rulesOnly.total)
                   .arg(percent(rep.rulesOnly.accuracy()))
                   .arg(rep.rulesConfident.right)
                   .arg(rep.rulesConfident.total)
                   .arg(percent(rep.rulesConfident.accuracy()))
                   .arg(rep.rulesUnsure.right)
                   .arg(rep.rulesUnsure.total)
                   .arg(percent(rep.rulesUnsure.accuracy()))
            << '\n';
    }

    if (rep.rulesOnly.total > 0) {
        if (!rep.modelTrained) {
            out << CliContext::tr("Learned cause model: not usable (it needs %1 label-sourced "
                                  "incidents in each of two causes; has: %2)")
                       .arg(CauseModel::MinExamplesPerClass)
                       .arg(rep.modelClasses.isEmpty() ? CliContext::tr("none")
                                                       : rep.modelClasses.join(u", "_s))
                << '\n';
        } else {
            auto frac = [](const FieldScore &f) {
                return u"%1/%2 = %3"_s.arg(f.right).arg(f.total).arg(percent(f.accuracy()));
            };
            out << CliContext::tr("Learned cause model: trained on %1 label-sourced incident(s): %2")
                       .arg(rep.modelTrainedOn)
                       .arg(rep.modelClasses.join(u", "_s))
                << '\n'
                << CliContext::tr("Cause, every row: rules only %1; model only %2; rules + model "
                                  "%3 (the model decided %4 row(s)); label-sourced rows "
                                  "leave-one-out")
                       .arg(frac(rep.rulesOnly), frac(rep.modelOnly), frac(rep.combined))
                       .arg(rep.combinedByModel)
                << '\n'
                << CliContext::tr("Leave-one-out over the %1 label-sourced row(s): rules only %2; "
                                  "model only %3; rules + model %4")
                       .arg(rep.looRules.total)
                       .arg(frac(rep.looRules), frac(rep.looModel), frac(rep.looCombined))
                << '\n';
            for (const EvalMismatch &m : rep.modelDecisions)
                out << "  " << m.file << ':' << m.line << "  "
                    << CliContext::tr("the model decided '%1' over the rules' '%2'; gold '%3'")
                           .arg(m.got, m.causeSource, m.expected)
                    << '\n';
        }
    }

    out << '\n';
    if (rep.mismatches.isEmpty()) {
        out << CliContext::tr("No mismatches.") << '\n';
    } else {
        out << CliContext::tr("Mismatches (%1):").arg(rep.mismatches.size()) << '\n';
        for (const EvalMismatch &m : rep.mismatches) {
            const QString field =
                m.causeSource.isEmpty() ? m.field : m.field + u" ("_s + m.causeSource + u')';
            out << "  " << m.file << ':' << m.line << "  " << field << "  "
                << CliContext::tr("expected '%1', got '%2'").arg(m.expected, m.got) << '\n';
        }
    }
    if (!rep.rulesOnlyMismatches.isEmpty()) {
        out << '\n'
            << CliContext::tr("Where the rules alone disagree with the gold (%1):")
                   .arg(rep.rulesOnlyMismatches.size())
            << '\n';
        for (const EvalMismatch &m : rep.rulesOnlyMismatches)
            out << "  " << m.file << ':' << m.line << "  ["
                << (m.causeSource.isEmpty() ? u"-"_s : m.causeSource) << "]  "
                << CliContext::tr("expected '%1', rules say '%2'").arg(m.expected, m.got) << '\n';
    }
    if (!rep.notInGold.isEmpty()) {
        out << '\n'
            << CliContext::tr("Imported incidents the gold does not list (%1):")
                   .arg(rep.notInGold.size())
            << '\n';
        for (const QString &s : rep.notInGold)
            out << "  " << s << '\n';
    }
}

} // namespace

int runEval(CliContext &ctx, const CliArgs &args)
{
    if (args.positional.size() < 2)
        return ctx.fail(CliUserError,
                        CliContext::tr("eval needs a GOLD.tsv and at least one FILE or DIR"));
    if (const int rc = ctx.loadRules(args); rc != CliOk)
        return rc;
    const QString goldPath = args.positional.first();
    const auto gold = GoldEvaluation::readGold(goldPath);
    if (!gold.ok())
        return ctx.fail(CliUserError, gold.error());

    // A database of its own: the user's database is never touched.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return ctx.fail(
            CliInternalError,
            CliContext::tr("cannot create a temporary folder: %1").arg(tmp.errorString()));
    auto db = Database::open(tmp.filePath(u"eval.sqlite"_s));
    if (!db.ok())
        return ctx.fail(CliInternalError, db.error());
    ImportJob job(ctx.classifier(), {args.positional.mid(1)});
    JobRunner::run(job, *db.value());
    const ImportSummary &s = job.result();
    for (const QString &w : s.warnings)
        ctx.warn(w);
    if (!s.errors.isEmpty()) {
        for (const ImportError &e : s.errors)
            ctx.err << "jikenbo-cli: " << CliContext::oneLine(e.file + u": "_s + e.message)
                    << Qt::endl;
        return CliUserError;
    }
    const auto incidents = IncidentQuery::fetch(*db.value(), Query{});
    if (!incidents.ok())
        return ctx.fail(CliInternalError, incidents.error());

    // The rules' own calls, also where a label decided, for the report on the rules alone; the
    // bodies for the learned model's opinions.
    QList<IncidentRecord> records = incidents.value();
    {
        QHash<qint64, std::pair<QJsonObject, QString>> details;
        QSqlQuery q(db.value()->sql());
        if (!q.exec(u"SELECT i.id, i.cause_explain, t.body FROM incidents i "
                    "JOIN incident_text t ON t.id = i.id"_s))
            return ctx.fail(CliInternalError, q.lastError().text());
        while (q.next())
            details.insert(q.value(0).toLongLong(),
                           {QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                            q.value(2).toString()});
        for (IncidentRecord &r : records) {
            const auto d = details.value(r.id);
            r.causeExplain = d.first;
            r.body = d.second;
        }
    }
    EvalReport rep = GoldEvaluation::evaluate(gold.value(), records, Taxonomy::builtIn());
    const auto model = CauseModelUpdater::train(*db.value());
    if (!model.ok())
        return ctx.fail(CliInternalError, model.error());
    GoldEvaluation::evaluateModel(rep, gold.value(), records, model.value());
    rep.goldName = QFileInfo(goldPath).fileName();
    if (ctx.json)
        ctx.out << QJsonDocument(rep.toJson()).toJson(QJsonDocument::Indented);
    else
        printText(ctx.out, rep);
    ctx.out.flush();
    return CliOk;
}

} // namespace jikenbo
