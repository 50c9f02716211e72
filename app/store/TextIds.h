// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

namespace jikenbo {

// Numbers short texts (a facet's or a chart category's values) in the order they are first
// seen. Up to 16 are found by comparing them in turn, cheaper than hashing the text of every
// row looked up (a cause is one of about ten); more are found through a hash.
class TextIds
{
public:
    int id(QByteArrayView text);
    const QList<QByteArray> &texts() const { return m_texts; }

private:
    static constexpr qsizetype Compared = 16;
    QList<QByteArray> m_texts;
    QHash<QByteArray, int> m_index; // text -> id, once there are more than Compared
};

} // namespace jikenbo
