// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jikenbo {

// One kind of data a notice says leaked (a DataKindVocabulary key), with the words that say so.
struct DataKindFact
{
    QString key;
    QString evidence;
};

// What a notice states about its incident beyond cause and sector (issue 16): when it happened
// and was found, how long the announcement took, the kinds of data leaked, and whether it went
// through a contractor. Read at import, sync and reclassification; stored with the incident.
struct IncidentFacts
{
    QDate discoveredOn;
    QString discoveredEvidence;
    QDate occurredOn;
    QString occurredEvidence;
    // Announced − discovered in days; none when either is unknown or discovery comes after.
    std::optional<int> disclosureDays;
    QList<DataKindFact> dataKinds; // in the vocabulary's order
    bool viaContractor = false;
    QString contractorEvidence;

    QStringList dataKindKeys() const
    {
        QStringList keys;
        for (const DataKindFact &k : dataKinds)
            keys << k.key;
        return keys;
    }
};

} // namespace jikenbo
