// SPDX-License-Identifier: GPL-3.0-or-later
// The classification rules: one or more notices per cause (sentences written for these tests),
// precedence (outranks), denied mentions, sectors, confidence, explanations, the prefilter and
// broken rules files.
#include "TestSupport.h"
#include "classify/ActiveRules.h"
#include "classify/Classifier.h"
#include "core/PatternPrefilter.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "core/TextChars.h"
#include "core/TextUtil.h"
#include "core/ParsedPost.h"
#include "ingest/SourceReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

ParsedPost post(const QString &organization, const QString &title, const QString &body,
                const QStringList &labels = {})
{
    ParsedPost p;
    p.caseId = u"2025-900"_s;
    p.organization = organization;
    p.title = organization + u' ' + title;
    p.body = body;
    p.labels = labels;
    return p;
}

using test::writeFile;

// A minimal valid rules file, to break one piece at a time.
QByteArray rulesWith(const QByteArray &causeRule, const QByteArray &extra = {})
{
    return "{ \"causes\": { \"loss_theft\": [ " + causeRule +
           " ] }, \"sectors\": { \"medical\": "
           "[ { \"id\": \"hospital\", \"pattern\": \"病院\", \"organization\": 10 } ] }" +
           extra + " }";
}

} // namespace

class TestClassify : public QObject
{
    Q_OBJECT

    const Classifier m_classifier{Taxonomy::builtIn(), RuleSet::builtIn()};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void causes_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("cause");

