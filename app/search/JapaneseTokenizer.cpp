// SPDX-License-Identifier: GPL-3.0-or-later
#include "JapaneseTokenizer.h"

#include "Fts5Api.h"
#include "SearchNormalizer.h"

#include <QCoreApplication>

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstring>
#include <string>
#include <vector>

namespace jikenbo {

namespace {

enum class Cls { Sep, Word, Cjk };

Cls classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_')
            return Cls::Word;
        return Cls::Sep;
    }
    if (c == 0x30FC || c == 0x3005 || c == 0x3006 || c == 0x303B)
        return Cls::Cjk; // ー 々 〆 〻
    if ((c >= 0x3041 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FA) ||
        (c >= 0x4E00 && c <= 0x9FFF))
        return Cls::Cjk;
    UErrorCode st = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(UChar32(c), &st);
    if (sc == USCRIPT_HAN || sc == USCRIPT_HIRAGANA || sc == USCRIPT_KATAKANA ||
        sc == USCRIPT_HANGUL)
        return Cls::Cjk;
    if (u_isalnum(UChar32(c)))
        return Cls::Word;
    return Cls::Sep;
}

void appendUtf8(std::string &s, char32_t c)
{
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t *>(buf), n, 4, UChar32(c), err);
    if (!err)
        s.append(buf, size_t(n));
}

constexpr size_t MaxWordChars = 64;

// Calls emit(token, colocated, begin, end) for each token; stops when emit returns non-zero.
//
// A CJK run goes on across spaces and punctuation up to the next Latin or digit word, so that
// 関する お詫び (a stray space, common in notices) and 関するお詫び give the same bigrams, and a
// quoted phrase with a space in it matches. Each character of a run is also indexed on its own
// at the position of the bigram it starts (the last one at the position of the last bigram), so
// a run of n >= 2 characters takes n - 1 positions in the document and in a query alike: phrases
// that mix runs and words (令和5年, USBメモリ) line up.
template<typename Emit> int tokenize(const std::vector<NormChar> &chars, bool query, Emit &&emit)
{
    thread_local std::vector<Cls> cls;
    thread_local std::vector<size_t> run;
    const size_t n = chars.size();
    cls.resize(n);
    for (size_t k = 0; k < n; ++k)
        cls[k] = classify(chars[k].c);
    std::string tok;
    size_t i = 0;
    while (i < n) {
        if (cls[i] == Cls::Sep) {
            ++i;
            continue;
        }
        if (cls[i] == Cls::Word) {
            size_t j = i;
            while (j < n && cls[j] == Cls::Word)
                ++j;
            tok.clear();
            for (size_t k = i; k < j && k - i < MaxWordChars; ++k)
                appendUtf8(tok, chars[k].c);
            if (int rc = emit(tok, false, chars[i].srcBegin, chars[j - 1].srcEnd))
                return rc;
            i = j;
            continue;
        }
        run.clear();
        size_t j = i;
        for (; j < n && cls[j] != Cls::Word; ++j) {
            if (cls[j] == Cls::Cjk)
                run.push_back(j);
        }
        const size_t len = run.size();
        for (size_t k = 0; k < len; ++k) {
            const NormChar &a = chars[run[k]];
            if (k + 1 < len) {
                const NormChar &b = chars[run[k + 1]];
                tok.clear();
                appendUtf8(tok, a.c);
                appendUtf8(tok, b.c);
                if (int rc = emit(tok, false, a.srcBegin, b.srcEnd))
                    return rc;
            }
            if (!query || len == 1) {
                tok.clear();
                appendUtf8(tok, a.c);
                if (int rc = emit(tok, len > 1, a.srcBegin, a.srcEnd))
                    return rc;
            }
        }
        i = j;
    }
    return 0;
}

thread_local JapaneseTokenizer::TokenFeed *t_feed = nullptr;

struct Instance
{
};

int xCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Instance);
    return SQLITE_OK;
}

void xDelete(Fts5Tokenizer *t)
{
    delete reinterpret_cast<Instance *>(t);
}

int xTokenize(Fts5Tokenizer *, void *ctx, int flags, const char *text, int length,
              int (*token)(void *, int, const char *, int, int, int))
{
    if (length <= 0 || !text)
        return SQLITE_OK;
    const bool document = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    if (int rc = SQLITE_OK; document && t_feed &&
                            JapaneseTokenizer::TokenFeed::replay(
                                text, length,
                                [&](const char *tok, int size, bool colocated, int b, int e) {
                                    return token(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, tok,
                                                 size, b, e);
                                },
                                &rc))
        return rc;
    thread_local std::vector<NormChar> chars;
    SearchNormalizer::instance().normalizeUtf8(text, length, chars);
    const bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
    return tokenize(chars, query, [&](const std::string &tok, bool colocated, int b, int e) {
        return token(ctx, colocated ? FTS5_TOKEN_COLOCATED : 0, tok.data(), int(tok.size()), b, e);
    });
}

} // namespace

