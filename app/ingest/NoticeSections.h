// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace jikenbo {

// How a notice is laid out in sections: the heading a line belongs to. Shared by the extractors
// that judge a statement by the section it is in (counts, kinds of data, third parties).
class NoticeSections
{
public:
    // The heading of the section a line belongs to: the nearest line above that is short, does
    // not end a sentence and starts with a numbering or a heading mark ("2. 漏えいした情報",
    // "<対象>", "【原因】"), or a short line of words alone (no digits, no punctuation, no
    // bullet) that names a section ("流出した情報と件数", "対象者"). Empty when none is found
    // within 20 lines. `text` is NFKC-normalised; `lineStart` is where the line starts.
    static QStringView headingAbove(QStringView text, qsizetype lineStart);
    // Whether a line reads as a heading by itself (the test headingAbove applies to each line).
    static bool isHeading(QStringView line);
    // Whether a heading names what came after the incident or how it will be prevented
    // (再発防止, 今後の対応, 対策, お問い合わせ, 二次被害 …): statements there describe measures,
    // not the incident.
    static bool isAftermathHeading(QStringView heading);
    // A sentence or line as evidence: trimmed, runs of spaces made one, at most `max` characters
    // (cut with an ellipsis).
    static QString evidence(QStringView s, qsizetype max = 120);
    // Where the line holding `pos` starts.
    static qsizetype lineStart(QStringView text, qsizetype pos);
    // For each position of `text` (and one past its end), whether a sentence ends there: a line
    // break, or 。 outside brackets and quotes ("(以下「受託者」という。)" ends none).
    static QList<bool> sentenceEnds(QStringView text);
};

} // namespace jikenbo
