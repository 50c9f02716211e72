// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace jikenbo {

// Whether an incident happened at or through a third party, and the words that say so.
struct ThirdPartyFinding
{
    bool viaContractor = false;
    QString cue;      // e.g. 委託先, 受託事業者, 運用会社
    QString evidence; // the sentence (or title) it was read from, NFKC, shortened
};

// Judges whether an incident happened at or through a contractor, supplier or service
// provider: the party entrusted with the work or the data (委託先, 再委託先, 受託者, 業務委託,
// a commissioned project), the company that runs or maintains the system, a business partner
// named as the one attacked (取引先), or the provider of a service named as the party breached
// ("…サービスを提供する株式会社…より、同社のシステムが不正アクセスを受けた").
//
// A notice names its contractor where it tells what happened: in the title, the summary or
// the account of events. Prevention and oversight are written in the same words but as
// intentions and requests ("委託先の管理を徹底します", "委託事業者に対し再発防止を求める",
// "委託先の監督"): sentences that promise, request or supervise, and sections on measures,
// prevention and inquiries, are not read. Services merely used (a form tool, a chat service,
// a data centre) do not count unless the notice says their provider was breached.
class ThirdPartyDetector
{
public:
    static ThirdPartyFinding detect(QStringView title, QStringView body);
};

} // namespace jikenbo
