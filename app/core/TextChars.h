// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <bitset>

namespace jikenbo {

// Which UTF-16 code units occur in a text: lets a rule whose every match must start with one
// of a few characters skip a text that holds none of them (PatternPrefilter).
class TextChars
{
public:
    TextChars() = default;
    explicit TextChars(QStringView text) { assign(text); }
    void assign(QStringView text)
    {
        m_present.reset();
        for (QChar c : text)
            m_present.set(c.unicode());
    }
    bool contains(char16_t c) const { return m_present.test(c); }

private:
    std::bitset<65536> m_present;
};

} // namespace jikenbo
