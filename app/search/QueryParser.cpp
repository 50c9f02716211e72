// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryParser.h"

#include "JapaneseTokenizer.h"
#include "classify/SchemeMap.h"
#include "classify/Taxonomy.h"
#include "core/TextUtil.h"
#include "ingest/DataKindVocabulary.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// Syntax characters are read in their ASCII form.
QChar syn(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    if (u == 0x3000)
        return u' ';
    if (u == 0x201C || u == 0x201D)
        return u'"';
    return c;
}

// Whether the index holds anything of a free-text value: the tokenizer that fills the index
// decides, so the parser and the index agree on what is searchable. Emoji, punctuation and
// format characters (U+200B, U+200F) alone give no token.
bool searchable(const QString &value)
{
    return !JapaneseTokenizer::queryTokens(value).isEmpty();
}

// Sets aside the free-text terms (and org: values) with nothing searchable, which would match
// every notice: "😀 漏えい" and "🔒 OR 漏えい" search for 漏えい. False when nothing is left.
bool keepSearchable(QueryNode &n)
{
    switch (n.kind) {
    case QueryNode::All:
        return false;
    case QueryNode::Text:
    case QueryNode::Phrase:
        return searchable(n.value);
    case QueryNode::Field:
        return (n.field != u"org"_s && n.field != u"title"_s) || searchable(n.value);
    case QueryNode::Not:
        return keepSearchable(n.children.front());
    case QueryNode::And:
    case QueryNode::Or: {
        std::erase_if(n.children, [](QueryNode &c) { return !keepSearchable(c); });
        if (n.children.empty())
            return false;
        if (n.children.size() == 1) {
            QueryNode only = std::move(n.children.front());
            n = std::move(only);
        }
        return true;
    }
    }
    return false;
}

struct Tok
{
    enum Type { Word, Phrase, LParen, RParen, Minus, Or, End } type = End;
    QString text;  // word text, or phrase content
    QString field; // for field words: the name (lower case)
    bool fieldQuoted = false;
    qsizetype pos = 0;
    qsizetype len = 0;
};

class Parser
{
public:
    Parser(const QString &text, const Taxonomy &taxonomy)
        : m_text(text)
        , m_taxonomy(taxonomy)
    {
    }

    ParsedQuery run()
    {
        ParsedQuery out;
        out.query.text = m_text;
        if (m_text.size() > QueryParser::MaxLength) {
            out.error =
                QueryError{QueryParser::tr("the query is too long (%1 characters; the limit is %2)")
                               .arg(m_text.size())
                               .arg(QueryParser::MaxLength),
                           QueryParser::MaxLength, 1};
            return out;
        }
        if (!lex()) {
            out.error = m_error;
            return out;
        }
        // Nothing typed (only white space) lists everything. Anything else must leave something
        // to search for once what the index does not hold is set aside, or it would silently
        // match every notice.
        const bool blank =
            std::all_of(m_text.begin(), m_text.end(), [](QChar c) { return c.isSpace(); });
        if (blank) {
            out.query.root = QueryNode{};
            return out;
        }
        QueryNode root;
        if (m_toks.size() > 1 && (!parseAnd(root, 0) || !expectEnd())) {
            out.error = m_error;
            return out;
        }
        if (m_toks.size() == 1 || !keepSearchable(root)) {
            out.error = QueryError{QueryParser::tr("nothing searchable in the query"), 0,
                                   std::max<qsizetype>(1, m_text.size())};
            return out;
        }
        out.query.root = std::move(root);
        return out;
    }

private:
    bool fail(const QString &msg, qsizetype pos, qsizetype len = 1)
    {
        if (!m_failed) {
            m_error = QueryError{msg, pos, std::max<qsizetype>(1, len)};
            m_failed = true;
        }
        return false;
    }

