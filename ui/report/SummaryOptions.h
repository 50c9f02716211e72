// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace jikenbo {

// What a print of incidents looks like: one page per incident (key facts, timeline, the case's
// other posts, the notice's opening), or the whole notice over as many pages as it takes.
enum class SummaryLayout { OnePage, FullNotice };

// What a printed summary shows besides the incidents: its footer and its font.
struct SummaryOptions
{
    QString databaseName;                                    // in the footer, e.g. jikenbo.sqlite
    QDate printDate = QDate::currentDate();                  // in the footer
    QString fontFamily = QStringLiteral("Noto Sans CJK JP"); // holds every Japanese glyph
    qreal pointSize = 9.5;                                   // body text
    bool showEra = false; // the Japanese era beside each date: 2024-01-09 (令和6年1月9日)
    SummaryLayout layout = SummaryLayout::OnePage; // where a dialog offers both: its default
};

} // namespace jikenbo
