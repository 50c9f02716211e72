// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextIds.h"

#include <cstring>

namespace jikenbo {

int TextIds::id(QByteArrayView text)
{
    if (m_index.isEmpty()) {
        for (qsizetype k = 0; k < m_texts.size(); ++k) {
            const QByteArray &t = m_texts[k];
            if (t.size() == text.size() &&
                std::memcmp(t.constData(), text.data(), size_t(text.size())) == 0)
                return int(k);
        }
    } else if (const auto it = m_index.constFind(QByteArray::fromRawData(
                   text.data(), text.size())); // (looked up, not kept)
               it != m_index.cend()) {
        return *it;
    }
    m_texts.append(text.toByteArray()); // a copy: the row's text goes
    const int added = int(m_texts.size() - 1);
    if (m_texts.size() > Compared) {
        if (m_index.isEmpty()) {
            for (qsizetype k = 0; k < m_texts.size(); ++k)
                m_index.insert(m_texts[k], int(k));
        } else {
            m_index.insert(m_texts.last(), added);
        }
    }
    return added;
}

} // namespace jikenbo
