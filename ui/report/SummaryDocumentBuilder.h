// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryOptions.h"
#include "core/Result.h"
#include "core/IncidentRecord.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;

namespace jikenbo {

class Database;

// Builds the documents of a printed incident summary: the header band (事件簿番号, 組織, 件名)
// repeated on every page, and the body (field table, 経緯 timeline, the notice text, the
// user's note). Every text of the record goes in as plain text, never as HTML. Labels are in
// the UI language.
class SummaryDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocumentBuilder)

public:
    explicit SummaryDocumentBuilder(const SummaryOptions &options = {});

    std::unique_ptr<QTextDocument> headerBand(const IncidentRecord &r) const;
    std::unique_ptr<QTextDocument> body(const IncidentRecord &r) const;
    // "Printed 2025-01-20 · jikenbo.sqlite" and "Page 2 / 5".
    QString footerLeft() const;
    QString footerRight(int page, int pages) const;
    QFont font(qreal pointSize, bool bold = false) const;

    // The field table's rows (label, value): also what tests and the CLI check.
    QList<QPair<QString, QString>> fields(const IncidentRecord &r) const;
    // A date as the summary prints it: 2024-01-09, with the era beside it when the options say
    // so (2024-01-09 (令和6年1月9日)); a dash when there is none.
    QString date(const QDate &d) const;

    // Incidents by key, with their notice text, in the order given.
    static Result<QList<IncidentRecord>> load(Database &db, const QStringList &keys);

private:
    SummaryOptions m_options;
};

} // namespace jikenbo
