// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountExtractor.h"

#include "core/TextUtil.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QRegularExpression &mentionRe()
{
    static const QRegularExpression re(
        u"(約|およそ|最大|最多|計|合計|総数|延べ|のべ)?\\s*"
        "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(万|千)?\\s*(件|名|人)(分)?"
        "(程度|前後|以上|余り|超)?"_s);
    return re;
}

bool containsAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (s.contains(w))
            return true;
    }
    return false;
}

struct Scored
{
    CountMention m;
    double score = 0;
    bool inTitle = false;
};

double scoreMention(QStringView text, const CountMention &m, bool inTitle)
{
    const qsizetype b = std::max<qsizetype>(0, m.position - 40);
    const QStringView before = text.sliced(b, m.position - b);
    const qsizetype ae = std::min<qsizetype>(text.size(), m.position + m.length + 20);
    const QStringView after = text.sliced(m.position + m.length, ae - m.position - m.length);
    const QStringView near = before.size() > 14 ? before.last(14) : before;

    double s = 0;
    if (inTitle)
        s += 3;
    if (containsAny(before, {u"個人情報", u"個人データ", u"漏えい", u"漏洩", u"流出", u"紛失",
                             u"閲覧", u"誤送", u"対象", u"被害", u"影響", u"含まれ", u"記載",
                             u"記録", u"保存", u"登録", u"不正"}))
        s += 2;
    if (containsAny(after, {u"個人情報", u"情報", u"漏えい", u"漏洩", u"流出", u"データ", u"の方",
                            u"分", u"様", u"が閲覧", u"に誤", u"アドレス", u"の氏名", u"の住所"}))
        s += 1.5;
    if (containsAny(near, {u"患者",   u"顧客",     u"お客様", u"お客さま", u"会員",   u"利用者",
                           u"受験",   u"児童",     u"生徒",   u"学生",     u"住民",   u"市民",
                           u"町民",   u"県民",     u"応募",   u"対象者",   u"登録者", u"受給者",
                           u"加入者", u"被保険者", u"取引先", u"申込者",   u"参加者", u"保護者",
                           u"組合員", u"ユーザ"}))
        s += 2;
    if (containsAny(near, {u"件数", u"人数", u"対象者数", u"総数"}))
        s += 2;
    if (m.total)
        s += 1.5;
    if (m.upperBound)
        s += 1;
    if (m.unit != u'件')
        s += 1; // people over records
    // Counts of staff, offenders, inquiries and the like are not the affected: the word
    // right before the number says whose count it is.
    static const QRegularExpression staffBefore(
        u"(?:職員|社員|従業員|教員|教諭|医師|看護師|巡査|巡査長|警部|警部補|委託先|担当者|容疑者"
        "|男性|女性|元社員|元職員|役員|講師)(?:等|ら)?\\s*$"_s);
    if (staffBefore.match(before).hasMatch())
        s -= 3;
    if (containsAny(after.first(std::min<qsizetype>(after.size(), 8)),
                    {u"の職員", u"の社員", u"の従業員", u"の問い合わせ", u"のお問い合わせ",
                     u"の問合せ", u"の相談", u"の苦情", u"の報告"}))
        s -= 3;
    if (containsAny(near,
                    {u"問い合わせ", u"問合せ", u"お問合せ", u"相談", u"苦情", u"のうち", u"うち"}))
        s -= 1.5;
    if (m.value <= 1)
        s -= 0.5;
    return s;
}

} // namespace

QList<CountMention> CountExtractor::findAll(QStringView normalized)
{
    QList<CountMention> out;
    for (auto it = mentionRe().globalMatch(normalized); it.hasNext();) {
        const auto m = it.next();
        bool ok = false;
        double v = double(text::parseNumber(m.capturedView(2), &ok));
        if (!ok)
            continue;
        if (m.capturedLength(3)) {
            const QString frac = m.captured(3);
            v += frac.toDouble() / std::pow(10.0, frac.size());
        }
        if (m.capturedView(4) == u"万")
            v *= 10000;
        else if (m.capturedView(4) == u"千")
            v *= 1000;
        if (v > 2e9)
            continue;
        CountMention c;
        c.value = qint64(std::llround(v));
        c.unit = m.capturedView(5).at(0);
        // The mention starts at the number (or at its prefix word).
        c.position = m.capturedStart(1) >= 0 && m.capturedLength(1) ? m.capturedStart(1)
                                                                    : m.capturedStart(2);
        c.length = m.capturedEnd(0) - c.position;
        const QStringView prefix = m.capturedView(1);
        const QStringView suffix = m.capturedView(7);
        c.approximate =
            prefix == u"約" || prefix == u"およそ" || suffix == u"程度" || suffix == u"前後";
        c.upperBound = prefix == u"最大" || prefix == u"最多";
        c.total = prefix == u"計" || prefix == u"合計" || prefix == u"総数";
        out.append(c);
    }
    return out;
}

std::optional<AffectedCount> CountExtractor::principal(QStringView normalizedTitle,
                                                       QStringView normalizedBody)
{
    std::optional<Scored> best;
    auto consider = [&best](QStringView text, const CountMention &m, bool inTitle) {
        Scored sc{m, scoreMention(text, m, inTitle), inTitle};
        if (!best || sc.score > best->score ||
            (sc.score == best->score && sc.m.value > best->m.value))
            best = sc;
    };
    for (const CountMention &m : findAll(normalizedTitle))
        consider(normalizedTitle, m, true);
    // Limit the body to its first 64 KiB: counts are stated early; bounded work on huge posts.
    const QStringView body =
        normalizedBody.first(std::min<qsizetype>(normalizedBody.size(), 65536));
    const QList<CountMention> mentions = findAll(body);
    for (const CountMention &m : mentions)
        consider(body, m, false);
    if (!best || best->score < 2)
        return std::nullopt;
    const QStringView src = best->inTitle ? normalizedTitle : body;
    AffectedCount a;
    a.value = best->m.value;
    a.evidence = src.mid(best->m.position, best->m.length).toString();
    return a;
}

} // namespace jikenbo
