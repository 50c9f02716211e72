// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganizationExtractor.h"

#include "core/TextUtil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QString &legalFormAlternation()
{
    static const QString alt =
        u"(?:株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人"
        "|公益社団法人|公益財団法人|国立大学法人|公立大学法人|学校法人|医療法人社団"
        "|医療法人財団|医療法人|社会福祉法人|地方独立行政法人|独立行政法人"
        "|特定非営利活動法人|NPO法人|宗教法人|社団法人|財団法人|特殊法人|認可法人|\\(株\\)|（株）|㈱)"_s;
    return alt;
}

struct Token
{
    qsizetype start;
    qsizetype length;
};

QList<Token> tokens(QStringView s)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && text::isSpace(s[i]))
            ++i;
        const qsizetype b = i;
        while (i < s.size() && !text::isSpace(s[i]))
            ++i;
        if (i > b)
            out.append({b, i - b});
    }
    return out;
}

bool sentenceLike(QStringView t)
{
    return t.contains(u'、') || t.contains(u'。') || t.contains(u"は、") ||
           t.contains(QChar(u'!')) || t.contains(u'！');
}

QString leadingPlaceOrPolice(QStringView t)
{
    static const QRegularExpression police(
        u"^(\\p{Han}{1,4}?(?:県警察本部|県警察|県警|府警察|府警|道警察|道警)|警視庁)"_s);
    static const QRegularExpression place(
        u"^(\\p{Han}{1,4}?[都道府県]?\\p{Han}{0,4}?[都道府県市区町村])"
        "(?=職員|教員|教育|立|の|が|は|、|で|に|議会|役所|役場|長|内|民|営|水道|消防|病院)"_s);
    auto m = police.match(t);
    if (m.hasMatch())
        return m.captured(1);
    m = place.match(t);
    if (m.hasMatch())
        return m.captured(1);
    return {};
}

// The words a title is made of, never an organisation's name: what happened, and the notice's
// own words (お詫び, お知らせ, について).
const QRegularExpression &titleWords()
{
    static const QRegularExpression re(
        u"個人情報|漏えい|漏洩|流出|紛失|盗難|不正アクセス|不正ログイン|誤送信|誤送付|誤掲載|誤配"
        "|閲覧|ランサム|サイバー攻撃|被害|事案|事故|事件|不具合|不備|について|に関する|に係る"
        "|お詫び|おわび|お知らせ|ご報告|報告|ご案内|発生|可能性|判明"_s);
    return re;
}

// The heads an organisation's name ends with: facilities, bodies, places (DESIGN §4's sectors).
const QString &orgSuffixAlternation()
{
    static const QString alt =
        u"(?:病院|医院|クリニック|診療所|医療センター|センター|協会|組合|連合会|協議会|商工会"
        "|会議所|共済会|大学|学校|高校|高専|学園|学院|幼稚園|保育園|保育所|機構|財団|事業団|公社"
        "|委員会|省|庁|署|局|研究所|事務所|保健所|裁判所|図書館|美術館|博物館|役所|役場|議会|本部"
        "|警察|県警|府警|道警|都|道|府|県|市|区|町|村|銀行|信用金庫|金庫|生協|ホールディングス"
        "|グループ|新聞社|放送|テレビ|会社|法人)"_s;
    return alt;
}

// Where a title's own words begin after the organisation: the particles and phrases a notice
// title starts with (市立あさぎ病院における…, 〇〇協会が管理する…, 〇〇市の…).
const QString &titleStartAlternation()
{
    static const QString alt =
        u"(?:における|において|に関する|に関して|に係る|にかかる|に対する|による|によって"
        "|からの|への|での|では|から|より|が|の|で|に|は|を|と|へ)"_s;
    return alt;
}

bool endsWithOrgSuffix(QStringView name)
{
    static const QRegularExpression re(orgSuffixAlternation() + u"$"_s);
    return re.match(name).hasMatch();
}

// A name standing alone (a token of the title) that reads as an organisation: a legal form, or
// a head such as 病院 or 市 at its end, and none of a title's words.
bool looksLikeOrganization(QStringView name)
{
    if (name.size() < 2 || name.size() > 40 || sentenceLike(name))
        return false;
    if (titleWords().match(name).hasMatch() && !endsWithOrgSuffix(name))
        return false;
    return OrganizationExtractor::hasLegalForm(name) || endsWithOrgSuffix(name);
}

// The organisation at the start of a token that runs on into the title without a space:
// the shortest start that ends in an organisation's head (or holds a legal form and a name)
// and is followed by a title-start particle. Empty when there is none.
QString organizationBeforeTitleStart(QStringView token)
{
    static const QRegularExpression start(titleStartAlternation());
    static const QRegularExpression legal(u"^"_s + legalFormAlternation());
    const QString ntoken = text::nfkc(token);
    for (auto it = start.globalMatch(ntoken); it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = m.capturedStart(0);
        if (at < 2 || at >= ntoken.size() - 1)
            continue;
        const QStringView prefix = QStringView(ntoken).first(at);
        // Pronouns of a notice (当社, 本学, 弊社) are no names.
        if (prefix.size() <= 2 && (prefix.startsWith(u'当') || prefix.startsWith(u'弊') ||
                                   prefix.startsWith(u'本') || prefix.startsWith(u'同')))
            return {};
        if (titleWords().match(prefix).hasMatch())
            return {};
        const auto lm = legal.match(prefix);
        const bool legalAndName = lm.hasMatch() && prefix.size() - lm.capturedLength(0) >= 2;
        if (endsWithOrgSuffix(prefix) || legalAndName) {
            // Cut the original text at the same place (NFKC keeps these characters' count).
            return ntoken.size() == token.size() ? token.first(at).toString() : prefix.toString();
        }
    }
    return {};
}