    bool lex()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const QChar c = syn(m_text[i]);
            if (c.isSpace() || text::isSpace(m_text[i])) {
                ++i;
                continue;
            }
            if (c == u'(' || c == u')') {
                m_toks.append({c == u'(' ? Tok::LParen : Tok::RParen, {}, {}, false, i, 1});
                ++i;
                continue;
            }
            if (c == u'"') {
                const qsizetype start = i++;
                QString content;
                while (i < n && syn(m_text[i]) != u'"')
                    content += m_text[i++];
                if (i >= n)
                    return fail(
                        QueryParser::tr("unclosed quote: add a closing \" to end the phrase"),
                        start, n - start);
                ++i;
                m_toks.append({Tok::Phrase, content, {}, false, start, i - start});
                continue;
            }
            if (c == u'-' && i + 1 < n && !syn(m_text[i + 1]).isSpace() &&
                !text::isSpace(m_text[i + 1]) && syn(m_text[i + 1]) != u')') {
                m_toks.append({Tok::Minus, {}, {}, false, i, 1});
                ++i;
                continue;
            }
            // A word: up to whitespace, a parenthesis or a quote (a quote right after
            // "field:" belongs to the field's value).
            const qsizetype start = i;
            QString word;
            while (i < n) {
                const QChar d = syn(m_text[i]);
                if (d.isSpace() || text::isSpace(m_text[i]) || d == u'(' || d == u')' || d == u'"')
                    break;
                word += m_text[i++];
            }
            static const QRegularExpression fieldRe(u"^([A-Za-zＡ-Ｚａ-ｚ_]+)[:：](.*)$"_s);
            const auto m = fieldRe.match(word);
            if (m.hasMatch()) {
                Tok t{Tok::Word, m.captured(2), text::nfkc(m.captured(1)).toLower(),
                      false,     start,         i - start};
                if (t.text.isEmpty() && i < n && syn(m_text[i]) == u'"') {
                    const qsizetype q = i++;
                    QString content;
                    while (i < n && syn(m_text[i]) != u'"')
                        content += m_text[i++];
                    if (i >= n)
                        return fail(
                            QueryParser::tr("unclosed quote: add a closing \" to end the value"), q,
                            n - q);
                    ++i;
                    t.text = content;
                    t.fieldQuoted = true;
                    t.len = i - start;
                }
                m_toks.append(t);
                continue;
            }
            if (word == u"OR"_s)
                m_toks.append({Tok::Or, word, {}, false, start, i - start});
            else
                m_toks.append({Tok::Word, word, {}, false, start, i - start});
        }
        m_toks.append({Tok::End, {}, {}, false, n, 0});
        return true;
    }

    const Tok &peek() const { return m_toks[m_pos]; }

    bool expectEnd()
    {
        if (peek().type == Tok::End)
            return true;
        if (peek().type == Tok::RParen)
            return fail(QueryParser::tr("unexpected ')': there is no '(' to close"), peek().pos);
        return fail(QueryParser::tr("unexpected text"), peek().pos, peek().len);
    }

    bool parseAnd(QueryNode &out, int depth)
    {
        std::vector<QueryNode> parts;
        while (peek().type != Tok::End && peek().type != Tok::RParen) {
            if (peek().type == Tok::Or)
                return fail(QueryParser::tr("OR needs a term before it"), peek().pos, peek().len);
            QueryNode clause;
            if (!parseOr(clause, depth))
                return false;
            parts.push_back(std::move(clause));
        }
        if (parts.empty())
            return fail(QueryParser::tr("expected a search term"), peek().pos);
        if (parts.size() == 1) {
            out = std::move(parts.front());
        } else {
            out = QueryNode{};
            out.kind = QueryNode::And;
            out.children = std::move(parts);
        }
        return true;
    }

    bool parseOr(QueryNode &out, int depth)
    {
        std::vector<QueryNode> alts;
        QueryNode first;
        if (!parseUnary(first, depth))
            return false;
        alts.push_back(std::move(first));
        while (peek().type == Tok::Or) {
            const Tok orTok = peek();
            ++m_pos;
            if (peek().type == Tok::End || peek().type == Tok::RParen || peek().type == Tok::Or)
                return fail(QueryParser::tr("OR needs a term after it"), orTok.pos, orTok.len);
            QueryNode next;
            if (!parseUnary(next, depth))
                return false;
            alts.push_back(std::move(next));
        }
        if (alts.size() == 1) {
            out = std::move(alts.front());
        } else {
            out = QueryNode{};
            out.kind = QueryNode::Or;
            out.children = std::move(alts);
        }
        return true;
    }

    bool parseUnary(QueryNode &out, int depth)
    {
        if (depth > QueryParser::MaxDepth)
            return fail(QueryParser::tr("the query nests too deeply (the limit is %1 levels)")
                            .arg(QueryParser::MaxDepth),
                        peek().pos);
        const Tok t = peek();
        switch (t.type) {
        case Tok::Minus: {
            ++m_pos;
            QueryNode inner;
            if (!parseUnary(inner, depth + 1))
                return false;
            out = QueryNode{};
            out.kind = QueryNode::Not;
            out.position = t.pos;
            out.children.push_back(std::move(inner));
            return true;
        }
        case Tok::LParen: {
            ++m_pos;
            QueryNode inner;
            if (peek().type == Tok::RParen)
                return fail(QueryParser::tr("empty parentheses: expected a search term inside"),
                            t.pos, 2);
            if (!parseAnd(inner, depth + 1))
                return false;
            if (peek().type != Tok::RParen)
                return fail(
                    QueryParser::tr("missing ')' to close the '(' at position %1").arg(t.pos + 1),
                    t.pos);
            ++m_pos;
            out = std::move(inner);
            return true;
        }
        case Tok::RParen:
            return fail(QueryParser::tr("unexpected ')': there is no '(' to close"), t.pos);
        case Tok::Or:
            return fail(QueryParser::tr("OR needs a term before it"), t.pos, t.len);
        case Tok::End:
            return fail(QueryParser::tr("expected a search term"), t.pos);
        case Tok::Phrase:
        case Tok::Word:
            ++m_pos;
            if (++m_terms > QueryParser::MaxTerms)
                return fail(
                    QueryParser::tr("too many terms (the limit is %1)").arg(QueryParser::MaxTerms),
                    t.pos, t.len);
            return makeTerm(t, out);
        }
        return false;
    }

    bool makeTerm(const Tok &t, QueryNode &out)
    {
        out = QueryNode{};
        out.position = t.pos;
        if (t.type == Tok::Phrase) {
            out.kind = QueryNode::Phrase;
            out.value = t.text;
            if (text::isBlank(t.text))
                return fail(QueryParser::tr("empty phrase: put words between the quotes"), t.pos,
                            t.len);
            return true;
        }
        if (t.field.isEmpty()) {
            out.kind = QueryNode::Text;
            out.value = t.text;
            return true;
        }
        out.kind = QueryNode::Field;
        out.field = t.field;
        const QString v = text::nfkc(t.text).trimmed();
        const qsizetype vpos = t.pos + t.field.size() + 1;
        if (!QueryParser::fieldNames().contains(t.field))
            return fail(QueryParser::tr("unknown field '%1:'; expected one of %2")
                            .arg(t.field, QueryParser::fieldNames().join(u", "_s)),
                        t.pos, t.field.size() + 1);
        if (v.isEmpty())
            return fail(
                QueryParser::tr("'%1:' needs a value, e.g. %2").arg(t.field, example(t.field)),
                t.pos, t.len);
        const QString f = t.field;
        if (f == u"cause"_s) {
            out.value = m_taxonomy.causeKeyFor(v);
            if (out.value.isEmpty()) {
                QStringList keys;
                for (const Category &c : m_taxonomy.causes())
                    keys << c.key;
                return fail(QueryParser::tr("unknown cause '%1'; expected one of %2")
                                .arg(v, keys.join(u", "_s)),
                            vpos, t.len - (vpos - t.pos));
            }
            return true;
        }
        if (f == u"sector"_s) {
            out.value = m_taxonomy.sectorKeyFor(v);
            if (out.value.isEmpty()) {
                QStringList keys;
                for (const Category &c : m_taxonomy.sectors())
                    keys << c.key;
                return fail(QueryParser::tr("unknown sector '%1'; expected one of %2")
                                .arg(v, keys.join(u", "_s)),
                            vpos, t.len - (vpos - t.pos));
            }
            return true;
        }
        if (f == u"scheme"_s)
            return schemeValue(out, v, vpos, t);
        if (f == u"origin"_s) {
            out.value = v.toLower();
            if (out.value != u"label"_s && out.value != u"rule"_s && out.value != u"user"_s)
                return fail(
                    QueryParser::tr("unknown origin '%1'; expected label, rule or user").arg(v),
                    vpos, t.len - (vpos - t.pos));
            return true;
        }
        if (f == u"is"_s) {
            out.value = v.toLower().remove(u'_').remove(u'-');
            if (out.value != u"starred"_s && out.value != u"followup"_s &&
                out.value != u"removed"_s)
                return fail(QueryParser::tr(
                                "unknown value '%1' for is:; expected starred, followup or removed")
                                .arg(v),
                            vpos, t.len - (vpos - t.pos));
            return true;
        }
        if (f == u"has"_s) {
            out.value = v.toLower();
            static const QStringList ok{u"note"_s, u"tags"_s, u"affected"_s, u"date"_s,
                                        u"override"_s, u"data"_s};
            if (!ok.contains(out.value))
                return fail(QueryParser::tr("unknown value '%1' for has:; expected one of %2")
                                .arg(v, ok.join(u", "_s)),
                            vpos, t.len - (vpos - t.pos));
            return true;
        }
        if (f == u"year"_s)
            return numberOrRange(out, v, vpos, t, /*integer*/ true, 1900, 2100);
        if (f == u"affected"_s)
            return numberOrRange(out, v, vpos, t, true, 0, 1e12);
        if (f == u"confidence"_s)
            return numberOrRange(out, v, vpos, t, false, 0, 1);
        if (f == u"lag"_s)
            return numberOrRange(out, v, vpos, t, true, 0, 100000);
        if (f == u"date"_s || f == u"discovered"_s || f == u"occurred"_s)
            return dateOrRange(out, v, vpos, t);
        if (f == u"data"_s) {
            const DataKindVocabulary &vocabulary = DataKindVocabulary::builtIn();
            QStringList keys;
            for (const DataKind &k : vocabulary.kinds()) {
                keys << k.key;
                if (v.compare(k.key, Qt::CaseInsensitive) == 0 || v == k.ja ||
                    v.compare(k.en, Qt::CaseInsensitive) == 0)
                    out.value = k.key;
            }
            if (out.value.isEmpty())
                return fail(QueryParser::tr("unknown data kind '%1' in data:; expected one of %2")
                                .arg(v, keys.join(u", "_s)),
                            vpos, t.len - (vpos - t.pos));
            return true;
        }
        if (f == u"via"_s) {
            out.value = v.toLower();
            if (out.value != u"contractor"_s && v != u"委託先"_s)
                return fail(
                    QueryParser::tr("unknown value '%1' in via:; expected contractor").arg(v), vpos,
                    t.len - (vpos - t.pos));
            out.value = u"contractor"_s;
            return true;
        }
        if (f == u"case"_s) {
            static const QRegularExpression caseRe(u"^#?(\\d{4})(?:-(\\d{1,4}))?$"_s);
            const auto m = caseRe.match(v);
            if (!m.hasMatch())
                return fail(QueryParser::tr(
                                "'%1' is not a case id; expected e.g. case:2024-012 or case:2024")
                                .arg(v),
                            vpos, t.len - (vpos - t.pos));
            out.value = m.captured(1);
            if (m.capturedLength(2)) {
                out.value += u'-' + m.captured(2);
                out.low = m.captured(1);
                out.high = QString::number(m.captured(2).toInt());
            }
            return true;
        }
        // org, label, tag: text values.
        out.value = v;
        return true;
    }

    // scheme:tsr:loss, scheme:jnsa:管理ミス: a scheme's id, then a category's key or name.
    bool schemeValue(QueryNode &out, const QString &v, qsizetype vpos, const Tok &t)
    {
        const qsizetype vlen = t.len - (vpos - t.pos);
        const auto map = SchemeMap::active();
        const qsizetype colon = v.indexOf(u':');
        const QString id = colon < 0 ? v.toLower() : v.left(colon).trimmed().toLower();
        const Scheme *scheme = map->scheme(id);
        if (!scheme)
            return fail(QueryParser::tr("unknown scheme '%1'; expected one of %2, e.g. %3")
                            .arg(id, map->ids().join(u", "_s), example(u"scheme"_s)),
                        vpos, vlen);
        const QString category = colon < 0 ? QString() : v.mid(colon + 1).trimmed();
        const QString key = scheme->categoryKeyFor(category);
        if (key.isEmpty()) {
            QStringList keys;
            for (const SchemeCategory &c : scheme->categories)
                keys << c.key;
            return fail(QueryParser::tr("unknown category '%1' of scheme %2; expected one of %3")
                            .arg(category, scheme->id, keys.join(u", "_s)),
                        vpos, vlen);
        }
        out.value = scheme->id + u':' + key;
        return true;
    }

    static QString example(const QString &f)
    {
        if (f == u"scheme"_s)
            return u"scheme:tsr:loss"_s;
        if (f == u"title"_s)
            return u"title:誤送信"_s;
        if (f == u"cause"_s)
            return u"cause:ransomware"_s;
        if (f == u"sector"_s)
            return u"sector:medical"_s;
        if (f == u"date"_s)
            return u"date:2023-01-01..2023-06-30"_s;
        if (f == u"discovered"_s)
            return u"discovered:2024-01-01..2024-03-31"_s;
        if (f == u"occurred"_s)
            return u"occurred:2024-03"_s;
        if (f == u"lag"_s)
            return u"lag:>30"_s;
        if (f == u"data"_s)
            return u"data:card"_s;
        if (f == u"via"_s)
            return u"via:contractor"_s;
        if (f == u"affected"_s)
            return u"affected:>1000"_s;
        if (f == u"year"_s)
            return u"year:2023"_s;
        if (f == u"case"_s)
            return u"case:2024-012"_s;
        if (f == u"origin"_s)
            return u"origin:rule"_s;
        if (f == u"is"_s)
            return u"is:starred"_s;
        if (f == u"has"_s)
            return u"has:note"_s;
        if (f == u"confidence"_s)
            return u"confidence:<0.5"_s;
        return f + u":text"_s;
    }

    bool numberOrRange(QueryNode &out, const QString &v, qsizetype vpos, const Tok &t, bool integer,
                       double min, double max)
    {
        const qsizetype vlen = t.len - (vpos - t.pos);
        auto num = [&](const QString &s, bool *ok) -> double {
            QString c = s;
            c.remove(u',');
            const double d = integer ? double(c.toLongLong(ok)) : c.toDouble(ok);
            if (*ok && (d < min || d > max))
                *ok = false;
            return d;
        };
        auto bad = [&]() {
            return fail(QueryParser::tr("'%1' is not a valid value for %2:; expected e.g. %3")
                            .arg(v, t.field, example(t.field)),
                        vpos, vlen);
        };
        const qsizetype dots = v.indexOf(u".."_s);
        if (dots >= 0) {
            out.op = QueryNode::Range;
            out.low = v.left(dots);
            out.high = v.mid(dots + 2);
            bool ok = true;
            if (out.low.isEmpty() && out.high.isEmpty())
                return bad();
            if (!out.low.isEmpty())
                num(out.low, &ok);
            if (ok && !out.high.isEmpty())
                num(out.high, &ok);
            if (!ok)
                return bad();
            out.low.remove(u',');
            out.high.remove(u',');
            return true;
        }
        QString rest = v;
        if (rest.startsWith(u">="_s)) {
            out.op = QueryNode::Ge;
            rest = rest.mid(2);
        } else if (rest.startsWith(u"<="_s)) {
            out.op = QueryNode::Le;
            rest = rest.mid(2);
        } else if (rest.startsWith(u'>')) {
            out.op = QueryNode::Gt;
            rest = rest.mid(1);
        } else if (rest.startsWith(u'<')) {
            out.op = QueryNode::Lt;
            rest = rest.mid(1);
        } else if (rest.startsWith(u'=')) {
            out.op = QueryNode::Eq;
            rest = rest.mid(1);
        }
        bool ok = false;
        num(rest, &ok);
        if (!ok)
            return bad();
        out.value = rest.remove(u',');
        return true;
    }

    bool dateOrRange(QueryNode &out, const QString &v, qsizetype vpos, const Tok &t)
    {
        const qsizetype vlen = t.len - (vpos - t.pos);
        // YYYY, YYYY-MM or YYYY-MM-DD; as a range end, partial dates cover their whole span.
        auto parse = [](const QString &s, bool high, bool *ok) -> QString {
            static const QRegularExpression re(
                u"^(\\d{4})(?:[-/](\\d{1,2})(?:[-/](\\d{1,2}))?)?$"_s);
            const auto m = re.match(s);
            *ok = false;
            if (!m.hasMatch())
                return {};
            const int y = m.captured(1).toInt();
            const int mo = m.capturedLength(2) ? m.captured(2).toInt() : (high ? 12 : 1);
            QDate d;
            if (m.capturedLength(3)) {
                d = QDate(y, mo, m.captured(3).toInt());
            } else {
                d = QDate(y, mo, 1);
                if (high && d.isValid())
                    d = QDate(y, mo, d.daysInMonth());
            }
            if (!d.isValid())
                return {};
            *ok = true;
            return d.toString(Qt::ISODate);
        };
        auto bad = [&]() {
            return fail(QueryParser::tr("'%1' is not a date or date range; expected e.g. %2 (ISO "
                                        "dates, either end may be open)")
                            .arg(v, example(t.field)),
                        vpos, vlen);
        };
        out.op = QueryNode::Range;
        const qsizetype dots = v.indexOf(u".."_s);
        bool ok1 = true, ok2 = true;
        if (dots >= 0) {
            const QString a = v.left(dots), b = v.mid(dots + 2);
            if (a.isEmpty() && b.isEmpty())
                return bad();
            if (!a.isEmpty())
                out.low = parse(a, false, &ok1);
            if (!b.isEmpty())
                out.high = parse(b, true, &ok2);
        } else {
            out.low = parse(v, false, &ok1);
            out.high = parse(v, true, &ok2);
        }
        if (!ok1 || !ok2)
            return bad();
        if (!out.low.isEmpty() && !out.high.isEmpty() && out.low > out.high)
            return fail(QueryParser::tr("the date range ends before it starts"), vpos, vlen);
        return true;
    }

    const QString &m_text;
    const Taxonomy &m_taxonomy;
    QList<Tok> m_toks;
    qsizetype m_pos = 0;
    int m_terms = 0;
    bool m_failed = false;
    QueryError m_error;
};

