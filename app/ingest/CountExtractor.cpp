// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountExtractor.h"

#include "NoticeSections.h"
#include "core/TextUtil.h"

#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

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

// What a count counts. Only Affected counts can be the affected; the others are kept as
// candidates with their kind.
enum class Role {
    Affected,
    Recipients,
    Viewers,
    Staff,
    Messages,
    Files,
    Inquiries,
    Cases,
    Orders,
    Other
};

struct Context
{
    QStringView before; // up to 40 characters before the number
    QStringView after;  // up to 20 characters after the mention
    QStringView near;   // the last 14 characters of `before`
    QStringView after8;
    QStringView heading; // of the section the count is stated in (body only)
    QStringView rest;    // the rest of the sentence after the mention, up to 48 characters
    const QStringList *subjects = nullptr; // the groups whose data the notice says leaked
};

// The groups of people whose data a notice speaks of ("申込者の個人情報", "患者様の氏名"):
// a count of one of them is a count of the data subjects.
QStringList dataSubjects(QStringView text)
{
    static const QRegularExpression re(
        u"(患者|顧客|お客様|お客さま|会員|利用者|受験者|児童|生徒|学生|住民|市民|町民|村民|県民"
        "|応募者|対象者|登録者|申込者|申し込み者|参加者|保護者|組合員|ユーザー?|受講者|受講生"
        "|加入者|被保険者|取引先|職員|従業員|社員|教職員|園児|卒業生|入居者|購入者)(?:様|さま)?"
        "(?:等|など)?の(?:個人情報|個人データ|情報|氏名|メールアドレス|連絡先|電話番号|住所"
        "|データ)"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString g = it.next().captured(1);
        if (!out.contains(g))
            out << g;
    }
    return out;
}

Context contextOf(QStringView text, const CountMention &m, bool inTitle, const Place &place)
{
    Context c;
    const qsizetype numberAt = m.position + m.prefixLength;
    const qsizetype b = std::max<qsizetype>(0, numberAt - 40);
    c.before = text.sliced(b, numberAt - b);
    const qsizetype ae = std::min<qsizetype>(text.size(), m.position + m.length + 20);
    c.after = text.sliced(m.position + m.length, ae - m.position - m.length);
    c.near = c.before.size() > 14 ? c.before.last(14) : c.before;
    c.after8 = c.after.first(std::min<qsizetype>(c.after.size(), 8));
    {
        const qsizetype from = m.position + m.length;
        qsizetype e = from;
        const qsizetype limit = std::min<qsizetype>(text.size(), from + 48);
        while (e < limit && text[e] != u'。' && text[e] != u'\n')
            ++e;
        c.rest = text.sliced(from, e - from);
    }
    if (!inTitle)
        c.heading = NoticeSections::headingAbove(text, place.lineStart);
    return c;
}

bool isPeople(const CountMention &m)
{
    return m.unit != u'件';
}

