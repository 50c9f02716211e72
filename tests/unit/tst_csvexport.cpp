// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: RFC 4180 read back by a reader written here, BOM and CP932 bytes (decoded with
// ICU), the formula guard, characters CP932 cannot hold, the row count of a 10k database,
// cancelling, and errors that name the file.
#include "ReportFixtures.h"
#include "TestSupport.h"
#include "classify/Taxonomy.h"
#include "core/Translations.h"
#include "ingest/SyntheticCorpus.h"
#include "report/Cp932Encoder.h"
#include "report/CsvColumns.h"
#include "jobs/CsvExportJob.h"
#include "jobs/JobRunner.h"
#include "report/CsvExporter.h"
#include "search/QueryParser.h"
#include "store/IncidentQuery.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// RFC 4180, strictly: a quote opens only at the start of a field, "" inside quotes is a quote.
struct Csv
{
    QList<QStringList> rows;
    QStringList terminators; // what ended each record
    bool malformed = false;
};

Csv parseCsv(QStringView s)
{
    Csv out;
    QStringList row;
    QString field;
    bool inQuotes = false, quoted = false;
    const qsizetype n = s.size();
    auto endField = [&] {
        row << field;
        field.clear();
        quoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && s[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || quoted)
                out.malformed = true;
            inQuotes = quoted = true;
            continue;
        }
        if (c == u',') {
            endField();
            continue;
        }
        if (c == u'\r' && i + 1 < n && s[i + 1] == u'\n') {
            endField();
            out.rows << row;
            row.clear();
            out.terminators << u"\r\n"_s;
            ++i;
            continue;
        }
        if (c == u'\n') {
            endField();
            out.rows << row;
            row.clear();
            out.terminators << u"\n"_s;
            continue;
        }
        if (quoted || c == u'\r')
            out.malformed = true; // text after a closing quote, or a bare CR
        field += c;
    }
    if (inQuotes)
        out.malformed = true;
    if (!field.isEmpty() || !row.isEmpty()) {
        endField();
        out.rows << row;
        out.terminators << QString();
    }
    return out;
}

QString decodeCp932(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open("windows-31j", &status);
    if (U_FAILURE(status))
        return {};
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t n =
        ucnv_toUChars(conv, reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status))
        return u"<ICU: "_s + QString::fromLatin1(u_errorName(status)) + u'>';
    out.resize(n);
    return out;
}

Query parse(const QString &text)
{
    const ParsedQuery pq = QueryParser::parse(text, Taxonomy::builtIn());
    return pq.query;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A device that fills up after `room` bytes, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_room -= len;
        return len;
    }

private:
    qint64 m_room;
};

