// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExportOptions.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

CsvExportOptions CsvExportOptions::preset(CsvEncoding encoding)
{
    CsvExportOptions o;
    o.encoding = encoding;
    o.crlf = isExcelPreset(encoding);
    return o;
}

bool CsvExportOptions::isExcelPreset(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Utf8Bom || encoding == CsvEncoding::Cp932;
}

std::optional<CsvEncoding> CsvExportOptions::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(u'_', u'-');
    if (n == u"utf-8"_s || n == u"utf8"_s)
        return CsvEncoding::Utf8;
    if (n == u"utf-8-bom"_s || n == u"utf8-bom"_s || n == u"utf-8-sig"_s)
        return CsvEncoding::Utf8Bom;
    if (n == u"cp932"_s || n == u"shift-jis"_s || n == u"sjis"_s || n == u"windows-31j"_s ||
        n == u"ms932"_s)
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QString CsvExportOptions::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"utf-8"_s;
    case CsvEncoding::Utf8Bom:
        return u"utf-8-bom"_s;
    case CsvEncoding::Cp932:
        return u"cp932"_s;
    }
    return {};
}

} // namespace jikenbo
