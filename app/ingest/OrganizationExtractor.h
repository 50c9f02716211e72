// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace jikenbo {

// Reads the organisation a notice is about from its marker title, with the caption and the
// first body line as fallbacks. Rules, in order:
//  1. a legal form standing alone ("一般社団法人 大阪…") joins the next word;
//  2. a title opening with 「name」 names a service: the name minus words like オンラインストア;
//  3. a news-style title ("X県警の巡査が…", "Y市職員、…", "Z市教育ネットワーク…") gives the
//     police force or municipality it opens with;
//  4. a news-style title whose subject is someone else ("<gang>は、…") defers to the body's
//     first sentence when that opens with an organisation ("株式会社Aは、…");
//  5. otherwise a short caption line, then the text before "、", then the first word.
class OrganizationExtractor
{
public:
    static QString extract(QStringView title, QStringView caption, QStringView firstBodyLine);
    static bool hasLegalForm(QStringView name);
};

} // namespace jikenbo
