// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageSplitter.h"

#include "core/TextUtil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QRegularExpression &markerRe()
{
    static const QRegularExpression re(u"^[\\s\\x{3000}\\x{00A0}]*【セキュリティ事件簿[#＃]"_s);
    return re;
}

const QRegularExpression &labelHeaderRe()
{
    static const QRegularExpression re(
        u"^[\\s\\x{3000}]*ラベル[\\s\\x{3000}]+(.+?)[\\s\\x{3000}]*の投稿を表示しています"_s);
    return re;
}

const QRegularExpression &enumeratedRe()
{
    // Numbered or bulleted lines of a notice (checked on NFKC text).
    static const QRegularExpression re(
        u"^(?:\\d{1,3}\\s*[.、)]|\\(\\s*(?:\\d{1,3}|[一二三四五六七八九十]+|[a-zA-Zア-ン])\\s*\\)"
        "|[\\x{2460}-\\x{24FF}\\x{2776}-\\x{2793}]|[■□●○◆◇・※*\\-–—>〇▼▽▲△◎☆★<〈《]"
        "|第\\s*[\\d一二三四五六七八九十]+|[一二三四五六七八九十]+\\s*[、.]|[a-zA-Z]\\s*[.)])"_s);
    return re;
}

const QRegularExpression &startsWithDateRe()
{
    static const QRegularExpression re(
        u"^(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月|(?:令和|平成|昭和)\\s*(?:\\d{1,2}|元)\\s*年"
        "|\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,4}\\s*/\\s*\\d{1,2}|\\d{1,2}:\\d{2})"_s);
    return re;
}

const QRegularExpression &fieldLineRe()
{
    static const QRegularExpression re(u"^[^:\\s]{1,16}:\\s?\\S{1,40}$"_s);
    return re;
}

bool blankAt(const QList<QStringView> &lines, qsizetype i)
{
    return i < 0 || i >= lines.size() || text::isBlank(lines[i]);
}

// The layout test: blank before (or start of page), two blank lines after.
bool hasTitleLayout(const QList<QStringView> &lines, qsizetype i)
{
    return (i == 0 || blankAt(lines, i - 1)) && i + 2 < lines.size() && blankAt(lines, i + 1) &&
           blankAt(lines, i + 2);
}

bool readsLikeNoticeLine(const QList<QStringView> &lines, qsizetype i)
{
    const QString l = text::nfkc(text::trimmed(lines[i])).trimmed();
    if (enumeratedRe().match(l).hasMatch())
        return true;
    if (l.endsWith(u'。') || l.endsWith(u':') || l.endsWith(u'、'))
        return true;
    if (l.size() < 10)
        return true;
    if (startsWithDateRe().match(l).hasMatch())
        return true;
    if (fieldLineRe().match(l).hasMatch())
        return true;
    // A heading right above (one blank line between) means this line is its content.
    if (i >= 2 && blankAt(lines, i - 1) && !blankAt(lines, i - 2)) {
        const QString p = text::nfkc(text::trimmed(lines[i - 2])).trimmed();
        if (enumeratedRe().match(p).hasMatch() && !p.endsWith(u'。'))
            return true;
    }
    return false;
}

} // namespace

bool PageSplitter::isMarkerLine(QStringView line)
{
    return markerRe().match(line).hasMatch();
}

SplitPage PageSplitter::split(QStringView page)
{
    SplitPage out;
    // Lines: LF, CRLF or CR.
    qsizetype start = 0;
    const qsizetype n = page.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = page[i];
        if (c == u'\n' || c == u'\r') {
            out.lines.append(page.sliced(start, i - start));
            if (c == u'\r' && i + 1 < n && page[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        out.lines.append(page.sliced(start));

    const auto &lines = out.lines;
    qsizetype first = 0;
    // Label page header lines (repeated) at the top.
    while (first < lines.size()) {
        if (text::isBlank(lines[first])) {
            ++first;
            continue;
        }
        const auto m = labelHeaderRe().match(lines[first]);
        if (!m.hasMatch())
            break;
        const QString label = text::nfkc(m.capturedView(1)).trimmed();
        if (!label.isEmpty() && !out.pageLabels.contains(label))
            out.pageLabels << label;
        ++first;
    }

    // Post starts.
    QList<PostSegment> starts;
    qsizetype lastStart = -1;
    bool lastWasMarker = false;
    for (qsizetype i = first; i < lines.size(); ++i) {
        if (text::isBlank(lines[i]))
            continue;
        if (isMarkerLine(lines[i])) {
            starts.append({PostSegment::Incident, i, 0});
            lastStart = i;
            lastWasMarker = true;
            continue;
        }
        if (!hasTitleLayout(lines, i))
            continue;
        // The post before must have a body: the line after a title, or the first line
        // (caption) after a marker, is never a new title.
        if (lastStart >= 0) {
            qsizetype k = lastStart + 1;
            while (k < i && text::isBlank(lines[k]))
                ++k;
            if (k == i)
                continue;
            if (lastWasMarker) {
                qsizetype k2 = k + 1;
                while (k2 < i && text::isBlank(lines[k2]))
                    ++k2;
                if (k2 == i)
                    continue; // only a caption so far
            }
        }
        if (readsLikeNoticeLine(lines, i))
            continue;
        starts.append({PostSegment::Other, i, 0});
        lastStart = i;
        lastWasMarker = false;
    }

    // A page that starts mid-post: what comes before the first start is a fragment.
    qsizetype firstStart = starts.isEmpty() ? lines.size() : starts.first().firstLine;
    bool fragmentHasText = false;
    for (qsizetype i = first; i < firstStart; ++i) {
        if (!text::isBlank(lines[i])) {
            fragmentHasText = true;
            break;
        }
    }
    if (fragmentHasText)
        out.posts.append({PostSegment::Fragment, first, firstStart});
    for (qsizetype k = 0; k < starts.size(); ++k) {
        PostSegment s = starts[k];
        s.endLine = k + 1 < starts.size() ? starts[k + 1].firstLine : lines.size();
        out.posts.append(s);
    }
    return out;
}

} // namespace jikenbo
