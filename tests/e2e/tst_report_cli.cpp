// SPDX-License-Identifier: GPL-3.0-or-later
// jikenbo-cli export and print end to end: a real process, a real database, real files.
#include "ReportFixtures.h"
#include "TestSupport.h"

#include <QDir>
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

    // The facts of issue 16 as columns: when it was found, days to disclosure, kinds, contractor.
    void exportFactColumns()
    {
        const QString out = path(u"facts.csv"_s);
        const auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"case:2024-901"_s, u"-o"_s, out,
                                     u"--keys"_s, u"--columns"_s,
                                     u"case_id,discovered_on,disclosure_days,data_kinds,via_contractor"_s});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = readFile(out).split('\n');
        QCOMPARE(lines.value(0), QByteArray("case_id,discovered_on,disclosure_days,data_kinds,via_contractor"));
        // 判明 on 5/22, announced 6/3: 12 days; the names of the contacts leaked; no contractor.
        const QByteArray row = lines.value(1);
        QVERIFY2(row.startsWith("2024-901,2024-05-22,12,"), row.constData());
        QVERIFY2(row.contains("name"), row.constData());
        QVERIFY2(row.endsWith(",0"), row.constData());
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

    // export --format jsonl: one VERIS-shaped object per line, read back field by field.
    void exportVerisJsonLinesOfFixtures()
    {
        const QString out = path(u"fixtures.jsonl"_s);
        const auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"export"_s, u"case:2024-901"_s,
                                     u"OR"_s, u"case:2024-902"_s, u"OR"_s, u"case:2024-903"_s,
                                     u"--format"_s, u"jsonl"_s, u"-o"_s, out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"rows"_s).toInteger(), 3);
        QHash<QString, QJsonObject> byCase;
        const QList<QByteArray> lines = readFile(out).split('\n');
        QCOMPARE(lines.size(), 4); // three lines, each ended
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i < 3; ++i) {
            QJsonParseError e;
            const QJsonDocument d = QJsonDocument::fromJson(lines[i], &e);
            QVERIFY2(d.isObject(), qPrintable(e.errorString()));
            const QJsonObject o = d.object();
            byCase.insert(o[u"plus"_s][u"case_id"_s].toString(), o);
            QCOMPARE(o[u"schema_version"_s].toString(), u"1.3.7"_s);
            QVERIFY(!o[u"incident_id"_s].toString().isEmpty());
            QCOMPARE(o[u"victim"_s][u"country"_s].toArray(), QJsonArray{u"JP"_s});
        }
        // A mis-sent quotation: error.Misdelivery, occurred 5/20, found 5/22 (two days),
        // announced 6/3; a name leaked; a company of unknown industry.
        const QJsonObject sent = byCase.value(u"2024-901"_s);
        QCOMPARE(sent[u"action"_s].toObject(),
                 (QJsonObject{{u"error"_s, QJsonObject{{u"variety"_s, QJsonArray{u"Misdelivery"_s}}}}}));
        QCOMPARE(sent[u"victim"_s][u"industry"_s].toString(), u"000"_s);
        QCOMPARE(sent[u"victim"_s][u"victim_id"_s].toString(), u"株式会社ミナセ精機"_s);
        QCOMPARE(sent[u"timeline"_s][u"discovery"_s].toObject(),
                 (QJsonObject{{u"unit"_s, u"Days"_s}, {u"value"_s, 2}}));
        QCOMPARE(sent[u"timeline"_s][u"incident"_s].toObject(),
                 (QJsonObject{{u"year"_s, 2024}, {u"month"_s, 5}, {u"day"_s, 20}}));
        const QJsonObject sentDates = sent[u"plus"_s][u"timeline"_s].toObject();
        QCOMPARE(sentDates[u"discovered_on"_s].toString(), u"2024-05-22"_s);
        QCOMPARE(sentDates[u"announced_on"_s].toString(), u"2024-06-03"_s);
        QCOMPARE(sentDates[u"disclosure_days"_s].toInt(), 12);
        QVERIFY(sent[u"plus"_s][u"data_kinds"_s].toArray().contains(u"name"_s));
        QVERIFY(sent[u"attribute"_s][u"confidentiality"_s][u"data"_s].toArray().contains(
            QJsonObject{{u"variety"_s, u"Personal"_s}}));
        QCOMPARE(sent[u"plus"_s][u"veris_category"_s].toString(), u"error.misdelivery"_s);
        // A lost box of papers at a city: error.Loss, public administration, found 5/30.
        const QJsonObject lost = byCase.value(u"2024-902"_s);
        QCOMPARE(lost[u"action"_s][u"error"_s][u"variety"_s].toArray(), QJsonArray{u"Loss"_s});
        QCOMPARE(lost[u"victim"_s][u"industry"_s].toString(), u"92"_s);
        QCOMPARE(lost[u"plus"_s][u"timeline"_s][u"discovered_on"_s].toString(), u"2024-05-30"_s);
        // Ransomware at a hospital: malware.Ransomware, health care.
        const QJsonObject ransom = byCase.value(u"2024-903"_s);
        QCOMPARE(ransom[u"action"_s][u"malware"_s][u"variety"_s].toArray(),
                 QJsonArray{u"Ransomware"_s});
        QCOMPARE(ransom[u"victim"_s][u"industry"_s].toString(), u"62"_s);
        QCOMPARE(ransom[u"plus"_s][u"sector"_s].toString(), u"medical"_s);

        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"xml"_s,
                                         u"-o"_s, path(u"x.xml"_s)}),
                           u"xml"_s);
        expectOneLineError(test::runCli({u"--db"_s, m_db, u"export"_s, u"--format"_s, u"jsonl"_s,
                                         u"--encoding"_s, u"cp932"_s, u"-o"_s, path(u"x.jsonl"_s)}),
                           u"--encoding"_s);
        QVERIFY(!QFile::exists(path(u"x.jsonl"_s)));
    }

    // On the seeds: stats --scheme counts what the scheme: terms list, and the JSON Lines
    // export has a line per incident whose VERIS category is the one stats counts it under.
    void schemesOnTheSeeds()
    {
        JIKENBO_REQUIRE_SHARED();
        const QString db = path(u"seeds.sqlite"_s);
        QCOMPARE(test::importSeeds(db), 74);
        for (const QString &scheme : {u"tsr"_s, u"jnsa"_s, u"veris"_s}) {
            const auto r = test::runCli({u"--db"_s, db, u"--json"_s, u"stats"_s, u"--scheme"_s,
                                         scheme, u"--period"_s, u"year"_s});
            QCOMPARE(r.exitCode, 0);
            const QJsonObject json = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(json[u"scheme"_s].toString(), scheme);
            QCOMPARE(json[u"total"_s].toInteger(), 74);
            QHash<QString, qint64> perKey;
            qint64 sum = 0;
            for (const QJsonValue &v : json[u"rows"_s].toArray()) {
                perKey[v[u"key"_s].toString()] += v[u"count"_s].toInteger();
                sum += v[u"count"_s].toInteger();
            }
            QCOMPARE(sum + json[u"no_date"_s].toInteger(), 74);
            for (auto it = perKey.begin(); it != perKey.end(); ++it) {
                const auto list =
                    test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s,
                                  u"scheme:%1:%2"_s.arg(scheme, it.key()), u"has:date"_s});
                QCOMPARE(list.exitCode, 0);
                QCOMPARE(qint64(QJsonDocument::fromJson(list.out).array().size()), it.value());
            }
        }
        // The text table names the categories in the UI language (here English).
        const auto text = test::runCli({u"--db"_s, db, u"stats"_s, u"--scheme"_s, u"tsr"_s,
                                        u"--period"_s, u"year"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(u"Unauthorized take-out, theft"_s), text.out.constData());
        QVERIFY(text.outText().contains(u"Tokyo Shoko Research"_s));

        const QString out = path(u"seeds.jsonl"_s);
        QCOMPARE(test::runCli({u"--db"_s, db, u"export"_s, u"--format"_s, u"jsonl"_s, u"-o"_s, out})
                     .exitCode,
                 0);
        const auto list = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s});
        QHash<QString, QJsonObject> listed;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
            listed.insert(v[u"key"_s].toString(), v.toObject());
        QHash<QString, qint64> verisCount;
        int lines = 0;
        for (const QByteArray &line : readFile(out).split('\n')) {
            if (line.isEmpty())
                continue;
            ++lines;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QJsonObject row = listed.value(o[u"incident_id"_s].toString());
            QVERIFY(!row.isEmpty());
            QCOMPARE(o[u"plus"_s][u"case_id"_s].toString(), row[u"case_id"_s].toString());
            QCOMPARE(o[u"summary"_s].toString(), row[u"title"_s].toString());
            QCOMPARE(o[u"plus"_s][u"cause"_s].toString(), row[u"cause"_s].toString());
            const QJsonValue total = o[u"attribute"_s][u"confidentiality"_s][u"data_total"_s];
            if (row[u"affected"_s].isNull())
                QVERIFY(total.isUndefined());
            else
                QCOMPARE(total.toInteger(), row[u"affected"_s].toInteger());
            QCOMPARE(o[u"action"_s].toObject().size(), 1);
            verisCount[o[u"plus"_s][u"veris_category"_s].toString()] += 1;
        }
        QCOMPARE(lines, 74);
        for (auto it = verisCount.begin(); it != verisCount.end(); ++it) {
            const auto l = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s,
                                         u"scheme:veris:"_s + it.key()});
            QCOMPARE(qint64(QJsonDocument::fromJson(l.out).array().size()), it.value());
        }

        // A user's schemes.json in the data folder replaces the built-in one; --schemes with a
        // broken file is refused, naming the file and the field.
        const QString data = path(u"xdg-data"_s);
        QVERIFY(QDir().mkpath(data + u"/jikenbo"_s));
        QByteArray own = readFile(test::sourceDir() + u"/resources/data/schemes.json"_s);
        own.replace("\"Unauthorized take-out, theft\"", "\"Taken out or stolen\"");
        QVERIFY(writeFile(data + u"/jikenbo/schemes.json"_s, own));
        qputenv("XDG_DATA_HOME", data.toUtf8());
        const auto mine = test::runCli({u"--db"_s, db, u"stats"_s, u"--scheme"_s, u"tsr"_s});
        QVERIFY(writeFile(data + u"/jikenbo/schemes.json"_s, "{\"schemes\": []}"));
        const auto broken = test::runCli({u"--db"_s, db, u"stats"_s, u"--scheme"_s, u"tsr"_s});
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(mine.exitCode, 0);
        QVERIFY2(mine.outText().contains(u"Taken out or stolen"_s), mine.out.constData());
        QCOMPARE(broken.exitCode, 0);
        QVERIFY2(broken.errText().contains(data + u"/jikenbo/schemes.json: "_s), broken.err.constData());
        QVERIFY(broken.errText().contains(u"built-in"_s));
        QVERIFY(broken.outText().contains(u"Unauthorized take-out, theft"_s));
        const QString bad = path(u"bad-schemes.json"_s);
        QVERIFY(writeFile(bad, "{\"schemes\": [{\"id\": \"tsr\"}]}"));
        expectOneLineError(test::runCli({u"--db"_s, db, u"--schemes"_s, bad, u"stats"_s,
                                         u"--scheme"_s, u"tsr"_s}),
                           bad + u": schemes[0].ja"_s);
        expectOneLineError(test::runCli({u"--db"_s, db, u"stats"_s, u"--scheme"_s, u"nope"_s}),
                           u"tsr, jnsa, veris"_s);
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