// Whose count it is, from the words around it. The data named right after the count
// ("60名の氏名", "25名分のメールアドレス") makes it the affected whatever came before.
Role roleOf(const CountMention &m, const Context &c)
{
    static const QRegularExpression dataAfter(u"^\\)?分?\\)?の[^。\\n、\\d]{0,10}?(?:個人情報|"
                                              u"個人データ|メールアドレス|氏名|住所|電話番号"
                                              "|連絡先|生年月日|診療|カルテ|成績)"_s);
    if (dataAfter.match(c.after).hasMatch())
        return Role::Affected;
    // "N名分": the data of N people, whoever sent or viewed it.
    const bool worthOfData = m.worth;

    // Staff who acted or were disciplined, offenders: the word right before the number says
    // whose count it is, and the particle after says they acted ("職員1名が"). Staff whose own
    // data leaked ("他職員271名のメール") are affected.
    static const QRegularExpression staffBefore(
        u"(?:職員|社員|従業員|教員|教諭|医師|看護師|巡査|巡査長|警部|警部補|委託先|担当者|容疑者"
        "|男性|女性|元社員|元職員|役員|講師|犯人|被疑者)(?:等|ら)?\\s*$"_s);
    if (staffBefore.match(c.before).hasMatch() && !startsWithAny(c.after, {u"の", u"分"}))
        return Role::Staff;
    if (startsWithAny(c.after8, {u"の職員", u"の社員", u"の従業員", u"の元従業員", u"の元社員",
                                 u"の元職員", u"の容疑者", u"の男", u"の女"}))
        return Role::Staff;
    static const QRegularExpression discipline(
        u"(?:懲戒|処分|戒告|訓告|減給|停職|免職)[^。\\n]{0,12}$"_s);
    static const QRegularExpression disciplineAfter(
        u"^(?:を|に対し(?:て)?[、,]?)(?:懲戒|処分|戒告|訓告|減給|停職|免職)"_s);
    if (discipline.match(c.before).hasMatch() || disciplineAfter.match(c.after).hasMatch())
        return Role::Staff;
    if (startsWithAny(c.after8, {u"の問い合わせ", u"のお問い合わせ", u"の問合せ", u"の相談",
                                 u"の苦情", u"の報告"}))
        return Role::Inquiries;

    // Those who viewed, downloaded or took the data ("閲覧した生徒数 7人", "計9名の生徒が閲覧").
    static const QRegularExpression viewedBefore(
        u"(?:閲覧|ダウンロード|取得|アクセス)した[^。\\n]{0,10}$"_s);
    static const QRegularExpression viewedAfter(
        u"^(?:の(?:生徒|児童|学生|職員|教職員|利用者|第三者|方|者|人|従業員|社員|教員|保護者|会員"
        "|お客様|お客さま|ユーザー?)[^。\\n、が]{0,4})?(?:が|により)(?:閲覧|ダウンロード|アクセス"
        "|取得|入手|持ち出)(?!可能|でき|され)"_s);
    if (!worthOfData && (viewedBefore.match(c.before).hasMatch() ||
                         (isPeople(m) && viewedAfter.match(c.after).hasMatch())))
        return Role::Viewers;
    static const QRegularExpression actedBefore(u"(?:操作|発見|通報)した[^。\\n]{0,10}$"_s);
    if (actedBefore.match(c.before).hasMatch())
        return Role::Other;

    // Recipients of a mis-sent mail or letter ("140名の会員様へ送信", "送信先 … 計3名"); not
    // those told of the leak afterwards ("12名の方にお詫びのメールを送信").
    static const QRegularExpression sentTo(
        u"^(?:の[^。\\n、]{0,10}?)?(?:様|方|名様)?(?:へ|に|宛て?に?|あて)(?:対し(?:て)?)?"
        "([^。\\n]{0,8}?)(?:送信|送付|発送|配信|誤送信|メールを|郵送|転送|誤送付)"_s);
    if (const auto sm = sentTo.match(c.after); !worthOfData && sm.hasMatch()) {
        static const QRegularExpression apology(u"お詫び|謝罪|説明|連絡|案内|報告|注意"_s);
        if (!apology.match(sm.capturedView(1)).hasMatch())
            return m.unit == u'件' ? Role::Messages : Role::Recipients;
    }
    static const QRegularExpression recipientsBefore(
        u"(?:送信先|送付先|宛先|受信者|受信した方|配信先|送り先|受取人|誤送信先)[^。\\n、]{0,10}$"_s);
    if (!worthOfData &&
        (recipientsBefore.match(c.before).hasMatch() ||
         containsAny(c.heading, {u"送信先", u"送付先", u"宛先", u"受信者", u"配信先"})))
        return Role::Recipients;
    static const QRegularExpression sentBefore(u"送信した[^。\\n]{0,10}$"_s);
    if (!worthOfData && sentBefore.match(c.before).hasMatch())
        return m.unit == u'件' ? Role::Messages : Role::Recipients;

    // Messages sent: phishing or spam mails, mails sent by an intruder ("メール総数890件").
    static const QRegularExpression messagesBefore(
        u"(?:フィッシング|不審な?|迷惑|なりすまし|スパム|標的型)メール[^。\\n]{0,8}$"
        "|(?:メール|送信|通知)\\S{0,2}数\\s*[:：]?\\s*$"_s);
    static const QRegularExpression messagesAfter(
        u"^の?(?:フィッシング|不審な?|迷惑|なりすまし|スパム)?(?:メール|電子メール|SMS"
        "|ショートメッセージ)(?!アドレス)を?[^。\\n]{0,6}(?:送信|配信|送付|発送)"_s);
    if (messagesBefore.match(c.before).hasMatch() ||
        (m.unit == u'件' && messagesAfter.match(c.after).hasMatch()))
        return Role::Messages;

    // Files, pages and devices hold data; their count is not the count of people or records.
    if (m.unit == u'件') {
        static const QRegularExpression filesBefore(u"(?:ファイル|ページ|端末|パソコン|PC|フォルダ|"
                                                    u"記録媒体)(?:の)?数?\\s*[:：]?\\s*(?:は|が)?"
                                                    "\\s*$"_s);
        static const QRegularExpression filesAfter(
            u"^の?(?:ファイル|ページ|端末|フォルダ|PDF|Excel|エクセル)"_s);
        if (filesBefore.match(c.before).hasMatch() || filesAfter.match(c.after).hasMatch())
            return Role::Files;
    }

    // Counts in a section on what came after the leak (secondary harm, inquiries, measures)
    // count something else: people called by a fraudster, inquiries, staff trained.
    if (containsAny(c.heading, {u"二次被害", u"再発防止", u"今後の対応", u"問い合わせ", u"問合せ",
                                u"お問合せ"}))
        return Role::Other;

    static const QRegularExpression countedOther(
        u"(?:問い合わせ|問合せ|相談)\\S{0,2}数\\s*[:：]?\\s*$"_s);
    if (countedOther.match(c.before).hasMatch())
        return Role::Inquiries;
    static const QRegularExpression casesBefore(u"(?:事件|事案)\\S{0,2}数\\s*[:：]?\\s*$"_s);
    if (casesBefore.match(c.before).hasMatch() ||
        startsWithAny(c.after8, {u"の事件", u"の事案", u"以上の事件", u"以上の事案", u"の案件"}))
        return Role::Cases;
    static const QRegularExpression ordersBefore(u"(?:注文|取引|決済)\\S{0,2}数\\s*[:：]?\\s*$"_s);
    if (ordersBefore.match(c.before).hasMatch())
        return Role::Orders;
    return Role::Affected;
}

