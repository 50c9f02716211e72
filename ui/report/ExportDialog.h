// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/CsvExportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QToolButton;

namespace jikenbo {

// File → Export: collects the options of a CSV export and nothing else (the window asks for
// the file name and runs a CsvExportJob). Columns come in the order given, the given ones
// checked: pass the table's visible columns to start from what the user sees.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(QWidget *parent = nullptr);

    void setOptions(const CsvExportOptions &options);
    CsvExportOptions options() const;
    // "1,234 incidents match the current search" above the options.
    void setMatchCount(qint64 count);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyEncodingPreset();
    void moveCurrentColumn(int delta);
    void updateState();

    QLabel *m_matchLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_crlf = nullptr;
    QCheckBox *m_replaceUnmappable = nullptr;
    QComboBox *m_header = nullptr;
    QCheckBox *m_formulaGuard = nullptr;
    QLabel *m_formulaGuardWhy = nullptr;
    QListWidget *m_columns = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace jikenbo
