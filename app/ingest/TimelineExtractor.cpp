// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineExtractor.h"

#include "CountExtractor.h"
#include "DateExtractor.h"
#include "NoticeSections.h"
#include "core/TextUtil.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr qsizetype MaxEvidence = 140;
constexpr qsizetype LoneDateReach = 240; // how far a date alone on its line reaches down
constexpr qsizetype NegationReach = 12;
constexpr qsizetype ValueLineRest = 12; // what may follow a date on a "label: value" line
constexpr qsizetype MaxLabel = 40;

enum class Role { None, Occurred, Discovered };

// What may stand before a date that opens its line: bullets and numbering.
const QRegularExpression &leadersOnly()
{
    static const QRegularExpression re(u"^[\\s・●○■□◆◇\\-*>()\\d.、]*$"_s);
    return re;
}

// What belongs to a date after it: the weekday, a time of day, 頃, 未明 …
qsizetype tailEnd(QStringView text, qsizetype pos)
{
    static const QRegularExpression tail(
        u"^(?:[ \\t\\x{3000}]*(?:\\([月火水木金土日](?:曜日?)?\\)|(?:午前|午後|正午)?[ "
        u"\\t]*\\d{1,2}[ \\t]*"
        "(?:時|:)[ \\t]*(?:\\d{1,2}[ \\t]*分?)?|未明|深夜|早朝|朝|昼|夕方|夜|頃|ごろ|時点|付け?))+"_s);
    const auto m = tail.match(text.sliced(pos));
    return m.hasMatch() ? pos + m.capturedLength() : pos;
}

// A cue of discovery: the organisation learned of the incident, or was told.
const QRegularExpression &discoveryCue()
{
    static const QRegularExpression re(
        u"判明|発覚|気付|気づ|検知|覚知|認知|把握|認識|発見|確認|"
        "(?:ご)?(?:連絡|報告|指摘|通報|情報提供|通知|申告|申し出|問い?合わ?せ|電話|相談|照会|警告)"
        "(?:を?(?:受け|いただ|頂)|が(?:あ|寄せ|入)|により|で判明)|"
        "から(?:の)?(?:報告|連絡|通報|指摘|情報提供|通知)"_s);
    return re;
}

// A cue of occurrence: the attack, the loss, the sending, the exposure.
const QRegularExpression &occurrenceCue()
{
    static const QRegularExpression re(
        u"発生|不正(?:な)?アクセス|サイバー攻撃|攻撃を受|感染|暗号化|侵入|被害を受|紛失|盗難|盗ま|"
        "置き忘|誤送信|誤送付|誤って(?:送|添付|掲載|公開)|送信|送付|掲載|改ざん|改竄|流出|漏えい|"
        "漏洩|"
        "閲覧(?:でき|可能|が可能)|表示され|持ち出|公開し|(?:でき|可能な?|可能の)る?状態|"
        "申し?込み?が(?:始|開始)|受付を?開始"_s);
    return re;
}

// A label before a date (same line or the line above) that says what the date is.
const QRegularExpression &discoveryLabel()
{
    static const QRegularExpression re(
        u"(?:判明|発覚|発見|認知|覚知|検知)(?:した|の)?(?:日|日時|経緯)"_s);
    return re;
}

const QRegularExpression &occurrenceLabel()
{
    static const QRegularExpression re(u"発生(?:日|日時|期間|事実|状況)?|事象(?:日時|発生)|(?:閲覧|"
                                       u"公開|表示|アクセス)[^\\n。]{0,14}(?:期間|時間|日時)|"
                                       "期間"_s);
    return re;
}

// The end of a subordinate clause of comparison: "…したように、", "…のとおり、".
const QRegularExpression &asClause()
{
    static const QRegularExpression re(u"(?:した|しました|の)(?:ように|よう|とおり|通り)、"_s);
    return re;
}

// "確認されておりません", "判明次第", "確認中": the cue does not state that it happened.
bool isNegated(QStringView text, qsizetype cueEnd)
{
    static const QRegularExpression neg(u"^[^。\\n]{0,4}?(?:ません|ておらず|されず|できず|できな|"
                                        u"ていない|ない(?:[。、]|よう)|中|を進め|依頼|"
                                        "予定|次第|したら|しましたら|すれば|場合)"_s);
    const QStringView after =
        text.sliced(cueEnd, std::min<qsizetype>(NegationReach, text.size() - cueEnd));
    return neg.match(after).hasMatch();
}

