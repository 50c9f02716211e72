// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoldEvaluation.h"

#include "classify/CauseModel.h"
#include "classify/Taxonomy.h"
#include "core/InputFile.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString where(const QString &file, int line)
{
    return file + u':' + QString::number(line);
}

// Gold values as written by hand: trimmed; affected counts without thousands separators.
QString normalizedGold(const QString &field, const QString &value)
{
    QString v = value.trimmed();
    if (field == u"affected"_s) {
        v.remove(u',');
        v.remove(u'，');
    }
    return v;
}

} // namespace

const QStringList &GoldEvaluation::fields()
{
    static const QStringList f{u"case_id"_s, u"organization"_s, u"title"_s,    u"announced_date"_s,
                               u"cause"_s,   u"sector"_s,       u"affected"_s, u"follow_up"_s};
    return f;
}

const FieldScore *EvalReport::field(const QString &name) const
{
    for (const FieldScore &f : fields) {
        if (f.field == name)
            return &f;
    }
    return nullptr;
}

QJsonObject EvalReport::toJson() const
{
    QJsonObject fs;
    for (const FieldScore &f : fields)
        fs.insert(f.field, QJsonObject{{u"right"_s, f.right},
                                       {u"total"_s, f.total},
                                       {u"accuracy"_s, qRound(f.accuracy() * 10000) / 10000.0}});
    QJsonArray matrix;
    for (const QList<int> &row : confusion) {
        QJsonArray r;
        for (int n : row)
            r.append(n);
        matrix.append(r);
    }
    QJsonArray mm;
    for (const EvalMismatch &m : mismatches) {
        QJsonObject o{{u"file"_s, m.file},
                      {u"line"_s, m.line},
                      {u"field"_s, m.field},
                      {u"expected"_s, m.expected},
                      {u"got"_s, m.got}};
        if (!m.causeSource.isEmpty())
            o.insert(u"cause_source"_s, m.causeSource);
        mm.append(o);
    }
    QJsonArray rm;
    for (const EvalMismatch &m : rulesOnlyMismatches)
        rm.append(QJsonObject{{u"file"_s, m.file},
                              {u"line"_s, m.line},
                              {u"expected"_s, m.expected},
                              {u"got"_s, m.got},
                              {u"cause_source"_s, m.causeSource}});
    auto score = [](const FieldScore &f) {
        return QJsonObject{{u"right"_s, f.right},
                           {u"total"_s, f.total},
                           {u"accuracy"_s, qRound(f.accuracy() * 10000) / 10000.0}};
    };
    const QJsonObject rules{{u"all"_s, score(rulesOnly)},
                            {u"confidence_at_least_0.5"_s, score(rulesConfident)},
                            {u"confidence_below_0.5"_s, score(rulesUnsure)},
                            {u"mismatches"_s, rm}};
    QJsonObject model{{u"trained"_s, modelTrained},
                      {u"trained_on"_s, modelTrainedOn},
                      {u"classes"_s, QJsonArray::fromStringList(modelClasses)}};
    if (modelTrained) {
        model.insert(u"model_alone"_s, score(modelOnly));
        model.insert(u"rules_and_model"_s, score(combined));
        model.insert(u"decided_by_model"_s, combinedByModel);
        QJsonArray decisions;
        for (const EvalMismatch &m : modelDecisions)
            decisions.append(QJsonObject{{u"file"_s, m.file},
                                         {u"line"_s, m.line},
                                         {u"expected"_s, m.expected},
                                         {u"model"_s, m.got},
                                         {u"rules"_s, m.causeSource}});
        model.insert(u"decisions"_s, decisions);
        model.insert(u"leave_one_out"_s,
                     QJsonObject{{u"rules"_s, score(looRules)},
                                 {u"model"_s, score(looModel)},
                                 {u"rules_and_model"_s, score(looCombined)}});
    }
    return QJsonObject{
        {u"cause_rules_alone"_s, rules},
        {u"cause_model"_s, model},
        {u"affected_precision"_s, score(affectedPrecision)},
        {u"affected_recall"_s, score(affectedRecall)},
        {u"gold"_s, goldName},
        {u"gold_rows"_s, goldRows},
        {u"matched"_s, matched},
        {u"missing"_s, QJsonArray::fromStringList(missing)},
        {u"not_in_gold"_s, QJsonArray::fromStringList(notInGold)},
        {u"fields"_s, fs},
        {u"confusion"_s, QJsonObject{{u"keys"_s, QJsonArray::fromStringList(causeKeys)},
                                     {u"rows"_s, u"gold"_s},
                                     {u"columns"_s, u"got"_s},
                                     {u"matrix"_s, matrix}}},
        {u"mismatches"_s, mm}};
}