struct Scored
{
    CountMention m;
    double score = 0;
    bool inTitle = false;
    Place place;
    Role role = Role::Affected;
    QString kind;
    bool part = false; // a part of another count stated with it ("42名(申込者21名、…)", "うち5名")
};

// The words around a count on its line: up to 16 characters before it and 10 after.
QString contextSnippet(QStringView text, const Scored &s)
{
    const qsizetype from = std::max(s.place.lineStart, s.m.position - 16);
    const qsizetype to = std::min(s.place.lineEnd, s.m.position + s.m.length + 10);
    QString out = text::trimmed(text.sliced(from, to - from)).toString();
    out.replace(u'\n', u' ');
    if (from > s.place.lineStart)
        out.prepend(u'…');
    if (to < s.place.lineEnd)
        out.append(u'…');
    return out;
}

// Parts of a count: the counts of a breakdown in brackets right after it whose sum is the count
// ("42名(申込者21名、同行者21名)", "120名分〔学生80名、職員15名、その他25名〕"), and counts
// introduced by うち after it in the same sentence ("52名分のうち、50名分は…"). A breakdown
// makes the count a stated total. Counts of people beside records ("73件(61名)") are not parts.
void markParts(QStringView text, QList<Scored> &scored)
{
    for (qsizetype i = 0; i < scored.size(); ++i) {
        Scored &outer = scored[i];
        const qsizetype end = outer.m.position + outer.m.length;
        qsizetype open = end;
        while (open < text.size() && text[open] == u' ')
            ++open;
        if (open < text.size() &&
            (text[open] == u'(' || text[open] == u'〔' || text[open] == u'[')) {
            const QChar closeCh = text[open] == u'(' ? u')' : text[open] == u'〔' ? u'〕' : u']';
            const qsizetype close = text.indexOf(closeCh, open + 1);
            const qsizetype nl = text.indexOf(u'\n', open + 1);
            if (close > open && close - open <= 120 && (nl < 0 || nl > close)) {
                qint64 sum = 0;
                QList<qsizetype> inner;
                for (qsizetype j = i + 1; j < scored.size() && scored[j].m.position < close; ++j) {
                    if (isPeople(scored[j].m) == isPeople(outer.m)) {
                        inner << j;
                        sum += scored[j].m.value;
                    }
                }
                if (!inner.isEmpty() && sum == outer.m.value) {
                    outer.m.total = true;
                    if (outer.role == Role::Affected)
                        outer.score += 1.5;
                    // The groups of a breakdown share what their total counts ("職員67名" of
                    // the students and staff whose data leaked).
                    for (qsizetype j : inner) {
                        scored[j].part = true;
                        if (outer.role == Role::Affected && scored[j].role != Role::Affected) {
                            scored[j].role = Role::Affected;
                            scored[j].kind = isPeople(scored[j].m) ? u"people"_s : u"records"_s;
                        }
                    }
                }
            }
        }
    }
    for (qsizetype j = 0; j < scored.size(); ++j) {
        Scored &s = scored[j];
        const qsizetype numberAt = s.m.position + s.m.prefixLength;
        const qsizetype b = std::max(s.place.sentenceStart, numberAt - 8);
        if (!text.sliced(b, numberAt - b).contains(u"うち"))
            continue;
        for (qsizetype i = 0; i < j; ++i) {
            const Scored &w = scored[i];
            if (w.place.sentenceStart == s.place.sentenceStart && w.m.value > s.m.value &&
                isPeople(w.m) == isPeople(s.m))
                s.part = true;
        }
    }
}

