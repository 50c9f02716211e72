// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace jikenbo {

using namespace Qt::StringLiterals;

namespace {

struct Utf8Scan
{
    qsizetype multiByte = 0;
    qsizetype invalid = 0;
};

// Counts valid multi-byte sequences and invalid bytes in UTF-8 (strict: no overlongs,
// no surrogates, max U+10FFFF).
Utf8Scan scanUtf8(const QByteArray &b)
{
    Utf8Scan s;
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData());
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            ++s.invalid;
            ++i;
            continue;
        }
        bool good = i + len <= n;
        for (int k = 1; good && k < len; ++k) {
            const unsigned char d = p[i + k];
            const unsigned l = (k == 1) ? lo : 0x80;
            const unsigned h = (k == 1) ? hi : 0xBF;
            if (d < l || d > h)
                good = false;
        }
        if (good) {
            ++s.multiByte;
            i += len;
        } else {
            ++s.invalid;
            ++i;
        }
    }
    return s;
}

// Control characters other than tab, LF, CR, FF: a text page does not hold them.
qsizetype countControls(QStringView t)
{
    qsizetype n = 0;
    for (QChar c : t) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7F)
            ++n;
    }
    return n;
}

// UTF-16 without a BOM: the high byte of each code unit is 0 (ASCII) or in the ranges of
// punctuation, kana, kanji and full-width forms; and the result must decode cleanly.
double utf16Score(const QByteArray &b, int highOffset)
{
    qsizetype good = 0, n = 0;
    for (qsizetype i = highOffset; i < b.size(); i += 2) {
        const auto h = static_cast<unsigned char>(b[i]);
        ++n;
        if (h == 0x00 || (h >= 0x20 && h <= 0x27) || h == 0x30 || (h >= 0x4E && h <= 0x9F) ||
            h == 0xFF || h == 0x03 || h == 0x04)
            ++good;
    }
    return n ? double(good) / double(n) : 0;
}

struct ConverterDeleter
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

} // namespace

Result<DecodedText> TextDecoder::decodeUtf16WithoutBom(const QByteArray &bytes)
{
    if (bytes.size() % 2 != 0 || bytes.size() < 4)
        return Result<DecodedText>::failure(tr("not UTF-16"));
    const double le = utf16Score(bytes, 1);
    const double be = utf16Score(bytes, 0);
    const char *cs = le >= be ? "UTF-16LE" : "UTF-16BE";
    if (std::max(le, be) < 0.95)
        return Result<DecodedText>::failure(tr("not UTF-16"));
    auto r = decodeAs(bytes, cs);
    // A page has lines, and its text is made of what Japanese pages hold.
    if (!r.ok() || r->replacedSequences > 0 || countControls(r->text) > 0 ||
        !r->text.contains(u'\n'))
        return Result<DecodedText>::failure(tr("not UTF-16"));
    r->encoding = QString::fromLatin1(cs);
    return r;
}

Result<DecodedText> TextDecoder::decodeAs(const QByteArray &bytes, const char *icuCharset)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterDeleter> conv(ucnv_open(icuCharset, &status));
    if (U_FAILURE(status))
        return Result<DecodedText>::failure(
            tr("no converter for %1").arg(QString::fromLatin1(icuCharset)));

    // Count substitutions: ICU calls the callback for each illegal/unmapped sequence.
    struct Counter
    {
        int count = 0;
    } counter;
    UConverterToUCallback oldCb = nullptr;
    const void *oldCtx = nullptr;
    ucnv_setToUCallBack(
        conv.get(),
        [](const void *ctx, UConverterToUnicodeArgs *args, const char *codeUnits, int32_t length,
           UConverterCallbackReason reason, UErrorCode *err) {
            if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR)
                ++const_cast<Counter *>(static_cast<const Counter *>(ctx))->count;
            UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
        },
        &counter, &oldCb, &oldCtx, &status);

    QString out;
    out.resize(bytes.size() + 16);
    status = U_ZERO_ERROR;
    const int32_t written = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()),
                                          static_cast<int32_t>(out.size()), bytes.constData(),
                                          static_cast<int32_t>(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        out.resize(written + 1);
        status = U_ZERO_ERROR;
        counter.count = 0;
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()),
                      static_cast<int32_t>(out.size()), bytes.constData(),
                      static_cast<int32_t>(bytes.size()), &status);
    }
    if (U_FAILURE(status))
        return Result<DecodedText>::failure(
            tr("cannot decode as %1 (ICU error %2)")
                .arg(QString::fromLatin1(icuCharset), QString::fromLatin1(u_errorName(status))));
    out.truncate(written);
    DecodedText d;
    d.text = std::move(out);
    d.replacedSequences = counter.count;
    return d;
}

