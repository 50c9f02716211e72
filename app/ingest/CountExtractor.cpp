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
    // Numbers: "1,092", "2, 533" (a space after the separator), "1 2 0" (digits spaced out
    // by a PDF export), "2.2万". Units: 件, 名, 人, with 分 (worth of) and an approximation.
    static const QRegularExpression re(
        u"(約|およそ|最大|最多|計|合計|総数|延べ|のべ)?\\s*"
        "(?<![\\d.,])(\\d{1,3}(?:, ?\\d{3})+|\\d(?: \\d){2,}(?= ?[件名人])|\\d+)(?:\\.(\\d+))?"
        "\\s*(万|千)?\\s*(件|名|人)(分)?"
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

bool startsWithAny(QStringView s, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (s.startsWith(w))
            return true;
    }
    return false;
}

// Where a mention sits: its line, and the list item marker the line starts with, if any.
struct Place
{
    qsizetype lineStart = 0;
    qsizetype lineEnd = 0;
    int lineNo = 0;
    int markerClass = 0; // 0: not a list item; see markerClassOf
    qsizetype sentenceStart = 0;
};

// Bullets and numbering of list items: items of one list share a class.
int markerClassOf(QStringView line)
{
    const QStringView t = text::trimmed(line);
    if (t.isEmpty())
        return 0;
    const char16_t c = t[0].unicode();
    if (c == u'・' || c == u'•' || c == u'●' || c == u'○' || c == u'◆' || c == u'◇' || c == u'■' ||
        c == u'□' || c == u'-' || c == u'*' || c == u'※')
        return 1;
    static const QRegularExpression numbered(
        u"^(?:\\(\\d{1,2}\\)|\\d{1,2}\\)|\\d{1,2}[.．、](?!\\d))"_s);
    static const QRegularExpression kana(u"^[(]?[アイウエオカキクケコ][)．.、]"_s);
    if (numbered.match(t).hasMatch())
        return 3;
    if (kana.match(t).hasMatch())
        return 4;
    return 0;
}

struct Scored
{
    CountMention m;
    double score = 0;
    bool inTitle = false;
    Place place;
};

// The heading of the section a line belongs to: the nearest line above that is short, does
// not end a sentence and starts with a numbering or a heading mark ("2. 漏えいした情報",
// "<対象>", "【原因】").
QStringView headingAbove(QStringView text, qsizetype lineStart)
{
    static const QRegularExpression mark(
        u"^\\s*(?:\\d{1,2}\\s*[.)、]|\\(\\d{1,2}\\)|[<＜【■□◆◇●第]|[一二三四五六七八九十]\\s*[.、])"_s);
    qsizetype end = lineStart - 1;
    for (int n = 0; n < 20 && end > 0; ++n) {
        qsizetype start = text.lastIndexOf(u'\n', end - 1) + 1;
        const QStringView line = text::trimmed(text.sliced(start, end - start));
        if (!line.isEmpty() && line.size() <= 30 && !line.endsWith(u'。') &&
            mark.match(line).hasMatch())
            return line;
        end = start - 1;
    }
    return {};
}

// Counts of staff who acted, offenders, viewers, inquiries, messages, orders and cases.
constexpr double kNotAffected = 8;

