// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SummaryOptions.h"
#include "SummarySheet.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QTextCursor;
class QTextDocument;
class QTextTable;

namespace jikenbo {

// How much of an incident a one-page summary shows. SummarySheetBuilder::fit lowers it until
// the sheet fits on one page.
struct SheetDetail
{
    int paragraphs = 0;     // whole opening paragraphs of the notice
    int sentences = 0;      // and the first sentences of the paragraph after them
    int timelineEvents = 0; // dated events of the notice, in its order
    int casePosts = 0;      // the case's other posts
    qreal pointSize = 9;    // body text
    bool evidence = true;   // the words and sentences each fact was read from

    bool operator==(const SheetDetail &) const = default;
};

// One fact of the summary's table: "Discovered", "2024-05-30", "判明: “…”".
struct SheetFact
{
    QString label;
    QString value;
    QString evidence;
};

// Builds the one-page summary of incidents: a header band (case id, organisation, title), the
// key facts with their evidence, a short timeline, the case's other posts, as many opening
// paragraphs of the notice as fit, and a footer with the source, at the bottom of the page.
// What fits is measured with the text layout at the page size and resolution of the device
// that will print it, never guessed from character counts. Every text of a record goes in as
// plain text. Labels are in the UI language.
class SummarySheetBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SummarySheetBuilder)

public:
    static constexpr int MaxTimelineEvents = 12;
    static constexpr int MaxCasePosts = 10;

    explicit SummarySheetBuilder(const SummaryOptions &options = {});

    // The most a sheet shows: every paragraph, the first events and posts, full-size text.
    SheetDetail fullDetail(const SummarySheet &sheet) const;
    // The most of `sheet` that fits on one page of `device`: the facts first (fewer events and
    // posts, smaller text, no evidence when it must), then whole paragraphs, then sentences.
    // Fails only when even the header and the facts do not fit (a tiny page).
    // `index` and `count`: the sheet's place in the print (its footer says "Page 2 / 3").
    Result<SheetDetail> fit(const SummarySheet &sheet, QPagedPaintDevice *device, int index = 0,
                            int count = 1) const;
    // Whether `sheet` at `detail` takes one page of `device`, with room below the footer for
    // the block that starts the next sheet.
    bool fitsOnePage(const SummarySheet &sheet, const SheetDetail &detail,
                     QPagedPaintDevice *device, int index = 0, int count = 1) const;
    // Pages `sheet` takes on `device` at `detail`.
    int pageCount(const SummarySheet &sheet, const SheetDetail &detail, QPagedPaintDevice *device,
                  int index = 0, int count = 1) const;
    // Every sheet fitted to a page of its own, in one document paginated for `device` (its page
    // size and resolution), each footer at the bottom of its page: ready for
    // QTextDocument::print(device).
    Result<std::unique_ptr<QTextDocument>> document(const QList<SummarySheet> &sheets,
                                                    QPagedPaintDevice *device) const;
    // One sheet at `detail`, not paginated (its text, for tests and measuring).
    std::unique_ptr<QTextDocument> document(const SummarySheet &sheet, const SheetDetail &detail,
                                            int index = 0, int count = 1) const;

    // The key facts, in the order printed.
    QList<SheetFact> facts(const SummarySheet &sheet) const;
    // The notice's paragraphs (its non-blank lines, trimmed) and a paragraph's sentences.
    static QStringList paragraphs(const QString &body);
    static QStringList sentences(const QString &paragraph);

private:
    struct Written
    {
        int spacerBlock = -1; // position of the block above the footer
        QTextTable *footer = nullptr;
    };
    // `newPage`: the sheet starts a page (every sheet but the first of a document).
    Written write(QTextCursor &c, const SummarySheet &sheet, const SheetDetail &detail, int index,
                  int count, bool newPage) const;
    QFont font(qreal pointSize, bool bold = false) const;

    SummaryOptions m_options;
};

} // namespace jikenbo
