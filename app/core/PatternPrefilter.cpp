// SPDX-License-Identifier: GPL-3.0-or-later
#include "PatternPrefilter.h"

#include "TextChars.h"

#include <QSet>

#include <algorithm>

namespace jikenbo {

namespace {

struct First
{
    QSet<char16_t> chars;
    bool any = false;      // may start with a character we cannot name
    bool nullable = false; // may match empty text
    void add(const First &o)
    {
        chars.unite(o.chars);
        any = any || o.any;
    }
};

// FIRST sets over the subset of PCRE2 syntax the rules use. Anything else makes the parser
// give up (`failed`), and the rule is then always run.
class Parser
{
public:
    explicit Parser(const QString &pattern)
        : m_p(pattern)
    {
    }

    First parse()
    {
        First f = alternation();
        if (m_i != m_p.size())
            m_failed = true;
        return f;
    }
    bool failed() const { return m_failed; }

private:
    bool atEnd() const { return m_i >= m_p.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_i + ahead < m_p.size() ? m_p[m_i + ahead].unicode() : 0;
    }

    First alternation()
    {
        First out = sequence();
        while (!m_failed && peek() == u'|') {
            ++m_i;
            const First alt = sequence();
            out.add(alt);
            out.nullable = out.nullable || alt.nullable;
        }
        return out;
    }

    First sequence()
    {
        First out;
        bool nullableSoFar = true;
        while (!m_failed && !atEnd() && peek() != u'|' && peek() != u')') {
            First a = atom();
            if (m_failed)
                break;
            if (quantifierAllowsNone())
                a.nullable = true;
            if (nullableSoFar) {
                out.add(a);
                nullableSoFar = a.nullable;
            }
        }
        out.nullable = nullableSoFar;
        return out;
    }

    // Reads a quantifier after an atom, if any; true when it allows zero repetitions.
    bool quantifierAllowsNone()
    {
        bool none = false;
        const char16_t c = peek();
        if (c == u'?' || c == u'*') {
            none = true;
            ++m_i;
        } else if (c == u'+') {
            ++m_i;
        } else if (c == u'{') {
            qsizetype j = m_i + 1;
            qsizetype digits = 0;
            int min = 0;
            while (j < m_p.size() && m_p[j].isDigit()) {
                min = min * 10 + (m_p[j].unicode() - u'0');
                ++j;
                ++digits;
            }
            if (digits == 0)
                return false; // a literal "{"
            if (j < m_p.size() && m_p[j] == u',') {
                ++j;
                while (j < m_p.size() && m_p[j].isDigit())
                    ++j;
            }
            if (j >= m_p.size() || m_p[j] != u'}')
                return false;
            m_i = j + 1;
            none = min == 0;
        } else {
            return false;
        }
        if (peek() == u'?' || peek() == u'+') // lazy or possessive
            ++m_i;
        return none;
    }

    static First literal(char16_t c)
    {
        First f;
        f.chars.insert(c);
        return f;
    }
    static First anyChar()
    {
        First f;
        f.any = true;
        return f;
    }
    static First zeroWidth()
    {
        First f;
        f.nullable = true;
        return f;
    }
    static First digits()
    {
        First f;
        for (char16_t c = u'0'; c <= u'9'; ++c)
            f.chars.insert(c);
        return f;
    }

    First atom()
    {
        const char16_t c = peek();
        ++m_i;
        switch (c) {
        case u'(':
            return group();
        case u'[':
            return charClass();
        case u'\\':
            return escape(false);
        case u'.':
            return anyChar();
        case u'^':
        case u'$':
            return zeroWidth();
        default:
            if (QChar::isHighSurrogate(c) && QChar::isLowSurrogate(peek()))
                ++m_i;
            return literal(c);
        }
    }

    First group()
    {
        bool lookaround = false;
        if (peek() == u'?') {
            const char16_t k = peek(1);
            if (k == u':') {
                m_i += 2;
            } else if (k == u'=' || k == u'!') {
                m_i += 2;
                lookaround = true;
            } else if (k == u'<' && (peek(2) == u'=' || peek(2) == u'!')) {
                m_i += 3;
                lookaround = true;
            } else {
                m_failed = true; // named groups, inline options, conditionals …
                return anyChar();
            }
        }
        const First inner = alternation();
        if (peek() != u')') {
            m_failed = true;
            return anyChar();
        }
        ++m_i;
        return lookaround ? zeroWidth() : inner;
    }