Result<QList<GoldRow>> GoldEvaluation::readGold(const QString &path)
{
    using R = Result<QList<GoldRow>>;
    // Never opens a FIFO or a device: reading one would wait forever.
    const auto bytes = InputFile::read(path, 64 * 1024 * 1024);
    if (!bytes.ok())
        return R::failure(tr("%1: cannot read the gold file: %2").arg(path, bytes.error()));
    QString text = QString::fromUtf8(bytes.value());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QStringList header = lines.value(0).trimmed().split(u'\t');
    for (QString &h : header)
        h = h.trimmed();
    if (!header.contains(u"file"_s) || !header.contains(u"line"_s))
        return R::failure(
            tr("%1: not a gold file: the header row needs the columns \"file\" and \"line\"")
                .arg(path));
    bool anyField = false;
    for (const QString &fld : fields())
        anyField = anyField || header.contains(fld);
    if (!anyField)
        return R::failure(
            tr("%1: the gold file has none of the columns %2").arg(path, fields().join(u", "_s)));
    QList<GoldRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        GoldRow row;
        row.tsvLine = int(i + 1);
        for (qsizetype c = 0; c < header.size(); ++c)
            row.values.insert(header[c], cells.value(c));
        row.file = QFileInfo(row.values.value(u"file"_s).trimmed()).fileName();
        bool ok = false;
        row.line = row.values.value(u"line"_s).trimmed().toInt(&ok);
        if (row.file.isEmpty() || !ok || row.line <= 0)
            return R::failure(tr("%1:%2: a gold row needs a file name and a marker line number")
                                  .arg(path)
                                  .arg(row.tsvLine));
        rows << row;
    }
    return rows;
}

void GoldEvaluation::evaluateModel(EvalReport &rep, const QList<GoldRow> &gold,
                                   const QList<IncidentRecord> &incidents, const CauseModel &model)
{
    rep.modelTrained = model.isUsable();
    rep.modelTrainedOn = model.documents();
    rep.modelClasses.clear();
    for (const QString &k : model.classes())
        rep.modelClasses << k + u' ' + QString::number(model.examples(k));
    if (!rep.modelTrained)
        return;
    QHash<QString, const IncidentRecord *> byPlace;
    for (const IncidentRecord &r : incidents)
        byPlace.insert(where(QFileInfo(r.source).fileName(), r.sourceLine), &r);
    for (const GoldRow &g : gold) {
        const IncidentRecord *r = byPlace.value(where(g.file, g.line));
        if (!r || !g.values.contains(u"cause"_s))
            continue;
        const QString expected = normalizedGold(u"cause"_s, g.values.value(u"cause"_s));
        const CauseModel::Features features = CauseModel::featuresOf(r->title, r->body);
        const bool trainedOn = r->causeAutoOrigin == u"label"_s;
        const CauseOpinion o = trainedOn ? model.predictWithout(features, r->causeAuto)
                                         : model.predict(features);
        const CombinedCause c = model.combine(r->causeExplain, o);
        const bool modelRight = o.key == expected;
        const bool combinedRight = c.key == expected;
        const bool rulesRight = r->causeExplain.value(u"key"_s).toString() == expected;
        auto count = [](FieldScore &s, bool right) {
            ++s.total;
            s.right += right ? 1 : 0;
        };
        count(rep.modelOnly, modelRight);
        count(rep.combined, combinedRight);
        if (c.byModel) {
            ++rep.combinedByModel;
            rep.modelDecisions.append({g.file, g.line, u"cause"_s, expected, c.key,
                                       r->causeExplain.value(u"key"_s).toString()});
        }
        if (trainedOn) {
            count(rep.looRules, rulesRight);
            count(rep.looModel, modelRight);
            count(rep.looCombined, combinedRight);
        }
    }
}

QString GoldEvaluation::valueOf(const IncidentRecord &r, const QString &field)
{
    if (field == u"case_id"_s)
        return r.caseId;
    if (field == u"organization"_s)
        return r.organization;
    if (field == u"title"_s)
        return r.title;
    if (field == u"announced_date"_s)
        return r.announcedOn.isValid() ? r.announcedOn.toString(Qt::ISODate) : QString();
    if (field == u"cause"_s)
        return r.cause;
    if (field == u"sector"_s)
        return r.sector;
    if (field == u"affected"_s)
        return r.affected ? QString::number(*r.affected) : QString();
    if (field == u"follow_up"_s)
        return r.followUp ? u"yes"_s : u"no"_s;
    return {};
}