// Whether a text says a mail went out with its recipients' addresses visible to each other.
bool addressesShownToRecipients(QStringView text)
{
    static const QRegularExpression shown(u"bcc|(?<![a-z])(?:to|cc)(?:欄|で|に入|の欄)|宛先(?:欄)?("
                                          u"?:に|へ)[^。\\n]{0,24}(?:入力|設定|入れ)"
                                          "|宛先が[^。\\n]{0,6}(?:確認|表示|見え|判明)|(?:メール)?"
                                          "アドレスが[^。\\n]{0,12}(?:表示|確認でき|"
                                          "閲覧でき|見える|判明)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return shown.match(text).hasMatch();
}

// The kind a candidate is shown with.
QString kindOf(Role role, const CountMention &m, const Context &c)
{
    switch (role) {
    case Role::Recipients:
        return u"recipients"_s;
    case Role::Viewers:
        return u"viewers"_s;
    case Role::Staff:
        return u"staff"_s;
    case Role::Messages:
        return u"messages"_s;
    case Role::Files:
        return u"files"_s;
    case Role::Inquiries:
        return u"inquiries"_s;
    case Role::Cases:
        return u"cases"_s;
    case Role::Orders:
        return u"orders"_s;
    case Role::Other:
        return u"other"_s;
    case Role::Affected:
        break;
    }
    if (m.unit != u'件')
        return u"people"_s;
    static const QRegularExpression address(u"アドレス[^。\\n、]{0,3}$"_s);
    static const QRegularExpression card(u"カード[^。\\n、]{0,6}$"_s);
    if (address.match(c.near).hasMatch())
        return u"addresses"_s;
    if (card.match(c.near).hasMatch())
        return u"cards"_s;
    return u"records"_s;
}

// How strongly the surroundings of an Affected count speak of the leaked data.
double scoreMention(QStringView text, const CountMention &m, bool inTitle, const Place &place,
                    const Context &c)
{
    const QStringView before = c.before, after = c.after, near = c.near, after8 = c.after8;
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
    // A count of the group whose data leaked ("申込者の個人情報 … 申込者は28名").
    if (c.subjects && !c.subjects->isEmpty()) {
        // "申込者は28名", "患者様 12名", "受講者数: 30名", "28名の申込者".
        QStringView tail = text::trimmed(near);
        if (tail.endsWith(u':') || tail.endsWith(u'：'))
            tail = text::trimmed(tail.chopped(1));
        for (QStringView particle : {u"は", u"が", u"数"}) {
            if (tail.endsWith(particle)) {
                tail.chop(particle.size());
                break;
            }
        }
        if (tail.endsWith(u'等'))
            tail.chop(1);
        for (QStringView honorific : {u"様", u"さま"}) {
            if (tail.endsWith(honorific)) {
                tail.chop(honorific.size());
                break;
            }
        }
        bool ofSubjects = false;
        for (qsizetype i = 0; !ofSubjects && i < c.subjects->size(); ++i) {
            const QString &g = c.subjects->at(i);
            ofSubjects =
                tail.endsWith(g) || (after.startsWith(u'の') && after.sliced(1).startsWith(g));
        }
        if (ofSubjects)
            s += 2;
    }
    // "1,011名の患者様": the group named right after the count.
    if (startsWithAny(after8, {u"の患者", u"のお客", u"の顧客", u"の会員", u"の利用者", u"の児童",
                               u"の生徒", u"の学生", u"の市民", u"の住民", u"の受験", u"の応募",
                               u"の方", u"の保護者", u"の登録者", u"の対象者", u"のユーザ"}))
        s += 2;
    // What a count of records is made of: addresses, names, files of personal data.
    if (containsAny(near, {u"アドレス", u"氏名", u"住所", u"電話番号", u"名簿", u"個人情報",
                           u"ファイル", u"データ"}))
        s += 1;
    // The data noun right before the count: "メールアドレス52件", "クレジットカード情報(1,840件)",
    // "患者氏名及び生年月日 27 名分".
    static const QRegularExpression dataNoun(
        u"(?:情報|アドレス|氏名|データ|番号|名簿|生年月日|住所|履歴|口座)\\s*[(:：]?\\s*$"_s);
    if (dataNoun.match(before).hasMatch())
        s += 1.5;
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
        if (containsAny(c.heading, {u"二次被害", u"再発防止", u"今後の対応", u"問い合わせ",
                                    u"問合せ", u"お問合せ", u"経緯"}))
            s -= 2;
        else if (containsAny(c.heading, {u"対象", u"漏えい", u"漏洩", u"流出", u"紛失", u"個人情報",
                                         u"件数", u"人数", u"範囲", u"影響", u"内容"}))
            s += 1;
    }
    if (m.total)
        s += 1.5;
    if (m.upperBound)
        s += 1;
    if (m.unit != u'件')
        s += 1; // people over records
    // Those told of the leak afterwards ("12名のお客様にはメールにてご連絡"): often the
    // affected, but a weaker statement than the count of the leaked data.
    static const QRegularExpression told(
        u"^(?:の[^。\\n、]{0,8}?)?(?:様|方)?(?:に|へ|には|へは)(?:対し(?:て)?)?[、,]?[^。]*(?:お詫び|謝罪|ご連絡|連絡し|ご案内|ご説明|説明し|通知し)"_s);
    if (told.match(c.rest).hasMatch())
        s -= 1;
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
// Another count of the leaked data within this much of the best one's score makes the call
// unsure: no count is stored, the candidates are.
constexpr double kUnsureMargin = 1.0;

// Whether the words of a list item or joined group before its count name a group of people or
// a data set ("会員の氏名 120名分", "利用者の個人情報 2,100件"), not only a data item ("氏名
// 300件").
bool namesGroup(QStringView text, const Scored &s)
{
    if (s.m.unit != u'件' || s.m.worth)
        return true;
    const qsizetype from = std::max(s.place.lineStart, s.place.sentenceStart);
    const QStringView words = text.sliced(from, s.m.position - from);
    static const QRegularExpression group(
        u"者|様|さま|生徒|学生|児童|園児|患者|顧客|お客|会員|住民|市民|町民|村民|県民|取引先|保護者"
        "|職員|社員|従業員|個人|ユーザ|個人情報|個人データ"_s);
    return group.match(words).hasMatch();
}

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
        c.total = prefix == u"計" || prefix == u"合計" || prefix == u"総数" || prefix == u"延べ" ||
                  prefix == u"のべ";
        c.worth = m.capturedLength(6) > 0;
        c.prefixLength = m.capturedStart(2) - c.position;
        out.append(c);
    }
    return out;
}