void collectPositive(const QueryNode &n, bool negated, QStringList &out)
{
    switch (n.kind) {
    case QueryNode::Text:
    case QueryNode::Phrase:
        if (!negated)
            out << n.value;
        break;
    case QueryNode::Not:
        for (const QueryNode &c : n.children)
            collectPositive(c, !negated, out);
        break;
    case QueryNode::And:
    case QueryNode::Or:
        for (const QueryNode &c : n.children)
            collectPositive(c, negated, out);
        break;
    default:
        break;
    }
}

} // namespace

QStringList QueryParser::fieldNames()
{
    static const QStringList names{
        u"cause"_s,      u"sector"_s, u"org"_s,        u"case"_s,     u"year"_s, u"date"_s,
        u"affected"_s,   u"label"_s,  u"origin"_s,     u"tag"_s,      u"is"_s,   u"has"_s,
        u"confidence"_s, u"lag"_s,    u"discovered"_s, u"occurred"_s, u"data"_s, u"via"_s,
        u"title"_s,      u"scheme"_s};
    return names;
}

ParsedQuery QueryParser::parse(const QString &text, const Taxonomy &taxonomy)
{
    Parser p(text, taxonomy);
    return p.run();
}

QStringList Query::positiveTexts() const
{
    QStringList out;
    collectPositive(root, false, out);
    return out;
}

QString Query::quoteValue(const QString &value)
{
    bool needs = value.isEmpty();
    for (QChar c : value) {
        if (text::isSpace(c) || c == u'"' || c == u'(' || c == u')') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return value;
    QString v = value;
    v.remove(u'"');
    return u'"' + v + u'"';
}

QString Query::withTerm(const QString &queryText, const QString &term)
{
    const QString t = queryText.trimmed();
    if (t.isEmpty())
        return term;
    // Keep OR groups intact: "a OR b" + x -> "(a OR b) x".
    static const QRegularExpression orRe(u"(^|\\s)OR(\\s|$)"_s);
    if (orRe.match(t).hasMatch())
        return u'(' + t + u") "_s + term;
    return t + u' ' + term;
}

} // namespace jikenbo