Status JapaneseTokenizer::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api)
        return Status::failure(
            QCoreApplication::translate("JapaneseTokenizer", "SQLite has no FTS5"));
    static fts5_tokenizer tokenizer{xCreate, xDelete, xTokenize};
    if (api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Status::failure(QCoreApplication::translate("JapaneseTokenizer",
                                                           "cannot register the FTS5 tokenizer: %1")
                                   .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return {};
}

JapaneseTokenizer::Pretokenized::Pretokenized(QByteArray utf8)
    : m_text(std::move(utf8))
{
    if (m_text.isEmpty())
        return;
    std::vector<NormChar> chars;
    SearchNormalizer::instance().normalizeUtf8(m_text.constData(), int(m_text.size()), chars);
    m_tokens.reserve(chars.size() * 2);
    tokenize(chars, false, [&](const std::string &tok, bool colocated, int b, int e) {
        m_tokens.push_back({std::uint32_t(m_bytes.size()), std::uint16_t(tok.size()), colocated,
                            b, e});
        m_bytes += tok;
        return 0;
    });
}

JapaneseTokenizer::TokenFeed::TokenFeed(std::initializer_list<const Pretokenized *> docs)
    : m_outer(t_feed)
{
    int i = 0;
    for (const Pretokenized *d : docs) {
        if (d && i < 4)
            m_docs[i++] = d;
    }
    t_feed = this;
}

JapaneseTokenizer::TokenFeed::~TokenFeed()
{
    t_feed = m_outer;
}

template<typename Emit>
bool JapaneseTokenizer::TokenFeed::replay(const char *text, int length, Emit &&emit, int *rc)
{
    for (const Pretokenized *d : t_feed->m_docs) {
        if (!d || d->m_text.size() != length ||
            std::memcmp(d->m_text.constData(), text, size_t(length)) != 0)
            continue;
        for (const Pretokenized::Token &t : d->m_tokens) {
            *rc = emit(d->m_bytes.data() + t.offset, int(t.size), t.colocated, t.begin, t.end);
            if (*rc)
                return true;
        }
        return true;
    }
    return false;
}

QStringList JapaneseTokenizer::queryTokens(QStringView text)
{
    std::vector<NormChar> chars;
    SearchNormalizer::instance().normalizeUtf16(text, chars);
    QStringList out;
    tokenize(chars, true, [&](const std::string &tok, bool, int, int) {
        out << QString::fromUtf8(tok.data(), qsizetype(tok.size()));
        return 0;
    });
    return out;
}

QList<JapaneseTokenizer::Span> JapaneseTokenizer::findMatches(QStringView haystack,
                                                              QStringView needle)
{
    QList<Span> out;
    std::vector<NormChar> h, n;
    const SearchNormalizer &norm = SearchNormalizer::instance();
    norm.normalizeUtf16(needle, n);
    // Separators are not significant: compare the significant characters only.
    std::vector<char32_t> nn;
    for (const NormChar &c : n) {
        if (classify(c.c) != Cls::Sep)
            nn.push_back(c.c);
    }
    if (nn.empty())
        return out;
    norm.normalizeUtf16(haystack, h);
    std::vector<size_t> idx;
    for (size_t i = 0; i < h.size(); ++i) {
        if (classify(h[i].c) != Cls::Sep)
            idx.push_back(i);
    }
    for (size_t s = 0; s + nn.size() <= idx.size(); ++s) {
        bool eq = true;
        for (size_t k = 0; k < nn.size(); ++k) {
            if (h[idx[s + k]].c != nn[k]) {
                eq = false;
                break;
            }
        }
        if (!eq)
            continue;
        // A Latin word matches whole words only, as the index does.
        const NormChar &first = h[idx[s]];
        const NormChar &last = h[idx[s + nn.size() - 1]];
        if (classify(nn.front()) == Cls::Word && idx[s] > 0 &&
            classify(h[idx[s] - 1].c) == Cls::Word)
            continue;
        if (classify(nn.back()) == Cls::Word && idx[s + nn.size() - 1] + 1 < h.size() &&
            classify(h[idx[s + nn.size() - 1] + 1].c) == Cls::Word)
            continue;
        out.append({first.srcBegin, last.srcEnd});
        s += nn.size() - 1;
    }
    return out;
}

} // namespace jikenbo
