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
    bool approximate = false;   // 約, およそ, 程度
    bool upperBound = false;    // 最大, 最多
    bool total = false;         // 計, 合計, 総数
    bool worth = false;         // 分 ("21名分": the data of 21 people)
    qsizetype prefixLength = 0; // of 約, 最大, 計 … before the number
};

// Finds counts of records and people ("1,092 件分", "1,011 名", "約2.2万件", "最大145名") in
// NFKC-normalised text, and chooses the principal affected count of a notice: the mention
// whose surroundings speak of the people or records affected (a count line such as
// "対象人数 71人", a section on the leaked data, a count in the title), preferring people over
// records and totals over parts. Counts of staff who acted, of offenders, viewers, inquiries,
// messages, orders and cases are not the affected. Separately stated groups are summed when
// no total is given: the items of one bulleted or numbered list, or counts one sentence joins
// with と/及び/並びに ("個人2名の住所及び個人17名の氏名" is 19).
class CountExtractor
{
public:
    // NFKC for counting: like text::nfkc, but circled numbers (①) become "(1)" so that the
    // items of a numbered list stay recognisable.
    static QString normalize(QStringView text);
    static QList<CountMention> findAll(QStringView normalized);
    static std::optional<AffectedCount> principal(QStringView normalizedTitle,
                                                  QStringView normalizedBody);
};

} // namespace jikenbo
