// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineExtractor.h"

#include "CountExtractor.h"
#include "DateExtractor.h"
#include "core/TextUtil.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr qsizetype MaxEvidence = 140;
constexpr qsizetype LoneDateReach = 240; // how far a date alone on its line reaches down
constexpr qsizetype NegationReach = 12;

enum class Role { None, Occurred, Discovered };

// What may stand before a date that opens its line: bullets and numbering.
const QRegularExpression &leadersOnly()
{
    static const QRegularExpression re(u"^[\\s・●○■□◆◇\\-*>()\\d.、]*$"_s);
    return re;
}

bool isSentenceEnd(QChar c)
{
    return c == u'\n' || c == u'。';
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
        "(?:を(?:受け|いただ|頂)|が(?:あ|寄せ|入)|により|で判明)|"
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
        "閲覧(?:でき|可能|が可能)|表示され|持ち出"_s);
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
    static const QRegularExpression re(
        u"発生(?:日|日時|期間|事実|状況)?|事象(?:日時|発生)|(?:閲覧|公開|表示|アクセス)[^\\n。]{0,12}期間"_s);
    return re;
}

// "確認されておりません", "判明次第", "確認中": the cue does not state that it happened.
bool isNegated(QStringView text, qsizetype cueEnd)
{
    static const QRegularExpression neg(u"^[^。\\n]{0,4}?(?:ません|ておらず|されず|できず|できな|"
                                        u"ていない|ない[。、]|中|を進め|依頼|"
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

QString shortened(QStringView s)
{
    const QStringView t = text::trimmed(s);
    if (t.size() <= MaxEvidence)
        return t.toString().simplified();
    return t.first(MaxEvidence - 1).toString().simplified() + u'…';
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
    const QDate context =
        announced.isValid() ? announced : (caseYear > 0 ? QDate(caseYear, 12, 31) : QDate());
    const QList<FoundDate> found = DateExtractor::findAll(text, context);

    QList<DatePlace> dates;
    dates.reserve(found.size());
    for (const FoundDate &f : found)
        dates.append({f, tailEnd(text, f.position + f.length)});

    // Periods: "A から B まで", "A~B".
    static const QRegularExpression rangeMark(u"^[ \\t]*(?:から|より|~|〜|-|–|―)[ \\t]*"_s);
    static const QRegularExpression untilMark(u"^[ \\t]*(?:まで|の間)"_s);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        DatePlace &d = dates[i];
        const QStringView after = QStringView(text).sliced(d.tail);
        const auto m = rangeMark.match(after);
        if (m.hasMatch()) {
            const bool joined =
                i + 1 < dates.size() && dates[i + 1].found.position == d.tail + m.capturedLength();
            if (joined) {
                d.rangeStart = true;
                dates[i + 1].rangeEnd = true;
            } else if (after.trimmed().startsWith(u"から")) {
                d.rangeStart = true;
            }
        }
        if (untilMark.match(after).hasMatch())
            d.rangeEnd = true;
    }

    const qsizetype n = text.size();
    auto sentenceStart = [&](qsizetype pos) {
        while (pos > 0 && !isSentenceEnd(text[pos - 1]))
            --pos;
        return pos;
    };
    auto lineEnd = [&](qsizetype pos) {
        while (pos < n && text[pos] != u'\n')
            ++pos;
        return pos;
    };

    for (qsizetype i = 0; i < dates.size(); ++i) {
        const DatePlace &d = dates[i];
        // The clause: to the sentence end, or to the next date that opens a clause of its own.
        qsizetype nextDate = n;
        for (qsizetype j = i + 1; j < dates.size(); ++j) {
            if (!dates[j].rangeStart && !dates[j].rangeEnd) {
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
        while (to < n && to < nextDate && !isSentenceEnd(text[to]))
            ++to;
        const qsizetype ls = text.lastIndexOf(u'\n', d.found.position - 1) + 1;
        const bool alone =
            text::isBlank(QStringView(text).sliced(from, lineEnd(from) - from)) &&
            leadersOnly().match(QStringView(text).sliced(ls, d.found.position - ls)).hasMatch();
        if (alone) // a date on a line of its own: what follows it is what happened that day
            to = std::min({n, nextDate, from + LoneDateReach});
        const QStringView clause = QStringView(text).sliced(from, to - from);

        // Labels: before the date on its line ("発生日:"), or on the line above a date that
        // stands alone on its line ("2.判明日時").
        QStringView label = QStringView(text).sliced(ls, d.found.position - ls);
        const bool labelOnLine = !leadersOnly().match(label).hasMatch();
        if (!labelOnLine) {
            label = {};
            if (alone) {
                qsizetype e = ls - 1;
                while (e > 0) {
                    const qsizetype s = text.lastIndexOf(u'\n', e - 1) + 1;
                    const QStringView above = QStringView(text).sliced(s, e - s);
                    if (!text::isBlank(above)) {
                        if (text::trimmed(above).size() <= 20)
                            label = above;
                        break;
                    }
                    e = s - 1;
                }
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
            }
        }
        if (role == Role::None)
            continue;
        if (announced.isValid() && d.found.date > announced)
            continue;

        const qsizetype s = alone ? ls : sentenceStart(d.found.position);
        qsizetype e = std::max(to, d.tail);
        while (e < n && !isSentenceEnd(text[e]))
            ++e;
        if (alone)
            e = to;
        TimelineDate td{d.found.date, cue, shortened(QStringView(text).sliced(s, e - s))};
        TimelineDate &slot = role == Role::Discovered ? out.discovered : out.occurred;
        if (!slot.isValid() || td.date < slot.date)
            slot = td;
    }
    if (out.occurred.isValid() && out.discovered.isValid() &&
        out.occurred.date > out.discovered.date) {
        // An occurrence after the discovery is a later event (a second attack, a sending of
        // apologies): the earliest occurrence not after the discovery, if any, was taken above
        // only when it came first, so drop it.
        out.occurred = {};
    }
    return out;
}

} // namespace jikenbo
