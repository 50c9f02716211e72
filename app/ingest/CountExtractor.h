// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParsedPost.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace jikenbo {

struct CountMention
{
    qint64 value = 0;
    QChar unit;             // 件, 名 or 人
    qsizetype position = 0; // in the normalised text searched
    qsizetype length = 0;
    bool approximate = false; // 約, およそ, 程度
    bool upperBound = false;  // 最大, 最多
    bool total = false;       // 計, 合計, 総数
};

// Finds counts of records and people ("1,092 件分", "1,011 名", "約2.2万件", "最大145名") in
// NFKC-normalised text, and chooses the principal affected count of a notice: the mention
// whose surroundings speak of the people or records affected, preferring people over records,
// totals over parts; a list of separately stated groups ("A 350名 … B 300名") is summed when
// no total is given.
class CountExtractor
{
public:
    static QList<CountMention> findAll(QStringView normalized);
    static std::optional<AffectedCount> principal(QStringView normalizedTitle,
                                                  QStringView normalizedBody);
};

} // namespace jikenbo
