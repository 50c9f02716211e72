// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jikenbo {

struct IncidentRecord;
class Taxonomy;

enum class CsvColumn {
    CaseId,
    AnnouncedOn,
    Organization,
    Title,
    Cause,
    Sector,
    Affected,
    Labels,
    Note,
    Tags,
    Starred,
    Key,
    CauseOrigin,
    SourceUrl,
    DiscoveredOn,
    OccurredOn,
    DisclosureDays,
    DataKinds,
    ViaContractor,
};

// The columns a CSV export can hold: stable keys (case_id, announced_on, …), their names in
// the UI language, and the cell of an incident (ISO dates, plain numbers).
class CsvColumns
{
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    // Every column, in the default order.
    static const QList<CsvColumn> &all();
    // The table's columns: case_id, announced_on, organization, title, cause, sector,
    // affected, labels.
    static QStringList defaultKeys();
    static QStringList allKeys();
    static QString key(CsvColumn column);
    static std::optional<CsvColumn> fromKey(const QString &key);
    // Name in the UI language, for the header row and the column chooser.
    static QString name(CsvColumn column);
    // The cell: names in the UI language, or stable keys for cause, sector and origin.
    static QString value(const IncidentRecord &r, CsvColumn column, bool keys,
                         const Taxonomy &taxonomy);
    static QString originName(const QString &origin);
};

} // namespace jikenbo
