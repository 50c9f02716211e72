// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeSections.h"

#include "core/TextUtil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

bool NoticeSections::isHeading(QStringView raw)
{
    static const QRegularExpression mark(
        u"^\\s*(?:\\d{1,2}\\s*[.)、]|\\(\\d{1,2}\\)|[<＜【■□◆◇●第]|[一二三四五六七八九十]\\s*[.、])"_s);
    static const QRegularExpression plain(u"^[^\\d。、,・•※\\-*]{2,24}$"_s);
    static const QRegularExpression sectionWord(
        u"情報|件数|人数|対象|概要|範囲|経緯|原因|対応|内容|項目|被害|期間|問い?合わ?せ|再発防止"_s);
    // "2 漏えいした情報": a number and a space before words alone.
    static const QRegularExpression spaced(u"^\\d{1,2}\\s+(?![件名人分万千])[^\\d。、,]{2,22}$"_s);
    const QStringView line = text::trimmed(raw);
    if (!line.isEmpty() && line.size() <= 30 && !line.endsWith(u'。') &&
        (mark.match(line).hasMatch() || spaced.match(line).hasMatch()))
        return true;
    return line.size() >= 2 && line.size() <= 24 && plain.match(line).hasMatch() &&
           sectionWord.match(line).hasMatch();
}

QStringView NoticeSections::headingAbove(QStringView text, qsizetype lineStart)
{
    qsizetype end = lineStart - 1;
    for (int n = 0; n < 20 && end > 0; ++n) {
        const qsizetype start = text.lastIndexOf(u'\n', end - 1) + 1;
        const QStringView line = text::trimmed(text.sliced(start, end - start));
        if (isHeading(line))
            return line;
        end = start - 1;
    }
    return {};
}

bool NoticeSections::isAftermathHeading(QStringView heading)
{
    static const QRegularExpression re(
        u"再発防止|防止策|今後|対策|対応|お問い?合わ?せ|問合せ|窓口|二次被害|お願い|お詫び"_s);
    return re.match(heading).hasMatch();
}

QString NoticeSections::evidence(QStringView s, qsizetype max)
{
    const QString t = text::trimmed(s).toString().simplified();
    return t.size() <= max ? t : t.first(max - 1) + u'…';
}

qsizetype NoticeSections::lineStart(QStringView text, qsizetype pos)
{
    // lastIndexOf() with a negative start searches from the end: the first line needs care.
    return pos <= 0 ? 0 : text.lastIndexOf(u'\n', pos - 1) + 1;
}

QList<bool> NoticeSections::sentenceEnds(QStringView text)
{
    const qsizetype n = text.size();
    QList<bool> ends(n + 1, true);
    int depth = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'「' || c == u'『' || c == u'(' || c == u'（')
            ++depth;
        else if ((c == u'」' || c == u'』' || c == u')' || c == u'）') && depth > 0)
            --depth;
        if (c == u'\n')
            depth = 0;
        ends[i] = c == u'\n' || (c == u'。' && depth == 0);
    }
    return ends;
}

} // namespace jikenbo
