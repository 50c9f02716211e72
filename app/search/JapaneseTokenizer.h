// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

struct sqlite3;

namespace jikenbo {

// The FTS5 tokenizer "jikenbo": text is normalised by SearchNormalizer, then runs of CJK
// characters (kanji, kana, hangul) become overlapping bigrams with each character also indexed
// on its own (colocated), and runs of letters and digits become words. A query of one CJK
// character matches its unigram; longer runs match as a phrase of bigrams, so 紛失 finds
// 紛失した and 県警 finds 鹿児島県警. Spaces and punctuation inside Japanese text do not break a
// run (関する お詫び = 関するお詫び). Offsets point into the original text for highlighting.
class JapaneseTokenizer
{
public:
    // Bump when tokens change: databases indexed with another version are re-indexed when they
    // are opened (SearchIndex). 2: runs go on across spaces and punctuation; the last
    // character of a run is colocated with the last bigram (令和5年 and "個人情報 漏えい" match).
    static constexpr int Version = 2;
    static constexpr const char *Name = "jikenbo";

    static Status registerWith(sqlite3 *db);

    // The tokens a query string produces (for tests and for highlighting).
    static QStringList queryTokens(QStringView text);
    struct Span
    {
        qsizetype begin;
        qsizetype end;
    };
    // Where the normalised `needle` occurs in `haystack` (UTF-16 offsets of the original).
    static QList<Span> findMatches(QStringView haystack, QStringView needle);

    class TokenFeed;
    // A document's text with its tokens worked out ahead, on any thread. An import tokenizes
    // the next file's notices while the current file is written: the index then takes the
    // tokens instead of tokenizing while the write lock is held.
    class Pretokenized
    {
    public:
        Pretokenized() = default;
        explicit Pretokenized(QByteArray utf8);
        const QByteArray &text() const { return m_text; }

    private:
        friend class JapaneseTokenizer::TokenFeed;
        struct Token
        {
            std::uint32_t offset; // into m_bytes
            std::uint16_t size;
            bool colocated;
            int begin;
            int end;
        };
        QByteArray m_text;
        std::string m_bytes;
        std::vector<Token> m_tokens;
    };

    // While one lives, the tokenizer on this thread takes the tokens of a document whose text
    // is byte for byte that of one of `docs`; any other text is tokenized as usual.
    class TokenFeed
    {
    public:
        explicit TokenFeed(std::initializer_list<const Pretokenized *> docs);
        ~TokenFeed();
        TokenFeed(const TokenFeed &) = delete;
        TokenFeed &operator=(const TokenFeed &) = delete;

        // The tokens of `text` when one of the current feed's docs has it (emit per token, its
        // first non-zero result in *rc); false if none has. Defined beside the tokenizer.
        template<typename Emit> static bool replay(const char *text, int length, Emit &&emit, int *rc);

    private:
        const Pretokenized *m_docs[4] = {};
        TokenFeed *m_outer = nullptr;
    };
};

} // namespace jikenbo
