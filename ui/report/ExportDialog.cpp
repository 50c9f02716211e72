// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "report/CsvColumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;
}

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export as CSV"));

    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(u"matchCountLabel"_s);
    m_matchLabel->setVisible(false);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"encodingComboBox"_s);
    m_encoding->addItem(tr("Excel: UTF-8 with BOM"), int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("Excel, older Japanese versions: Shift_JIS (CP932)"),
                        int(CsvEncoding::Cp932));
    m_encoding->addItem(tr("UTF-8 without BOM (other programs, scripts)"), int(CsvEncoding::Utf8));

    m_crlf = new QCheckBox(tr("Windows line endings (CRLF)"), this);
    m_crlf->setObjectName(u"crlfCheckBox"_s);

    m_replaceUnmappable =
        new QCheckBox(tr("Replace characters Shift_JIS cannot hold (〜 → ～, others → ?)"), this);
    m_replaceUnmappable->setObjectName(u"replaceUnmappableCheckBox"_s);
    m_replaceUnmappable->setToolTip(
        tr("Without this, the export stops and lists the characters before writing anything."));

    m_header = new QComboBox(this);
    m_header->setObjectName(u"headerComboBox"_s);
    m_header->addItem(tr("Column names in the program's language"), false);
    m_header->addItem(tr("Stable keys, also for cause and sector (for scripts)"), true);

    m_formulaGuard = new QCheckBox(tr("Protect against formula injection"), this);
    m_formulaGuard->setObjectName(u"formulaGuardCheckBox"_s);
    m_formulaGuardWhy = new QLabel(
        tr("Spreadsheets run a cell that starts with =, +, -, @, a tab or a line break as a "
           "formula, so text from a notice or a note could run commands or send data "
           "elsewhere when the file is opened. This puts an apostrophe (') before such "
           "cells so they stay text. Turn it off only for programs that are not "
           "spreadsheets."),
        this);
    m_formulaGuardWhy->setObjectName(u"formulaGuardLabel"_s);
    m_formulaGuardWhy->setWordWrap(true);
    m_formulaGuardWhy->setForegroundRole(QPalette::PlaceholderText);

    m_columns = new QListWidget(this);
    m_columns->setObjectName(u"columnsListWidget"_s);
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_up = new QToolButton(this);
    m_up->setObjectName(u"moveUpToolButton"_s);
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move the column up"));
    m_down = new QToolButton(this);
    m_down->setObjectName(u"moveDownToolButton"_s);
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move the column down"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));

    auto *fileBox = new QGroupBox(tr("File"), this);
    auto *form = new QFormLayout(fileBox);
    form->addRow(tr("&Format:"), m_encoding);
    form->addRow(QString(), m_crlf);
    form->addRow(QString(), m_replaceUnmappable);
    form->addRow(tr("&Header:"), m_header);
    form->addRow(QString(), m_formulaGuard);
    form->addRow(QString(), m_formulaGuardWhy);

    auto *columnsBox = new QGroupBox(tr("Columns (checked ones are written, in this order)"), this);
    auto *columnsLayout = new QHBoxLayout(columnsBox);
    auto *arrows = new QVBoxLayout;
    arrows->addWidget(m_up);
    arrows->addWidget(m_down);
    arrows->addStretch();
    columnsLayout->addWidget(m_columns);
    columnsLayout->addLayout(arrows);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_matchLabel);
    layout->addWidget(fileBox);
    layout->addWidget(columnsBox, 1);
    layout->addWidget(m_buttons);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportDialog::applyEncodingPreset);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrentColumn(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrentColumn(1); });
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_columns, &QListWidget::currentRowChanged, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setOptions(CsvExportOptions::preset(CsvEncoding::Utf8Bom));
    resize(560, 620);
}

void ExportDialog::setOptions(const CsvExportOptions &o)
{
    {
        const QSignalBlocker block(m_encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(int(o.encoding)));
    }
    m_crlf->setChecked(o.crlf);
    m_replaceUnmappable->setChecked(o.replaceUnmappable);
    m_header->setCurrentIndex(o.keys ? 1 : 0);
    m_formulaGuard->setChecked(o.formulaGuard);

    const QSignalBlocker block(m_columns);
    m_columns->clear();
    const QStringList checked = o.columns.isEmpty() ? CsvColumns::defaultKeys() : o.columns;
    QStringList order;
    for (const QString &k : checked) {
        if (CsvColumns::fromKey(k) && !order.contains(k))
            order << k;
    }
    for (const QString &k : CsvColumns::allKeys()) {
        if (!order.contains(k))
            order << k;
    }
    for (const QString &k : order) {
        auto *item = new QListWidgetItem(CsvColumns::name(*CsvColumns::fromKey(k)), m_columns);
        item->setData(KeyRole, k);
        item->setToolTip(k);
        item->setFlags((item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled) &
                       ~Qt::ItemIsDropEnabled);
        item->setCheckState(checked.contains(k) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setCurrentRow(0);
    updateState();
}

CsvExportOptions ExportDialog::options() const
{
    CsvExportOptions o;
    o.encoding = CsvEncoding(m_encoding->currentData().toInt());
    o.crlf = m_crlf->isChecked();
    o.replaceUnmappable = o.encoding == CsvEncoding::Cp932 && m_replaceUnmappable->isChecked();
    o.keys = m_header->currentData().toBool();
    o.formulaGuard = m_formulaGuard->isChecked();
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            o.columns << item->data(KeyRole).toString();
    }
    return o;
}

void ExportDialog::setMatchCount(qint64 count)
{
    m_matchLabel->setText(tr("%1 incident(s) match the current search; all of them are exported.")
                              .arg(QLocale().toString(count)));
    m_matchLabel->setVisible(true);
}

void ExportDialog::applyEncodingPreset()
{
    const auto encoding = CsvEncoding(m_encoding->currentData().toInt());
    m_crlf->setChecked(CsvExportOptions::isExcelPreset(encoding));
    updateState();
}

void ExportDialog::moveCurrentColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_columns->count())
        return;
    const QSignalBlocker block(m_columns);
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
    updateState();
}

void ExportDialog::updateState()
{
    const auto encoding = CsvEncoding(m_encoding->currentData().toInt());
    m_replaceUnmappable->setEnabled(encoding == CsvEncoding::Cp932);
    const int row = m_columns->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_columns->count() - 1);
    bool any = false;
    for (int i = 0; i < m_columns->count() && !any; ++i)
        any = m_columns->item(i)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
}

// Grows the dialog once laid out so that every column shows without scrolling, whatever the
// font (Japanese rows are taller), as far as the screen allows.
void ExportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    QTimer::singleShot(0, this, [this] {
        const int hidden = m_columns->verticalScrollBar()->maximum();
        if (hidden <= 0)
            return;
        int h = height() + hidden + 2;
        if (const QScreen *s = screen())
            h = std::min(h, s->availableGeometry().height() - 40);
        resize(width(), std::max(h, height()));
    });
}

} // namespace jikenbo
