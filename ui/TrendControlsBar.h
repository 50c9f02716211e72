// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/TrendModel.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace jikenbo {

// The switches above the trend chart: period, split by, measure, scale; patterns and table;
// Back, Show Incidents and Export. It tells what the user chose; the setters change what it
// shows without telling.
class TrendControlsBar final : public QWidget
{
    Q_OBJECT

public:
    explicit TrendControlsBar(QWidget *parent = nullptr);

    void setOptions(const TrendOptions &options);
    void setMetric(TrendModel::Metric metric);
    void setShares(bool on);
    void setPatterns(bool on);
    void setBackEnabled(bool on);
    bool isTableShown() const;

Q_SIGNALS:
    void periodChosen(jikenbo::TrendPeriod period);
    void byChosen(jikenbo::TrendBy by);
    // "" for the taxonomy's causes, or a scheme's id.
    void schemeChosen(const QString &scheme);
    void metricChosen(jikenbo::TrendModel::Metric metric);
    void sharesChosen(bool on);
    void patternsToggled(bool on);
    void tableToggled(bool on);
    void backClicked();
    void showIncidentsClicked();
    void exportRequested();
    void copyRequested();

private:
    QComboBox *m_periodCombo;
    QComboBox *m_byCombo;
    QComboBox *m_schemeCombo;
    QComboBox *m_metricCombo;
    QComboBox *m_scaleCombo;
    QToolButton *m_patternButton;
    QToolButton *m_tableButton;
    QToolButton *m_backButton;
    QToolButton *m_showButton;
    QToolButton *m_exportButton;
};

} // namespace jikenbo