EvalReport GoldEvaluation::evaluate(const QList<GoldRow> &gold,
                                    const QList<IncidentRecord> &incidents,
                                    const Taxonomy &taxonomy)
{
    EvalReport rep;
    rep.goldRows = int(gold.size());

    QHash<QString, const IncidentRecord *> byPlace;
    for (const IncidentRecord &r : incidents)
        byPlace.insert(where(QFileInfo(r.source).fileName(), r.sourceLine), &r);

    // Which fields the gold has, in its order; cause is followed by its split by source.
    QStringList present;
    if (!gold.isEmpty()) {
        for (const QString &f : fields()) {
            if (gold.first().values.contains(f))
                present << f;
        }
    }
    const bool splitCause = present.contains(u"cause"_s) && !gold.isEmpty() &&
                            gold.first().values.contains(u"cause_source"_s);
    for (const QString &f : std::as_const(present)) {
        rep.fields.append({f, 0, 0});
        if (f == u"cause"_s && splitCause) {
            rep.fields.append({u"cause_label"_s, 0, 0});
            rep.fields.append({u"cause_judged"_s, 0, 0});
        }
    }
    auto score = [&rep](const QString &f) -> FieldScore & {
        for (FieldScore &s : rep.fields) {
            if (s.field == f)
                return s;
        }
        Q_UNREACHABLE();
    };

    for (const Category &c : taxonomy.causes())
        rep.causeKeys << c.key;
    auto causeIndex = [&rep](const QString &k) -> qsizetype {
        qsizetype i = rep.causeKeys.indexOf(k);
        if (i < 0) {
            rep.causeKeys << k;
            for (QList<int> &row : rep.confusion)
                row.append(0);
            i = rep.causeKeys.size() - 1;
        }
        return i;
    };

    QSet<QString> goldPlaces;
    QList<std::pair<QString, QString>> causePairs;
    for (const GoldRow &g : gold) {
        const QString place = where(g.file, g.line);
        goldPlaces.insert(place);
        const IncidentRecord *r = byPlace.value(place);
        if (r)
            ++rep.matched;
        else
            rep.missing << place;
        const QString causeSource = g.values.value(u"cause_source"_s).trimmed();
        for (const QString &f : std::as_const(present)) {
            const QString expected = normalizedGold(f, g.values.value(f));
            const QString got = r ? valueOf(*r, f) : QString();
            const bool right = r && expected == got;
            FieldScore &s = score(f);
            ++s.total;
            s.right += right ? 1 : 0;
            if (f == u"cause"_s && splitCause &&
                (causeSource == u"label"_s || causeSource == u"judged"_s)) {
                FieldScore &sub = score(u"cause_"_s + causeSource);
                ++sub.total;
                sub.right += right ? 1 : 0;
            }
            if (f == u"cause"_s && r)
                causePairs.append({expected, got});
            if (f == u"affected"_s) {
                if (!got.isEmpty()) {
                    ++rep.affectedPrecision.total;
                    rep.affectedPrecision.right += right ? 1 : 0;
                }
                if (!expected.isEmpty()) {
                    ++rep.affectedRecall.total;
                    rep.affectedRecall.right += right ? 1 : 0;
                }
            }
            if (!right)
                rep.mismatches.append({g.file, g.line, f, expected, r ? got : tr("<no incident>"),
                                       f == u"cause"_s ? causeSource : QString()});
        }
    }
    // The rules alone, from the stored explanation of each call.
    for (const GoldRow &g : gold) {
        const IncidentRecord *r = byPlace.value(where(g.file, g.line));
        if (!r || r->causeExplain.isEmpty() || !g.values.contains(u"cause"_s))
            continue;
        const QString expected = normalizedGold(u"cause"_s, g.values.value(u"cause"_s));
        const QString got = r->causeExplain.value(u"key"_s).toString();
        const bool right = expected == got;
        const bool confident = r->causeExplain.value(u"confidence"_s).toDouble() >= 0.5;
        for (FieldScore *s : {&rep.rulesOnly, confident ? &rep.rulesConfident : &rep.rulesUnsure}) {
            ++s->total;
            s->right += right ? 1 : 0;
        }
        if (!right)
            rep.rulesOnlyMismatches.append({g.file, g.line, u"cause_rules"_s, expected, got,
                                            g.values.value(u"cause_source"_s).trimmed()});
    }

    for (const auto &[expected, got] : std::as_const(causePairs)) {
        const qsizetype e = causeIndex(expected);
        const qsizetype g = causeIndex(got);
        while (rep.confusion.size() < rep.causeKeys.size())
            rep.confusion.append(QList<int>(rep.causeKeys.size(), 0));
        ++rep.confusion[e][g];
    }
    while (rep.confusion.size() < rep.causeKeys.size())
        rep.confusion.append(QList<int>(rep.causeKeys.size(), 0));

    // Incidents of the evaluated pages that the gold does not list.
    QSet<QString> goldFiles;
    for (const GoldRow &g : gold)
        goldFiles.insert(g.file);
    QList<const IncidentRecord *> extra;
    for (const IncidentRecord &r : incidents) {
        const QString file = QFileInfo(r.source).fileName();
        if (goldFiles.contains(file) && !goldPlaces.contains(where(file, r.sourceLine)))
            extra << &r;
    }
    std::sort(extra.begin(), extra.end(), [](const IncidentRecord *a, const IncidentRecord *b) {
        return std::pair(a->source, a->sourceLine) < std::pair(b->source, b->sourceLine);
    });
    for (const IncidentRecord *r : std::as_const(extra))
        rep.notInGold << where(QFileInfo(r->source).fileName(), r->sourceLine) + u' ' + r->caseId;
    return rep;
}

} // namespace jikenbo
