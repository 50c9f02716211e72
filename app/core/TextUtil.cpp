// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextUtil.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <limits>

namespace jikenbo::text {

QString nfkc(QStringView s)
{
    if (s.isEmpty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *norm = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        return s.toString();
    const icu::UnicodeString src(false, reinterpret_cast<const UChar *>(s.data()),
                                 static_cast<int32_t>(s.size()));
    // Fast path: most of a notice is already NFKC.
    const int32_t prefix = norm->spanQuickCheckYes(src, status);
    if (U_SUCCESS(status) && prefix == src.length())
        return s.toString();
    icu::UnicodeString out;
    norm->normalize(src, out, status);
    if (U_FAILURE(status))
        return s.toString();
    return QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\r' || u == u'\n' || u == 0x00A0 || u == 0x3000 ||
           u == 0xFEFF || u == 0x200B || c.isSpace();
}

bool isBlank(QStringView s)
{
    for (QChar c : s) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

QStringView trimmed(QStringView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

qint64 parseNumber(QStringView digits, bool *ok)
{
    qint64 v = 0;
    bool any = false;
    for (QChar c : digits) {
        char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            u = char16_t(u - 0xFF10 + u'0');
        if (u >= u'0' && u <= u'9') {
            if (v > (std::numeric_limits<qint64>::max() - 9) / 10) {
                if (ok)
                    *ok = false;
                return 0;
            }
            v = v * 10 + (u - u'0');
            any = true;
        } else if (u == u',' || u == 0xFF0C || u == u' ') {
            continue;
        } else {
            break;
        }
    }
    if (ok)
        *ok = any;
    return v;
}

} // namespace jikenbo::text
