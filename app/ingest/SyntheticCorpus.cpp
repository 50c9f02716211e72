// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticCorpus.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// SplitMix64: small, fast, reproducible across platforms.
struct Rng
{
    uint64_t s;
    uint64_t next()
    {
        uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % uint64_t(n)); }
    template<typename T, size_t N> const T &pick(const T (&a)[N]) { return a[below(int(N))]; }
};

const char16_t *const placeStems[] = {u"北浜",   u"青葉",   u"白樺",   u"月見野", u"桜ヶ丘",
                                      u"緑川",   u"東雲",   u"若葉",   u"鈴蘭",   u"星見",
                                      u"朝日野", u"潮見",   u"菜の花", u"霧島台", u"松風",
                                      u"山吹",   u"水無月", u"紅葉台", u"夕凪",   u"葵"};
const char16_t *const companyStems[] = {
    u"ミナトデータ", u"アオバ精工", u"ハヤセ物流", u"ソラノ通信", u"クレハシステム", u"ツバキ電機",
    u"カザミ商事",   u"ヒカリ製薬", u"ナギサ建設", u"ホシノ食品", u"イロハ書房",     u"コダマ運輸"};

struct Kind
{
    const char16_t *sectorSuffix;
    int sector; // 0 company, 1 city, 2 hospital, 3 university, 4 police, 5 association, 6 agency
};

struct CauseText
{
    const char16_t *title;
    const char16_t *body;
};

const CauseText causes[] = {
    {u"不正アクセスによる個人情報漏えいの可能性について",
     u"当社が運営するサーバーに対し第三者による不正アクセスが確認されました。"},
    {u"ランサムウェア被害の発生について",
     u"社内サーバーの一部がランサムウェアに感染し、ファイルが暗号化されました。"},
    {u"マルウェア感染に関するお知らせ",
     u"職員の端末がマルウェアに感染し、不審なメールが送信されました。"},
    {u"ウェブサイトの脆弱性を悪用された不正アクセスについて",
     u"ウェブアプリケーションの脆弱性を突いた攻撃を受けました。"},
    {u"設定不備による個人情報の閲覧可能状態について",
     u"クラウドストレージの公開設定に誤りがあり、外部から閲覧できる状態となっていました。"},
    {u"メールの誤送信について", u"案内メールを送信する際、宛先をBCCではなくTOに設定したため、メール"
                                u"アドレスが他の受信者に表示されました。"},
    {u"個人情報を含むUSBメモリの紛失について",
     u"職員が個人情報を保存したUSBメモリを紛失したことが判明しました。"},
    {u"元従業員による情報の不正な持ち出しについて",
     u"退職した元従業員が在職中に顧客情報を不正に持ち出していたことが判明しました。"},
    {u"個人情報の目的外利用について",
     u"職員が業務で取得した個人情報を目的外に利用していたことが判明しました。"},
    {u"ホームページ改ざんに関するお詫び",
     u"当方のホームページが改ざんされ、不正なページが表示される状態となっていました。"},
};

