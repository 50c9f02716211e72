// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <unordered_set>
#include <vector>

namespace jikenbo {

// One character of normalised text and the span of source text it came from.
struct NormChar
{
    char32_t c;
    int srcBegin; // offsets into the source (UTF-8 bytes or UTF-16 units, as given)
    int srcEnd;
};

// The one normalisation of search, used for the index and for queries alike:
// NFKC (ICU), case folding, katakana to hiragana (the long-vowel mark ー stays), a word-final
// ー after katakana dropped (サーバー = サーバ), and the spelling variants of
// resources/data/variants.json (ランサムウエア = ランサムウェア, 漏洩 = 漏えい, Eメール = メール).
// Offsets into the source are kept so matches can be highlighted in the original text.
class SearchNormalizer
{
public:
    static const SearchNormalizer &instance();

    void normalizeUtf8(const char *text, int length, std::vector<NormChar> &out) const;
    void normalizeUtf16(QStringView text, std::vector<NormChar> &out) const;
    QString normalize(QStringView text) const;

    // Synonym groups (opt-in query expansion): the words as written in variants.json, for
    // showing, and normalised, for matching.
    struct SynonymGroup
    {
        QStringList words;
        std::vector<QString> normalized;
    };
    const std::vector<SynonymGroup> &synonyms() const { return m_synonyms; }
    int version() const { return m_version; }

    static bool isKatakana(char32_t c)
    {
        return (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x31F0 && c <= 0x31FF) || c == 0x30FD ||
               c == 0x30FE;
    }

private:
    SearchNormalizer();
    void fold(std::vector<NormChar> &chars) const;
    void applyVariants(std::vector<NormChar> &chars) const;
    void basic(const std::u16string &src, const std::vector<int> &offsets,
               std::vector<NormChar> &out) const;

    struct Variant
    {
        std::u32string from;
        std::u32string to;
    };
    std::vector<Variant> m_variants; // longest first
    std::unordered_set<char32_t> m_variantFirst;
    std::vector<SynonymGroup> m_synonyms;
    int m_version = 0;
};

} // namespace jikenbo
