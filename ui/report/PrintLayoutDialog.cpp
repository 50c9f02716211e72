// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintLayoutDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

PrintLayoutDialog::PrintLayoutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"printLayoutDialog"_s);
    setWindowTitle(tr("Export PDF"));

    m_summary = new QRadioButton(layoutName(SummaryLayout::OnePage), this);
    m_summary->setObjectName(u"summaryLayoutRadioButton"_s);
    auto *summaryWhat = new QLabel(
        tr("One page per incident: the key facts with their evidence, a short timeline, the "
           "other posts of the case and the opening of the notice."),
        this);
    m_full = new QRadioButton(layoutName(SummaryLayout::FullNotice), this);
    m_full->setObjectName(u"fullNoticeLayoutRadioButton"_s);
    auto *fullWhat = new QLabel(
        tr("The whole notice with its fields and timeline, over as many pages as it takes."), this);
    for (QLabel *l : {summaryWhat, fullWhat}) {
        l->setWordWrap(true);
        l->setForegroundRole(QPalette::PlaceholderText);
        l->setContentsMargins(24, 0, 0, 6);
    }
    m_summary->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *box = new QVBoxLayout(this);
    box->addWidget(new QLabel(tr("Layout of the PDF:"), this));
    box->addWidget(m_summary);
    box->addWidget(summaryWhat);
    box->addWidget(m_full);
    box->addWidget(fullWhat);
    box->addStretch();
    box->addWidget(buttons);
    resize(440, sizeHint().height());
}

SummaryLayout PrintLayoutDialog::chosenLayout() const
{
    return m_full->isChecked() ? SummaryLayout::FullNotice : SummaryLayout::OnePage;
}

void PrintLayoutDialog::setChosenLayout(SummaryLayout layout)
{
    (layout == SummaryLayout::FullNotice ? m_full : m_summary)->setChecked(true);
}

QString PrintLayoutDialog::layoutName(SummaryLayout layout)
{
    return layout == SummaryLayout::FullNotice ? tr("Full notice") : tr("Summary");
}

} // namespace jikenbo