    First charClass()
    {
        First f;
        if (peek() == u'^') {
            f.any = true; // a negated class can start with almost anything
            ++m_i;
        }
        bool first = true;
        while (!atEnd() && (peek() != u']' || first)) {
            first = false;
            char16_t lo;
            if (peek() == u'\\') {
                ++m_i;
                const First e = escape(true);
                if (m_failed)
                    return anyChar();
                f.add(e);
                if (e.chars.size() != 1 || e.any)
                    continue;
                lo = *e.chars.cbegin();
            } else if (peek() == u'[' && peek(1) == u':') {
                m_failed = true; // POSIX classes
                return anyChar();
            } else {
                lo = peek();
                ++m_i;
                f.chars.insert(lo);
            }
            if (peek() == u'-' && peek(1) != u']' && peek(1) != 0) {
                ++m_i;
                char16_t hi = peek();
                if (hi == u'\\') {
                    m_failed = true;
                    return anyChar();
                }
                ++m_i;
                if (hi < lo || hi - lo > 512) {
                    f.any = true;
                } else {
                    for (char16_t x = lo; x <= hi && x >= lo; ++x)
                        f.chars.insert(x);
                }
            }
        }
        if (peek() != u']') {
            m_failed = true;
            return anyChar();
        }
        ++m_i;
        return f;
    }

    First escape(bool inClass)
    {
        const char16_t c = peek();
        if (c == 0) {
            m_failed = true;
            return anyChar();
        }
        ++m_i;
        switch (c) {
        case u'd':
            return digits();
        case u'b':
        case u'B':
        case u'A':
        case u'z':
        case u'Z':
        case u'G':
            if (inClass) {
                m_failed = true;
                return anyChar();
            }
            return zeroWidth();
        case u'n':
            return literal(u'\n');
        case u't':
            return literal(u'\t');
        case u'r':
            return literal(u'\r');
        case u'p':
        case u'P':
            if (peek() == u'{') {
                const qsizetype close = m_p.indexOf(u'}', m_i);
                if (close < 0) {
                    m_failed = true;
                    return anyChar();
                }
                m_i = close + 1;
            } else {
                ++m_i;
            }
            return anyChar();
        case u'x':
            return hexEscape();
        default:
            break;
        }
        if (QChar(c).isLetterOrNumber()) {
            // \w, \s, \D, \X, back references, \Q…\E …: anything may follow.
            if (c == u'w' || c == u's' || c == u'W' || c == u'S' || c == u'D' || c == u'h' ||
                c == u'v' || c == u'H' || c == u'V' || c == u'R' || c == u'N' || c == u'X')
                return anyChar();
            m_failed = true;
            return anyChar();
        }
        return literal(c); // an escaped punctuation character
    }

    First hexEscape()
    {
        uint v = 0;
        bool ok = false;
        if (peek() == u'{') {
            const qsizetype close = m_p.indexOf(u'}', m_i);
            if (close > m_i + 1)
                v = m_p.mid(m_i + 1, close - m_i - 1).toUInt(&ok, 16);
            m_i = close < 0 ? m_p.size() : close + 1;
        } else {
            const QString h = m_p.mid(m_i, 2);
            v = h.toUInt(&ok, 16);
            m_i += h.size();
        }
        if (!ok || v > 0xFFFF) {
            m_failed = true;
            return anyChar();
        }
        return literal(char16_t(v));
    }

    const QString &m_p;
    qsizetype m_i = 0;
    bool m_failed = false;
};

} // namespace

PatternPrefilter PatternPrefilter::forPattern(const QString &pattern)
{
    Parser parser(pattern);
    const First f = parser.parse();
    PatternPrefilter out;
    if (parser.failed() || f.any || f.nullable || f.chars.isEmpty())
        return out;
    out.m_first = QList<char16_t>(f.chars.cbegin(), f.chars.cend());
    std::sort(out.m_first.begin(), out.m_first.end());
    out.m_any = false;
    return out;
}

bool PatternPrefilter::mayMatch(const TextChars &chars) const
{
    if (m_any)
        return true;
    for (char16_t c : m_first) {
        if (chars.contains(c))
            return true;
    }
    return false;
}

} // namespace jikenbo
