// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ParsedPost.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    bool total = false;         // 計, 合計, 総数, 延べ
    bool worth = false;         // 分 ("21名分": the data of 21 people)
    qsizetype prefixLength = 0; // of 約, 最大, 計 … before the number
};

// What a notice's counts say about the people or records affected.
struct AffectedAnalysis
{
    std::optional<AffectedCount> chosen; // none when no count is plainly the affected one
    QList<AffectedCandidate> candidates; // strongest first, one per value, at most MaxCandidates
};

// Finds counts of records and people ("1,092 件分", "1,011 名", "約2.2万件", "最大145名") in
// NFKC-normalised text, and chooses the principal affected count of a notice: the mention
// whose surroundings speak of the people or records affected (a count line such as
// "対象人数 71人", a section on the leaked data, a count after the data it counts such as
// "メールアドレス52件" or "84名分", a count of the group whose data leaked, a count in the
// title), preferring people over records and totals over parts.
//
// Precision first: a wrong count is worse than none. Counts of recipients of a mis-sent mail,
// of people who viewed or downloaded, of staff who acted or were disciplined, of messages sent,
// of files, pages and devices, of inquiries, orders and cases, and counts in a section on
// secondary harm, inquiries or measures are never the affected; they are kept as candidates
// with their kind. Separately stated groups are summed only when they are
// plainly disjoint (list items that name different groups of people or data sets, counts one
// sentence joins with と/及び/並びに); items that are facets of one group (氏名 300件, カード情報
// 120件) give the largest. When two different counts are about as likely, none is chosen.
class CountExtractor
{
    Q_DECLARE_TR_FUNCTIONS(CountExtractor)

public:
    static constexpr int MaxCandidates = 6;

    // NFKC for counting: like text::nfkc, but circled numbers (①) become "(1)" so that the
    // items of a numbered list stay recognisable.
    static QString normalize(QStringView text);
    static QList<CountMention> findAll(QStringView normalized);
    static AffectedAnalysis analyze(QStringView normalizedTitle, QStringView normalizedBody);
    // A candidate as the UI says it: "140 recipients", "52 addresses" (in the UI language).
    static QString describe(qint64 value, const QString &kind);
    // "140 recipients, 52 addresses": the candidates of a stored JSON array (IncidentRecord).
    static QString describeCandidates(const QJsonArray &candidates, bool skipChosen);
    static std::optional<AffectedCount> principal(QStringView normalizedTitle,
                                                  QStringView normalizedBody);
};

} // namespace jikenbo
