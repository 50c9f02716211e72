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
