// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeDates.h"

#include "core/TextUtil.h"
#include "ingest/DateExtractor.h"
#include "ingest/TimelineExtractor.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

struct KindWords
{
    KeyDate::Kind kind;
    std::array<const char16_t *, 9> words;
};

const KindWords kindWords[] = {
    {KeyDate::Occurred, {u"発生"}},
    {KeyDate::Discovered,
     {u"発覚", u"判明", u"検知", u"覚知", u"気付", u"気づ", u"把握", u"認識", u"確認"}},
    {KeyDate::Reported, {u"報告", u"届出", u"届け出", u"通報", u"相談"}},
    {KeyDate::Restored, {u"復旧", u"再開"}},
    {KeyDate::Published, {u"公表", u"発表"}},
};

constexpr qsizetype Window = 24;
constexpr qsizetype BeforePenalty = 2;
constexpr qsizetype MaxContext = 60;
constexpr qsizetype MaxEventText = 80;

bool isSentenceEnd(QChar c)
{
    return c == u'\n' || c == u'。' || c == u'．';
}

QString shortened(QStringView s, qsizetype max)
{
    const QStringView t = text::trimmed(s);
    if (t.size() <= max)
        return t.toString();
    return t.first(max - 1).toString() + u'…';
}

// Characters that may come before a date at the start of a timeline line.
bool isLeader(QChar c)
{
    static const QString leaders =
        u"・●○■□◆◇▪-–*※>＞()（）[]［］0123456789０１２３４５６７８９.．、,①②③④⑤⑥⑦⑧⑨⑩"_s;
    return text::isSpace(c) || leaders.contains(c);
}

bool isSeparator(QChar c)
{
    static const QString seps = u":：、,，-－–～〜"_s;
    return text::isSpace(c) || seps.contains(c);
}

} // namespace

QList<KeyDate> NoticeDates::keyDates(QStringView body, QDate announced, int caseYear)
{
    return keyDates(body, TimelineExtractor::extract(body, announced, caseYear));
}

QList<KeyDate> NoticeDates::keyDates(QStringView body, const NoticeTimeline &timeline)
{
    const QList<FoundDate> dates = DateExtractor::findAll(body);
    QList<KeyDate> found;
    if (timeline.occurred.isValid()) {
        found.append({KeyDate::Occurred, timeline.occurred.date, timeline.occurred.cue,
                      shortened(timeline.occurred.evidence, MaxContext)});
    }
    if (timeline.discovered.isValid()) {
        found.append({KeyDate::Discovered, timeline.discovered.date, timeline.discovered.cue,
                      shortened(timeline.discovered.evidence, MaxContext)});
    }
    // Occurred and discovered are the timeline's: a date whose nearest word is theirs is
    // taken by neither, nor by another kind.
    bool seen[5] = {true, true};
    for (qsizetype di = 0; di < dates.size(); ++di) {
        const FoundDate &d = dates[di];
        // The clause around the date: back to the sentence start or the previous date,
        // forward to the sentence end or the next date.
        const qsizetype prevEnd = di > 0 ? dates[di - 1].position + dates[di - 1].length : 0;
        qsizetype from = d.position;
        while (from > prevEnd && d.position - from < Window && !isSentenceEnd(body[from - 1]))
            --from;
        qsizetype to = d.position + d.length;
        const qsizetype nextDate = di + 1 < dates.size() ? dates[di + 1].position : body.size();
        while (to < body.size() && to < nextDate && to - (d.position + d.length) < Window &&
               !isSentenceEnd(body[to]))
            ++to;
        const QStringView before = body.sliced(from, d.position - from);
        const QStringView after = body.sliced(d.position + d.length, to - d.position - d.length);

        int bestKind = -1;
        qsizetype bestDistance = 0;
        QString bestWord;
        for (const KindWords &kw : kindWords) {
            for (const char16_t *w : kw.words) {
                if (!w)
                    break;
                const QStringView word(w);
                const qsizetype a = after.indexOf(word);
                if (a >= 0 && (bestKind < 0 || a < bestDistance)) {
                    bestKind = kw.kind;
                    bestDistance = a;
                    bestWord = word.toString();
                }
                const qsizetype b = before.lastIndexOf(word);
                if (b >= 0) {
                    // 「…に発覚」 after a date reads more often than 「発覚日：…」 before it.
                    const qsizetype dist = before.size() - (b + word.size()) + BeforePenalty;
                    if (bestKind < 0 || dist < bestDistance) {
                        bestKind = kw.kind;
                        bestDistance = dist;
                        bestWord = word.toString();
                    }
                }
            }
        }
        if (bestKind < 0 || seen[bestKind])
            continue;
        seen[bestKind] = true;
        // The whole sentence as context.
        qsizetype s = d.position;
        while (s > 0 && !isSentenceEnd(body[s - 1]))
            --s;
        qsizetype e = d.position + d.length;
        while (e < body.size() && !isSentenceEnd(body[e]))
            ++e;
        found.append({KeyDate::Kind(bestKind), d.date, bestWord,
                      shortened(body.sliced(s, e - s), MaxContext)});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const KeyDate &a, const KeyDate &b) { return a.kind < b.kind; });
    return found;
}

QList<TimelineEvent> NoticeDates::timeline(QStringView body)
{
    QList<TimelineEvent> events;
    const QList<FoundDate> dates = DateExtractor::findAll(body);
    for (const FoundDate &d : dates) {
        // Only a date that starts its line or sentence (after bullets and numbering).
        qsizetype s = d.position;
        bool leading = true;
        while (s > 0 && !isSentenceEnd(body[s - 1])) {
            if (!isLeader(body[s - 1])) {
                leading = false;
                break;
            }
            --s;
        }
        if (!leading)
            continue;
        qsizetype from = d.position + d.length;
        qsizetype e = from;
        while (e < body.size() && body[e] != u'\n' && body[e] != u'。')
            ++e;
        if (e < body.size() && body[e] == u'。')
            ++e; // keep the full stop with the sentence
        while (from < e && isSeparator(body[from]))
            ++from;
        // The weekday written after the date: 2023年6月30日(金)
        static const QRegularExpression weekday(u"^[(（][月火水木金土日祝](?:曜日?)?[)）]"_s);
        if (const auto m = weekday.match(body.sliced(from, e - from)); m.hasMatch()) {
            from += m.capturedLength();
            while (from < e && isSeparator(body[from]))
                ++from;
        }
        // Particles that tie the date to the sentence: 「に」「より」「から」「頃」.
        QStringView rest = body.sliced(from, e - from);
        for (const char16_t *particle : {u"ごろ", u"頃", u"より", u"から", u"に"}) {
            const QStringView p(particle);
            if (rest.startsWith(p)) {
                rest = rest.sliced(p.size());
                break;
            }
        }
        while (!rest.isEmpty() && isSeparator(rest.front()))
            rest = rest.sliced(1);
        if (text::isBlank(rest))
            continue;
        events.append(
            {d.date, body.sliced(d.position, d.length).toString(), shortened(rest, MaxEventText)});
        if (events.size() >= MaxTimelineEvents)
            break;
    }
    if (events.size() < 2)
        return {};
    return events;
}

QString NoticeDates::kindName(KeyDate::Kind kind)
{
    switch (kind) {
    case KeyDate::Occurred:
        return tr("Occurred");
    case KeyDate::Discovered:
        return tr("Discovered");
    case KeyDate::Reported:
        return tr("Reported");
    case KeyDate::Restored:
        return tr("Restored");
    case KeyDate::Published:
        return tr("Published");
    }
    return {};
}

} // namespace jikenbo
