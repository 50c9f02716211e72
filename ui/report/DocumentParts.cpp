// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentParts.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace jikenbo::docparts {

std::unique_ptr<QTextDocument> newDocument(const QFont &font)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    // Long URLs and unbroken Latin runs wrap anywhere rather than run into the margin.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    return doc;
}

QTextTableFormat tableFormat(const QList<QTextLength> &widths, qreal border, qreal padding)
{
    QTextTableFormat f;
    f.setBorder(border);
    f.setBorderBrush(RuleColor);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(padding);
    f.setCellSpacing(0);
    f.setMargin(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(widths);
    return f;
}

void putText(QTextCursor cursor, const QString &text, const QTextCharFormat &format)
{
    QString t = text;
    t.replace(u"\r\n"_s, u"\n"_s);
    t.replace(u'\r', u'\n');
    cursor.insertText(t, format);
}

void cellText(QTextTable *table, int row, int column, const QString &text,
              const QTextCharFormat &format, const QColor &background)
{
    QTextTableCell cell = table->cellAt(row, column);
    if (background.isValid()) {
        QTextTableCellFormat cf = cell.format().toTableCellFormat();
        cf.setBackground(background);
        cell.setFormat(cf);
    }
    putText(cell.firstCursorPosition(), text, format);
}

void heading(QTextCursor &c, const QString &text, const QFont &font, qreal top, qreal bottom)
{
    QTextBlockFormat bf;
    bf.setTopMargin(top);
    bf.setBottomMargin(bottom);
    bf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    c.insertBlock(bf);
    QTextCharFormat cf;
    cf.setFont(font);
    cf.setForeground(HeadingText);
    c.insertText(text, cf);
}

} // namespace jikenbo::docparts