const QString TrickyNote = u"一行目, カンマ\n二行目 \"引用\"\r\n三行目"_s;

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_keyA, m_keyB, m_keyC;
    QString m_bigDb;

    QString keyOf(const QString &caseId)
    {
        IncidentStore store(*m_db);
        auto r = store.byCaseId(caseId);
        return r.ok() && !r->isEmpty() ? r->first().key : QString();
    }

    QByteArray exportBytes(const CsvExportOptions &o, const QString &query = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter exporter(*m_db, parse(query), o);
        const auto r = exporter.write(buffer);
        if (!r.ok()) {
            qWarning("export failed: %s", qPrintable(r.error()));
            return {};
        }
        return buffer.data();
    }

    // The 10k synthetic database, built once.
    Database *bigDb()
    {
        static std::unique_ptr<Database> db;
        if (db)
            return db.get();
        const QString pages = m_dir.filePath(u"synthetic"_s);
        SyntheticCorpus::Options o;
        o.notices = 10000;
        if (!SyntheticCorpus::write(pages, o).ok())
            return nullptr;
        m_bigDb = m_dir.filePath(u"big.sqlite"_s);
        db = test::openDb(m_bigDb);
        if (!db)
            return nullptr;
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        Importer importer(*db, classifier);
        const ImportSummary s = importer.importPaths({pages});
        if (!s.errors.isEmpty() || s.added != 10000)
            return nullptr;
        return db.get();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = test::openDb(m_dir.filePath(u"report.sqlite"_s));
        QVERIFY(m_db);
        QVERIFY(test::importText(*m_db, test::reportFixturePage(), u"fixture.txt"_s));
        m_keyA = keyOf(u"2024-901"_s);
        m_keyB = keyOf(u"2024-902"_s);
        m_keyC = keyOf(u"2024-903"_s);
        QVERIFY(!m_keyA.isEmpty() && !m_keyB.isEmpty() && !m_keyC.isEmpty());
        IncidentStore store(*m_db);
        QVERIFY(store.setNote(m_keyA, TrickyNote).ok());
        QVERIFY(store.setTags(m_keyA, {u"@要確認"_s, u"-保留"_s}).ok());
        QVERIFY(store.setNote(m_keyB, u"=HYPERLINK(\"http://example.invalid\",\"詳細\")"_s).ok());
        QVERIFY(store.setNote(m_keyC, u"+81 3-0000-0000 へ連絡済み"_s).ok());
        QVERIFY(store.setStarred(m_keyC, true).ok());
    }

    void quotingFollowsRfc4180()
    {
        auto q = [](const QString &s) -> QString {
            QString line;
            CsvExporter::appendField(line, s);
            return line;
        };
        QCOMPARE(q(u"plain 日本語"_s), u"plain 日本語"_s);
        QCOMPARE(q(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(q(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(q(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(q(u"cr\rhere"_s), u"\"cr\rhere\""_s);
        QCOMPARE(q(QString()), QString());
    }

    void formulaCellsAreRecognised()
    {
        for (const QString &s :
             {u"=1+1"_s, u"+81"_s, u"-2"_s, u"@SUM(A1)"_s, u"\tx"_s, u"\rx"_s, u"＝1"_s, u"－1"_s})
            QVERIFY2(CsvExporter::startsLikeFormula(s), qPrintable(s));
        for (const QString &s : {u"1-2"_s, u"a=b"_s, u"'=1"_s, QString(), u" =1"_s})
            QVERIFY2(!CsvExporter::startsLikeFormula(s), qPrintable(s));
    }

    void utf8BomRoundTrip()
    {
        CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Utf8Bom);
        o.columns = CsvColumns::allKeys();
        o.keys = true;
        const QByteArray bytes = exportBytes(o);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.mid(3).contains("\xEF\xBB\xBF"));
        const Csv csv = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QVERIFY(!csv.malformed);
        QCOMPARE(csv.rows.size(), 4);
        for (const QString &t : csv.terminators)
            QCOMPARE(t, u"\r\n"_s); // the Excel preset: CRLF between records
        QCOMPARE(csv.rows.first(), CsvColumns::allKeys());

        // Every cell as the exporter means it, in the order of the query (newest first).
        const auto records = IncidentQuery::fetch(*m_db, Query());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QStringList expected;
            for (CsvColumn c : CsvColumns::all()) {
                QString v = CsvColumns::value(records->at(i), c, true, Taxonomy::builtIn());
                if (CsvExporter::startsLikeFormula(v))
                    v.prepend(u'\'');
                expected << v;
            }
            QCOMPARE(csv.rows[i + 1], expected);
        }
        // The tricky note survives byte for byte: comma, quotes, LF and CRLF inside a field.
        const QStringList a = csv.rows[3];
        QCOMPARE(a[0], u"2024-901"_s);
        QCOMPARE(a[8], TrickyNote);
        QVERIFY(a[3].contains(u"\"見積書\" 誤送信, 再発防止"_s));
        QCOMPARE(a[1], u"2024-06-03"_s); // ISO date
        QCOMPARE(a[6], u"12"_s);         // a plain number
    }

    void namesHeaderAndUtf8WithoutBom()
    {
        CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Utf8);
        QVERIFY(!o.crlf);
        const QByteArray bytes = exportBytes(o);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        const Csv csv = parseCsv(QString::fromUtf8(bytes));
        QVERIFY(!csv.malformed);
        QCOMPARE(csv.terminators.first(), u"\n"_s);
        QStringList names;
        for (const QString &k : CsvColumns::defaultKeys())
            names << CsvColumns::name(*CsvColumns::fromKey(k));
        QCOMPARE(csv.rows.first(), names);
        QCOMPARE(csv.rows.first().size(), 8);
        // Cause as a name, not a key.
        QCOMPARE(csv.rows[1][4], Taxonomy::builtIn().causeName(u"ransomware"_s));
    }

    void japaneseHeaderInAJapaneseUi()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(Translations::install());
        CsvExportOptions o;
        o.columns = {u"case_id"_s, u"organization"_s, u"title"_s, u"cause"_s, u"note"_s};
        const QByteArray bytes = exportBytes(o, u"case:2024-903"_s);
        QLocale::setDefault(before);
        Translations::install();
        const Csv csv = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(csv.rows.first(),
                 (QStringList{u"事件簿番号"_s, u"組織"_s, u"件名"_s, u"原因"_s, u"メモ"_s}));
        QCOMPARE(csv.rows[1][3], u"ランサムウェア"_s);
        QCOMPARE(CsvColumns::name(CsvColumn::CaseId), u"Case"_s);
    }

    void formulaGuard()
    {
        CsvExportOptions o;
        o.columns = {u"case_id"_s, u"note"_s, u"tags"_s};
        Csv csv = parseCsv(QString::fromUtf8(exportBytes(o)));
        QVERIFY(!csv.malformed);
        QHash<QString, QStringList> byCase;
        for (const QStringList &r : csv.rows)
            byCase.insert(r[0], r);
        QCOMPARE(byCase[u"2024-902"_s][1], u"'=HYPERLINK(\"http://example.invalid\",\"詳細\")"_s);
        QCOMPARE(byCase[u"2024-903"_s][1], u"'+81 3-0000-0000 へ連絡済み"_s);
        QCOMPARE(byCase[u"2024-901"_s][2], u"'@要確認; -保留"_s);
        QCOMPARE(byCase[u"2024-901"_s][1], TrickyNote); // not a formula: untouched

        o.formulaGuard = false;
        csv = parseCsv(QString::fromUtf8(exportBytes(o)));
        byCase.clear();
        for (const QStringList &r : csv.rows)
            byCase.insert(r[0], r);
        QCOMPARE(byCase[u"2024-902"_s][1], u"=HYPERLINK(\"http://example.invalid\",\"詳細\")"_s);
        QCOMPARE(byCase[u"2024-903"_s][1], u"+81 3-0000-0000 へ連絡済み"_s);
    }

    void cp932RoundTrip()
    {
        CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Cp932);
        QVERIFY(o.crlf);
        o.columns = CsvColumns::allKeys();
        const QByteArray cp932 = exportBytes(o);
        QVERIFY(!cp932.isEmpty());
        QVERIFY(!cp932.contains("\xFC\xFC")); // never ICU's silent substitute
        CsvExportOptions u = o;
        u.encoding = CsvEncoding::Utf8;
        const QByteArray utf8 = exportBytes(u);
        const QString decoded = decodeCp932(cp932);
        QCOMPARE(decoded, QString::fromUtf8(utf8));
        // Known bytes: 見積書 in CP932.
        QVERIFY(cp932.contains("\x8C\xA9\x90\xCF\x8F\x91"));
        const Csv csv = parseCsv(decoded);
        QVERIFY(!csv.malformed);
        QCOMPARE(csv.rows.size(), 4);
    }

    void cp932EquivalentsAndUnmappable()
    {
        Cp932Encoder enc;
        QVERIFY(enc.isValid());
        QVERIFY(!enc.canEncode(U'〜'));
        QVERIFY(!enc.canEncode(U'−'));
        QVERIFY(!enc.canEncode(U'‖'));
        QVERIFY(!enc.canEncode(U'𠮷'));
        QVERIFY(enc.canEncode(U'～'));
        QVERIFY(enc.canEncode(U'①'));
        QVERIFY(enc.canEncode(U'髙'));
        QCOMPARE(enc.equivalent(U'〜'), u"～"_s);
        QCOMPARE(enc.equivalent(U'−'), u"－"_s);
        QCOMPARE(enc.equivalent(U'‖'), u"∥"_s);
        QCOMPARE(enc.equivalent(U'é'), u"e"_s);
        QCOMPARE(enc.equivalent(U'¥'), u"￥"_s);
        QVERIFY(enc.equivalent(U'😀').isEmpty());
    }

    void unmappableAreListedBeforeWriting()
    {
        IncidentStore store(*m_db);
        const QString note = u"期間：5月1日〜5月3日、温度−5℃、‖区切り‖、𠮷田様、Café 😀"_s;
        QVERIFY(store.setNote(m_keyA, note).ok());
        CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Cp932);
        o.columns = {u"case_id"_s, u"title"_s, u"note"_s};
        {
            CsvExporter exporter(*m_db, Query(), o);
            const auto scan = exporter.scanUnmappable();
            QVERIFY(scan.ok());
            QCOMPARE(scan->total(), 7);
            QCOMPARE(scan->distinct(), 6);
            QCOMPARE(scan->listed().first().codePoint, U'〜');
            QCOMPARE(scan->listed().first().caseId, u"2024-901"_s);
            QCOMPARE(scan->listed().first().column, u"note"_s);
            QCOMPARE(scan->listed().first().replacement, u"～"_s);
            const QString d = scan->describe();
            QVERIFY2(d.contains(u"〜 U+301C"_s) && d.contains(u"U+20BB7"_s), qPrintable(d));
            QVERIFY(!d.contains(u'\n'));

            // Without replacement nothing is written, and the message lists them.
            const QString path = m_dir.filePath(u"unmappable.csv"_s);
            const auto r = exporter.save(path);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(u"U+301C"_s), qPrintable(r.error()));
            QVERIFY(!QFile::exists(path));
        }
        o.replaceUnmappable = true;
        CsvExporter exporter(*m_db, Query(), o);
        const QString path = m_dir.filePath(u"replaced.csv"_s);
        const auto r = exporter.save(path);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->replaced.total(), 7);
        const QString text = decodeCp932(readAll(path));
        QVERIFY2(text.contains(u"期間：5月1日～5月3日、温度－5℃、∥区切り∥、?田様、Cafe ?"_s),
                 qPrintable(text));
        QVERIFY(store.setNote(m_keyA, TrickyNote).ok());
    }

    void replacementIsGuardedToo()
    {
        // An en dash maps to a hyphen: the guard sees the cell as written.
        IncidentStore store(*m_db);
        QVERIFY(store.setNote(m_keyB, u"−1 件"_s).ok());
        CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Cp932);
        o.replaceUnmappable = true;
        o.columns = {u"case_id"_s, u"note"_s};
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        QVERIFY(CsvExporter(*m_db, parse(u"case:2024-902"_s), o).write(b).ok());
        QCOMPARE(decodeCp932(b.data()), u"Case,Note\r\n2024-902,'－1 件\r\n"_s);
        QVERIFY(store.setNote(m_keyB, u"=HYPERLINK(\"http://example.invalid\",\"詳細\")"_s).ok());
    }

    void unknownColumnIsAClearError()
    {
        CsvExportOptions o;
        o.columns = {u"case_id"_s, u"bogus"_s};
        CsvExporter exporter(*m_db, Query(), o);
        const Status s = exporter.validate();
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(u"bogus"_s));
        QVERIFY(s.error().contains(u"source_url"_s));
    }

    void rowCountEqualsQueryCountOn10k()
    {
        Database *db = bigDb();
        QVERIFY(db);
        for (const QString &text : {QString(), u"year:2023"_s, u"ランサムウェア"_s,
                                    u"cause:misconfiguration OR sector:medical"_s}) {
            const Query query = parse(text);
            const auto count = IncidentQuery::count(*db, query);
            QVERIFY(count.ok());
            QVERIFY(text.isEmpty() ? count.value() == 10000 : count.value() > 0);
            const QString path = m_dir.filePath(u"big.csv"_s);
            CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Utf8Bom);
            qint64 lastDone = -1, lastTotal = -1;
            CsvExporter exporter(*db, query, o);
            exporter.setProgress([&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
            });
            const auto r = exporter.save(path);
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(r->rows, count.value());
            QCOMPARE(lastDone, count.value());
            QCOMPARE(lastTotal, count.value());
            const QByteArray bytes = readAll(path);
            QCOMPARE(r->bytes, bytes.size());
            const Csv csv = parseCsv(QString::fromUtf8(bytes.mid(3)));
            QVERIFY(!csv.malformed);
            QCOMPARE(csv.rows.size(), count.value() + 1);
        }
    }

    void cancelledExportLeavesNoFile()
    {
        Database *db = bigDb();
        QVERIFY(db);
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        std::atomic_bool cancel{false};
        CsvExporter exporter(*db, Query(), CsvExportOptions{});
        exporter.setCancelFlag(&cancel);
        exporter.setProgress([&](qint64 done, qint64) {
            if (done >= 1000)
                cancel = true;
        });
        auto r = exporter.save(path);
        QVERIFY(r.ok());
        QVERIFY(r->cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir.path())
                    .entryList({u"cancelled.csv*"_s}, QDir::Files | QDir::Hidden)
                    .isEmpty());

        // Over an existing file: the old file stays as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
        old.close();
        cancel = false;
        r = exporter.save(path);
        QVERIFY(r.ok() && r->cancelled);
        QCOMPARE(readAll(path), QByteArray("old contents\n"));
    }

    void errorsNameTheFile()
    {
        const Query all;
        // A folder that cannot be written (root writes anywhere but /sys).
        QString path;
        QTemporaryDir ro;
        if (geteuid() == 0) {
            if (!QFileInfo(u"/sys"_s).isDir())
                QSKIP("running as root without /sys: no folder refuses writing");
            path = u"/sys/jikenbo-export.csv"_s;
        } else {
            QVERIFY(QFile::setPermissions(ro.path(), QFile::ReadOwner | QFile::ExeOwner));
            path = ro.filePath(u"export.csv"_s);
        }
        auto r = CsvExporter(*m_db, all, CsvExportOptions{}).save(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(path), qPrintable(r.error()));
        QVERIFY2(r.error().contains(u"ermission denied"_s), qPrintable(r.error()));
        QVERIFY(!r.error().contains(u'\n'));
        QVERIFY(!QFile::exists(path));
        QFile::setPermissions(ro.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // A file where a folder should be; a folder where the file should be.
        const QString notDir = m_dir.filePath(u"report.sqlite"_s) + u"/x.csv"_s;
        r = CsvExporter(*m_db, all, CsvExportOptions{}).save(notDir);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(notDir), qPrintable(r.error()));
        r = CsvExporter(*m_db, all, CsvExportOptions{}).save(m_dir.path());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(m_dir.path()), qPrintable(r.error()));
    }

    void fullDiskIsReported()
    {
        Database *db = bigDb();
        QVERIFY(db);
        FullDevice full(100000);
        QVERIFY(full.open(QIODevice::WriteOnly));
        const auto r = CsvExporter(*db, Query(), CsvExportOptions{}).write(full);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"No space left on device"_s), qPrintable(r.error()));
    }

    void jobRunsOnAWorkerThread()
    {
        const QString path = m_dir.filePath(u"job.csv"_s);
        auto job = std::make_shared<CsvExportJob>(CsvExportJob::Options{
            Query(), CsvExportOptions::preset(CsvEncoding::Utf8Bom), ListOptions{}, path});
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progress(&runner, &JobRunner::progress);
        QVERIFY(runner.start(u"Exporting"_s, job, m_db->path()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->outcome(), CsvExportJob::Outcome::Written);
        QCOMPARE(job->summary().rows, 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).value<JobProgress>().done, 3);
        QVERIFY(readAll(path).startsWith("\xEF\xBB\xBF"));
    }

    void jobAsksBeforeReplacing()
    {
        IncidentStore store(*m_db);
        QVERIFY(store.setNote(m_keyC, u"〜確認中〜"_s).ok());
        const QString path = m_dir.filePath(u"job-cp932.csv"_s);
        CsvExportOptions o = CsvExportOptions::preset(CsvEncoding::Cp932);
        o.columns = {u"case_id"_s, u"note"_s};
        auto job = std::make_shared<CsvExportJob>(CsvExportJob::Options{Query(), o, ListOptions{}, path});
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QVERIFY(runner.start(u"Exporting"_s, job, m_db->path()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->outcome(), CsvExportJob::Outcome::NeedsReplacement);
        QCOMPARE(job->unmappable().total(), 2);
        QVERIFY(!QFile::exists(path));
        QVERIFY(store.setNote(m_keyC, u"+81 3-0000-0000 へ連絡済み"_s).ok());
    }

    void jobCancels()
    {
        Database *db = bigDb();
        QVERIFY(db);
        const QString path = m_dir.filePath(u"job-cancel.csv"_s);
        auto job = std::make_shared<CsvExportJob>(
            CsvExportJob::Options{Query(), CsvExportOptions{}, ListOptions{}, path});
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy cancelled(&runner, &JobRunner::cancelRequested);
        QVERIFY(runner.start(u"Exporting"_s, job, m_bigDb));
        QVERIFY(!runner.start(u"Exporting"_s, job, m_bigDb)); // one job at a time
        runner.cancel();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(finished.wait(30000));
        QCOMPARE(job->outcome(), CsvExportJob::Outcome::Cancelled);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
