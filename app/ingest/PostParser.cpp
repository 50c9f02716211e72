// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostParser.h"

#include "CountExtractor.h"
#include "DateExtractor.h"
#include "OrganizationExtractor.h"
#include "core/TextUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QRegularExpression &markerParseRe()
{
    static const QRegularExpression re(
        u"^[\\s\\x{3000}\\x{00A0}]*【セキュリティ事件簿[#＃][\\s\\x{3000}]*([0-9\\x{FF10}-\\x{FF19}"
        u"]{4})"
        "(?:[\\s\\x{3000}]*[-－‐―‑][\\s\\x{3000}]*([0-9\\x{FF10}-\\x{FF19}]{1,4}))?"
        "[\\s\\x{3000}]*】(.*)$"_s);
    return re;
}

// Lines of a body: blank-only lines (spaces, U+00A0, U+3000) become empty; trailing spaces go.
QString joinBody(const QList<QStringView> &lines, qsizetype from, qsizetype to)
{
    while (from < to && text::isBlank(lines[from]))
        ++from;
    while (to > from && text::isBlank(lines[to - 1]))
        --to;
    QString out;
    qsizetype total = 0;
    for (qsizetype i = from; i < to; ++i)
        total += lines[i].size() + 1;
    out.reserve(total);
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            out += u'\n';
        QStringView l = lines[i];
        if (text::isBlank(l))
            continue;
        qsizetype e = l.size();
        while (e > 0 && text::isSpace(l[e - 1]))
            --e;
        out += l.first(e);
    }
    return out;
}

QString firstLine(QStringView s)
{
    const QStringView t = text::trimmed(s);
    const qsizetype nl = t.indexOf(u'\n');
    return (nl < 0 ? t : t.first(nl)).toString();
}

} // namespace

bool PostParser::isFollowUpTitle(QStringView title)
{
    static const QRegularExpression re(
        u"続報|第\\s*(?:[2-9]|[1-9]\\d|[二三四五六七八九十])\\s*報|追加の(?:ご)?報告|追加報告|"
        u"調査結果"
        "|調査報告|最終報告|復旧|再開のお知らせ|その後の対応|経過報告"_s);
    return re.match(text::nfkc(title)).hasMatch();
}

bool PostParser::bodyRefersToEarlierNotice(QStringView body)
{
    // The notice's own earlier publication, named where a follow-up says what it follows: a
    // first report it published, a dated earlier notice it published in, a previous notice.
    static const QRegularExpression re(
        u"第[一1]報(?:を|で|にて|として)?[^。\\n]{0,10}?(?:お知らせ|公表|ご報告|報告|掲載|お伝え)"
        "(?:いたし|し|させていただき)(?:ました|た)"
        "|\\d{1,2}月\\s*\\d{1,2}日\\s*(?:付け?)?[^。\\n]{0,80}?(?:で|にて)(?:お知らせ|公表|ご報告"
        "|ご案内)(?:いたし|し|させていただき)(?:ました|た)(?:とおり|通り|件|ように|内容)"
        "|前回(?:の)?(?:お知らせ|公表|ご報告|報告)|既報のとおり|(?:既に|すでに)(?:お知らせ|公表"
        "|ご報告)(?:いたし|し)(?:ました|た)(?:とおり|通り|件|ように)"_s);
    const QString opening = text::nfkc(body.first(std::min<qsizetype>(body.size(), 600)));
    return re.match(opening).hasMatch();
}

bool PostParser::parseMarker(QStringView markerLine, ParsedPost &post)
{
    const auto m = markerParseRe().match(markerLine);
    if (!m.hasMatch())
        return false;
    const QString year = text::nfkc(m.capturedView(1));
    post.caseYear = year.toInt();
    if (m.capturedLength(2)) {
        const QString seq = text::nfkc(m.capturedView(2));
        post.caseSeq = seq.toInt();
        post.caseId = year + u'-' + seq;
    } else {
        post.caseSeq = -1;
        post.caseId = year;
    }
    QStringView rest = m.capturedView(3);
    qsizetype dateStart = -1;
    const QDate d = DateExtractor::trailingDate(rest, &dateStart);
    if (d.isValid()) {
        post.announcedOn = d;
        rest = rest.first(dateStart);
    }
    post.title = text::trimmed(rest).toString();
    post.followUp = isFollowUpTitle(post.title);
    return !post.title.isEmpty();
}

