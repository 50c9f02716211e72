// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace jikenbo {

struct Category
{
    QString key;
    QString ja;
    QString en;
    QString color; // "#rrggbb" for causes
};

// The cause and sector keys of DESIGN §4 with their names, colours and the source-label
// aliases, read from resources/data/taxonomy.json (embedded).
class Taxonomy
{
public:
    static const Taxonomy &builtIn();
    static Result<Taxonomy> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<Category> &causes() const { return m_causes; }
    const QList<Category> &sectors() const { return m_sectors; }
    bool isCause(const QString &key) const;
    bool isSector(const QString &key) const;
    const Category *cause(const QString &key) const;
    const Category *sector(const QString &key) const;
    // Cause key for a source label ("インシデント:設定ミス", full-width colon too), or empty.
    QString causeForLabel(const QString &label) const;
    // What a label is to the taxonomy: the name of a cause (an alias), a label known to name
    // no cause (インシデント:2次被害, 最終報告, and every label outside the blog's
    // "インシデント:" scheme), or an インシデント: label the taxonomy does not know yet.
    enum class LabelKind { Cause, NotACause, Unmapped };
    LabelKind labelKind(const QString &label) const;
    // Cause key for a key or a Japanese/English name ("misconfiguration", "設定ミス").
    QString causeKeyFor(const QString &keyOrName) const;
    QString sectorKeyFor(const QString &keyOrName) const;
    // Display name in the current UI language (Japanese when the locale is Japanese).
    QString causeName(const QString &key) const;
    QString sectorName(const QString &key) const;

private:
    QList<Category> m_causes;
    QList<Category> m_sectors;
    QHash<QString, QString> m_labelAliases; // normalised label -> cause key
    QSet<QString> m_nonCauseLabels;         // normalised
};

} // namespace jikenbo
