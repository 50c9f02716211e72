// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace jikenbo::text {

// NFKC (ICU): full-width digits and letters become ASCII, ideographic space a space,
// Kangxi radicals the ordinary kanji.
QString nfkc(QStringView s);

// True for whitespace including U+00A0 and U+3000.
bool isSpace(QChar c);
bool isBlank(QStringView s);
QStringView trimmed(QStringView s);

// Parses an ASCII/full-width digit run with optional thousands separators (",", "，").
qint64 parseNumber(QStringView digits, bool *ok = nullptr);

} // namespace jikenbo::text
