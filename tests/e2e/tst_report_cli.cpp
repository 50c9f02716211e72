// SPDX-License-Identifier: GPL-3.0-or-later
// jikenbo-cli export and print end to end: a real process, a real database, real files.
#include "ReportFixtures.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

using test::readFile;
using test::writeFile;

QString decodeCp932(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("windows-31j", &status);
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t n =
        ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return {};
    out.resize(n);
    return out;
}

const QByteArray unmappablePage =
    "【セキュリティ事件簿#2024-904】有限会社コハク舎 会員名簿〜一部〜の流出について 2024/6/6\n\n\n"
    "会員名簿の一部が外部から閲覧できる状態になっていました。影響は−部の会員に限られます。\n";

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void expectOneLineError(const test::CliResult &r, const QString &mustName)
    {
        QCOMPARE(r.exitCode, 1);
        const QString err = r.errText().trimmed();
        QVERIFY2(!err.isEmpty(), "no message on stderr");
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        QVERIFY2(err.contains(mustName), qPrintable(err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"cli.sqlite"_s);
        QVERIFY(writeFile(path(u"fixture.txt"_s), test::reportFixturePage().toUtf8()));
        QVERIFY(writeFile(path(u"unmappable.txt"_s), unmappablePage));
        const auto r = test::runCli({u"--db"_s, m_db, u"import"_s, path(u"fixture.txt"_s)});
        QCOMPARE(r.exitCode, 0);
    }

    void exportDefaults()
    {
        const QString out = path(u"plain.csv"_s);
        const auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"3 row(s) written"_s), qPrintable(r.outText()));
        const QByteArray bytes = readFile(out);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains("\r\n"));
        QVERIFY(
            bytes.startsWith("Case,Announced,Organization,Title,Cause,Sector,Affected,Labels\n"));
        QCOMPARE(bytes.count('\n'), 4);
    }

    void exportExcelPresetAndOptions()
    {
        const QString out = path(u"excel.csv"_s);
        auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"export"_s, u"紛失"_s, u"--output"_s,
                               out, u"--encoding"_s, u"utf-8-bom"_s, u"--keys"_s, u"--columns"_s,
                               u"case_id,cause,sector,starred"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"rows"_s).toInt(), 1);
        QCOMPARE(o.value(u"encoding"_s).toString(), u"utf-8-bom"_s);
        QCOMPARE(o.value(u"crlf"_s).toBool(), true);
        QCOMPARE(readFile(out), QByteArray("\xEF\xBB\xBF"
                                           "case_id,cause,sector,starred\r\n"
                                           "2024-902,loss_theft,local_government,0\r\n"));
        r = test::runCli({u"--db"_s, m_db, u"export"_s, u"紛失"_s, u"-o"_s, out, u"--encoding"_s,
                          u"utf-8-bom"_s, u"--lf"_s, u"--columns"_s, u"case_id"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readFile(out), QByteArray("\xEF\xBB\xBF"
                                           "Case\n2024-902\n"));
    }

    void exportCp932ListsWhatItCannotHold()
    {
        QCOMPARE(test::runCli({u"--db"_s, m_db, u"import"_s, path(u"unmappable.txt"_s)}).exitCode,
                 0);
        const QString out = path(u"sjis.csv"_s);
        auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, out, u"--encoding"_s,
                               u"cp932"_s, u"--columns"_s, u"case_id,title"_s});
        expectOneLineError(r, u"U+301C"_s);
        QVERIFY(r.errText().contains(u"2024-904"_s));
        QVERIFY(r.errText().contains(u"--replace-unmappable"_s));
        QVERIFY(!QFile::exists(out));

        r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, out, u"--encoding"_s,
                          u"cp932"_s, u"--columns"_s, u"case_id,title"_s,
                          u"--replace-unmappable"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.errText().contains(u"replaced"_s), qPrintable(r.errText()));
        const QString text = decodeCp932(readFile(out));
        QVERIFY2(text.contains(u"2024-904,有限会社コハク舎 会員名簿～一部～の流出について\r\n"_s),
                 qPrintable(text));
    }

    void exportUserErrors()
    {
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s}), u"--output"_s);
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s, u"-o"_s, path(u"x.csv"_s),
                                         u"--encoding"_s, u"latin-1"_s}),
                           u"latin-1"_s);
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s, u"-o"_s, path(u"x.csv"_s),
                                         u"--columns"_s, u"case_id,bogus"_s}),
                           u"bogus"_s);
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s, u"cause:aliens"_s, u"-o"_s,
                                         path(u"x.csv"_s)}),
                           u"unknown cause"_s);
        const QString bad = m_db + u"/x.csv"_s;
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s, u"-o"_s, bad}), bad);
        QVERIFY(!QFile::exists(path(u"x.csv"_s)));
    }

    void printWithoutADisplay()
    {
        const QString pdf = path(u"one.pdf"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &v :
             {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"XDG_RUNTIME_DIR"_s})
            env.remove(v);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), {u"--db"_s, m_db, u"print"_s, u"2024-902"_s, u"--pdf"_s, pdf});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(u"1 page(s) written"_s));
        QVERIFY(readFile(pdf).startsWith("%PDF-"));
    }

    // --era: the Japanese era beside each date (2024-902 was announced on 2024-06-04).
    void printWithEra()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("poppler-utils is not installed");
        auto textOf = [&](const QString &pdf) {
            QProcess p;
            p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            return p.waitForFinished(60000) ? QString::fromUtf8(p.readAllStandardOutput())
                                            : QString();
        };
        const QString era = path(u"era.pdf"_s);
        const auto r =
            test::runCli({u"--db"_s, m_db, u"print"_s, u"2024-902"_s, u"--era"_s, u"--pdf"_s, era});
        QCOMPARE(r.exitCode, 0);
        const QString withEra = textOf(era);
        QVERIFY2(withEra.contains(u"2024-06-04 ("_s) && withEra.contains(u"6年6"_s),
                 qPrintable(withEra));
        const QString plain = path(u"plain.pdf"_s);
        QCOMPARE(
            test::runCli({u"--db"_s, m_db, u"print"_s, u"2024-902"_s, u"--pdf"_s, plain}).exitCode,
            0);
        const QString without = textOf(plain);
        QVERIFY2(without.contains(u"2024-06-04"_s), qPrintable(without));
        QVERIFY2(!without.contains(u"2024-06-04 ("_s), qPrintable(without));
    }

    void printSeveral()
    {
        const QString pdf = path(u"two.pdf"_s);
        const auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"print"_s, u"2024-901"_s,
                                     u"#2024-903"_s, u"--pdf"_s, pdf});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"pages"_s).toInt(), 2);
        QCOMPARE(o.value(u"incidents"_s).toArray().size(), 2);
        if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
            QProcess info;
            info.start(u"pdfinfo"_s, {pdf});
            QVERIFY(info.waitForFinished(30000));
            QVERIFY(
                QString::fromUtf8(info.readAllStandardOutput()).contains(u"Pages:           2"_s));
        }
    }

    // print: the one-page Summary by default, the whole notice with --full.
    void printSummaryOrFullNotice()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString db = path(u"long.sqlite"_s);
        QVERIFY(writeFile(path(u"long.txt"_s), test::longNoticePage(150).toUtf8()));
        QCOMPARE(test::runCli({u"--db"_s, db, u"import"_s, path(u"long.txt"_s)}).exitCode, 0);
        auto print = [&](const QStringList &extra, const QString &pdf) {
            const auto r = test::runCli(QStringList{u"--db"_s, db, u"--json"_s, u"print"_s,
                                                    u"2024-950"_s, u"--pdf"_s, pdf} +
                                        extra);
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object().value(u"pages"_s).toInt()
                                   : -1;
        };
        auto textOf = [](const QString &pdf) {
            QProcess p;
            p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString summary = path(u"summary.pdf"_s);
        QCOMPARE(print({}, summary), 1);
        const QString one = textOf(summary);
        QVERIFY(one.contains(u"#2024-950"_s));
        QVERIFY(one.contains(u"第1区画"_s));
        QVERIFY(!one.contains(u"第150区画"_s));
        const QString full = path(u"full.pdf"_s);
        const int pages = print({u"--full"_s}, full);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        const QString all = textOf(full);
        for (int i = 1; i <= 150; ++i)
            QVERIFY(all.contains(u"第%1区画"_s.arg(i)));
    }

    void printUserErrors()
    {
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"print"_s, u"2024-902"_s}), u"--pdf"_s);
        expectOneLineError(
            test::runCli({u"--db"_s, m_db, u"print"_s, u"--pdf"_s, path(u"n.pdf"_s)}),
            u"CASE_ID"_s);
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"print"_s, u"2031-001"_s, u"--pdf"_s,
                                         path(u"n.pdf"_s)}),
                           u"2031-001"_s);
        const QString bad = m_db + u"/n.pdf"_s;
        expectOneLineError(
            test::runCli({u"--db"_s, m_db, u"print"_s, u"2024-902"_s, u"--pdf"_s, bad}), bad);
        QVERIFY(!QFile::exists(path(u"n.pdf"_s)));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_report_cli.moc"
