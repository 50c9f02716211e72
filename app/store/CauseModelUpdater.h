// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "classify/CauseModel.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace jikenbo {

class Database;

struct CauseModelSummary
{
    int trainedOn = 0; // label-sourced incidents the model learned from
    int classes = 0;   // causes among them
    int opinions = 0;  // incidents the rules classified that got the model's opinion
    int decided = 0;   // of those, where the model decided the cause
    int changed = 0;   // incidents whose stored cause or explanation changed
    QJsonObject toJson() const;
};

// Keeps the learned second opinion on causes (CauseModel) in step with the database: trains it
// on the incidents whose cause a source label gave, stores it (meta 'cause_model') when it is
// usable, and adds its opinion to the explanation of every cause the rules gave ("model" in
// cause_explain), letting it decide where CauseModel::combine says so; without a usable model,
// earlier opinions are taken back. Run after each import, sync and reclassification; one
// transaction.
class CauseModelUpdater
{
    Q_DECLARE_TR_FUNCTIONS(CauseModelUpdater)

public:
    static constexpr const char *MetaKey = "cause_model";

    static Result<CauseModelSummary> refresh(Database &db);
    // After an import or sync that changed `changedIncidents` incidents: refresh when anything
    // changed. A failure is returned as a message for a warning: the imported data stands.
    static QString refreshAfterImport(Database &db, int changedIncidents);
    // The stored model, if any.
    static Result<std::optional<CauseModel>> load(Database &db);
    // A model trained on the label-sourced incidents of `db`, usable or not (see refresh).
    static Result<CauseModel> train(Database &db);
};

} // namespace jikenbo
