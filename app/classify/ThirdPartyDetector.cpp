// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThirdPartyDetector.h"

#include "core/TextUtil.h"
#include "ingest/CountExtractor.h"
#include "ingest/NoticeSections.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// The party entrusted with the work or the data, or running the system.
const QRegularExpression &entrusted()
{
    static const QRegularExpression re(
        u"再委託先|委託先|委託業者|委託事業者|委託会社|委託事業|受託者|受託業者|受託事業者|"
        u"受注者|受注業者|受注事業者|"
        u"受託会社|"
        "業務委託|(?:を|に)委託(?:し|する|され)|委託を受け|の委託(?:により|を受け|で)|"
        "(?:システム|サーバー?|サイト|ホームページ)?(?:の)?(?:運用|運営|保守|管理|開発)(?:委託先|"
        "会社|業者|事業者)|"
        "運用保守(?:業者|会社|事業者)|サービス提供(?:事業者|会社|元)"_s);
    return re;
}

// What happened: the sentence tells the incident, not a wish.
const QRegularExpression &incident()
{
    static const QRegularExpression re(
        u"漏えい|漏洩|流出|誤送信|誤送付|誤って|送信|送付|閲覧|公開|掲載|表示|不正(?:な)?アクセス|"
        u"攻撃|感染|"
        "ランサムウェア|紛失|盗難|被害|設定|誤り|ミス|不備|判明|発覚|発生|報告|作成|制作|事案|事故|"
        "影響|"
        "改修|作業|起因"_s);
    return re;
}

// A breach at a partner or a provider: the attack words a sentence must hold for them.
const QRegularExpression &attack()
{
    static const QRegularExpression re(u"不正(?:な)?アクセス|サイバー攻撃|攻撃を受|ランサムウェア|"
                                       u"マルウェア|ウイルス|ウィルス|感染|改ざん|"
                                       "改竄|侵害|侵入"_s);
    return re;
}

const QRegularExpression &partnerOrProvider()
{
    static const QRegularExpression re(
        u"取引先(?:企業|様|である|の)|を提供(?:する|している)[^。、]{0,20}?(?:株式会社|事業者|企業|"
        "(?<![当弊自本])(?:会社|社(?![員内会])))|(?<!当社|弊社|自社|本学|当院)(?:管理|提供|"
        "クラウド)?サービス"
        "(?:へ|に対する)の?不正(?:な)?アクセス|提供元|ベンダー"_s);
    return re;
}

// Intentions, requests and oversight: "徹底します", "求める", "監督".
const QRegularExpression &boilerplate()
{
    static const QRegularExpression re(
        u"徹底|監督|管理体制|再発防止|努め|努力|求め|要請|指導|依頼し|強化|見直|予定|検討|今後|"
        "まいります|参ります"_s);
    return re;
}

bool judge(QStringView sentence, bool isTitle, ThirdPartyFinding *out)
{
    if (!isTitle && boilerplate().match(sentence).hasMatch())
        return false;
    if (const auto m = entrusted().match(sentence);
        m.hasMatch() && (isTitle || incident().match(sentence).hasMatch())) {
        *out = {true, m.captured(), NoticeSections::evidence(sentence)};
        return true;
    }
    if (const auto m = partnerOrProvider().match(sentence);
        m.hasMatch() && attack().match(sentence).hasMatch()) {
        *out = {true, m.captured(), NoticeSections::evidence(sentence)};
        return true;
    }
    return false;
}

} // namespace

ThirdPartyFinding ThirdPartyDetector::detect(QStringView title, QStringView body)
{
    ThirdPartyFinding found;
    const QString t = CountExtractor::normalize(title);
    if (judge(t, true, &found))
        return found;
    const QString text = CountExtractor::normalize(body);
    const qsizetype n = text.size();
    const QList<bool> ends = NoticeSections::sentenceEnds(text);
    for (qsizetype s = 0; s < n;) {
        qsizetype e = s;
        while (e < n && !ends[e])
            ++e;
        const QStringView sentence = QStringView(text).sliced(s, e - s);
        if (!text::isBlank(sentence)) {
            const qsizetype ls = NoticeSections::lineStart(text, s);
            const QStringView heading = NoticeSections::headingAbove(text, ls);
            if (!NoticeSections::isAftermathHeading(heading) && judge(sentence, false, &found))
                return found;
        }
        s = e + 1;
    }
    return found;
}

} // namespace jikenbo