double scoreMention(QStringView text, const CountMention &m, bool inTitle, const Place &place)
{
    const qsizetype numberAt = m.position + m.prefixLength;
    const qsizetype b = std::max<qsizetype>(0, numberAt - 40);
    const QStringView before = text.sliced(b, numberAt - b);
    const qsizetype ae = std::min<qsizetype>(text.size(), m.position + m.length + 20);
    const QStringView after = text.sliced(m.position + m.length, ae - m.position - m.length);
    const QStringView near = before.size() > 14 ? before.last(14) : before;
    const QStringView after8 = after.first(std::min<qsizetype>(after.size(), 8));

    double s = 0;
    if (inTitle)
        s += 3;
    if (containsAny(before, {u"個人情報", u"個人データ", u"漏えい", u"漏洩", u"流出", u"紛失",
                             u"閲覧", u"誤送", u"対象", u"被害", u"影響", u"含まれ", u"記載",
                             u"記録", u"保存", u"登録", u"不正"}))
        s += 2;
    if (containsAny(after, {u"個人情報", u"情報", u"漏えい", u"漏洩", u"流出", u"データ", u"の方",
                            u"分", u"様", u"が閲覧", u"に誤", u"アドレス", u"の氏名", u"の住所",
                            u"影響", u"対象"}))
        s += 1.5;
    if (m.worth)
        s += 1.5;
    if (containsAny(near, {u"患者",   u"顧客",     u"お客様", u"お客さま", u"会員",   u"利用者",
                           u"受験",   u"児童",     u"生徒",   u"学生",     u"住民",   u"市民",
                           u"町民",   u"県民",     u"応募",   u"対象者",   u"登録者", u"受給者",
                           u"加入者", u"被保険者", u"取引先", u"申込者",   u"参加者", u"保護者",
                           u"組合員", u"ユーザ"}))
        s += 2;
    // "1,011名の患者様": the group named right after the count.
    if (startsWithAny(after8, {u"の患者", u"のお客", u"の顧客", u"の会員", u"の利用者", u"の児童",
                               u"の生徒", u"の学生", u"の市民", u"の住民", u"の受験", u"の応募",
                               u"の方", u"の保護者", u"の登録者", u"の対象者", u"のユーザ"}))
        s += 2;
    // What a count of records is made of: addresses, names, files of personal data.
    if (containsAny(near, {u"アドレス", u"氏名", u"住所", u"電話番号", u"名簿", u"個人情報",
                           u"ファイル", u"データ"}))
        s += 1;
    // "件数 184件", "対象人数:71人", "会員数:8件": a count line names what it counts right
    // before the number.
    static const QRegularExpression label(u"(?:数|対象|合計)\\s*[:：]?\\s*$"_s);
    if (label.match(before).hasMatch())
        s += 2;
    // A short line that holds nothing but a group and its count ("お客さま 979 名(契約者)").
    if (!inTitle) {
        const QStringView line = text.sliced(place.lineStart, place.lineEnd - place.lineStart);
        if (text::trimmed(line).size() <= 24)
            s += 1;
    }
    // The section it is stated in: the leaked data, or what came after (secondary harm,
    // inquiries, measures).
    if (!inTitle) {
        const QStringView heading = headingAbove(text, place.lineStart);
        if (containsAny(heading, {u"二次被害", u"再発防止", u"今後の対応", u"問い合わせ", u"問合せ",
                                  u"お問合せ", u"経緯"}))
            s -= 2;
        else if (containsAny(heading, {u"対象", u"漏えい", u"漏洩", u"流出", u"紛失", u"個人情報",
                                       u"件数", u"人数", u"範囲", u"影響", u"内容"}))
            s += 1;
    }
    if (m.total)
        s += 1.5;
    if (m.upperBound)
        s += 1;
    if (m.unit != u'件')
        s += 1; // people over records
    // Counts of staff, offenders and the like are not the affected: the word right before the
    // number says whose count it is, and the particle after says they acted ("職員1名が").
    // Staff whose own data leaked ("他職員271名のメール") are affected.
    static const QRegularExpression staffBefore(
        u"(?:職員|社員|従業員|教員|教諭|医師|看護師|巡査|巡査長|警部|警部補|委託先|担当者|容疑者"
        "|男性|女性|元社員|元職員|役員|講師|犯人|被疑者)(?:等|ら)?\\s*$"_s);
    if (staffBefore.match(before).hasMatch() && !startsWithAny(after, {u"の", u"分"}))
        s -= kNotAffected;
    if (startsWithAny(after8, {u"の職員", u"の社員", u"の従業員", u"の元従業員", u"の元社員",
                               u"の元職員", u"の問い合わせ", u"のお問い合わせ", u"の問合せ",
                               u"の相談", u"の苦情", u"の報告", u"の容疑者", u"の男", u"の女"}))
        s -= kNotAffected;
    // Counts of those who viewed or took the data ("閲覧した生徒数 7人"), of messages sent
    // ("メール総数890件"), of orders and of cases ("100件以上の事件") count something else.
    static const QRegularExpression otherBefore(
        u"(?:閲覧|ダウンロード|取得|送信|アクセス|操作|発見|通報)した[^。\\n]{0,10}$"
        "|(?:メール|送信|通知|問い合わせ|問合せ|相談|事件|事案|注文|取引|決済)\\S{0,2}数\\s*[:：]?\\s*$"_s);
    if (otherBefore.match(before).hasMatch())
        s -= kNotAffected;
    if (startsWithAny(after8, {u"の事件", u"の事案", u"以上の事件", u"以上の事案", u"の案件"}))
        s -= kNotAffected;
    if (containsAny(near,
                    {u"問い合わせ", u"問合せ", u"お問合せ", u"相談", u"苦情", u"のうち", u"うち"}))
        s -= 1.5;
    if (m.value <= 1)
        s -= 0.5;
    return s;
}

