// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace jikenbo {

struct UnmappableCharacter
{
    char32_t codePoint = 0;
    qint64 occurrences = 0;
    QString caseId;      // where it was seen first
    QString column;      // column key
    QString replacement; // what replaces it when replacing (empty: nothing yet)
};

// Characters an encoding cannot hold: how many, and the first few with where they occur.
class UnmappableReport
{
    Q_DECLARE_TR_FUNCTIONS(UnmappableReport)

public:
    static constexpr qsizetype MaxListed = 8;

    void add(char32_t codePoint, QStringView caseId, QStringView column,
             const QString &replacement = {});
    bool isEmpty() const { return m_total == 0; }
    qint64 total() const { return m_total; }                              // occurrences
    qsizetype distinct() const { return m_seen.size(); }                  // different characters
    const QList<UnmappableCharacter> &listed() const { return m_listed; } // the first few

    // One line: "3 characters (2 different) cannot be written in CP932: 〜 U+301C ×2 (2024-001,
    // title), …"
    QString describe() const;
    // One line for replaced characters: "… replaced: 〜 → ～ ×2, …"
    QString describeReplaced() const;
    static QString codePointText(char32_t codePoint);

private:
    qint64 m_total = 0;
    QHash<char32_t, qsizetype> m_seen; // code point -> index in m_listed, or -1
    QList<UnmappableCharacter> m_listed;
};

} // namespace jikenbo
