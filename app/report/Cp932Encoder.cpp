// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cp932Encoder.h"

#include "UnmappableReport.h"
#include "core/TextUtil.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// Characters that JIS-based converters produce for CP932's bytes, and what Windows uses.
char32_t tableEquivalent(char32_t c)
{
    switch (c) {
    case 0x301C:       // 〜 WAVE DASH
    case 0x2053:       // ⁓ SWUNG DASH
    case 0x223C:       // ∼ TILDE OPERATOR
        return 0xFF5E; // ～
    case 0x2212:       // − MINUS SIGN
        return 0xFF0D; // －
    case 0x2016:       // ‖ DOUBLE VERTICAL LINE
        return 0x2225; // ∥
    case 0x2014:       // — EM DASH
        return 0x2015; // ―
    case 0x2013:       // – EN DASH
    case 0x2011:       // non-breaking hyphen
        return 0x2010; // ‐
    case 0x00A2:
        return 0xFFE0; // ￠
    case 0x00A3:
        return 0xFFE1; // ￡
    case 0x00AC:
        return 0xFFE2; // ￢
    case 0x00A6:
        return 0xFFE4; // ￤
    case 0x00A5:
        return 0xFFE5; // ￥
    case 0x203E:
    case 0x00AF:
        return 0xFFE3; // ￣
    case 0x00A0:       // no-break space
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x202F:
        return 0x0020;
    case 0x2022: // • BULLET
    case 0x00B7: // · MIDDLE DOT
    case 0x2027:
        return 0x30FB; // ・
    case 0x22EF:       // ⋯
        return 0x2026; // …
    default:
        return 0;
    }
}

template<typename Fn> void forEachCodePoint(QStringView text, Fn fn)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) {
            fn(char32_t(c.unicode()), i, 1);
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            fn(QChar::surrogateToUcs4(c, text[i + 1]), i, 2);
            ++i;
            continue;
        }
        fn(char32_t(c.unicode()), i, 1);
    }
}

} // namespace

Cp932Encoder::Cp932Encoder()
    : m_bmp(0x10000, 0)
{
    UErrorCode status = U_ZERO_ERROR;
    m_converter = ucnv_open("windows-31j", &status);
    if (U_FAILURE(status) || !m_converter) {
        m_error = QString::fromLatin1(u_errorName(status));
        m_converter = nullptr;
        return;
    }
    ucnv_setFromUCallBack(m_converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
    ucnv_setFallback(m_converter, false);
    if (U_FAILURE(status)) {
        m_error = QString::fromLatin1(u_errorName(status));
        ucnv_close(m_converter);
        m_converter = nullptr;
    }
}

Cp932Encoder::~Cp932Encoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

bool Cp932Encoder::probe(char32_t codePoint)
{
    if (!m_converter)
        return false;
    char16_t units[2];
    int n = 0;
    if (QChar::requiresSurrogates(codePoint)) {
        units[0] = QChar::highSurrogate(codePoint);
        units[1] = QChar::lowSurrogate(codePoint);
        n = 2;
    } else {
        units[0] = char16_t(codePoint);
        n = 1;
    }
    if (n == 1 && QChar::isSurrogate(codePoint))
        return false;
    char out[16];
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetFromUnicode(m_converter);
    ucnv_fromUChars(m_converter, out, sizeof out, units, n, &status);
    ucnv_resetFromUnicode(m_converter);
    return U_SUCCESS(status);
}

bool Cp932Encoder::canEncode(char32_t codePoint)
{
    if (codePoint < 0x80)
        return true;
    if (codePoint > 0xFFFF)
        return false; // CP932 holds nothing outside the BMP
    quint8 &state = m_bmp[codePoint];
    if (state == 0)
        state = probe(codePoint) ? 1 : 2;
    return state == 1;
}

bool Cp932Encoder::canEncode(QStringView text)
{
    bool ok = true;
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) {
        if (ok && !canEncode(c))
            ok = false;
    });
    return ok;
}

bool Cp932Encoder::append(QStringView text, QByteArray &out)
{
    if (text.isEmpty())
        return true;
    if (!m_converter)
        return false;
    const qsizetype old = out.size();
    const qsizetype capacity = text.size() * 2 + 2;
    out.resize(old + capacity);
    UErrorCode status = U_ZERO_ERROR;
    ucnv_resetFromUnicode(m_converter);
    const int32_t n = ucnv_fromUChars(m_converter, out.data() + old, int32_t(capacity),
                                      text.utf16(), int32_t(text.size()), &status);
    if (U_FAILURE(status)) {
        ucnv_resetFromUnicode(m_converter);
        out.resize(old);
        return false;
    }
    out.resize(old + n);
    return true;
}

QString Cp932Encoder::equivalent(char32_t codePoint)
{
    if (const char32_t t = tableEquivalent(codePoint); t != 0 && canEncode(t))
        return QString::fromUcs4(&t, 1);
    const QString one = QString::fromUcs4(&codePoint, 1);
    const QString compat = text::nfkc(one);
    if (compat != one && !compat.isEmpty() && canEncode(QStringView(compat)))
        return compat;
    // The letter without its accents: é → e.
    QString base;
    for (QChar c : one.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            base += c;
    }
    if (!base.isEmpty() && base != one && canEncode(QStringView(base)))
        return base;
    return {};
}

QString Cp932Encoder::makeEncodable(QStringView text, QChar fallback, UnmappableReport *report,
                                    QStringView caseId, QStringView column)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t c, qsizetype at, qsizetype len) {
        if (canEncode(c)) {
            out += text.mid(at, len);
            return;
        }
        QString r = equivalent(c);
        if (r.isEmpty())
            r = fallback;
        if (report)
            report->add(c, caseId, column, r);
        out += r;
    });
    return out;
}

void Cp932Encoder::scan(QStringView text, QChar fallback, UnmappableReport &report,
                        QStringView caseId, QStringView column)
{
    forEachCodePoint(text, [&](char32_t c, qsizetype, qsizetype) {
        if (canEncode(c))
            return;
        QString r = equivalent(c);
        report.add(c, caseId, column, r.isEmpty() ? QString(fallback) : r);
    });
}

} // namespace jikenbo
