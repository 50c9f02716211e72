// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jikenbo {

class TextChars;

// The characters a regular expression's matches can start with, worked out from the pattern
// when it is simple enough (literals, groups, classes, alternatives, quantifiers, lookarounds).
// Matching a rule is the costly part of classification, and most rules match most texts
// nowhere: a rule whose first characters the text lacks is skipped without running it.
class PatternPrefilter
{
public:
    // A filter that lets every text through (patterns it cannot reason about).
    PatternPrefilter() = default;
    static PatternPrefilter forPattern(const QString &pattern);

    bool mayMatch(const TextChars &chars) const;
    bool filters() const { return !m_any; }
    const QList<char16_t> &firstChars() const { return m_first; }

private:
    QList<char16_t> m_first;
    bool m_any = true;
};

} // namespace jikenbo
