// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticCorpus.h"

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
        return Result<qint64>::failure(u"%1: cannot create folder"_s.arg(dir));
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
