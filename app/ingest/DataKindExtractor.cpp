// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataKindExtractor.h"

#include "CountExtractor.h"
#include "NoticeSections.h"
#include "core/TextChars.h"
#include "core/TextUtil.h"

#include <QHash>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr int ListReach = 12; // lines a "以下の通り" or a label reaches down

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// A heading over the leaked data: "漏えいした情報", "閲覧可能であった個人情報", "漏洩情報の種類".
bool isLeakHeading(QStringView heading)
{
    static const QRegularExpression what(u"情報|項目|内容|データ|種類"_s);
    static const QRegularExpression how(
        u"漏|流出|閲覧|紛失|公開|表示|送信|送付|含まれ|保存|記録|対象|掲載|盗|窃取|取得|見られ|"
        "アクセス|個人情報|当該"_s);
    static const QRegularExpression notIt(u"取扱|取り扱|管理|保護方針|保護法|問題点|指導|規程|問い?"
                                          u"合|窓口|防止|対策|対応|経緯|原因|お願い|"
                                          "二次被害"_s);
    return what.match(heading).hasMatch() && how.match(heading).hasMatch() &&
           !notIt.match(heading).hasMatch();
}

// A heading over a group of data items.
bool isDataHeading(QStringView heading)
{
    static const QRegularExpression re(u"情報|項目|データ"_s);
    return re.match(heading).hasMatch() && !NoticeSections::isAftermathHeading(heading);
}

// A sentence that says data leaked, was exposed, lost or sent.
const QRegularExpression &leakVerb()
{
    static const QRegularExpression re(
        u"漏えい|漏洩|流出|閲覧(?:でき|可能|され|が可能)|見られる状態|見える状態|見られた|見えて|"
        "公開(?:され|して|し|状態)|"
        "表示され|紛失|誤送信|誤送付|誤って(?:送|添付|掲載)|窃取|盗|取得でき|掲載|収録され|"
        "含まれ(?:る|ている|ていた)|含んだ|アクセスされ|アクセス(?:が)?可能|持ち出|"
        "(?:でき|可能な?|可能の)る?状態"_s);
    return re;
}

// "…は含まれておりません", "…は保持しておらず", "…の漏洩はございません".
const QRegularExpression &negation()
{
    static const QRegularExpression re(
        u"含まれ(?:ておりません|ていません|ません|ない|ず)|(?:保持|保有|保存|管理|記載)し(?:"
        u"ておらず|"
        "ていない|ておりません|ていません)|対象外|ございません|ありません"_s);
    return re;
}

const QRegularExpression &positiveVerb()
{
    // Finite: "…が漏洩しました", "…が含まれていました", not "流出の恐れがある情報範囲".
    static const QRegularExpression re(
        u"(?:漏えい|漏洩|流出|閲覧)(?:しました|されました|した(?:こと|可能性|おそれ|恐れ)|しており|"
        "されており|が発生|が確認)|含まれていました|含まれており(?!ません)"_s);
    return re;
}

bool isSentenceEnd(QChar c)
{
    return c == u'\n' || c == u'。';
}

} // namespace