// Counts that are ratios or ordinals, never a number of people or records ("1人1台端末").
bool isRatio(QStringView text, const CountMention &m)
{
    const QStringView after = text.sliced(m.position + m.length);
    static const QRegularExpression ratio(u"^(?:\\d|当たり|あたり|につき|ずつ|目)"_s);
    return ratio.match(after).hasMatch();
}

QList<Place> placesOf(QStringView text, const QList<CountMention> &mentions)
{
    QList<Place> out;
    out.reserve(mentions.size());
    qsizetype lineStart = 0;
    int lineNo = 0;
    qsizetype scanned = 0;
    for (const CountMention &m : mentions) {
        for (; scanned < m.position; ++scanned) {
            if (text[scanned] == u'\n') {
                lineStart = scanned + 1;
                ++lineNo;
            }
        }
        Place p;
        p.lineStart = lineStart;
        p.lineNo = lineNo;
        p.lineEnd = text.indexOf(u'\n', m.position);
        if (p.lineEnd < 0)
            p.lineEnd = text.size();
        p.markerClass = markerClassOf(text.sliced(lineStart, p.lineEnd - lineStart));
        qsizetype s = m.position;
        while (s > lineStart && text[s - 1] != u'。')
            --s;
        p.sentenceStart = s;
        out.append(p);
    }
    return out;
}

// Text between two mentions of one sentence that joins separately stated groups
// ("個人2名の住所及び個人17名の氏名", "電話番号17件と連絡先48人分", "A 638件/B 679件").
bool joinedAsGroups(QStringView between)
{
    if (between.size() > 40 || between.contains(u'。') || between.contains(u'\n'))
        return false;
    for (QChar c : between) {
        if (c.isDigit())
            return false; // dates and other numbers between: not one enumeration
    }
    if (containsAny(between, {u"うち", u"内訳", u"中", u"から", u"に対し", u"前回", u"当初",
                              u"変更", u"従来"}))
        return false;
    const QStringView t = text::trimmed(between);
    return startsWithAny(t, {u"と", u"及び", u"および", u"並びに", u"ならびに", u"/", u"、及び"}) ||
           containsAny(t, {u"及び", u"並びに", u"ならびに"});
}

constexpr double kAccept = 2.0;   // the least score of a principal count
constexpr double kMember = 2.0;   // the least score of a group that is summed
constexpr double kSumBonus = 1.0; // a sum of groups outranks each of its parts

} // namespace

QString CountExtractor::normalize(QStringView text)
{
    bool circled = false;
    for (QChar c : text) {
        if (c.unicode() >= 0x2460 && c.unicode() <= 0x2473) {
            circled = true;
            break;
        }
    }
    if (!circled)
        return text::nfkc(text);
    QString t;
    t.reserve(text.size() + 16);
    for (QChar c : text) {
        if (c.unicode() >= 0x2460 && c.unicode() <= 0x2473)
            t += u'(' + QString::number(c.unicode() - 0x2460 + 1) + u')';
        else
            t += c;
    }
    return text::nfkc(t);
}

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
        c.worth = m.capturedLength(6) > 0;
        c.prefixLength = m.capturedStart(2) - c.position;
        out.append(c);
    }
    return out;
}