// An ASCII word of a company's name ("Geolocation", "Technology", "Co.,Ltd.").
bool asciiWord(QStringView t)
{
    if (t.isEmpty())
        return false;
    for (QChar c : t) {
        if (c.unicode() >= 0x80 || !(c.isLetterOrNumber() || c == u'&' || c == u'.' || c == u',' ||
                                     c == u'-' || c == u'\''))
            return false;
    }
    return true;
}

} // namespace

bool OrganizationExtractor::hasLegalForm(QStringView name)
{
    static const QRegularExpression re(legalFormAlternation());
    return re.match(name).hasMatch();
}

QString OrganizationExtractor::extract(QStringView title, QStringView caption,
                                       QStringView firstBodyLine)
{
    const QStringView t = text::trimmed(title);
    if (t.isEmpty())
        return text::trimmed(caption).toString();
    const QList<Token> tok = tokens(t);

    // 1. "一般社団法人 名前 …"
    static const QRegularExpression legalAlone(u"^"_s + legalFormAlternation() + u"$"_s);
    if (tok.size() >= 3 && legalAlone.match(t.sliced(tok[0].start, tok[0].length)).hasMatch())
        return t.sliced(0, tok[1].start + tok[1].length).toString();
    // 1b. A company's name in Latin letters with spaces in it: "株式会社Starlight Systems
    //     …" (the legal form says where the name starts; its ASCII words run on).
    if (tok.size() >= 3 && hasLegalForm(t.sliced(tok[0].start, tok[0].length)) &&
        asciiWord(t.sliced(tok[0].start, tok[0].length).last(1))) {
        qsizetype last = 0;
        while (last + 2 < tok.size() &&
               asciiWord(t.sliced(tok[last + 1].start, tok[last + 1].length)))
            ++last;
        if (last > 0)
            return t.sliced(0, tok[last].start + tok[last].length).toString();
    }

    // 2. 「Service name」…
    static const QRegularExpression quoted(u"^「([^」]{1,40})」"_s);
    if (const auto m = quoted.match(t); m.hasMatch()) {
        static const QRegularExpression serviceSuffix(
            u"(?:公式)?(?:オンラインストア|オンラインショップ|オンラインショッピング|ウェブサイト"
            "|ホームページ|通販サイト|ショッピングサイト|ECサイト|会員サイト|公式サイト|サイト|"
            "ストア"
            "|ショップ|アプリ|サービス)$"_s);
        QString name = m.captured(1);
        name.remove(serviceSuffix);
        name = name.trimmed();
        if (!name.isEmpty())
            return name;
    }

    const QStringView first = t.sliced(tok[0].start, tok[0].length);
    const bool oneToken = tok.size() == 1;
    const bool firstIsSentence = sentenceLike(first) || oneToken;

    // 3. News-style titles that open with a police force or municipality.
    if (firstIsSentence) {
        const QString place = leadingPlaceOrPolice(first);
        if (!place.isEmpty())
            return place;
    }

    // 3b. A news headline with its organisation after a dash: "… - 山吹県".
    {
        static const QRegularExpression dashTail(
            u"\\s[\\-－―‐–—|｜]\\s*([^\\s\\-－―‐–—|｜]{2,24})\\s*$"_s);
        if (const auto m = dashTail.match(t); m.hasMatch() && m.capturedStart(0) > 0) {
            const QString tail = m.captured(1);
            if (looksLikeOrganization(tail) ||
                !leadingPlaceOrPolice(QString(tail + u"は"_s)).isEmpty())
                return tail;
        }
    }

    // 4. "<someone>は、…": the victim is named by the body's first sentence.
    if (t.contains(u"は、") || t.contains(u"は,")) {
        static const QRegularExpression subject(
            u"^[\\s\\x{3000}\\x{00A0}]*([^\\s、。は]{2,30}?)は[、,]"_s);
        const auto m = subject.match(firstBodyLine);
        if (m.hasMatch()) {
            const QString s = m.captured(1);
            if (hasLegalForm(s) || !leadingPlaceOrPolice(QString(s + u"は"_s)).isEmpty())
                return s;
        }
    }

    // 4b. The organisation runs on into the title without a space: "市立あさぎ病院における…",
    //     "〇〇協会が管理する…".
    if (const QString cut = organizationBeforeTitleStart(first); !cut.isEmpty())
        return cut;

    // 4c. The title first, the organisation last: "漏えいに関するお詫び 株式会社〇〇".
    if (tok.size() >= 2 && !looksLikeOrganization(first) && titleWords().match(first).hasMatch()) {
        const QStringView lastTok = t.sliced(tok.last().start, tok.last().length);
        if (looksLikeOrganization(lastTok))
            return lastTok.toString();
    }

    if (firstIsSentence) {
        // 5a. A short caption under the marker names the organisation.
        const QStringView cap = text::trimmed(caption);
        if (!cap.isEmpty() && cap.size() <= 30)
            return cap.toString();
        // 5b. "マイクロソフト、誤って…"
        const qsizetype comma = first.indexOf(u'、');
        if (comma > 0 && comma <= 30)
            return first.first(comma).toString();
    }
    return first.toString();
}

} // namespace jikenbo
