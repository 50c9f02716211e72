// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchNormalizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const icu::Normalizer2 *nfkc()
{
    static const icu::Normalizer2 *n = [] {
        UErrorCode st = U_ZERO_ERROR;
        const icu::Normalizer2 *p = icu::Normalizer2::getNFKCInstance(st);
        return U_SUCCESS(st) ? p : nullptr;
    }();
    return n;
}

std::u32string toU32(const std::vector<NormChar> &v)
{
    std::u32string s;
    s.reserve(v.size());
    for (const NormChar &c : v)
        s.push_back(c.c);
    return s;
}

} // namespace

const SearchNormalizer &SearchNormalizer::instance()
{
    static const SearchNormalizer n;
    return n;
}

SearchNormalizer::SearchNormalizer()
{
    QFile f(u":/jikenbo/data/variants.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    m_version = root.value(u"version"_s).toInt();
    // Normalise both sides with the pipeline minus variants, so they match folded text.
    auto prepared = [this](const QString &s) {
        std::vector<NormChar> chars;
        const std::u16string u(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
        std::vector<int> offs(u.size() + 1);
        for (size_t i = 0; i <= u.size(); ++i)
            offs[i] = int(i);
        basic(u, offs, chars);
        fold(chars);
        return toU32(chars);
    };
    for (const QJsonValue &v : root.value(u"variants"_s).toArray()) {
        const QJsonArray pair = v.toArray();
        if (pair.size() != 2)
            continue;
        Variant var{prepared(pair.at(0).toString()), prepared(pair.at(1).toString())};
        if (!var.from.empty() && var.from != var.to) {
            m_variantFirst.insert(var.from[0]);
            m_variants.push_back(std::move(var));
        }
    }
    std::stable_sort(m_variants.begin(), m_variants.end(), [](const Variant &a, const Variant &b) {
        return a.from.size() > b.from.size();
    });
    for (const QJsonValue &g : root.value(u"synonyms"_s).toArray()) {
        SynonymGroup group;
        for (const QJsonValue &w : g.toArray()) {
            group.words << w.toString();
            group.normalized.push_back(normalize(w.toString()));
        }
        if (group.words.size() > 1)
            m_synonyms.push_back(std::move(group));
    }
}

// NFKC with offsets: the text is cut at normalisation boundaries; a chunk already in NFKC is
// copied, any other chunk is normalised on its own and all of its output points to its span.
void SearchNormalizer::basic(const std::u16string &src, const std::vector<int> &offsets,
                             std::vector<NormChar> &out) const
{
    const icu::Normalizer2 *norm = nfkc();
    const int32_t n = int32_t(src.size());
    int32_t i = 0;
    while (i < n) {
        UChar32 c;
        int32_t next = i;
        U16_NEXT(src.data(), next, n, c);
        if (c < 0x80 || !norm) {
            out.push_back({char32_t(c), offsets[size_t(i)], offsets[size_t(next)]});
            i = next;
            continue;
        }
        // Extend the chunk to the next boundary.
        int32_t end = next;
        while (end < n) {
            UChar32 d;
            int32_t after = end;
            U16_NEXT(src.data(), after, n, d);
            if (norm->hasBoundaryBefore(d))
                break;
            end = after;
        }
        if (end == next && norm->isInert(c)) {
            out.push_back({char32_t(c), offsets[size_t(i)], offsets[size_t(next)]});
            i = next;
            continue;
        }
        UErrorCode st = U_ZERO_ERROR;
        const icu::UnicodeString chunk(false, reinterpret_cast<const UChar *>(src.data() + i),
                                       end - i);
        if (norm->isNormalized(chunk, st) && U_SUCCESS(st)) {
            // Copy code point by code point, each with its own span.
            int32_t k = i;
            while (k < end) {
                int32_t kn = k;
                UChar32 e;
                U16_NEXT(src.data(), kn, n, e);
                out.push_back({char32_t(e), offsets[size_t(k)], offsets[size_t(kn)]});
                k = kn;
            }
        } else {
            st = U_ZERO_ERROR;
            icu::UnicodeString res;
            norm->normalize(chunk, res, st);
            const int b = offsets[size_t(i)], e = offsets[size_t(end)];
            for (int32_t k = 0; k < res.length();) {
                const UChar32 d = res.char32At(k);
                out.push_back({char32_t(d), b, e});
                k += U16_LENGTH(d);
            }
        }
        i = end;
    }
}

void SearchNormalizer::fold(std::vector<NormChar> &chars) const
{
    // Case folding and katakana -> hiragana; a word-final ー after katakana goes.
    std::vector<NormChar> out;
    out.reserve(chars.size());
    for (size_t i = 0; i < chars.size(); ++i) {
        char32_t c = chars[i].c;
        if (c == 0x30FC || c == 0xFF70) { // ー (and half-width, though NFKC already mapped it)
            const bool afterKana = i > 0 && isKatakana(chars[i - 1].c);
            const bool beforeKana = i + 1 < chars.size() && isKatakana(chars[i + 1].c);
            if (afterKana && !beforeKana) {
                if (!out.empty())
                    out.back().srcEnd = chars[i].srcEnd; // the mark belongs to the word
                continue;
            }
            out.push_back(chars[i]);
            continue;
        }
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c += 32;
        } else if (isKatakana(c) && c <= 0x30F6) {
            c -= 0x60;
        } else if (c == 0x30FD || c == 0x30FE) {
            c -= 0x60; // ヽヾ -> ゝゞ
        } else {
            c = char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT));
        }
        out.push_back({c, chars[i].srcBegin, chars[i].srcEnd});
    }
    chars.swap(out);
}