// The vocabulary of the varied text, most frequent first (drawn with a long tail).
const char16_t *const nouns[] = {u"個人情報",
                                 u"お客様",
                                 u"職員",
                                 u"委託先",
                                 u"システム",
                                 u"メールアドレス",
                                 u"氏名",
                                 u"電話番号",
                                 u"サーバー",
                                 u"パスワード",
                                 u"端末",
                                 u"業務",
                                 u"会員",
                                 u"住所",
                                 u"ファイル",
                                 u"調査",
                                 u"外部",
                                 u"関係機関",
                                 u"ネットワーク",
                                 u"利用者",
                                 u"データ",
                                 u"担当者",
                                 u"管理体制",
                                 u"再発防止策",
                                 u"サーバ",
                                 u"アカウント",
                                 u"ログイン",
                                 u"不正アクセス",
                                 u"クラウド",
                                 u"取引先",
                                 u"患者",
                                 u"生徒",
                                 u"保護者",
                                 u"顧客情報",
                                 u"ウェブサイト",
                                 u"通知",
                                 u"書類",
                                 u"漏えい",
                                 u"漏洩",
                                 u"暗号化",
                                 u"認証",
                                 u"多要素認証",
                                 u"バックアップ",
                                 u"ログ",
                                 u"記録",
                                 u"媒体",
                                 u"名簿",
                                 u"申込書",
                                 u"健康診断",
                                 u"診療情報",
                                 u"成績",
                                 u"給与明細",
                                 u"口座番号",
                                 u"クレジットカード",
                                 u"有効期限",
                                 u"セキュリティコード",
                                 u"暗証番号",
                                 u"ユーザー",
                                 u"ユーザ",
                                 u"ID",
                                 u"権限",
                                 u"設定",
                                 u"共有設定",
                                 u"公開範囲",
                                 u"閲覧",
                                 u"削除",
                                 u"復旧",
                                 u"停止",
                                 u"隔離",
                                 u"監視",
                                 u"点検",
                                 u"監査",
                                 u"研修",
                                 u"教育",
                                 u"手順",
                                 u"規程",
                                 u"誓約書",
                                 u"第三者委員会",
                                 u"調査会社",
                                 u"警察",
                                 u"所轄警察署",
                                 u"個人情報保護委員会",
                                 u"監督官庁",
                                 u"弁護士",
                                 u"フォレンジック調査",
                                 u"脆弱性診断",
                                 u"不審なメール",
                                 u"添付ファイル",
                                 u"標的型攻撃",
                                 u"フィッシング",
                                 u"なりすまし",
                                 u"不正送金",
                                 u"サポート詐欺",
                                 u"遠隔操作",
                                 u"持ち出し",
                                 u"私用端末",
                                 u"公用携帯電話",
                                 u"郵便物",
                                 u"宛名",
                                 u"封入",
                                 u"誤送付",
                                 u"誤配信",
                                 u"ファクシミリ",
                                 u"誤表示",
                                 u"アクセス権限",
                                 u"置き忘れ",
                                 u"車上荒らし",
                                 u"盗難",
                                 u"紛失届",
                                 u"遺失物届",
                                 u"身代金",
                                 u"脅迫文",
                                 u"窃取",
                                 u"改ざん",
                                 u"誤廃棄",
                                 u"シュレッダー",
                                 u"保管庫",
                                 u"施錠",
                                 u"入退室管理",
                                 u"防犯カメラ",
                                 u"ウイルス対策ソフト",
                                 u"ウィルス",
                                 u"更新プログラム",
                                 u"ファイアウォール",
                                 u"通信記録",
                                 u"踏み台",
                                 u"攻撃者",
                                 u"犯行声明",
                                 u"リークサイト",
                                 u"ダークウェブ",
                                 u"情報公開",
                                 u"謝罪文",
                                 u"相談窓口",
                                 u"コールセンター",
                                 u"専用ダイヤル",
                                 u"問い合わせ",
                                 u"問合せ",
                                 u"ランサムウエア",
                                 u"マルウエア",
                                 u"ソフトウェア",
                                 u"ハードウェア",
                                 u"電子カルテ",
                                 u"予約システム",
                                 u"会計システム",
                                 u"基幹システム",
                                 u"人事情報",
                                 u"採用応募者",
                                 u"卒業生",
                                 u"受験生",
                                 u"児童",
                                 u"園児",
                                 u"入居者",
                                 u"組合員",
                                 u"株主",
                                 u"加盟店",
                                 u"配送先",
                                 u"購入履歴",
                                 u"ポイント",
                                 u"景品",
                                 u"抽選",
                                 u"応募",
                                 u"アンケート",
                                 u"回答",
                                 u"画像",
                                 u"動画",
                                 u"写真",
                                 u"録音",
                                 u"指紋",
                                 u"顔写真",
                                 u"マイナンバー",
                                 u"住民票",
                                 u"戸籍",
                                 u"税務",
                                 u"年金",
                                 u"保険証",
                                 u"処方箋",
                                 u"検査結果"};
const char16_t *const products[] = {u"VPN",
                                    u"SSL-VPN",
                                    u"RDP",
                                    u"NAS",
                                    u"Microsoft 365",
                                    u"Google Workspace",
                                    u"Active Directory",
                                    u"WordPress",
                                    u"Apache",
                                    u"PHP",
                                    u"SQL",
                                    u"AWS",
                                    u"S3",
                                    u"Zoom",
                                    u"Slack",
                                    u"Box",
                                    u"Emotet",
                                    u"LockBit",
                                    u"Log4j",
                                    u"FortiGate",
                                    u"Exchange",
                                    u"Outlook",
                                    u"Salesforce",
                                    u"CMS"};