// The kind of the last cue in `clause` that is not negated, and the cue.
Role lastCue(QStringView clause, QString *cue)
{
    Role role = Role::None;
    qsizetype best = -1;
    auto scan = [&](const QRegularExpression &re, Role r) {
        for (auto it = re.globalMatch(clause); it.hasNext();) {
            const auto m = it.next();
            if (isNegated(clause, m.capturedEnd()))
                continue;
            if (m.capturedStart() > best) {
                best = m.capturedStart();
                role = r;
                *cue = m.captured();
            }
        }
    };
    scan(occurrenceCue(), Role::Occurred);
    scan(discoveryCue(), Role::Discovered);
    return role;
}

struct DatePlace
{
    FoundDate found;
    qsizetype tail = 0; // end of the date with its weekday and time
    bool rangeStart = false;
    bool rangeEnd = false;
};

} // namespace

std::optional<int> NoticeTimeline::disclosureDays() const
{
    if (!discovered.date.isValid() || !announced.isValid())
        return std::nullopt;
    const qint64 days = discovered.date.daysTo(announced);
    if (days < 0)
        return std::nullopt;
    return int(days);
}

NoticeTimeline TimelineExtractor::extract(QStringView body, QDate announced, int caseYear)
{
    NoticeTimeline out;
    out.announced = announced;
    const QString text = CountExtractor::normalize(body);
    const qsizetype n = text.size();
    const QDate context =
        announced.isValid() ? announced : (caseYear > 0 ? QDate(caseYear, 12, 31) : QDate());
    QList<FoundDate> found = DateExtractor::findAll(text, context);

    // 同日 (the same day) repeats the date before it.
    static const QRegularExpression sameDay(u"同日"_s);
    for (auto it = sameDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QDate previous;
        for (const FoundDate &f : std::as_const(found)) {
            if (f.position >= m.capturedStart())
                break;
            previous = f.date;
        }
        if (previous.isValid())
            found.append({previous, m.capturedStart(), m.capturedLength(), FoundDate::Repeated});
    }
    std::sort(found.begin(), found.end(),
              [](const FoundDate &a, const FoundDate &b) { return a.position < b.position; });

    const QList<bool> ends = NoticeSections::sentenceEnds(text);
    auto sentenceStart = [&](qsizetype pos) {
        while (pos > 0 && !ends[pos - 1])
            --pos;
        return pos;
    };
    auto lineEnd = [&](qsizetype pos) {
        const qsizetype e = text.indexOf(u'\n', pos);
        return e < 0 ? n : e;
    };

    QList<DatePlace> dates;
    dates.reserve(found.size());
    for (const FoundDate &f : std::as_const(found))
        dates.append({f, tailEnd(text, f.position + f.length)});

    // Periods ("A から B まで", "A~B", "A 以降") and points of reference ("A 時点で", "A 以前").
    static const QRegularExpression rangeMark(u"^[ \\t]*(?:から|より|~|〜|-|–|―)[ \\t]*"_s);
    static const QRegularExpression sinceMark(u"^[ \\t]*(?:から|以降|以来)"_s);
    static const QRegularExpression untilMark(u"^[ \\t]*(?:まで|の間|以前|以後|時点|現在)"_s);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        DatePlace &d = dates[i];
        const QStringView after = QStringView(text).sliced(d.tail);
        const QStringView tail = QStringView(text).sliced(
            d.found.position + d.found.length, d.tail - d.found.position - d.found.length);
        const auto m = rangeMark.match(after);
        if (m.hasMatch() && i + 1 < dates.size() &&
            dates[i + 1].found.position == d.tail + m.capturedLength()) {
            d.rangeStart = true;
            dates[i + 1].rangeEnd = true;
        } else if (sinceMark.match(after).hasMatch()) {
            d.rangeStart = true;
        }
        if (untilMark.match(after).hasMatch() || tail.contains(u"時点"))
            d.rangeEnd = true;
    }

    for (qsizetype i = 0; i < dates.size(); ++i) {
        const DatePlace &d = dates[i];
        // The clause: to the sentence end, or to the next date that opens a clause of its own.
        qsizetype nextDate = n;
        for (qsizetype j = i + 1; j < dates.size(); ++j) {
            if (!dates[j].rangeStart && !dates[j].rangeEnd && dates[j].found.position >= d.tail) {
                nextDate = dates[j].found.position;
                break;
            }
        }
        qsizetype from = d.tail;
        if (d.rangeStart) {
            // A period speaks after its end date.
            for (qsizetype j = i + 1; j < dates.size() && dates[j].rangeEnd; ++j)
                from = std::max(from, dates[j].tail);
        }
        qsizetype to = from;
        while (to < n && to < nextDate && !ends[to])
            ++to;
        // "…にお知らせしたように、…": the date belongs to the clause before ように.
        if (const auto m = asClause().match(QStringView(text).sliced(from, to - from));
            m.hasMatch())
            to = from + m.capturedEnd();
        const qsizetype ls = NoticeSections::lineStart(text, d.found.position);
        const bool startsLine =
            leadersOnly().match(QStringView(text).sliced(ls, d.found.position - ls)).hasMatch();
        const QStringView restOfLine = QStringView(text).sliced(from, lineEnd(from) - from);
        const bool alone = startsLine && text::isBlank(restOfLine);
        if (alone) // a date on a line of its own: what follows it is what happened that day
            to = std::min({n, nextDate, from + LoneDateReach});
        const QStringView clause = QStringView(text).sliced(from, to - from);

        // Labels: before the date on its line ("発生日:"), or on the line above a date that
        // stands (nearly) alone on its line ("2.判明日時", "(3) 発生期間").
        QStringView label;
        if (!startsLine) {
            label = QStringView(text).sliced(ls, d.found.position - ls);
        } else if (text::trimmed(restOfLine).size() <= ValueLineRest) {
            qsizetype e = ls - 1;
            while (e > 0) {
                const qsizetype s = text.lastIndexOf(u'\n', e - 1) + 1;
                const QStringView above = QStringView(text).sliced(s, e - s);
                if (!text::isBlank(above)) {
                    if (text::trimmed(above).size() <= MaxLabel)
                        label = above;
                    break;
                }
                e = s - 1;
            }
        }

        QString cue;
        Role role = Role::None;
        const auto dl = discoveryLabel().match(label);
        const auto ol = occurrenceLabel().match(label);
        if (d.rangeStart) {
            // A period is when something went on: it can only tell when it began.
            if (ol.hasMatch()) {
                role = Role::Occurred;
                cue = ol.captured();
            } else if (const auto m =
                           occurrenceCue().match(QStringView(text).sliced(d.tail, to - d.tail));
                       m.hasMatch() && !isNegated(text, d.tail + m.capturedEnd())) {
                role = Role::Occurred;
                cue = m.captured();
            }
        } else if (!d.rangeEnd) {
            if (dl.hasMatch()) {
                role = Role::Discovered;
                cue = dl.captured();
            } else if (ol.hasMatch()) {
                role = Role::Occurred;
                cue = ol.captured();
            } else {
                role = lastCue(clause, &cue);
                // A block of the day's events under a date: the day is a discovery if anything
                // in it is one.
                if (alone && role == Role::Occurred) {
                    for (auto it = discoveryCue().globalMatch(clause); it.hasNext();) {
                        const auto m = it.next();
                        if (!isNegated(clause, m.capturedEnd())) {
                            role = Role::Discovered;
                            cue = m.captured();
                            break;
                        }
                    }
                }
            }
        }
        // 同日 tells when the organisation learned more on a day already told, not when
        // something new began.
        if (d.found.kind == FoundDate::Repeated && role == Role::Occurred)
            role = Role::None;
        if (role == Role::None)
            continue;
        if (announced.isValid() && d.found.date > announced)
            continue;

        const qsizetype s = alone ? ls : sentenceStart(d.found.position);
        qsizetype e = std::max(to, d.tail);
        while (e < n && !ends[e])
            ++e;
        if (alone)
            e = to;
        TimelineDate td{d.found.date, cue,
                        NoticeSections::evidence(QStringView(text).sliced(s, e - s), MaxEvidence)};
        TimelineDate &slot = role == Role::Discovered ? out.discovered : out.occurred;
        if (!slot.isValid() || td.date < slot.date)
            slot = td;
    }
    // What happened after the discovery is a later event (a second attack, a mail of apology),
    // not the incident's beginning.
    if (out.occurred.isValid() && out.discovered.isValid() &&
        out.occurred.date > out.discovered.date)
        out.occurred = {};
    return out;
}

} // namespace jikenbo
