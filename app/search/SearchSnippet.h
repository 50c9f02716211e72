// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

// A short piece of a notice around the first match of the query's words, found with the
// search's own folding (a query usb finds ＵＳＢ), whitespace runs shown as one space. For the
// table's title tooltip; built on the query worker's thread, one row at a time.
struct SearchSnippet
{
    struct Mark
    {
        qsizetype begin;
        qsizetype end;
        bool operator==(const Mark &) const = default;
    };
    QString text;      // "…" where the text was cut
    QList<Mark> marks; // the matches inside `text`, in order

    bool isEmpty() const { return text.isEmpty(); }
    // The text escaped for rich text, matches in bold.
    QString toHtml() const;

    static constexpr int DefaultContext = 30;       // characters before the first match
    static constexpr qsizetype MaxSearched = 20000; // characters of the text looked at
    static SearchSnippet around(const QString &text, const QStringList &terms,
                                int context = DefaultContext);
};

} // namespace jikenbo
