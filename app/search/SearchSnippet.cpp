// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchSnippet.h"

#include "JapaneseTokenizer.h"
#include "core/TextUtil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

QString SearchSnippet::toHtml() const
{
    QString out;
    qsizetype at = 0;
    for (const Mark &m : marks) {
        out += QStringView(text).mid(at, m.begin - at).toString().toHtmlEscaped();
        out += u"<b>"_s +
               QStringView(text).mid(m.begin, m.end - m.begin).toString().toHtmlEscaped() +
               u"</b>"_s;
        at = m.end;
    }
    out += QStringView(text).mid(at).toString().toHtmlEscaped();
    return out;
}

SearchSnippet SearchSnippet::around(const QString &text, const QStringList &terms, int context)
{
    SearchSnippet out;
    const QStringView hay = QStringView(text).left(MaxSearched);
    QList<JapaneseTokenizer::Span> spans;
    for (const QString &t : terms)
        spans += JapaneseTokenizer::findMatches(hay, t);
    if (spans.isEmpty())
        return out;
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end > b.end);
    });
    const qsizetype first = spans.front().begin;
    qsizetype from = std::max<qsizetype>(0, first - context);
    qsizetype to = std::min<qsizetype>(hay.size(), spans.front().end + 3 * qsizetype(context));
    // Do not cut a surrogate pair.
    if (from > 0 && hay[from].isLowSurrogate())
        --from;
    if (to < hay.size() && hay[to].isLowSurrogate())
        ++to;

    // Copy the window, whitespace runs as one space, and move the marks along.
    std::vector<qsizetype> pos(size_t(to - from) + 1);
    if (from > 0)
        out.text += u'…';
    bool space = false;
    for (qsizetype i = from; i < to; ++i) {
        pos[size_t(i - from)] = out.text.size();
        const QChar c = hay[i];
        if (c.isSpace() || text::isSpace(c)) {
            if (!space && i > from)
                out.text += u' ';
            space = true;
            continue;
        }
        space = false;
        out.text += c;
    }
    pos[size_t(to - from)] = out.text.size();
    if (to < text.size())
        out.text += u'…';
    qsizetype lastEnd = -1;
    for (const auto &s : spans) {
        if (s.begin < from || s.end > to || s.begin < lastEnd)
            continue; // outside the window, or overlapping a match already marked
        out.marks.append({pos[size_t(s.begin - from)], pos[size_t(s.end - from)]});
        lastEnd = s.end;
    }
    return out;
}

} // namespace jikenbo
