// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog (options only) and the print preview, on the offscreen platform.
#include "ExportDialog.h"
#include "PrintLayoutDialog.h"
#include "ReportFixtures.h"
#include "SummaryDocumentBuilder.h"
#include "SummaryPrinting.h"
#include "TestSupport.h"
#include "report/CsvColumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace jikenbo;

class TestReportDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    template<typename T> static T *child(QWidget *w, const QString &name)
    {
        T *c = w->findChild<T *>(name);
        if (!c)
            qWarning("no %s", qPrintable(name));
        return c;
    }

    static QStringList checkedKeys(QListWidget *list)
    {
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys << list->item(i)->data(Qt::UserRole + 1).toString();
        }
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::openDb(m_dir.filePath(u"dialogs.sqlite"_s));
        QVERIFY(m_db);
        QVERIFY(test::importText(*m_db, test::reportFixturePage(), u"fixture.txt"_s));
        QVERIFY(test::importText(*m_db, test::longNoticePage(150), u"long.txt"_s));
    }

    void exportDialogDefaultsToExcel()
    {
        ExportDialog d;
        auto *encoding = child<QComboBox>(&d, u"encodingComboBox"_s);
        auto *crlf = child<QCheckBox>(&d, u"crlfCheckBox"_s);
        auto *guard = child<QCheckBox>(&d, u"formulaGuardCheckBox"_s);
        auto *why = child<QLabel>(&d, u"formulaGuardLabel"_s);
        auto *replace = child<QCheckBox>(&d, u"replaceUnmappableCheckBox"_s);
        auto *columns = child<QListWidget>(&d, u"columnsListWidget"_s);
        QVERIFY(encoding && crlf && guard && why && replace && columns);
        QCOMPARE(CsvEncoding(encoding->currentData().toInt()), CsvEncoding::Utf8Bom);
        QVERIFY(crlf->isChecked());
        QVERIFY(guard->isChecked());
        QVERIFY(why->text().contains(u"formula"_s));
        QVERIFY(!replace->isEnabled());
        QCOMPARE(columns->count(), CsvColumns::all().size());
        QCOMPARE(checkedKeys(columns), CsvColumns::defaultKeys());
        const CsvExportOptions o = d.options();
        QCOMPARE(o.encoding, CsvEncoding::Utf8Bom);
        QVERIFY(o.crlf && o.formulaGuard && !o.keys && !o.replaceUnmappable);
        QCOMPARE(o.columns, CsvColumns::defaultKeys());
    }

    void encodingPresetsSetLineEndings()
    {
        ExportDialog d;
        auto *encoding = child<QComboBox>(&d, u"encodingComboBox"_s);
        auto *crlf = child<QCheckBox>(&d, u"crlfCheckBox"_s);
        auto *replace = child<QCheckBox>(&d, u"replaceUnmappableCheckBox"_s);
        encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Utf8)));
        QVERIFY(!crlf->isChecked());
        QVERIFY(!replace->isEnabled());
        encoding->setCurrentIndex(encoding->findData(int(CsvEncoding::Cp932)));
        QVERIFY(crlf->isChecked());
        QVERIFY(replace->isEnabled());
        replace->setChecked(true);
        child<QComboBox>(&d, u"headerComboBox"_s)->setCurrentIndex(1);
        child<QCheckBox>(&d, u"formulaGuardCheckBox"_s)->setChecked(false);
        const CsvExportOptions o = d.options();
        QCOMPARE(o.encoding, CsvEncoding::Cp932);
        QVERIFY(o.crlf && o.replaceUnmappable && o.keys && !o.formulaGuard);
    }

    void columnsFollowTheGivenOrder()
    {
        ExportDialog d;
        CsvExportOptions in;
        in.columns = {u"title"_s, u"case_id"_s, u"note"_s};
        d.setOptions(in);
        auto *columns = child<QListWidget>(&d, u"columnsListWidget"_s);
        QCOMPARE(d.options().columns, in.columns);
        // Move "case_id" up, uncheck "title".
        columns->setCurrentRow(1);
        QTest::mouseClick(child<QToolButton>(&d, u"moveUpToolButton"_s), Qt::LeftButton);
        QCOMPARE(d.options().columns, (QStringList{u"case_id"_s, u"title"_s, u"note"_s}));
        columns->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(d.options().columns, (QStringList{u"case_id"_s, u"note"_s}));
        // Nothing checked: nothing to export.
        for (int i = 0; i < columns->count(); ++i)
            columns->item(i)->setCheckState(Qt::Unchecked);
        auto *buttons = child<QDialogButtonBox>(&d, u"buttonBox"_s);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void previewShowsOnePageRunPerIncident()
    {
        IncidentStore store(*m_db);
        QStringList keys;
        for (const QString &c : {u"2024-902"_s, u"2024-903"_s, u"2024-950"_s})
            keys << store.byCaseId(c)->first().key;
        const auto sheets = SummarySheet::load(*m_db, keys);
        QVERIFY(sheets.ok());
        QPrintPreviewDialog *dialog =
            SummaryPrinting::createPreview(sheets.value(), SummaryPrinting::optionsFor(*m_db), nullptr);
        QCOMPARE(dialog->objectName(), u"printPreviewDialog"_s);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        auto *layout = child<QComboBox>(dialog, u"printLayoutComboBox"_s);
        QCOMPARE(SummaryLayout(layout->currentData().toInt()), SummaryLayout::OnePage);
        dialog->show();
        // Summary: a page each, the long notice too.
        QTRY_COMPARE(preview->pageCount(), 3);
        // Full notice: the long one over several pages.
        layout->setCurrentIndex(layout->findData(int(SummaryLayout::FullNotice)));
        QTRY_VERIFY(preview->pageCount() >= 5);
        dialog->close(); // deletes itself
    }

    void layoutDialogDefaultsToTheSummary()
    {
        PrintLayoutDialog d;
        QCOMPARE(d.chosenLayout(), SummaryLayout::OnePage);
        child<QRadioButton>(&d, u"fullNoticeLayoutRadioButton"_s)->setChecked(true);
        QCOMPARE(d.chosenLayout(), SummaryLayout::FullNotice);
        d.setChosenLayout(SummaryLayout::OnePage);
        QVERIFY(child<QRadioButton>(&d, u"summaryLayoutRadioButton"_s)->isChecked());
    }

    void loadNamesAMissingKey()
    {
        const auto r = SummaryDocumentBuilder::load(*m_db, {u"2099-001-0000000000"_s});
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"2099-001-0000000000"_s));
        QVERIFY(!SummaryPrinting::preview(*m_db, {}, nullptr).ok());
    }

    void exportPdfFromTheWindow()
    {
        IncidentStore store(*m_db);
        const QString pdf = m_dir.filePath(u"window.pdf"_s);
        const QString key = store.byCaseId(u"2024-950"_s)->first().key;
        const auto r = SummaryPrinting::exportPdf(*m_db, {key}, pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value(), 1);
        QVERIFY(QFile::exists(pdf));
        const auto full = SummaryPrinting::exportPdf(*m_db, {key}, pdf, false,
                                                     SummaryLayout::FullNotice);
        QVERIFY2(full.ok(), qPrintable(full.error()));
        QVERIFY(full.value() >= 3);
    }
};

QTEST_MAIN(TestReportDialogs)
#include "tst_reportdialogs.moc"
