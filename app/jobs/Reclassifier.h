// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace jikenbo {

class Classifier;
class Database;

struct ReclassifySummary
{
    int incidents = 0;     // incidents classified again
    int changed = 0;       // whose effective cause or sector changed
    int causeChanged = 0;  // effective cause (what the table shows) changed
    int sectorChanged = 0; // sector changed
    // The rules' cause changed under a user override, which stays in force.
    int overrideKept = 0;
    bool cancelled = false;
    QJsonObject toJson() const;
};

// Runs classification again over every stored incident, from its stored title, caption, body,
// organisation and labels, in one transaction: after a change of rules (Settings, --rules).
// What the user typed is never touched: an incident with a cause override keeps it as its
// effective cause (origin "user"); only the rules' call beneath it is updated.
class Reclassifier
{
    Q_DECLARE_TR_FUNCTIONS(Reclassifier)

public:
    using ProgressFn = std::function<void(int done, int total)>;

    Reclassifier(Database &db, const Classifier &classifier);
    // Cancelling rolls everything back (summary.cancelled).
    Result<ReclassifySummary> run(const ProgressFn &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

private:
    Database &m_db;
    const Classifier &m_classifier;
};

} // namespace jikenbo
