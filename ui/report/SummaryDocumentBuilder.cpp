// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryDocumentBuilder.h"

#include "DocumentParts.h"
#include "classify/Taxonomy.h"
#include "core/Format.h"
#include "report/NoticeDates.h"
#include "report/NoticeFacts.h"
#include "store/IncidentStore.h"

#include <QColor>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace jikenbo {

using namespace docparts;

SummaryDocumentBuilder::SummaryDocumentBuilder(const SummaryOptions &options)
    : m_options(options)
{
}

QFont SummaryDocumentBuilder::font(qreal pointSize, bool bold) const
{
    QFont f(m_options.fontFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

QString SummaryDocumentBuilder::footerLeft() const
{
    QString s = tr("Printed %1").arg(m_options.printDate.toString(Qt::ISODate));
    if (!m_options.databaseName.isEmpty())
        s += u"  ·  "_s + m_options.databaseName;
    return s;
}

QString SummaryDocumentBuilder::footerRight(int page, int pages) const
{
    return tr("Page %1 / %2").arg(page).arg(pages);
}

QString SummaryDocumentBuilder::date(const QDate &d) const
{
    if (!d.isValid())
        return u"—"_s;
    const QString iso = d.toString(Qt::ISODate);
    return m_options.showEra ? iso + u" ("_s + format::eraDate(d) + u')' : iso;
}

QList<QPair<QString, QString>> SummaryDocumentBuilder::fields(const IncidentRecord &r) const
{
    const Taxonomy &tax = Taxonomy::builtIn();
    const QLocale locale;
    QList<QPair<QString, QString>> rows;
    auto dateText = [this](const QDate &d) {
        return date(d);
    };
    rows.append({tr("Announced"), dateText(r.announcedOn)});
    for (const KeyDate &k : NoticeDates::keyDates(r.body, r.announcedOn, NoticeFacts::caseYear(r.caseId))) {
        rows.append({NoticeDates::kindName(k.kind),
                     tr("%1 (%2: “%3”)").arg(dateText(k.date), k.word, k.context)});
    }
    QString origin;
    if (r.causeOrigin == u"label"_s)
        origin = tr("from the source label");
    else if (r.causeOrigin == u"user"_s)
        origin = tr("set by you");
    else if (r.causeOrigin == u"rule"_s)
        origin = tr("by rule, confidence %1").arg(locale.toString(r.causeConfidence, 'f', 2));
    else
        origin = r.causeOrigin;
    rows.append({tr("Cause"), tr("%1 (%2)").arg(tax.causeName(r.cause), origin)});
    rows.append({tr("Sector"), tax.sectorName(r.sector)});
    QString affected = u"—"_s;
    if (r.affected) {
        affected = locale.toString(*r.affected);
        if (!r.affectedEvidence.isEmpty())
            affected += u"  ("_s + r.affectedEvidence + u')';
    }
    rows.append({tr("Affected"), affected});
    rows.append({tr("Labels"), r.labels.isEmpty() ? u"—"_s : r.labels.join(u"、"_s)});
    if (r.followUp) {
        rows.append({tr("Follow-up"), r.followUpOfKey.isEmpty()
                                          ? tr("yes")
                                          : tr("yes, of %1").arg(r.followUpOfKey)});
    }
    if (!r.tags.isEmpty())
        rows.append({tr("Tags"), r.tags.join(u", "_s)});
    rows.append({tr("Source"), r.sourceUrl.isEmpty() ? r.source : r.sourceUrl});
    return rows;
}

std::unique_ptr<QTextDocument> SummaryDocumentBuilder::headerBand(const IncidentRecord &r) const
{
    auto doc = newDocument(font(m_options.pointSize));
    QTextCursor c(doc.get());
    QTextTableFormat tf = tableFormat({QTextLength(QTextLength::PercentageLength, 12),
                                       QTextLength(QTextLength::PercentageLength, 16),
                                       QTextLength(QTextLength::PercentageLength, 8),
                                       QTextLength(QTextLength::PercentageLength, 64)},
                                      px(0.75), px(3.5));
    QTextTable *t = c.insertTable(2, 4, tf);
    t->mergeCells(1, 1, 1, 3);
    QTextCharFormat label;
    label.setFont(font(m_options.pointSize - 1.5));
    label.setForeground(LabelText);
    QTextCharFormat strong;
    strong.setFont(font(m_options.pointSize + 1, true));
    QTextCharFormat normal;
    normal.setFont(font(m_options.pointSize + 0.5));
    QTextCharFormat title;
    title.setFont(font(m_options.pointSize + 3, true));
    cellText(t, 0, 0, tr("Case no."), label, BandBackground);
    cellText(t, 0, 1, u"#"_s + r.caseId, strong, BandBackground);
    cellText(t, 0, 2, tr("Org."), label, BandBackground);
    cellText(t, 0, 3, r.organization, normal, BandBackground);
    cellText(t, 1, 0, tr("Subject"), label, BandBackground);
    cellText(t, 1, 1, r.title, title, BandBackground);
    return doc;
}

std::unique_ptr<QTextDocument> SummaryDocumentBuilder::body(const IncidentRecord &r) const
{
    auto doc = newDocument(font(m_options.pointSize));
    QTextCursor c(doc.get());
    const QFont headingFont = font(m_options.pointSize + 1.5, true);
    QTextCharFormat label;
    label.setFont(font(m_options.pointSize - 0.5));
    label.setForeground(LabelText);
    QTextCharFormat value;
    value.setFont(font(m_options.pointSize));

    // Field table.
    const auto rows = fields(r);
    const QList<QTextLength> twoColumns{QTextLength(QTextLength::PercentageLength, 18),
                                        QTextLength(QTextLength::PercentageLength, 82)};
    QTextTable *t = c.insertTable(int(rows.size()), 2, tableFormat(twoColumns, px(0.5), px(2.5)));
    for (int i = 0; i < rows.size(); ++i) {
        cellText(t, i, 0, rows[i].first, label, LabelBackground);
        cellText(t, i, 1, rows[i].second, value);
    }
    c.movePosition(QTextCursor::End);

    // 経緯: the dated events, when the notice has them.
    const QList<TimelineEvent> events = NoticeDates::timeline(r.body);
    if (!events.isEmpty()) {
        heading(c, tr("Timeline"), headingFont, px(9), px(3));
        QTextTableFormat tf = tableFormat(twoColumns, px(0.5), px(2.5));
        tf.setHeaderRowCount(1);
        QTextTable *tl = c.insertTable(int(events.size()) + 1, 2, tf);
        cellText(tl, 0, 0, tr("Date"), label, LabelBackground);
        cellText(tl, 0, 1, tr("Event"), label, LabelBackground);
        for (int i = 0; i < events.size(); ++i) {
            cellText(tl, i + 1, 0, date(events[i].date), value);
            cellText(tl, i + 1, 1, events[i].text, value);
        }
        c.movePosition(QTextCursor::End);
    }

    // The user's note.
    if (!r.note.trimmed().isEmpty()) {
        heading(c, tr("Your note"), headingFont, px(9), px(3));
        QTextFrameFormat ff;
        ff.setBackground(NoteBackground);
        ff.setBorder(px(0.5));
        ff.setBorderBrush(RuleColor);
        ff.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        ff.setPadding(px(4));
        ff.setMargin(0);
        c.insertFrame(ff);
        putText(c, r.note.trimmed(), value);
        c.movePosition(QTextCursor::End);
    }

    // The full notice text, line by line, blank runs collapsed to one.
    heading(c, tr("Notice"), headingFont, px(9), px(3));
    QTextBlockFormat para;
    para.setBottomMargin(0);
    para.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    QString text = r.body;
    text.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = text.split(u'\n');
    bool lastBlank = true;
    for (const QString &line : lines) {
        const bool blank = line.trimmed().isEmpty();
        if (blank && lastBlank)
            continue;
        c.insertBlock(para);
        if (!blank)
            c.insertText(line, value);
        lastBlank = blank;
    }
    if (text.trimmed().isEmpty()) {
        c.insertBlock(para);
        c.insertText(tr("(The notice text is not in the database.)"), label);
    }
    return doc;
}

Result<QList<IncidentRecord>> SummaryDocumentBuilder::load(Database &db, const QStringList &keys)
{
    using R = Result<QList<IncidentRecord>>;
    IncidentStore store(db);
    QList<IncidentRecord> out;
    for (const QString &key : keys) {
        auto r = store.byKey(key, true);
        if (!r.ok())
            return R::failure(r.error());
        if (!r.value())
            return R::failure(tr("no incident with key '%1'").arg(key));
        out << *r.value();
    }
    return out;
}

} // namespace jikenbo