void PostParser::fillFromBody(ParsedPost &post, QStringView bodyText)
{
    const QString nbody = CountExtractor::normalize(bodyText);
    post.organization =
        OrganizationExtractor::extract(post.title, post.caption, firstLine(bodyText));
    post.followUp = post.followUp || bodyRefersToEarlierNotice(bodyText);

    static const QRegularExpression ref(u"セキュリティ事件簿#\\s*(\\d{4}-\\d{1,4})"_s);
    for (auto it = ref.globalMatch(nbody); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (id != post.caseId && !post.relatedCaseIds.contains(id))
            post.relatedCaseIds << id;
    }
    AffectedAnalysis affected = CountExtractor::analyze(text::nfkc(post.title), nbody);
    post.affected = affected.chosen;
    post.affectedCandidates = std::move(affected.candidates);
}

ParsedPost PostParser::parseIncident(const SplitPage &page, const PostSegment &segment, bool *ok)
{
    ParsedPost post;
    post.line = int(segment.firstLine + 1);
    const auto &lines = page.lines;
    const bool good = parseMarker(lines[segment.firstLine], post);
    if (ok)
        *ok = good;
    if (!good)
        return post;

    qsizetype bodyFrom = segment.firstLine + 1;
    while (bodyFrom < segment.endLine && text::isBlank(lines[bodyFrom]))
        ++bodyFrom;
    // A short caption line that repeats (part of) the organisation's name.
    if (bodyFrom < segment.endLine) {
        const QStringView cand = text::trimmed(lines[bodyFrom]);
        const QString ncand = text::nfkc(cand).remove(u' ');
        const QString ntitle = text::nfkc(post.title).remove(u' ');
        const bool followedByBlank =
            bodyFrom + 1 >= segment.endLine || text::isBlank(lines[bodyFrom + 1]);
        if (!cand.isEmpty() && cand.size() <= 30 && !cand.endsWith(u'。') && followedByBlank &&
            ntitle.contains(ncand)) {
            post.caption = cand.toString();
            ++bodyFrom;
        }
    }
    post.body = joinBody(lines, bodyFrom, segment.endLine);
    post.labels = page.pageLabels;
    fillFromBody(post, post.body);
    return post;
}

ParsedPage PostParser::parsePage(QStringView text)
{
    ParsedPage out;
    const SplitPage page = PageSplitter::split(text);
    out.pageLabels = page.pageLabels;
    for (const PostSegment &seg : page.posts) {
        if (seg.kind != PostSegment::Incident) {
            ++out.skippedPosts;
            continue;
        }
        bool ok = false;
        ParsedPost post = parseIncident(page, seg, &ok);
        if (!ok) {
            ++out.skippedPosts;
            out.warnings << QCoreApplication::translate("PostParser",
                                                        "line %1: unreadable marker, post skipped")
                                .arg(seg.firstLine + 1);
            continue;
        }
        if (hasNoText(post))
            out.warnings << noTextWarning(post);
        out.incidents.append(std::move(post));
    }
    return out;
}

bool PostParser::hasNoText(const ParsedPost &post)
{
    return text::isBlank(post.body);
}

QString PostParser::noTextWarning(const ParsedPost &post)
{
    return QCoreApplication::translate(
               "PostParser",
               "【セキュリティ事件簿#%1】%2 (line %3) has no text (the post is empty, "
               "cut short or only images); imported with an empty body")
        .arg(post.caseId, post.title)
        .arg(post.line);
}

} // namespace jikenbo
