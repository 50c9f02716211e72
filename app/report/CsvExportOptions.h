// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

#include <optional>

namespace jikenbo {

enum class CsvEncoding {
    Utf8,    // plain UTF-8
    Utf8Bom, // UTF-8 with a byte order mark: what Excel needs to read UTF-8
    Cp932,   // Shift_JIS as Windows writes it (windows-31j), for older Japanese Excel
};

// What a CSV export writes. The export dialog and `jikenbo-cli export` only fill this in.
struct CsvExportOptions
{
    QStringList columns; // stable column keys in order (CsvColumns); empty: the default columns
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool crlf = false;              // CRLF line endings (Excel presets turn it on)
    bool header = true;             // write a header row
    bool keys = false;              // stable keys in the header and for cause, sector and origin
    bool formulaGuard = true;       // a leading ' on cells a spreadsheet would run as a formula
    bool replaceUnmappable = false; // CP932: replace characters it cannot hold instead of failing
    QChar replacement = u'?';       // CP932: for characters without an equivalent

    // The preset of an encoding: CRLF on for the Excel presets (UTF-8 with BOM, CP932).
    static CsvExportOptions preset(CsvEncoding encoding);
    static bool isExcelPreset(CsvEncoding encoding);
    // "utf-8", "utf-8-bom", "cp932" (also "shift_jis", "sjis", "windows-31j").
    static std::optional<CsvEncoding> encodingFromName(const QString &name);
    static QString encodingName(CsvEncoding encoding);
};

} // namespace jikenbo
