// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataKindVocabulary.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace jikenbo {

struct FoundDataKind
{
    QString key;      // a DataKindVocabulary key
    QString evidence; // the line or sentence it is named in (NFKC, shortened)
};

// Finds the kinds of personal data a notice says leaked (or were exposed, lost, mis-sent).
//
// Notices name the leaked data in a section of their own ("2. 漏えいした情報", "流出した個人情報
// (10組27名)", "【閲覧された可能性のある情報】", "当該情報:"), in a list announced by a sentence
// ("外部から取得できる状態にあった情報は以下の通りです。"), or in a sentence that says what
// leaked ("お客様のクレジットカード情報(2,726件)が漏洩した可能性"). Only those places are
// read; sections on measures, inquiries and prevention are not. A kind named only as not
// involved ("住所、電話番号は含まれておりません", "クレジットカード情報は保持しておらず") is not
// found. Kinds come in the order of the vocabulary.
class DataKindExtractor
{
public:
    static QList<FoundDataKind>
    extract(QStringView body, const DataKindVocabulary &vocabulary = DataKindVocabulary::builtIn());
};

} // namespace jikenbo
