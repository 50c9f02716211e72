// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FacetCounts.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace jikenbo {

// The facet sidebar: cause, sector and year with their counts under the current query.
// Choosing a value adds its term to the query (so the query text always says what is shown).
class FacetPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FacetPanel(QWidget *parent = nullptr);
    void setCounts(const FacetCounts &counts);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void termChosen(const QString &term);

private:
    void fill(QTreeWidgetItem *parent, const QList<FacetValue> &values, const QString &field);
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_causes;
    QTreeWidgetItem *m_sectors;
    QTreeWidgetItem *m_years;
    QTreeWidgetItem *m_dataKinds = nullptr;
    QTreeWidgetItem *m_contractor = nullptr;
};

} // namespace jikenbo