Result<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return Result<DecodedText>::failure(tr("the file is empty"));

    auto finish = [](Result<DecodedText> r, const QString &name, bool bom) -> Result<DecodedText> {
        if (!r.ok())
            return r;
        r->encoding = name;
        r->hadBom = bom;
        if (r->text.startsWith(QChar(0xFEFF)))
            r->text.remove(0, 1);
        return r;
    };
    auto rejectIfControls = [](Result<DecodedText> r) -> Result<DecodedText> {
        if (!r.ok())
            return r;
        const qsizetype controls = countControls(r->text);
        if (controls > 0)
            return Result<DecodedText>::failure(
                tr("not a text file (%1 control characters)").arg(controls));
        return r;
    };

    // 1. Byte order marks.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return rejectIfControls(finish(decodeAs(bytes.mid(3), "UTF-8"), u"UTF-8"_s, true));
    if (bytes.startsWith("\xFF\xFE"))
        return rejectIfControls(finish(decodeAs(bytes.mid(2), "UTF-16LE"), u"UTF-16LE"_s, true));
    if (bytes.startsWith("\xFE\xFF"))
        return rejectIfControls(finish(decodeAs(bytes.mid(2), "UTF-16BE"), u"UTF-16BE"_s, true));

    // 2. NUL bytes: UTF-16 without a BOM (ASCII leaves a NUL in every other byte), else binary.
    if (bytes.contains('\0')) {
        auto r = decodeUtf16WithoutBom(bytes);
        if (r.ok())
            return r;
        return Result<DecodedText>::failure(tr("not a text file (it contains NUL bytes)"));
    }

    // 3. UTF-8, strict or with a few invalid sequences.
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0)
        return rejectIfControls(finish(decodeAs(bytes, "UTF-8"), u"UTF-8"_s, false));
    if (scan.multiByte > 0 && scan.invalid * 100 <= scan.multiByte) {
        auto r = rejectIfControls(finish(decodeAs(bytes, "UTF-8"), u"UTF-8"_s, false));
        if (r.ok())
            r->warnings << tr("%1 invalid UTF-8 byte sequence(s) replaced with U+FFFD")
                               .arg(r->replacedSequences);
        return r;
    }

    // 4. Japanese UTF-16 without a BOM and without ASCII has no NUL bytes.
    if (auto r = decodeUtf16WithoutBom(bytes); r.ok())
        return r;

    // 5. Legacy Japanese encodings: ask ICU's detector, then check the result decodes cleanly.
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    QList<QByteArray> candidates;
    if (U_SUCCESS(status)) {
        ucsdet_setText(det, bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
        int32_t found = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(det, &found, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < found; ++i) {
            UErrorCode s2 = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s2);
            if (U_SUCCESS(s2) && name)
                candidates << QByteArray(name);
        }
        ucsdet_close(det);
    }
    for (const QByteArray &fallback : {QByteArray("Shift_JIS"), QByteArray("EUC-JP")}) {
        if (!candidates.contains(fallback))
            candidates << fallback;
    }
    std::optional<Result<DecodedText>> best;
    for (const QByteArray &name : std::as_const(candidates)) {
        const char *icuName = nullptr;
        QString canonical;
        if (name == "Shift_JIS") {
            icuName = "windows-31j";
            canonical = u"Shift_JIS"_s;
        } else if (name == "EUC-JP") {
            icuName = "EUC-JP";
            canonical = u"EUC-JP"_s;
        } else {
            continue; // other scripts are not what this blog publishes
        }
        auto r = finish(decodeAs(bytes, icuName), canonical, false);
        if (!r.ok() || countControls(r->text) > 0)
            continue;
        if (!best || r->replacedSequences < best->value().replacedSequences)
            best = std::move(r);
        if (best->value().replacedSequences == 0)
            break;
    }
    // Accept a few undecodable sequences (at most 1 in 100 non-ASCII characters), reported.
    if (best) {
        DecodedText &d = best->value();
        qsizetype nonAscii = 0;
        for (QChar c : std::as_const(d.text))
            nonAscii += c.unicode() >= 0x80 ? 1 : 0;
        if (d.replacedSequences == 0)
            return std::move(*best);
        if (nonAscii > 0 && qsizetype(d.replacedSequences) * 100 <= nonAscii) {
            d.warnings << tr("%1 byte sequence(s) not valid in %2 replaced with U+FFFD")
                              .arg(d.replacedSequences)
                              .arg(d.encoding);
            return std::move(*best);
        }
    }
    return Result<DecodedText>::failure(
        tr("not text in a supported encoding (UTF-8, UTF-16, Shift_JIS, EUC-JP)"));
}

} // namespace jikenbo
