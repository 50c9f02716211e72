// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace jikenbo::format {

// A date as the UI shows it: 2024/01/09 in a Japanese locale, 2024-01-09 otherwise.
QString date(const QDate &d);
// The same with the Japanese era beside it: 2024/01/09 (令和6年1月9日).
QString dateWithEra(const QDate &d);
// The Japanese era form alone: 令和6年1月9日 (令和元年 for the first year).
QString eraDate(const QDate &d);
// Grouped number in the UI locale: 1,092.
QString number(qint64 n);

} // namespace jikenbo::format
