// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace jikenbo {

// What a printed summary shows besides the incidents: its footer and its font.
struct SummaryOptions
{
    QString databaseName;                                    // in the footer, e.g. jikenbo.sqlite
    QDate printDate = QDate::currentDate();                  // in the footer
    QString fontFamily = QStringLiteral("Noto Sans CJK JP"); // holds every Japanese glyph
    qreal pointSize = 9.5;                                   // body text
    bool showEra = false; // the Japanese era beside each date: 2024-01-09 (令和6年1月9日)
};

} // namespace jikenbo