const char16_t *const verbs[] = {
    u"確認しました", u"判明しました", u"報告を受けました", u"発見しました", u"実施しました",
    u"停止しました", u"削除しました", u"依頼しました",     u"届け出ました", u"見直しました"};

// A word from a list, early ones much more often than late ones.
template<size_t N> QString skewed(Rng &r, const char16_t *const (&list)[N])
{
    const double u = double(r.next() >> 11) / double(1ull << 53);
    return QString::fromUtf16(list[std::min(N - 1, size_t(double(N) * u * u * u))]);
}

void variedSentences(Rng &r, const QString &place, QString &out)
{
    const int n = 2 + r.below(5);
    for (int i = 0; i < n; ++i) {
        switch (r.below(8)) {
        case 0:
            out += skewed(r, nouns) + u"の"_s + skewed(r, nouns) + u"について、"_s +
                   skewed(r, nouns) + u"を"_s + QString::fromUtf16(r.pick(verbs)) + u"。"_s;
            break;
        case 1:
            out += skewed(r, nouns) + u"に関する"_s + skewed(r, nouns) + u"が"_s +
                   skewed(r, nouns) + u"により外部に流出した可能性があります。"_s;
            break;
        case 2:
            out += u"%1の%2を経由して%3が行われたことを%4。"_s.arg(
                QString::fromUtf16(r.pick(products)), skewed(r, nouns), skewed(r, nouns),
                QString::fromUtf16(r.pick(verbs)));
            break;
        case 3:
            out += u"%1の脆弱性(CVE-%2-%3)が悪用されました。"_s
                       .arg(QString::fromUtf16(r.pick(products)))
                       .arg(2019 + r.below(6))
                       .arg(1000 + r.below(49000));
            break;
        case 4:
            out += u"%1警察署に%2を提出し、%3の%4を%5。"_s.arg(place, skewed(r, nouns),
                                                               skewed(r, nouns), skewed(r, nouns),
                                                               QString::fromUtf16(r.pick(verbs)));
            break;
        case 5:
            out += u"対象となった%1は%2件、%3は%4件です(受付番号%5)。"_s.arg(skewed(r, nouns))
                       .arg(1 + r.below(5000))
                       .arg(skewed(r, nouns))
                       .arg(1 + r.below(300))
                       .arg(100000 + r.below(900000));
            break;
        case 6:
            out += u"なお、"_s + skewed(r, nouns) + u"と"_s + skewed(r, nouns) + u"は"_s +
                   skewed(r, nouns) + u"で管理していました。"_s;
            break;
        default:
            out += u"現時点で"_s + skewed(r, nouns) + u"の"_s + skewed(r, nouns) +
                   u"は確認されておりません。"_s;
            break;
        }
    }
    out += u"\n\n"_s;
}

QString orgName(Rng &r, int *sector)
{
    const int k = r.below(7);
    *sector = k;
    const QString place = QString::fromUtf16(r.pick(placeStems));
    switch (k) {
    case 0:
        return u"株式会社"_s + QString::fromUtf16(r.pick(companyStems));
    case 1:
        return place + (r.below(2) ? u"市"_s : u"町"_s);
    case 2:
        return place + u"総合病院"_s;
    case 3:
        return place + u"大学"_s;
    case 4:
        return place + u"県警"_s;
    case 5:
        return u"一般社団法人 "_s + place + u"文化協会"_s;
    default:
        return u"独立行政法人"_s + place + u"研究機構"_s;
    }
}

QString dateText(Rng &r, const QDate &d)
{
    switch (r.below(5)) {
    case 0:
        return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month()).arg(d.day());
    case 1:
        return u"%1/%2/%3"_s.arg(d.year()).arg(d.month()).arg(d.day());
    case 2:
        return u"%1/%2/%3"_s.arg(d.year())
            .arg(d.month(), 2, 10, QChar(u'0'))
            .arg(d.day(), 2, 10, QChar(u'0'));
    case 3:
        return u"%1 年%2月 %3 日"_s.arg(d.year()).arg(d.month()).arg(d.day());
    default:
        return QString();
    }
}