        QTest::newRow("unauthorized login")
            << u"株式会社サクラ商会"_s << u"当社通販サイトへの不正ログインについて"_s
            << u"他社サービスから流出したとみられるIDとパスワードの組み合わせにより、第三者が会員アカウントにログインしたことを確認しました。"_s
            << u"unauthorized_access"_s;
        QTest::newRow("unauthorized access, phishing")
            << u"ひまわり市"_s << u"職員メールアカウントの不正利用について"_s
            << u"職員が偽のログイン画面に誘導するフィッシングメールにIDとパスワードを入力し、アカウントが乗っ取られました。"_s
            << u"unauthorized_access"_s;
        QTest::newRow("ransomware in the title")
            << u"株式会社ミドリ運輸"_s << u"ランサムウェア被害の発生について"_s
            << u"社内の業務サーバーが攻撃を受けました。"_s << u"ransomware"_s;
        QTest::newRow("ransomware named as the harm outranks the way in")
            << u"株式会社コナラ精機"_s << u"当社サーバーへの不正アクセスについて"_s
            << u"VPN機器を経由した不正アクセスを受け、業務サーバーがランサムウェアに感染し、ファイルが暗号化されました。"_s
            << u"ransomware"_s;
        QTest::newRow("malware")
            << u"あおば町"_s << u"職員用パソコンのマルウェア感染について"_s
            << u"職員が取引先を装ったメールの添付ファイルを開いたところ、Emotetに感染し、不審なメールが送信されました。"_s
            << u"malware"_s;
        QTest::newRow("exploited vulnerability")
            << u"一般財団法人 みらい文化財団"_s << u"当財団ウェブサイトへの不正アクセスについて"_s
            << u"ウェブサイトで利用しているCMSのプラグインの脆弱性を悪用した不正アクセスにより、問い合わせフォームの送信内容が窃取されました。"_s
            << u"vulnerability"_s;
        QTest::newRow("misconfiguration")
            << u"株式会社ホシノ"_s << u"顧客情報が閲覧可能となっていたことについて"_s
            << u"クラウドストレージの共有設定に誤りがあり、リンクを知っていれば誰でも閲覧できる状態でした。"_s
            << u"misconfiguration"_s;
        QTest::newRow("mis-send, bcc")
            << u"かえで市"_s << u"電子メールの誤送信について"_s
            << u"職員が講座の受講者あてにメールを送る際、宛先をBCCとすべきところTOに入力したため、受講者32名のメールアドレスが互いに見える状態で送信されました。"_s
            << u"mis_operation"_s;
        QTest::newRow("wrong publication")
            << u"こまち県"_s << u"ホームページへの個人情報の誤掲載について"_s
            << u"審査結果の資料を掲載する際、応募者の氏名を消していない版を誤って掲載しました。"_s
            << u"mis_operation"_s;
        QTest::newRow("a staff mistake, not a setting")
            << u"株式会社ツバメ企画"_s << u"キャンペーン応募者情報の漏えいについて"_s
            << u"応募者の申込画面で他の応募者の氏名が閲覧できる状況になっていました。原因はデータ登録作業時のミスによるものです。"_s
            << u"mis_operation"_s;
        QTest::newRow("lost USB memory")
            << u"みなと区"_s << u"個人情報を含むUSBメモリの紛失について"_s
            << u"職員が帰宅途中にUSBメモリを紛失したことが分かりました。"_s << u"loss_theft"_s;
        QTest::newRow("stolen laptop")
            << u"株式会社イズミ設計"_s << u"業務用ノートパソコンの盗難について"_s
            << u"社員が駐車場に停めた車の窓ガラスが割られ、車内のノートパソコンが盗まれました。"_s
            << u"loss_theft"_s;
        QTest::newRow("former staff took data")
            << u"株式会社カモメ保険"_s << u"元従業員による顧客情報の持ち出しについて"_s
            << u"退職した従業員が在職中に顧客名簿を私物の記録媒体に複製し、転職先で営業に利用していました。"_s
            << u"insider"_s;
        QTest::newRow("staff fell for a tech-support scam")
            << u"さくら商工会"_s << u"職員のパソコンへの不正アクセスについて"_s
            << u"職員がインターネット閲覧中に表示された偽の警告画面の電話番号に電話をかけ、指示に従って遠隔操作ソフトをインストールしました。"_s
            << u"insider"_s;
        QTest::newRow("officer arrested")
            << u"あさひ県警"_s << u"巡査部長を逮捕"_s
            << u"巡査部長が捜査資料に記載された個人情報を知人に漏らしたとして逮捕されました。"_s
            << u"insider"_s;
        QTest::newRow("purpose violation")
            << u"こだま市"_s << u"住民情報の目的外利用について"_s
            << u"選挙事務のために作成した名簿を、別の事業の案内の送付に利用していたことが分かりました。"_s
            << u"purpose_violation"_s;
        QTest::newRow("defacement is other")
            << u"株式会社ナミキ"_s << u"当社ホームページの改ざんについて"_s
            << u"トップページが書き換えられ、閲覧すると別のサイトへ誘導される状態でした。"_s
            << u"other"_s;
        QTest::newRow("access by an outsider, then tampering, is unauthorized access")
            << u"株式会社ナミキ"_s << u"当社ホームページの改ざんについて"_s
            << u"第三者から不正アクセスを受け、決済プログラムが改ざんされ、決済画面に入力されたカー"
               u"ド情報"
               u"が"
               "窃取されました。"_s
            << u"unauthorized_access"_s;
        QTest::newRow("a mail server used as a relay")
            << u"みさと町"_s << u"町メールサーバの不正利用について"_s
            << u"町のメールサーバが外部の第三者に踏み台として利用され、大量の迷惑メールが送信されました。"_s
            << u"unauthorized_access"_s;
        QTest::newRow("mail to the wrong people")
            << u"株式会社ツバメ企画"_s << u"お客様情報の漏えいについて"_s
            << u"担当者が見積書を送付する際、宛先を誤り、別のお客様あてに送信しました。"_s
            << u"mis_operation"_s;
        QTest::newRow("a form's setting exposed the answers, title says 誤掲載")
            << u"ゆずは県"_s << u"イベント申込者の個人情報の誤掲載について"_s
            << u"申込フォームを作成した際、人為的ミスにより「結果の概要を表示する」機能を誤って有効"
               u"に"
               "設定したため、他の申込者の氏名と電話番号が閲覧できる状態となっていました。"_s
            << u"misconfiguration"_s;
        QTest::newRow("support scam without its name")
            << u"一般社団法人 ほしぞら協会"_s << u"当会パソコンへの不正アクセスについて"_s
            << u"職員がウェブ閲覧中に出た偽の広告から、表示された番号に電話をかけ、電話の相手の"
               "指示に従ってソフトを入れたところ、端末が外から操作されました。"_s
            << u"insider"_s;
        QTest::newRow("ddos is other")
            << u"はやて村"_s << u"村ホームページへのDDoS攻撃について"_s
            << u"大量の通信が集中し、ホームページが閲覧しにくい状態となりました。"_s << u"other"_s;
        QTest::newRow("a denied mention does not count")
            << u"株式会社トキワ"_s << u"当社サーバーへの不正アクセスについて"_s
            << u"第三者による不正アクセスを確認しました。なお、マルウェア感染の痕跡は確認されておりません。ランサムウェアによる被害はありません。"_s
            << u"unauthorized_access"_s;
        QTest::newRow("nothing to go on") << u"株式会社アオイ"_s << u"お知らせ"_s
                                          << u"本日、ホームページを更新しました。"_s << u"other"_s;
    }

    void causes()
    {
        QFETCH(QString, organization);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, cause);
        const Classification c = m_classifier.classify(post(organization, title, body));
        QCOMPARE(c.causeOrigin, u"rule"_s);
        QVERIFY2(c.cause == cause,
                 qPrintable(c.cause + u" "_s +
                            QString::fromUtf8(QJsonDocument(c.causeCall.toJson()).toJson())));
    }

    void sectors_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("sector");
        const QString plain = u"個人情報の取り扱いについてお知らせします。"_s;
        QTest::newRow("city") << u"ひばり市"_s << plain << u"local_government"_s;
        QTest::newRow("prefecture and city")
            << u"山河県こだま市"_s << plain << u"local_government"_s;
        QTest::newRow("ward") << u"東京都みなと区"_s << plain << u"local_government"_s;
        QTest::newRow("village") << u"はやて村"_s << plain << u"local_government"_s;
        QTest::newRow("city commission")
            << u"ひばり市選挙管理委員会"_s << plain << u"local_government"_s;
        QTest::newRow("city council") << u"ひばり市議会"_s << plain << u"local_government"_s;
        QTest::newRow("fire department") << u"ひばり市消防局"_s << plain << u"local_government"_s;
        QTest::newRow("prefectural police") << u"あさひ県警"_s << plain << u"police"_s;
        QTest::newRow("police headquarters") << u"山河県警察本部"_s << plain << u"police"_s;
        QTest::newRow("university") << u"青嶺大学"_s << plain << u"education"_s;
        QTest::newRow("school corporation") << u"学校法人 翠星学園"_s << plain << u"education"_s;
        QTest::newRow("board of education") << u"ひばり市教育委員会"_s << plain << u"education"_s;
        QTest::newRow("hospital") << u"みさき総合病院"_s << plain << u"medical"_s;
        QTest::newRow("city hospital") << u"ひばり市立病院"_s << plain << u"medical"_s;
        QTest::newRow("university hospital")
            << u"国立大学法人 青嶺大学医学部附属病院"_s << plain << u"medical"_s;
        QTest::newRow("ministry") << u"国土基盤省"_s << plain << u"central_government"_s;
        QTest::newRow("agency") << u"情報基盤庁"_s << plain << u"central_government"_s;
        QTest::newRow("national commission")
            << u"データ保護委員会"_s << plain << u"central_government"_s;
        QTest::newRow("kabushiki kaisha") << u"株式会社ミズホ化学"_s << plain << u"company"_s;
        QTest::newRow("(kabu)") << u"ミズホ化学(株)"_s << plain << u"company"_s;
        QTest::newRow("godo kaisha") << u"合同会社テラス"_s << plain << u"company"_s;
        QTest::newRow("sports club run by a company")
            << u"株式会社ひばりフットボールクラブ"_s << plain << u"company"_s;
        QTest::newRow("katakana brand") << u"ヒカリネット"_s << plain << u"company"_s;
        QTest::newRow("health insurance union")
            << u"山河印刷健康保険組合"_s << plain << u"association"_s;
        QTest::newRow("incorporated association")
            << u"一般社団法人 日本星見協会"_s << plain << u"association"_s;
        QTest::newRow("chamber of commerce") << u"ひばり市商工会"_s << plain << u"association"_s;
        QTest::newRow("social welfare council")
            << u"ひばり市社会福祉協議会"_s << plain << u"association"_s;
        QTest::newRow("public interest foundation")
            << u"公益財団法人 みらい文化財団"_s << plain << u"association"_s;
        QTest::newRow("independent administrative agency")
            << u"独立行政法人 海洋気象研究機構"_s << plain << u"other"_s;
        QTest::newRow("special corporation") << u"特殊法人 中央競技振興会"_s << plain << u"other"_s;
    }

    void sectors()
    {
        QFETCH(QString, organization);
        QFETCH(QString, body);
        QFETCH(QString, sector);
        const Classification c = m_classifier.classify(post(organization, u"お知らせ"_s, body));
        QVERIFY2(c.sector == sector,
                 qPrintable(c.sector + u" "_s +
                            QString::fromUtf8(QJsonDocument(c.sectorCall.toJson()).toJson())));
    }

    // Source label over rules; labels the taxonomy does not know leave the rules in charge.
    void labelsDecide()
    {
        const ParsedPost p =
            post(u"株式会社ナギサ"_s, u"USBメモリの紛失について"_s,
                 u"社員がUSBメモリを紛失しました。"_s, {u"インシデント:内部犯行"_s});
        Classification c = m_classifier.classify(p);
        QCOMPARE(c.cause, u"insider"_s);
        QCOMPARE(c.causeOrigin, u"label"_s);
        QCOMPARE(c.causeLabel, u"インシデント:内部犯行"_s);
        QCOMPARE(c.causeCall.key, u"loss_theft"_s); // the rules' own call stays visible

        // The blog's label URLs write a full-width colon.
        c = m_classifier.classify(
            post(u"株式会社ナギサ"_s, u"お知らせ"_s, QString(), {u"インシデント：設定ミス"_s}));
        QCOMPARE(c.cause, u"misconfiguration"_s);
        QCOMPARE(c.causeOrigin, u"label"_s);

        c = m_classifier.classify(post(u"株式会社ナギサ"_s, u"USBメモリの紛失について"_s, QString(),
                                       {u"インシデント:宇宙人"_s}));
        QCOMPARE(c.cause, u"loss_theft"_s);
        QCOMPARE(c.causeOrigin, u"rule"_s);

        // The blog's labels that name no cause: a topic, a stage of the case, the kind of post.
        for (const QString &label :
             {u"スクラップ"_s, u"セキュリティインシデント"_s, u"インシデント:2次被害"_s,
              u"インシデント：2次被害"_s, u"最終報告"_s}) {
            c = m_classifier.classify(
                post(u"株式会社ナギサ"_s, u"USBメモリの紛失について"_s, QString(), {label}));
            QVERIFY2(c.causeOrigin == u"rule"_s, qPrintable(label));
            QCOMPARE(c.cause, u"loss_theft"_s);
            QVERIFY(c.causeLabel.isEmpty());
        }
    }

    void confidenceMeansSomething()
    {
        // Stated in the title and the body, nothing else in sight: trusted.
        const Classification strong = m_classifier.classify(
            post(u"株式会社ナギサ"_s, u"ノートパソコンの盗難について"_s,
                 u"社員の自宅に空き巣が入り、業務用ノートパソコンが盗まれました。"_s));
        QVERIFY2(strong.causeCall.confidence >= 0.8,
                 qPrintable(QString::number(strong.causeCall.confidence)));
        // One passing mention in the body: flagged for a look.
        const Classification thin = m_classifier.classify(
            post(u"株式会社ナギサ"_s, u"お客様情報に関するお知らせ"_s,
                 u"お客様の情報が第三者に閲覧できる状態であったことが分かりました。"_s));
        QVERIFY2(thin.causeCall.confidence < 0.5,
                 qPrintable(QString::number(thin.causeCall.confidence)));
        // Two causes with similar evidence: contested.
        const Classification contested =
            m_classifier.classify(post(u"株式会社ナギサ"_s, u"お知らせ"_s,
                                       u"書類を紛失しました。また、メールを誤送信しました。"_s));
        QVERIFY(contested.causeCall.confidence < strong.causeCall.confidence);
        QVERIFY2(contested.causeCall.confidence < 0.5,
                 qPrintable(QString::number(contested.causeCall.confidence)));
        // Nothing scored: the fallback, with no confidence at all.
        const Classification none =
            m_classifier.classify(post(u"株式会社ナギサ"_s, u"お知らせ"_s, u"更新しました。"_s));
        QVERIFY(none.causeCall.fallback);
        QCOMPARE(none.causeCall.confidence, 0.0);
    }

    void explanationNamesRulesAndRunnerUp()
    {
        const Classification c = m_classifier.classify(
            post(u"株式会社コナラ精機"_s, u"当社サーバーへの不正アクセスについて"_s,
                 u"業務サーバーがランサムウェアに感染しました。"_s));
        const QJsonObject o = c.causeCall.toJson();
        QCOMPARE(o.value(u"key"_s).toString(), u"ransomware"_s);
        QCOMPARE(o.value(u"runner_up"_s).toString(), u"unauthorized_access"_s);
        QVERIFY(!o.value(u"rules"_s).toArray().isEmpty());
        const QJsonObject first = o.value(u"rules"_s).toArray().first().toObject();
        QVERIFY(first.contains(u"rule"_s) && first.contains(u"field"_s) &&
                first.contains(u"weight"_s));
        QVERIFY(!o.value(u"runner_up_rules"_s).toArray().isEmpty());
        QVERIFY(o.value(u"scores"_s).toObject().contains(u"unauthorized_access"_s));
        QVERIFY(o.value(u"outranks"_s).toArray().contains(u"unauthorized_access"_s));
        QVERIFY(o.contains(u"confidence"_s));
    }

    void prefilterFirstCharacters_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("first"); // empty: no filter
        QTest::newRow("alternatives") << u"ランサムウ[ェエ]ア|ransomware"_s << u"rラ"_s;
        QTest::newRow("lookbehind") << u"(?<!コロナ)感染(?!症)"_s << u"感"_s;
        QTest::newRow("optional first") << u"a?b"_s << u"ab"_s;
        QTest::newRow("starred group") << u"(?:x|y)*z"_s << u"xyz"_s;
        QTest::newRow("class") << u"[ア-ウ]の"_s << u"アィイゥウ"_s;
        QTest::newRow("digits") << u"\\d+件"_s << u"0123456789"_s;
        QTest::newRow("escaped paren") << u"\\(株\\)"_s << u"("_s;
        QTest::newRow("counted, may be none") << u"x{0,2}y"_s << u"xy"_s;
        QTest::newRow("negated class") << u"[^a]b"_s << QString();
        QTest::newRow("property") << u"^\\p{Han}+市$"_s << QString();
        QTest::newRow("dot") << u".*紛失"_s << QString();
        QTest::newRow("may be empty") << u"a?"_s << QString();
        QTest::newRow("inline option") << u"(?i)abc"_s << QString();
    }

    void prefilterFirstCharacters()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, first);
        const PatternPrefilter f = PatternPrefilter::forPattern(pattern);
        QString got;
        for (char16_t c : f.firstChars())
            got += QChar(c);
        QCOMPARE(f.filters(), !first.isEmpty());
        QString expected = first;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(got, expected);
    }

    // The prefilter never hides a match: every built-in rule over the sample corpus.
    void prefilterNeverHidesAMatch()
    {
        QStringList texts;
        const QDir sample(test::sourceDir() + u"/resources/sample"_s);
        for (const QString &name : sample.entryList({u"*.txt"_s}, QDir::Files)) {
            auto read = SourceReader::readFile(sample.filePath(name));
            QVERIFY2(read.ok(), qPrintable(read.error()));
            for (const ParsedPost &p : read->page.incidents) {
                texts << text::nfkc(p.body).toCaseFolded() << text::nfkc(p.title).toCaseFolded()
                      << text::nfkc(p.organization).toCaseFolded();
            }
        }
        QVERIFY(texts.size() > 100);
        int matches = 0;
        const RuleSet &rules = RuleSet::builtIn();
        for (const QList<Rule> *list : {&rules.causeRules(), &rules.sectorRules()}) {
            for (const Rule &r : *list) {
                for (const QString &t : std::as_const(texts)) {
                    if (r.pattern.match(t).hasMatch()) {
                        ++matches;
                        QVERIFY2(r.prefilter.mayMatch(TextChars(t)), qPrintable(r.id));
                    }
                }
            }
        }
        QVERIFY(matches > 100);
    }

    void brokenRulesFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mustName");
        const QByteArray good = "{ \"id\": \"lost\", \"pattern\": \"紛失\", \"title\": 8 }";
        QTest::newRow("not json") << QByteArray("{ \"causes\": ") << u"invalid JSON"_s;
        QTest::newRow("bad pattern")
            << rulesWith("{ \"id\": \"lost-bad\", \"pattern\": \"紛失(\", \"body\": 3 }")
            << u"lost-bad"_s;
        QTest::newRow("unknown cause")
            << QByteArray("{ \"causes\": { \"aliens\": [] }, \"sectors\": {} }") << u"aliens"_s;
        QTest::newRow("weight not a number")
            << rulesWith("{ \"id\": \"lost-w\", \"pattern\": \"紛失\", \"body\": \"3\" }")
            << u"lost-w"_s;
        QTest::newRow("misspelt field")
            << rulesWith("{ \"id\": \"lost-f\", \"pattern\": \"紛失\", \"titel\": 3 }")
            << u"titel"_s;
        QTest::newRow("no weight")
            << rulesWith("{ \"id\": \"lost-n\", \"pattern\": \"紛失\" }") << u"lost-n"_s;
        QTest::newRow("no id") << rulesWith("{ \"pattern\": \"紛失\", \"body\": 3 }")
                               << u"loss_theft[0]"_s;
        QTest::newRow("matches empty text")
            << rulesWith("{ \"id\": \"lost-e\", \"pattern\": \"(?:紛失)?\", \"body\": 3 }")
            << u"lost-e"_s;
        QTest::newRow("duplicate id") << rulesWith(good + ", " + good) << u"lost"_s;
        QTest::newRow("outranks an unknown key")
            << rulesWith(good, ", \"cause_outranks\": [ { \"category\": \"loss_theft\", "
                               "\"min_score\": 5, \"over\": [ \"aliens\" ] } ]")
            << u"aliens"_s;
        QTest::newRow("outranks when an unknown rule fired")
            << rulesWith(good, ", \"cause_outranks\": [ { \"category\": \"loss_theft\", "
                               "\"when_rules\": [ \"stolen\" ], \"over\": [ \"insider\" ] } ]")
            << u"stolen"_s;
        QTest::newRow("no causes") << QByteArray("{ \"sectors\": {} }") << u"causes"_s;
    }

    void brokenRulesFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mustName);
        const QString path =
            m_dir.filePath(u"broken-%1.json"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        QVERIFY(writeFile(path, json));

        ActiveRules active;
        const Status s = active.useFile(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(path), qPrintable(s.error()));
        QVERIFY2(s.error().contains(mustName), qPrintable(s.error()));
        QVERIFY2(!s.error().contains(u'\n'), qPrintable(s.error()));
        // The built-in rules stay in force.
        QVERIFY(active.isBuiltIn());
        QCOMPARE(&active.rules(), &RuleSet::builtIn());
        const Classification c = active.classifier().classify(
            post(u"株式会社ナギサ"_s, u"書類の紛失について"_s, u"書類を紛失しました。"_s));
        QCOMPARE(c.cause, u"loss_theft"_s);
    }

    void userRulesFile()
    {
        // A user's file that files every loss under insider.
        const QString path = m_dir.filePath(u"mine.json"_s);
        QVERIFY(writeFile(path, "{ \"causes\": { \"insider\": [ { \"id\": \"my-lost\", "
                                "\"pattern\": \"紛失\", \"title\": 8, \"body\": 4 } ] }, "
                                "\"sectors\": {} }"));
        ActiveRules active;
        QVERIFY(active.useFile(path).ok());
        QVERIFY(!active.isBuiltIn());
        QCOMPARE(active.userFile(), path);
        const ParsedPost p =
            post(u"株式会社ナギサ"_s, u"書類の紛失について"_s, u"書類を紛失しました。"_s);
        QCOMPARE(active.classifier().classify(p).cause, u"insider"_s);

        // A broken file afterwards leaves the user's rules in force.
        const QString broken = m_dir.filePath(u"mine-broken.json"_s);
        QVERIFY(writeFile(broken, "{"));
        QVERIFY(!active.useFile(broken).ok());
        QCOMPARE(active.userFile(), path);
        QCOMPARE(active.classifier().classify(p).cause, u"insider"_s);

        active.useBuiltIn();
        QVERIFY(active.isBuiltIn());
        QCOMPARE(active.classifier().classify(p).cause, u"loss_theft"_s);

        QVERIFY(!active.useFile(m_dir.filePath(u"nowhere.json"_s)).ok());
    }

    void builtInRulesAreValid()
    {
        const RuleSet &r = RuleSet::builtIn();
        QVERIFY(!r.causeRules().isEmpty());
        QVERIFY(!r.sectorRules().isEmpty());
        QVERIFY(!r.causeOutranks().isEmpty());
        // Every cause and sector of the taxonomy has rules.
        const Taxonomy &t = Taxonomy::builtIn();
        for (const Category &c : t.causes()) {
            bool any = false;
            for (const Rule &rule : r.causeRules())
                any = any || rule.category == c.key;
            QVERIFY2(any, qPrintable(c.key));
        }
        for (const Category &c : t.sectors()) {
            bool any = false;
            for (const Rule &rule : r.sectorRules())
                any = any || rule.category == c.key;
            QVERIFY2(any, qPrintable(c.key));
        }
    }
};

QTEST_GUILESS_MAIN(TestClassify)
#include "tst_classify.moc"
