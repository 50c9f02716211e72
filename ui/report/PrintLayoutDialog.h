// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryOptions.h"

#include <QDialog>

class QRadioButton;

namespace jikenbo {

// File → Export PDF asks which layout: the one-page Summary (the default) or the Full notice.
// The print preview offers the same choice in its tool bar.
class PrintLayoutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PrintLayoutDialog(QWidget *parent = nullptr);

    SummaryLayout chosenLayout() const;
    void setChosenLayout(SummaryLayout layout);

    // The layouts' names, as the dialog and the preview's tool bar show them.
    static QString layoutName(SummaryLayout layout);

private:
    QRadioButton *m_summary = nullptr;
    QRadioButton *m_full = nullptr;
};

} // namespace jikenbo
