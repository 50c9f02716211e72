// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PatternPrefilter.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace jikenbo {

// One kind of personal data a notice can say leaked: name, address, card …
struct DataKind
{
    QString key; // stable: name, address, phone, email, birth_date, card, bank_account, …
    QString ja;
    QString en;
    QList<QRegularExpression> patterns; // matched against NFKC text
    QList<PatternPrefilter> prefilters;  // one per pattern: the characters its matches start with
};

// The controlled vocabulary of data kinds, read from resources/data/datakinds.json (embedded).
class DataKindVocabulary
{
public:
    static const DataKindVocabulary &builtIn();
    static Result<DataKindVocabulary> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<DataKind> &kinds() const { return m_kinds; }
    const DataKind *kind(const QString &key) const;
    // Display name in the current UI language (Japanese when the locale is Japanese).
    QString name(const QString &key) const;

private:
    QList<DataKind> m_kinds;
};

} // namespace jikenbo
