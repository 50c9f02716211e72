// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/IncidentRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

class CauseModel;
class Taxonomy;

// One row of a gold file (DESIGN §8): where the post's marker is, and what an analyst recorded.
struct GoldRow
{
    QString file; // file name of the page, without folders
    int line = 0; // 1-based line of the post's marker
    int tsvLine = 0;
    QHash<QString, QString> values; // column -> value
};

struct FieldScore
{
    QString field; // a gold column, or "cause_label" / "cause_judged"
    int right = 0;
    int total = 0;
    double accuracy() const { return total ? double(right) / total : 1.0; }
};

struct EvalMismatch
{
    QString file;
    int line = 0;
    QString field;
    QString expected;
    QString got;
    QString causeSource; // for cause mismatches: label or judged
};

struct EvalReport
{
    QString goldName;
    int goldRows = 0;
    int matched = 0;
    QStringList missing;         // "file:line" of gold rows no incident was imported for
    QStringList notInGold;       // "file:line case_id" of imported incidents the gold lacks
    QList<FieldScore> fields;    // in gold column order; cause split by cause_source after cause
    QStringList causeKeys;       // rows and columns of the confusion matrix
    QList<QList<int>> confusion; // [gold][got]
    QList<EvalMismatch> mismatches;

    // The rules' own call on every row, also where a source label decided (how the rules do on
    // pages without labels), split by the call's confidence; from the stored explanations.
    FieldScore rulesOnly{QStringLiteral("cause_rules"), 0, 0};
    FieldScore rulesConfident{QStringLiteral("cause_rules_confident"), 0, 0};
    FieldScore rulesUnsure{QStringLiteral("cause_rules_unsure"), 0, 0};
    QList<EvalMismatch> rulesOnlyMismatches; // where the rules alone disagree with the gold

    // Affected counts: precision is right / stated (rows where a count was stored), recall is
    // right / gold (rows where the gold has a count). A wrong count costs precision; no count
    // where the gold has one costs recall only.
    FieldScore affectedPrecision{QStringLiteral("affected_precision"), 0, 0};
    FieldScore affectedRecall{QStringLiteral("affected_recall"), 0, 0};

    // The learned model (CauseModel) beside the rules, on every row and on the label-sourced
    // rows alone. A label-sourced row is one the model was trained on: it is scored
    // leave-one-out, as if the model had not seen it. Without a model these stay empty.
    bool modelTrained = false;
    int modelTrainedOn = 0;
    QStringList modelClasses; // "insider 20", most examples first
    FieldScore modelOnly{QStringLiteral("cause_model"), 0, 0};
    FieldScore combined{QStringLiteral("cause_rules_and_model"), 0, 0};
    int combinedByModel = 0; // rows where the model decided
    // Where the model decided: expected is the gold, got the model's key, causeSource the
    // rules' key.
    QList<EvalMismatch> modelDecisions;
    FieldScore looRules{QStringLiteral("loo_rules"), 0, 0};
    FieldScore looModel{QStringLiteral("loo_model"), 0, 0};
    FieldScore looCombined{QStringLiteral("loo_rules_and_model"), 0, 0};

    const FieldScore *field(const QString &name) const;
    QJsonObject toJson() const;
};

// Compares imported incidents with a hand-recorded gold file: per-field accuracy, the cause
// confusion matrix and every mismatching row. Gold rows and incidents are matched by the page's
// file name and the marker's line (incidents.source_line).
class GoldEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(GoldEvaluation)

public:
    // The fields compared, in the gold file's column order.
    static const QStringList &fields();
    static Result<QList<GoldRow>> readGold(const QString &path);
    static EvalReport evaluate(const QList<GoldRow> &gold, const QList<IncidentRecord> &incidents,
                               const Taxonomy &taxonomy);
    // Fills the model's figures of `rep`. The incidents need their title, body, cause_auto,
    // cause_auto_origin and cause explanation.
    static void evaluateModel(EvalReport &rep, const QList<GoldRow> &gold,
                              const QList<IncidentRecord> &incidents, const CauseModel &model);
    // The incident's value of a gold field, written the way the gold file writes it.
    static QString valueOf(const IncidentRecord &r, const QString &field);
};

} // namespace jikenbo