QString eraDate(const QDate &d)
{
    const int y = d.year() - 2018;
    return u"令和%1年%2月%3日"_s.arg(y == 1 ? u"元"_s : QString::number(y))
        .arg(d.month())
        .arg(d.day());
}

void notice(Rng &r, const SyntheticCorpus::Options &o, int index, QString &out)
{
    const int years = std::max(1, 2025 - o.firstYear + 1);
    const int year = o.firstYear + (index * years) / std::max(1, o.notices);
    const QDate d = QDate(year, 1, 1).addDays(r.below(365));
    int sector = 0;
    const QString org = orgName(r, &sector);
    const CauseText &c = causes[r.below(int(std::size(causes)))];
    const int seq = 1 + (index % 999);
    const int affected = 1 + r.below(r.below(4) == 0 ? 100000 : 2000);
    const QString date = dateText(r, d);
    out += u"【セキュリティ事件簿#%1-%2】%3 %4"_s.arg(year)
               .arg(seq, 3, 10, QChar(u'0'))
               .arg(org, QString::fromUtf16(c.title));
    out += u" (No.%1)"_s.arg(index + 1);
    if (!date.isEmpty())
        out += u' ' + date;
    out += u"\n\n\n"_s;
    out += u"このたび、%1において、%2\n\n"_s.arg(org, QString::fromUtf16(c.body));
    out += u"1.経緯\n\n"_s;
    out +=
        u"%1、担当者が異常に気付き、調査を開始しました。%2に外部の専門機関へ調査を依頼しました。\n\n"_s
            .arg(eraDate(d), u"%1月%2日"_s.arg(d.addDays(2).month()).arg(d.addDays(2).day()));
    out += u"2.対象となる個人情報\n\n"_s;
    out += u"対象者数:%1名(氏名、住所、電話番号、メールアドレス)\n\n"_s.arg(
        QLocale::c().toString(affected));
    out += u"3.今後の対応\n\n"_s;
    if (o.variedText)
        variedSentences(r, QString::fromUtf16(r.pick(placeStems)), out);
    const int extra = r.below(6);
    for (int i = 0; i < extra; ++i)
        out +=
            u"関係する皆様には個別にご連絡を差し上げるとともに、再発防止策を徹底してまいります。情報管理体制を見直し、全職員に対する教育を実施いたします。\n"_s;
    out += u"\nご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。\n\n"_s;
}

void otherPost(Rng &r, QString &out)
{
    const char16_t *const titles[] = {
        u"週末の港町散歩と喫茶店めぐりの記録", u"小型キーボードを一か月使ってみた感想",
        u"初心者向けCTF演習の解き方メモ", u"セキュリティ勉強会の開催案内(オンライン)"};
    out += QString::fromUtf16(r.pick(titles)) + u"\n\n\n"_s;
    out += u"今回は普段の記事とは少し違う話題です。\n\n写真と一緒に感想を書いておきます。\n\n"_s;
}

} // namespace

QString SyntheticCorpus::page(const Options &o, int first, int count)
{
    QString out;
    out.reserve(count * 900);
    for (int i = first; i < first + count && i < o.notices; ++i) {
        Rng r{o.seed * 1000003ull + uint64_t(i)};
        notice(r, o, i, out);
        if (o.otherPostEvery > 0 && (i + 1) % o.otherPostEvery == 0)
            otherPost(r, out);
    }
    return out;
}

Result<qint64> SyntheticCorpus::write(const QString &dir, const Options &o)
{
    if (!QDir().mkpath(dir))
        return Result<qint64>::failure(
            QCoreApplication::translate("SyntheticCorpus", "%1: cannot create folder").arg(dir));
    qint64 bytes = 0;
    const int perFile = std::max(1, o.perFile);
    for (int first = 0, n = 1; first < o.notices; first += perFile, ++n) {
        QSaveFile f(dir + u"/page-%1.txt"_s.arg(n, 5, 10, QChar(u'0')));
        if (!f.open(QIODevice::WriteOnly))
            return Result<qint64>::failure(u"%1: %2"_s.arg(f.fileName(), f.errorString()));
        const QByteArray data = page(o, first, perFile).toUtf8();
        f.write(data);
        if (!f.commit())
            return Result<qint64>::failure(u"%1: %2"_s.arg(f.fileName(), f.errorString()));
        bytes += data.size();
    }
    return bytes;
}

} // namespace jikenbo