std::optional<AffectedCount> CountExtractor::principal(QStringView normalizedTitle,
                                                       QStringView normalizedBody)
{
    struct Candidate
    {
        qint64 value = 0;
        double score = 0;
        QString evidence;
    };
    std::optional<Candidate> best;
    auto consider = [&best](const Candidate &c) {
        if (!best || c.score > best->score || (c.score == best->score && c.value > best->value))
            best = c;
    };
    auto evidenceOf = [](QStringView text, const CountMention &m) -> QString {
        return text.mid(m.position, m.length).toString();
    };

    const QList<CountMention> inTitle = findAll(normalizedTitle);
    const QList<Place> titlePlaces = placesOf(normalizedTitle, inTitle);
    for (qsizetype i = 0; i < inTitle.size(); ++i) {
        if (isRatio(normalizedTitle, inTitle[i]))
            continue;
        consider({inTitle[i].value, scoreMention(normalizedTitle, inTitle[i], true, titlePlaces[i]),
                  evidenceOf(normalizedTitle, inTitle[i])});
    }

    // Limit the body to its first 64 KiB: counts are stated early; bounded work on huge posts.
    const QStringView body =
        normalizedBody.first(std::min<qsizetype>(normalizedBody.size(), 65536));
    QList<Scored> scored;
    {
        const QList<CountMention> all = findAll(body);
        const QList<Place> places = placesOf(body, all);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (!isRatio(body, all[i]))
                scored.append(
                    {all[i], scoreMention(body, all[i], false, places[i]), false, places[i]});
        }
    }

    // Separately stated groups, summed: items of one list (same bullet or numbering, one count
    // each) and counts one sentence joins with と/及び/並びに. A count elsewhere that equals
    // the sum is the notice's own total and wins instead.
    QList<QList<qsizetype>> groups;
    {
        // List items: a bulleted or numbered line with exactly one count, a plausible one.
        QList<qsizetype> cur;
        int curClass = 0;
        int lastLine = -100;
        auto flush = [&]() {
            if (cur.size() >= 2)
                groups.append(cur);
            cur.clear();
        };
        for (qsizetype i = 0; i < scored.size();) {
            qsizetype e = i + 1;
            while (e < scored.size() && scored[e].place.lineNo == scored[i].place.lineNo)
                ++e;
            const Place &p = scored[i].place;
            const bool item = e - i == 1 && p.markerClass != 0 && scored[i].score >= kMember;
            if (!item || p.markerClass != curClass || p.lineNo - lastLine > 6)
                flush();
            if (item) {
                cur.append(i);
                curClass = p.markerClass;
                lastLine = p.lineNo;
            }
            i = e;
        }
        flush();

        // Counts one sentence joins; implausible counts between them break the chain.
        QList<qsizetype> plausible;
        for (qsizetype i = 0; i < scored.size(); ++i) {
            if (scored[i].score >= kMember)
                plausible << i;
        }
        for (qsizetype a = 0; a < plausible.size(); ++a) {
            QList<qsizetype> g{plausible[a]};
            while (a + 1 < plausible.size()) {
                const Scored &x = scored[g.last()];
                const Scored &y = scored[plausible[a + 1]];
                if (x.place.lineNo != y.place.lineNo ||
                    x.place.sentenceStart != y.place.sentenceStart)
                    break;
                const qsizetype from = x.m.position + x.m.length;
                if (!joinedAsGroups(body.sliced(from, y.m.position - from)))
                    break;
                g << plausible[++a];
            }
            if (g.size() >= 2)
                groups.append(g);
        }
    }

    QList<Candidate> sums;
    for (const QList<qsizetype> &g : std::as_const(groups)) {
        qint64 sum = 0;
        double top = -1e9;
        bool allEqual = true;
        QStringList ev;
        for (qsizetype k : g) {
            sum += scored[k].m.value;
            top = std::max(top, scored[k].score);
            allEqual = allEqual && scored[k].m.value == scored[g.first()].m.value;
            ev << evidenceOf(body, scored[k].m);
        }
        // Equal counts in a list are facets of one group ("氏名 120件, 住所 120件").
        if (allEqual)
            continue;
        bool stated = false;
        for (qsizetype k = 0; k < scored.size(); ++k) {
            if (scored[k].m.value == sum && !g.contains(k)) {
                scored[k].score += 3;
                stated = true;
            }
        }
        for (const CountMention &t : inTitle)
            stated = stated || t.value == sum;
        if (!stated)
            sums.append({sum, top + kSumBonus, ev.join(u" + "_s)});
    }

    for (const Scored &s : std::as_const(scored))
        consider({s.m.value, s.score, evidenceOf(body, s.m)});
    for (const Candidate &c : std::as_const(sums))
        consider(c);

    if (!best || best->score < kAccept)
        return std::nullopt;
    AffectedCount a;
    a.value = best->value;
    a.evidence = best->evidence;
    return a;
}

} // namespace jikenbo