void SearchNormalizer::applyVariants(std::vector<NormChar> &chars) const
{
    if (m_variants.empty())
        return;
    std::vector<NormChar> out;
    out.reserve(chars.size());
    size_t i = 0;
    while (i < chars.size()) {
        const Variant *hit = nullptr;
        if (m_variantFirst.count(chars[i].c)) {
            for (const Variant &v : m_variants) {
                if (v.from[0] != chars[i].c || i + v.from.size() > chars.size())
                    continue;
                bool eq = true;
                for (size_t k = 1; k < v.from.size(); ++k) {
                    if (chars[i + k].c != v.from[k]) {
                        eq = false;
                        break;
                    }
                }
                if (eq) {
                    hit = &v;
                    break;
                }
            }
        }
        if (!hit) {
            out.push_back(chars[i++]);
            continue;
        }
        const int b = chars[i].srcBegin;
        const int e = chars[i + hit->from.size() - 1].srcEnd;
        for (char32_t c : hit->to)
            out.push_back({c, b, e});
        i += hit->from.size();
    }
    chars.swap(out);
}

void SearchNormalizer::normalizeUtf8(const char *text, int length, std::vector<NormChar> &out) const
{
    out.clear();
    std::u16string u;
    std::vector<int> offs;
    u.reserve(size_t(length));
    offs.reserve(size_t(length) + 1);
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t *>(text), i, length, c);
        if (c < 0)
            c = 0xFFFD;
        if (c > 0xFFFF) {
            u.push_back(char16_t(U16_LEAD(c)));
            u.push_back(char16_t(U16_TRAIL(c)));
            offs.push_back(start);
            offs.push_back(start);
        } else {
            u.push_back(char16_t(c));
            offs.push_back(start);
        }
    }
    offs.push_back(length);
    // A trail surrogate's offset must not split its character: point both at the start.
    basic(u, offs, out);
    fold(out);
    applyVariants(out);
}

void SearchNormalizer::normalizeUtf16(QStringView text, std::vector<NormChar> &out) const
{
    out.clear();
    const std::u16string u(reinterpret_cast<const char16_t *>(text.utf16()), size_t(text.size()));
    std::vector<int> offs(u.size() + 1);
    for (size_t i = 0; i <= u.size(); ++i)
        offs[i] = int(i);
    basic(u, offs, out);
    fold(out);
    applyVariants(out);
}

QString SearchNormalizer::normalize(QStringView text) const
{
    std::vector<NormChar> chars;
    normalizeUtf16(text, chars);
    QString s;
    s.reserve(qsizetype(chars.size()));
    for (const NormChar &c : chars) {
        if (c.c > 0xFFFF) {
            s += QChar(QChar::highSurrogate(c.c));
            s += QChar(QChar::lowSurrogate(c.c));
        } else {
            s += QChar(char16_t(c.c));
        }
    }
    return s;
}

} // namespace jikenbo
