// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "classify/Taxonomy.h"
#include "search/JapaneseTokenizer.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// A compact rendering of a parse tree, for table-driven checks.
QString render(const QueryNode &n)
{
    switch (n.kind) {
    case QueryNode::All:
        return u"*"_s;
    case QueryNode::Text:
        return n.value;
    case QueryNode::Phrase:
        return u'"' + n.value + u'"';
    case QueryNode::Not:
        return u"-"_s + render(n.children.front());
    case QueryNode::And:
    case QueryNode::Or: {
        QStringList parts;
        for (const QueryNode &c : n.children)
            parts << render(c);
        return u'(' + parts.join(n.kind == QueryNode::And ? u" AND "_s : u" OR "_s) + u')';
    }
    case QueryNode::Field: {
        QString v = n.value;
        if (n.op == QueryNode::Range)
            v = n.low + u".."_s + n.high;
        else if (n.op != QueryNode::Eq)
            v = QString::fromLatin1(n.op == QueryNode::Lt   ? "<"
                                    : n.op == QueryNode::Le ? "<="
                                    : n.op == QueryNode::Gt ? ">"
                                                            : ">=") +
                v;
        return n.field + u':' + v;
    }
    }
    return {};
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("tree");
        QTest::newRow("empty") << u""_s << u"*"_s;
        QTest::newRow("spaces only") << u"  　 "_s << u"*"_s;
        QTest::newRow("words") << u"紛失 USBメモリ"_s << u"(紛失 AND USBメモリ)"_s;
        QTest::newRow("phrase") << u"\"個人情報 漏えい\""_s << u"\"個人情報 漏えい\""_s;
        QTest::newRow("cause key") << u"cause:ransomware"_s << u"cause:ransomware"_s;
        QTest::newRow("cause japanese") << u"cause:設定ミス"_s << u"cause:misconfiguration"_s;
        QTest::newRow("cause english name")
            << u"cause:\"Loss or theft\""_s << u"cause:loss_theft"_s;
        QTest::newRow("full-width field")
            << u"ｃａｕｓｅ：ランサムウェア"_s << u"cause:ransomware"_s;
        QTest::newRow("sector") << u"sector:medical"_s << u"sector:medical"_s;
        QTest::newRow("org quoted") << u"org:\"ミナト データ\""_s << u"org:ミナト データ"_s;
        QTest::newRow("case") << u"case:2024-012"_s << u"case:2024-012"_s;
        QTest::newRow("case year") << u"case:2022"_s << u"case:2022"_s;
        QTest::newRow("year") << u"year:2023"_s << u"year:2023"_s;
        QTest::newRow("year range") << u"year:2022..2023"_s << u"year:2022..2023"_s;
        QTest::newRow("date range")
            << u"date:2023-01-01..2023-06-30"_s << u"date:2023-01-01..2023-06-30"_s;
        QTest::newRow("date open end") << u"date:2024-01-01.."_s << u"date:2024-01-01.."_s;
        QTest::newRow("date open start") << u"date:..2023-06"_s << u"date:..2023-06-30"_s;
        QTest::newRow("date month") << u"date:2024-02"_s << u"date:2024-02-01..2024-02-29"_s;
        QTest::newRow("affected gt") << u"affected:>1000"_s << u"affected:>1000"_s;
        QTest::newRow("affected ge grouped") << u"affected:>=1,000"_s << u"affected:>=1000"_s;
        QTest::newRow("affected range") << u"affected:100..500"_s << u"affected:100..500"_s;
        QTest::newRow("negation") << u"org:病院 -cause:loss_theft"_s
                                  << u"(org:病院 AND -cause:loss_theft)"_s;
        QTest::newRow("or binds tighter") << u"紛失 USB OR 書類"_s << u"(紛失 AND (USB OR 書類))"_s;
        QTest::newRow("parentheses") << u"(紛失 OR 盗難) 病院"_s << u"((紛失 OR 盗難) AND 病院)"_s;
        QTest::newRow("hyphen inside word") << u"2024-012"_s << u"2024-012"_s;
        QTest::newRow("origin") << u"origin:rule confidence:<0.5"_s
                                << u"(origin:rule AND confidence:<0.5)"_s;
        QTest::newRow("annotations")
            << u"is:starred has:note tag:要確認"_s << u"(is:starred AND has:note AND tag:要確認)"_s;
        // The facts of issue 16.
        QTest::newRow("lag gt") << u"lag:>30"_s << u"lag:>30"_s;
        QTest::newRow("lag le") << u"lag:<=7"_s << u"lag:<=7"_s;
        QTest::newRow("lag range") << u"lag:10..30"_s << u"lag:10..30"_s;
        QTest::newRow("discovered range")
            << u"discovered:2024-01-01..2024-03-31"_s << u"discovered:2024-01-01..2024-03-31"_s;
        QTest::newRow("discovered year")
            << u"discovered:2024"_s << u"discovered:2024-01-01..2024-12-31"_s;
        QTest::newRow("discovered month")
            << u"discovered:2024-03"_s << u"discovered:2024-03-01..2024-03-31"_s;
        QTest::newRow("occurred open") << u"occurred:..2023-06"_s << u"occurred:..2023-06-30"_s;
        QTest::newRow("data key") << u"data:card"_s << u"data:card"_s;
        QTest::newRow("data japanese name") << u"data:マイナンバー"_s << u"data:my_number"_s;
        QTest::newRow("data english name") << u"data:\"Bank account\""_s << u"data:bank_account"_s;
        QTest::newRow("via") << u"via:contractor -via:contractor"_s
                             << u"(via:contractor AND -via:contractor)"_s;
        // What the index holds nothing of is set aside; the rest is searched.
        QTest::newRow("emoji inside a word") << u"😀漏えい"_s << u"😀漏えい"_s;
        QTest::newRow("emoji beside a word") << u"😀 漏えい"_s << u"漏えい"_s;
        QTest::newRow("emoji OR word") << u"🔒 OR 漏えい"_s << u"漏えい"_s;
        QTest::newRow("negated emoji") << u"漏えい -🔒"_s << u"漏えい"_s;
        QTest::newRow("emoji in a group") << u"(🔒 OR ⭐) 紛失"_s << u"紛失"_s;
        QTest::newRow("zero-width space between words")
            << u"漏えい\u200B紛失"_s << u"(漏えい AND 紛失)"_s;
        QTest::newRow("punctuation beside a field")
            << u"!? cause:ransomware"_s << u"cause:ransomware"_s;
    }

    void parses()
    {
        QFETCH(QString, query);
        QFETCH(QString, tree);
        const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
        QVERIFY2(pq.ok(), qPrintable(pq.ok() ? QString() : pq.error->message));
        QCOMPARE(render(pq.query.root), tree);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("says");
        QTest::newRow("unclosed quote") << u"紛失 \"USB"_s << 3 << u"closing \""_s;
        QTest::newRow("unknown field") << u"colour:red"_s << 0 << u"unknown field"_s;
        QTest::newRow("unknown cause") << u"cause:aliens"_s << 6 << u"unknown cause"_s;
        QTest::newRow("empty value") << u"cause: 紛失"_s << 0 << u"needs a value"_s;
        QTest::newRow("bad date") << u"date:2023-13-01"_s << 5 << u"not a date"_s;
        QTest::newRow("reversed range")
            << u"date:2024-01-01..2023-01-01"_s << 5 << u"ends before"_s;
        QTest::newRow("bad number") << u"affected:>lots"_s << 9 << u"not a valid value"_s;
        QTest::newRow("open both") << u"year:.."_s << 5 << u"not a valid value"_s;
        QTest::newRow("dangling OR") << u"紛失 OR"_s << 3 << u"OR needs a term after"_s;
        QTest::newRow("leading OR") << u"OR 紛失"_s << 0 << u"OR needs a term before"_s;
        QTest::newRow("unmatched close") << u"紛失)"_s << 2 << u"no '(' to close"_s;
        QTest::newRow("unclosed open") << u"(紛失"_s << 0 << u"missing ')'"_s;
        QTest::newRow("empty parens") << u"()"_s << 0 << u"empty parentheses"_s;
        QTest::newRow("empty phrase") << u"\"\""_s << 0 << u"empty phrase"_s;
        QTest::newRow("bad case") << u"case:abc"_s << 5 << u"not a case id"_s;
        QTest::newRow("bad origin") << u"origin:robot"_s << 7 << u"unknown origin"_s;
        QTest::newRow("bad lag") << u"lag:>soon"_s << 4 << u"not a valid value for lag:"_s;
        QTest::newRow("negative lag") << u"lag:<-3"_s << 4 << u"not a valid value for lag:"_s;
        QTest::newRow("bad discovered")
            << u"discovered:2024-02-30"_s << 11 << u"expected e.g. discovered:"_s;
        QTest::newRow("reversed occurred") << u"occurred:2024..2023"_s << 9 << u"ends before"_s;
        QTest::newRow("unknown data kind")
            << u"紛失 data:cards"_s << 8
            << u"unknown data kind 'cards' in data:; expected one of name, address, phone, email, birth_date, card, bank_account, my_number, health, credentials, student_records, employee_records, other"_s;
        QTest::newRow("bad via") << u"via:vendor"_s << 4 << u"expected contractor"_s;
        // Nothing the index holds: these matched every notice.
        const QString nothing = u"nothing searchable in the query"_s;
        QTest::newRow("emoji") << u"🔒"_s << 0 << nothing;
        QTest::newRow("zero-width space") << u"\u200B"_s << 0 << nothing;
        QTest::newRow("right-to-left mark") << u"\u200F"_s << 0 << nothing;
        QTest::newRow("byte order mark") << u"\uFEFF"_s << 0 << nothing;
        QTest::newRow("punctuation") << u"!? 、。 *"_s << 0 << nothing;
        QTest::newRow("negated emoji") << u"-🔒"_s << 0 << nothing;
        QTest::newRow("emoji in parentheses") << u"(🔒)"_s << 0 << nothing;
        QTest::newRow("emoji OR emoji") << u"🔒 OR ⭐"_s << 0 << nothing;
        QTest::newRow("quoted emoji") << u"\"🔒\""_s << 0 << nothing;
        QTest::newRow("org emoji") << u"org:🔒"_s << 0 << nothing;
    }

    void errors()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(QString, says);
        const ParsedQuery pq = QueryParser::parse(query, Taxonomy::builtIn());
        QVERIFY2(!pq.ok(), qPrintable(render(pq.query.root)));
        QVERIFY2(pq.error->message.contains(says), qPrintable(pq.error->message));
        QCOMPARE(int(pq.error->position), position);
        QVERIFY(!pq.error->message.contains(u'\n'));
    }

    // The parser and the tokenizer that fills the index agree on what is searchable: a query of
    // one character parses when the tokenizer makes a token of it, and fails with "nothing
    // searchable" otherwise (white space alone is the empty query).
    void searchableAgreesWithTheTokenizer()
    {
        const std::pair<char32_t, char32_t> ranges[] = {
            {0x21, 0x2FF},      {0x370, 0x3FF},     {0x600, 0x62F},    {0xE00, 0xE3F},
            {0x2000, 0x206F},   {0x20A0, 0x21FF},   {0x2460, 0x24FF},  {0x2500, 0x27BF},
            {0x3000, 0x30FF},   {0x3190, 0x31FF},   {0x3200, 0x33FF},  {0x4E00, 0x4E3F},
            {0xAC00, 0xAC1F},   {0xFE30, 0xFE6F},   {0xFEFF, 0xFEFF},  {0xFF00, 0xFFEF},
            {0x1F300, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x20000, 0x2001F}};
        int searchable = 0, refused = 0;
        for (const auto &[first, last] : ranges) {
            for (char32_t c = first; c <= last; ++c) {
                // Not QString::fromUcs4, which drops U+FEFF as a byte order mark.
                QString text;
                if (c > 0xFFFF)
                    text = QString(QChar(QChar::highSurrogate(c))) + QChar(QChar::lowSurrogate(c));
                else
                    text = QChar(char16_t(c));
                const bool blank = text.at(0).isSpace();
                const bool tokens = !JapaneseTokenizer::queryTokens(text).isEmpty();
                const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
                const QString what = u"U+%1"_s.arg(uint(c), 4, 16, QChar(u'0')).toUpper();
                if (blank) {
                    QVERIFY2(pq.ok() && pq.query.isEmpty(), qPrintable(what));
                    continue;
                }
                QVERIFY2(pq.ok() == tokens, qPrintable(what));
                if (!tokens) {
                    // Syntax characters alone fail for their own reason first.
                    if (!u"()\"（）＂“”"_s.contains(text))
                        QVERIFY2(pq.error->message == u"nothing searchable in the query"_s,
                                 qPrintable(what + u": "_s + pq.error->message));
                    ++refused;
                } else {
                    ++searchable;
                }
            }
        }
        QVERIFY(searchable > 1000);
        QVERIFY(refused > 1000);
    }

    void limits()
    {
        QString many;
        for (int i = 0; i < 10000; ++i)
            many += u"語"_s + QString::number(i) + u' ';
        ParsedQuery pq = QueryParser::parse(many, Taxonomy::builtIn());
        QVERIFY(!pq.ok());
        QVERIFY(pq.error->message.contains(u"too long"_s) ||
                pq.error->message.contains(u"too many terms"_s));

        pq = QueryParser::parse(QString(QueryParser::MaxLength + 1, u'a'), Taxonomy::builtIn());
        QVERIFY(!pq.ok());
        QVERIFY(pq.error->message.contains(u"too long"_s));

        pq = QueryParser::parse(QString(200, u'(') + u"a"_s + QString(200, u')'),
                                Taxonomy::builtIn());
        QVERIFY(!pq.ok());
        QVERIFY(pq.error->message.contains(u"nests too deeply"_s));

        QStringList terms;
        for (int i = 0; i < QueryParser::MaxTerms + 1; ++i)
            terms << u"t%1"_s.arg(i);
        pq = QueryParser::parse(terms.join(u' '), Taxonomy::builtIn());
        QVERIFY(!pq.ok());
        QVERIFY(pq.error->message.contains(u"too many terms"_s));
    }

    // User text reaches SQL only as bound values, and reaches FTS5 only inside a quoted phrase.
    void valuesAreBoundNeverInlined()
    {
        const QString evil = u"'); DROP TABLE incidents; --"_s;
        ParsedQuery pq = QueryParser::parse(u"NEAR("_s, Taxonomy::builtIn());
        QVERIFY(!pq.ok()); // a clean message about the parenthesis, never an SQL error
        pq = QueryParser::parse(u"org:\""_s + evil + u"\" "_s + u"NEAR ^ * : \"a\"\"b\""_s,
                                Taxonomy::builtIn());
        QVERIFY2(pq.ok(), qPrintable(pq.ok() ? QString() : pq.error->message));
        const SqlWhere w = QuerySql::where(pq.query);
        QVERIFY(!w.sql.contains(u"DROP"_s));
        QVERIFY(!w.sql.contains(u"NEAR"_s));
        bool bound = false;
        for (const QVariant &v : w.binds)
            bound = bound || v.toString().contains(u"DROP TABLE"_s);
        QVERIFY(bound);
        QCOMPARE(QuerySql::ftsPhrase(u"a\"b"_s), u"\"a\"\"b\""_s);
    }

    void withTerm()
    {
        QCOMPARE(Query::withTerm(QString(), u"cause:ransomware"_s), u"cause:ransomware"_s);
        QCOMPARE(Query::withTerm(u"紛失"_s, u"year:2023"_s), u"紛失 year:2023"_s);
        QCOMPARE(Query::withTerm(u"a OR b"_s, u"year:2023"_s), u"(a OR b) year:2023"_s);
        QCOMPARE(Query::quoteValue(u"ミナト データ"_s), u"\"ミナト データ\""_s);
        QCOMPARE(Query::quoteValue(u"病院"_s), u"病院"_s);
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
