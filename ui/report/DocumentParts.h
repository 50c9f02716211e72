// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextFormat>

#include <memory>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace jikenbo {

// The pieces both printed layouts (the one-page summary and the full notice) are made of:
// their colours, tables and plain-text cells. Every text of a record goes in as plain text.
namespace docparts {

inline const QColor LabelBackground{0xEE, 0xF1, 0xF5};
inline const QColor BandBackground{0xE4, 0xEA, 0xF2};
inline const QColor RuleColor{0x9A, 0xA5, 0xB1};
inline const QColor LabelText{0x44, 0x4C, 0x56};
inline const QColor HeadingText{0x1F, 0x3A, 0x5F};
inline const QColor NoteBackground{0xFF, 0xF8, 0xDC};

// Borders, padding and margins in points, as the 96 dpi pixels the text layout scales to its
// paint device.
inline qreal px(qreal points)
{
    return points * 96.0 / 72.0;
}

// An empty document in `font`, without margin, wrapping long URLs anywhere.
std::unique_ptr<QTextDocument> newDocument(const QFont &font);
// A full-width table with the given column widths, collapsed borders.
QTextTableFormat tableFormat(const QList<QTextLength> &widths, qreal border, qreal padding);
// Plain text at the cursor, never interpreted as markup; line breaks kept.
void putText(QTextCursor cursor, const QString &text, const QTextCharFormat &format);
// Plain text into a cell, with its background when given.
void cellText(QTextTable *table, int row, int column, const QString &text,
              const QTextCharFormat &format, const QColor &background = QColor());
// A new block holding a section heading.
void heading(QTextCursor &c, const QString &text, const QFont &font, qreal top, qreal bottom);

} // namespace docparts

} // namespace jikenbo