QString CountExtractor::describe(qint64 value, const QString &kind)
{
    const int n = int(std::min<qint64>(value, std::numeric_limits<int>::max()));
    // %n is written without digit grouping: group it as the locale does ("13,949 people").
    const auto grouped = [n](const QString &s) {
        return QString(s).replace(QString::number(n), QLocale().toString(n));
    };
    if (kind == u"people"_s)
        return grouped(tr("%n people", "an affected-count candidate", n));
    if (kind == u"records"_s)
        return grouped(tr("%n record(s)", "an affected-count candidate", n));
    if (kind == u"addresses"_s)
        return grouped(tr("%n address(es)", "an affected-count candidate: mail addresses", n));
    if (kind == u"cards"_s)
        return grouped(tr("%n card record(s)", "an affected-count candidate: credit cards", n));
    if (kind == u"recipients"_s)
        return grouped(
            tr("%n recipient(s)", "an affected-count candidate: recipients of a mail", n));
    if (kind == u"viewers"_s)
        return grouped(
            tr("%n viewer(s)", "an affected-count candidate: people who viewed the data", n));
    if (kind == u"staff"_s)
        return grouped(
            tr("%n staff", "an affected-count candidate: staff who acted or were disciplined", n));
    if (kind == u"messages"_s)
        return grouped(tr("%n message(s) sent", "an affected-count candidate", n));
    if (kind == u"files"_s)
        return grouped(tr("%n file(s)", "an affected-count candidate: files, pages or devices", n));
    if (kind == u"inquiries"_s)
        return grouped(tr("%n inquiry(-ies)", "an affected-count candidate", n));
    if (kind == u"cases"_s)
        return grouped(tr("%n case(s)", "an affected-count candidate: cases or incidents", n));
    if (kind == u"orders"_s)
        return grouped(tr("%n order(s)", "an affected-count candidate", n));
    return grouped(tr("%n (other)", "an affected-count candidate of another kind", n));
}