QList<FoundDataKind> DataKindExtractor::extract(QStringView body,
                                                const DataKindVocabulary &vocabulary)
{
    const QString text = CountExtractor::normalize(body);
    const qsizetype n = text.size();

    struct Line
    {
        qsizetype start;
        qsizetype end;
        QStringView heading;
    };
    QList<Line> lines;
    for (qsizetype s = 0; s <= n;) {
        qsizetype e = text.indexOf(u'\n', s);
        if (e < 0)
            e = n;
        lines.append({s, e, NoticeSections::headingAbove(text, s)});
        s = e + 1;
    }

    // The patterns that can match somewhere in this notice, by kind: a pattern whose matches
    // start with characters the notice lacks is never run (most kinds are not named at all).
    QList<QList<const QRegularExpression *>> live(vocabulary.kinds().size());
    {
        const auto chars = std::make_unique<TextChars>(text);
        for (qsizetype k = 0; k < vocabulary.kinds().size(); ++k) {
            const DataKind &kind = vocabulary.kinds()[k];
            for (qsizetype i = 0; i < kind.patterns.size(); ++i) {
                if (i >= kind.prefilters.size() || kind.prefilters[i].mayMatch(*chars))
                    live[k].append(&kind.patterns[i]);
            }
        }
    }
    auto mentionsKind = [&](QStringView line) {
        for (const auto &patterns : std::as_const(live)) {
            for (const QRegularExpression *re : patterns) {
                if (re->match(line).hasMatch())
                    return true;
            }
        }
        return false;
    };
    // Whether a line is in a section on the leaked data, through headings of groups of data
    // or of single items nested in it ("(1)患者情報", "(2)住所").
    // The answer depends on the heading alone: lines under one heading share it.
    QHash<qsizetype, bool> leakSectionOf; // by the heading's offset in the text
    auto inLeakSectionUncached = [&](QStringView h) {
        for (int level = 0; level < 4 && !h.isEmpty(); ++level) {
            if (isLeakHeading(h))
                return true;
            if (NoticeSections::isAftermathHeading(h) || !(isDataHeading(h) || mentionsKind(h)))
                return false;
            const qsizetype at = h.data() - text.constData();
            h = NoticeSections::headingAbove(text, NoticeSections::lineStart(text, at));
        }
        return false;
    };
    auto inLeakSection = [&](QStringView heading) {
        if (heading.isEmpty())
            return false;
        const qsizetype at = heading.data() - text.constData();
        const auto it = leakSectionOf.constFind(at);
        if (it != leakSectionOf.cend())
            return *it;
        const bool in = inLeakSectionUncached(heading);
        leakSectionOf.insert(at, in);
        return in;
    };

    QList<Span> spans;
    auto reachDown = [&](qsizetype li) {
        // The lines after `li` that belong to a list it announces.
        int taken = 0;
        for (qsizetype j = li + 1; j < lines.size() && taken < ListReach; ++j) {
            const QStringView l =
                QStringView(text).sliced(lines[j].start, lines[j].end - lines[j].start);
            if (text::isBlank(l))
                continue;
            // A list may have headings of its own ("<職員に関する情報>"), not of other matters.
            if (NoticeSections::isHeading(l) && !isLeakHeading(l) && !isDataHeading(l) &&
                !mentionsKind(l))
                break;
            spans.append({lines[j].start, lines[j].end});
            ++taken;
        }
    };
    static const QRegularExpression listIntro(
        u"(?:以下|下記|次)(?:の|に)?(?:通り|とおり|もの)|以下です"_s);
    static const QRegularExpression label(
        u"^[\\s・●■◆\\-*]*(?:[^\\n:。]{0,14}(?:情報|項目|内容)(?:等)?\\s*[:]|"
        "[【\\[][^】\\]\\n]{0,12}(?:情報|項目|内容)[】\\]])\\s*(.*)$"_s);

    for (qsizetype li = 0; li < lines.size(); ++li) {
        const Line &l = lines[li];
        const QStringView line = QStringView(text).sliced(l.start, l.end - l.start);
        if (NoticeSections::isAftermathHeading(l.heading))
            continue;
        if (inLeakSection(l.heading)) {
            spans.append({l.start, l.end});
            continue;
        }
        if (const auto m = label.match(line); m.hasMatch() && !NoticeSections::isHeading(line)) {
            if (text::isBlank(m.capturedView(1)))
                reachDown(li);
            else
                spans.append({l.start, l.end});
        }
        if (isLeakHeading(line) && line.size() <= 30 && !line.contains(u'。')) {
            // A heading or a short label line over the leaked data ("漏えいした情報・件数").
            spans.append({l.start, l.end});
            reachDown(li);
        }
    }
    // Sentences that say what leaked.
    const QList<bool> ends = NoticeSections::sentenceEnds(text);
    for (qsizetype s = 0; s < n;) {
        qsizetype e = s;
        while (e < n && !ends[e])
            ++e;
        const QStringView sentence = QStringView(text).sliced(s, e - s);
        if (leakVerb().match(sentence).hasMatch()) {
            qsizetype li = 0;
            while (li + 1 < lines.size() && lines[li + 1].start <= s)
                ++li;
            if (!NoticeSections::isAftermathHeading(lines[li].heading)) {
                spans.append({s, e});
                if (listIntro.match(sentence).hasMatch()) {
                    qsizetype last = li;
                    while (last + 1 < lines.size() && lines[last + 1].start <= e)
                        ++last;
                    reachDown(last);
                }
            }
        }
        s = e + 1;
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span &sp : std::as_const(spans)) {
        if (!merged.isEmpty() && sp.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, sp.end);
        else
            merged.append(sp);
    }

    auto isNegated = [&](qsizetype from) {
        qsizetype e = from;
        while (e < n && !isSentenceEnd(text[e]))
            ++e;
        QString rest = text.sliced(from, e - from);
        rest.remove(u' ');
        const auto neg = negation().match(rest);
        if (!neg.hasMatch())
            return false;
        const auto pos = positiveVerb().match(rest);
        return !pos.hasMatch() || neg.capturedStart() < pos.capturedStart();
    };

    QList<FoundDataKind> out;
    for (qsizetype k = 0; k < vocabulary.kinds().size(); ++k) {
        const DataKind &kind = vocabulary.kinds()[k];
        QString evidence;
        for (const Span &sp : std::as_const(merged)) {
            const QStringView span = QStringView(text).sliced(sp.start, sp.end - sp.start);
            for (const QRegularExpression *re : std::as_const(live[k])) {
                for (auto it = re->globalMatch(span); it.hasNext();) {
                    const auto m = it.next();
                    const qsizetype at = sp.start + m.capturedStart();
                    if (isNegated(sp.start + m.capturedEnd()))
                        continue;
                    qsizetype ls = at, le = at;
                    while (ls > sp.start && !isSentenceEnd(text[ls - 1]))
                        --ls;
                    while (le < sp.end && !isSentenceEnd(text[le]))
                        ++le;
                    evidence = NoticeSections::evidence(QStringView(text).sliced(ls, le - ls));
                    break;
                }
                if (!evidence.isEmpty())
                    break;
            }
            if (!evidence.isEmpty())
                break;
        }
        if (!evidence.isEmpty())
            out.append({kind.key, evidence});
    }
    return out;
}

} // namespace jikenbo
