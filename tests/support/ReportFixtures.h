// SPDX-License-Identifier: GPL-3.0-or-later
// Fictional notices for the export and print tests (written for these tests; no real text).
#pragma once

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "ingest/SourceReader.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QString>

namespace jikenbo::test {

inline QString reportFixturePage()
{
    return QStringLiteral(
        u"【セキュリティ事件簿#2024-901】株式会社ミナセ精機 \"見積書\" 誤送信, 再発防止のお知らせ "
        u"2024/6/3\n\n\n"
        u"このたび、当社において、取引先に送付すべき見積書を別の取引先へ誤って送信する事案が発生し"
        u"ました。\n\n"
        u"1.経緯\n\n"
        u"2024年5月20日 担当者が見積書を電子メールで送信\n"
        u"2024年5月22日 受信した取引先からの連絡により誤送信が判明\n"
        u"2024年5月23日 送信先へ削除を依頼し、削除完了の報告を受領\n\n"
        u"2.対象となる情報\n\n"
        u"取引先の担当者氏名、見積金額 計12件\n\n"
        u"<b>太字にならない</b> &amp; <script>alert(1)</script> はそのまま表示されます。\n\n"
        u"【セキュリティ事件簿#2024-902】潮見台市 住民情報を含む書類の紛失について "
        u"2024年6月4日\n\n\n"
        u"令和6年5月30日、窓口で受け付けた申請書類1箱の紛失が発覚しました。\n"
        u"現時点で第三者による不正な利用は確認されておりません。\n\n"
        u"【セキュリティ事件簿#2024-903】医療法人星ヶ丘会 ランサムウェア被害について 2024/6/5\n\n\n"
        u"当法人の電子カルテサーバーがランサムウェアに感染し、診療に影響が生じました。\n"
        u"2024年6月1日に発生した障害について、6月3日に復旧しました。\n");
}

// `lines` numbered paragraphs of a fictional investigation report: many pages when printed.
inline QString longNoticePage(int lines)
{
    QString page = QStringLiteral(u"【セキュリティ事件簿#2024-950】一般財団法人みさき文化振興会 "
                                  u"会員情報への不正アクセスに関する調査報告 2024/7/10\n\n\n"
                                  u"このたび、当財団が運営する会員向けウェブサイトにおいて、第三者"
                                  u"による不正アクセスが発生しました。\n\n");
    for (int i = 1; i <= lines; ++i) {
        page += QStringLiteral(
                    u"(%1) 調査の結果、会員管理システムの第%1区画において記録の確認を行い、"
                    u"外部の専門機関と連携して原因の特定と再発防止策の検討を進めております。\n")
                    .arg(i);
    }
    page += QStringLiteral(u"\n以上\n");
    return page;
}

inline bool importText(Database &db, const QString &text, const QString &source)
{
    static const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
    auto read = SourceReader::readText(text);
    if (!read.ok())
        return false;
    Importer importer(db, classifier);
    const ImportSummary s = importer.importParsed(read->page, source);
    return s.errors.isEmpty() && s.added + s.updated + s.unchanged > 0;
}

} // namespace jikenbo::test