QString CountExtractor::describeCandidates(const QJsonArray &candidates, bool skipChosen)
{
    QStringList parts;
    for (const QJsonValue &v : candidates) {
        const QJsonObject o = v.toObject();
        if (skipChosen && o.value(u"chosen"_s).toBool())
            continue;
        parts << describe(qint64(o.value(u"value"_s).toDouble()), o.value(u"kind"_s).toString());
    }
    return parts.join(tr(", ", "between affected-count candidates"));
}

std::optional<AffectedCount> CountExtractor::principal(QStringView normalizedTitle,
                                                       QStringView normalizedBody)
{
    return analyze(normalizedTitle, normalizedBody).chosen;
}

AffectedAnalysis CountExtractor::analyze(QStringView normalizedTitle, QStringView normalizedBody)
{
    // Limit the body to its first 64 KiB: counts are stated early; bounded work on huge posts.
    const QStringView body =
        normalizedBody.first(std::min<qsizetype>(normalizedBody.size(), 65536));

    // A mail sent with every address in view (TO or CC instead of BCC): the recipients are the
    // people whose addresses leaked, and their count is the affected.
    const bool recipientsExposed =
        addressesShownToRecipients(normalizedTitle) || addressesShownToRecipients(body);
    const QStringList subjects = dataSubjects(normalizedTitle) + dataSubjects(body);
    auto scoreAll = [recipientsExposed, &subjects](QStringView text, bool inTitle) {
        QList<Scored> out;
        const QList<CountMention> all = findAll(text);
        const QList<Place> places = placesOf(text, all);
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (isRatio(text, all[i]))
                continue;
            Context c = contextOf(text, all[i], inTitle, places[i]);
            c.subjects = &subjects;
            Role role = roleOf(all[i], c);
            if (role == Role::Recipients && recipientsExposed)
                role = Role::Affected;
            Scored sc{all[i], 0, inTitle, places[i], role, {}};
            sc.kind = kindOf(sc.role, all[i], c);
            if (sc.role == Role::Affected)
                sc.score = scoreMention(text, all[i], inTitle, places[i], c);
            out.append(sc);
        }
        return out;
    };
    const QList<Scored> inTitle = scoreAll(normalizedTitle, true);
    QList<Scored> scored = scoreAll(body, false);
    markParts(body, scored);
    auto eligible = [](const Scored &s, double least) {
        return s.role == Role::Affected && !s.part && s.score >= least;
    };

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
            const bool item = e - i == 1 && p.markerClass != 0 && eligible(scored[i], kMember);
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
            if (eligible(scored[i], kMember))
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

    struct Candidate
    {
        qint64 value = 0;
        double score = 0;
        QString evidence;
        QString kind;
        bool eligible = false;
        bool part = false;
        bool people = false;
        bool sum = false;
        bool total = false;
        QList<qint64> parts;
        qsizetype position = 0;
        QString context; // the words around a single count, for the candidates list
    };
    QList<Candidate> candidates;

    for (const QList<qsizetype> &g : std::as_const(groups)) {
        qint64 sum = 0;
        double top = -1e9;
        bool allEqual = true;
        bool anyGroup = false;
        QStringList ev;
        QList<qint64> parts;
        for (qsizetype k : g) {
            sum += scored[k].m.value;
            top = std::max(top, scored[k].score);
            allEqual = allEqual && scored[k].m.value == scored[g.first()].m.value;
            anyGroup = anyGroup || namesGroup(body, scored[k]);
            ev << body.mid(scored[k].m.position, scored[k].m.length).toString();
            parts << scored[k].m.value;
        }
        // Equal counts in a list are facets of one group ("氏名 120件, 住所 120件"); so are
        // counts of data items that name no group of people ("氏名 300件, カード情報 120件"):
        // they may overlap, and the largest stands for them.
        if (allEqual || !anyGroup)
            continue;
        bool stated = false;
        for (qsizetype k = 0; k < scored.size(); ++k) {
            if (scored[k].m.value == sum && !g.contains(k) && scored[k].role == Role::Affected) {
                scored[k].score += 3;
                stated = true;
            }
        }
        for (const Scored &t : inTitle)
            stated = stated || t.m.value == sum;
        if (!stated) {
            Candidate c;
            c.value = sum;
            c.score = top + kSumBonus;
            c.evidence = ev.join(u" + "_s);
            c.kind = scored[g.first()].kind;
            for (qsizetype k : g) {
                if (scored[k].kind != c.kind)
                    c.kind = u"records"_s;
            }
            c.eligible = true;
            c.people = isPeople(scored[g.first()].m);
            c.sum = true;
            c.parts = parts;
            c.position = scored[g.first()].m.position;
            candidates.append(c);
        }
    }

    auto add = [&candidates](QStringView text, const Scored &s, qsizetype order) {
        Candidate c;
        c.value = s.m.value;
        c.score = s.score;
        c.evidence = text.mid(s.m.position, s.m.length).toString();
        c.context = contextSnippet(text, s);
        c.kind = s.kind;
        c.eligible = s.role == Role::Affected;
        c.part = s.part;
        c.people = isPeople(s.m);
        c.total = s.m.total;
        c.position = order;
        candidates.append(c);
    };
    for (const Scored &s : inTitle)
        add(normalizedTitle, s, -1);
    for (const Scored &s : std::as_const(scored))
        add(body, s, s.m.position);

    AffectedAnalysis out;
    const Candidate *best = nullptr;
    for (const Candidate &c : std::as_const(candidates)) {
        if (!c.eligible || c.part)
            continue;
        if (!best || c.score > best->score || (c.score == best->score && c.value > best->value))
            best = &c;
    }
    // People over records: a count of people about as strong as the best count of records,
    // and not more than it, counts the same data per person ("データ1,092件分、患者1,011名").
    if (best && !best->people) {
        const Candidate *people = nullptr;
        for (const Candidate &c : std::as_const(candidates)) {
            if (c.eligible && !c.part && c.people && c.value <= best->value &&
                c.score >= best->score - kUnsureMargin && c.score >= kAccept &&
                (!people || c.score > people->score))
                people = &c;
        }
        if (people)
            best = people;
    }
    if (best && best->score >= kAccept) {
        // Unsure: another count of the leaked data, not a part of this one, about as likely.
        bool unsure = false;
        for (const Candidate &c : std::as_const(candidates)) {
            if (!c.eligible || c.part || c.value == best->value || c.score < kAccept ||
                c.score < best->score - kUnsureMargin)
                continue;
            // People over records: a count of records beside a count of people is the same
            // data counted per record ("73件(61名)", "1,092件分、患者1,011名").
            if (best->people && !c.people && c.value >= best->value)
                continue;
            if ((best->sum && best->parts.contains(c.value)) ||
                (c.sum && c.parts.contains(best->value)))
                continue;
            unsure = true;
        }
        if (!unsure)
            out.chosen = AffectedCount{best->value, best->evidence};
    }

    // One candidate per value: its strongest statement. The chosen count first, then counts of
    // the data by strength, then the counts of something else in the order of the text.
    QList<const Candidate *> order;
    for (const Candidate &c : std::as_const(candidates))
        order << &c;
    std::stable_sort(order.begin(), order.end(), [](const Candidate *a, const Candidate *b) {
        if (a->eligible != b->eligible)
            return a->eligible;
        if (a->eligible)
            return a->score > b->score;
        return a->position < b->position;
    });
    QSet<qint64> seen;
    if (out.chosen) {
        for (const Candidate *c : std::as_const(order)) {
            if (c->eligible && c->value == out.chosen->value) {
                out.candidates.append({c->value, c->kind,
                                       c->context.isEmpty() ? c->evidence : c->context, c->score,
                                       true});
                seen.insert(c->value);
                break;
            }
        }
    }
    for (const Candidate *c : std::as_const(order)) {
        if (out.candidates.size() >= MaxCandidates)
            break;
        if (seen.contains(c->value))
            continue;
        seen.insert(c->value);
        out.candidates.append({c->value, c->kind, c->context.isEmpty() ? c->evidence : c->context,
                               c->eligible ? c->score : 0, false});
    }
    return out;
}

} // namespace jikenbo
