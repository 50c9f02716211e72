// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/IncidentRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

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
    // The incident's value of a gold field, written the way the gold file writes it.
    static QString valueOf(const IncidentRecord &r, const QString &field);
};

} // namespace jikenbo
