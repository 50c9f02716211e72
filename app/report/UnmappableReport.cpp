// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnmappableReport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace jikenbo {

void UnmappableReport::add(char32_t codePoint, QStringView caseId, QStringView column,
                           const QString &replacement)
{
    ++m_total;
    const auto it = m_seen.constFind(codePoint);
    if (it != m_seen.constEnd()) {
        if (it.value() >= 0)
            ++m_listed[it.value()].occurrences;
        return;
    }
    if (m_listed.size() < MaxListed) {
        m_seen.insert(codePoint, m_listed.size());
        m_listed.append({codePoint, 1, caseId.toString(), column.toString(), replacement});
    } else {
        m_seen.insert(codePoint, -1);
    }
}

QString UnmappableReport::codePointText(char32_t codePoint)
{
    const QString hex = QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0');
    const bool printable = QChar::isPrint(codePoint) && codePoint != u'\t';
    if (!printable)
        return u"U+"_s + hex;
    return QString::fromUcs4(&codePoint, 1) + u" U+"_s + hex;
}

QString UnmappableReport::describe() const
{
    QStringList items;
    for (const UnmappableCharacter &c : m_listed) {
        items << tr("%1 ×%2 (first in %3, %4)")
                     .arg(codePointText(c.codePoint))
                     .arg(c.occurrences)
                     .arg(c.caseId, c.column);
    }
    QString more;
    if (distinct() > m_listed.size())
        more = tr(" and %n more", nullptr, int(distinct() - m_listed.size()));
    return tr("%n character(s) (%1 different) cannot be written in CP932: %2%3", nullptr,
              int(qMin<qint64>(m_total, INT_MAX)))
        .arg(distinct())
        .arg(items.join(u", "_s), more);
}

QString UnmappableReport::describeReplaced() const
{
    QStringList items;
    for (const UnmappableCharacter &c : m_listed) {
        items
            << tr("%1 → %2 ×%3").arg(codePointText(c.codePoint), c.replacement).arg(c.occurrences);
    }
    QString more;
    if (distinct() > m_listed.size())
        more = tr(" and %n more", nullptr, int(distinct() - m_listed.size()));
    return tr("%n character(s) CP932 cannot hold were replaced: %1%2", nullptr,
              int(qMin<qint64>(m_total, INT_MAX)))
        .arg(items.join(u", "_s), more);
}

} // namespace jikenbo
