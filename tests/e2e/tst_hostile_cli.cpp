// SPDX-License-Identifier: GPL-3.0-or-later
// jikenbo-cli against what a careless or hostile user hands it (issue 18): a FIFO, a device or a
// kernel file is never read as a page nor replaced by an export; a full device or a file size
// limit fails the command with one line and leaves the old file; odd output paths get one line;
// a query with nothing searchable is an error, not a match of every notice.
//
// Device nodes are copies made with mknod in a temporary folder (root only; skipped otherwise),
// never /dev/null or /dev/full themselves: should the fix regress, the rename replaces only the
// copy. For the same reason no test here names a real device as an output.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

using test::readFile;
using test::writeFile;

// Fictional notices written for this test.
const QByteArray pageA =
    "【セキュリティ事件簿#2025-811】株式会社カスミ草工房 顧客情報の漏えいに関するお知らせ "
    "2025/2/3\n\n\n"
    "当社の通販サイトにおいて、お客様の氏名と住所が外部から閲覧できる状態となり、情報が漏えい"
    "した可能性があることが判明しました。\n\n"
    "【セキュリティ事件簿#2025-812】白浜台市 保育施設の名簿の紛失について 2025年2月4日\n\n\n"
    "市立保育施設において、園児の名簿を記録したUSBメモリを紛失しました。\n";
const QByteArray pageB =
    "【セキュリティ事件簿#2025-813】有限会社ナギサ通商 取引先へのメール誤送信について "
    "2025/2/5\n\n\n"
    "取引先12社に送るべき案内を、宛先をBCCにせず送信しました。\n";

struct Node
{
    mode_t mode = 0;
    dev_t rdev = 0;
};

// The node itself (lstat): a FIFO or a device must still be one after a command wrote to it.
Node nodeAt(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_mode, st.st_rdev};
}

bool isFifo(const QString &path)
{
    return S_ISFIFO(nodeAt(path).mode);
}

bool isCharDevice(const QString &path, dev_t rdev)
{
    const Node n = nodeAt(path);
    return S_ISCHR(n.mode) && n.rdev == rdev;
}

// A character device with the numbers of `original` (/dev/null, /dev/full) at `path`; empty
// when this machine cannot make one that works (not root, a nodev file system): the reason.
QString copyDevice(const char *original, const QString &path, dev_t *rdev)
{
    struct stat st;
    if (::stat(original, &st) != 0 || !S_ISCHR(st.st_mode))
        return u"%1 is not a character device here"_s.arg(QLatin1StringView(original));
    const QByteArray p = QFile::encodeName(path);
    if (::mknod(p.constData(), S_IFCHR | 0666, st.st_rdev) != 0)
        return u"cannot make a device node (mknod: %1); root is needed"_s.arg(
            QString::fromLocal8Bit(strerror(errno)));
    // It must behave as the original: a write succeeds (null) or fails with ENOSPC (full).
    const int fd = ::open(p.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return u"the device node does not open (%1): a nodev file system?"_s.arg(
            QString::fromLocal8Bit(strerror(errno)));
    const ssize_t n = ::write(fd, "x", 1);
    const int err = errno;
    ::close(fd);
    const bool full = QByteArrayView(original) == "/dev/full";
    if (full ? !(n < 0 && err == ENOSPC) : n != 1)
        return u"the copy of %1 does not behave as it"_s.arg(QLatin1StringView(original));
    *rdev = st.st_rdev;
    return {};
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct Run
{
    std::function<void()> childSetup; // after fork, before exec (async-signal-safe calls only)
    bool keepStdinOpen = false;
    int timeoutMs = 30000;
};

test::CliResult runCli(const QStringList &args, const Run &how)
{
    QProcess p;
    p.setProgram(test::cliPath());
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    if (how.childSetup)
        p.setChildProcessModifier(how.childSetup);
    p.start();
    test::CliResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!how.keepStdinOpen)
        p.closeWriteChannel();
    if (!p.waitForFinished(how.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "(killed: still running after the timeout)";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Runs the CLI while this process reads the FIFO it writes to. A reader is open before the CLI
// starts, so the CLI's non-blocking open finds one; reading goes on until the CLI has ended and
// the FIFO is empty.
QByteArray runCliIntoFifo(const QStringList &args, const QString &fifo, test::CliResult *r)
{
    const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {};
    QProcess p;
    p.setProgram(test::cliPath());
    p.setArguments(args);
    p.start();
    QByteArray got;
    char buf[65536];
    bool ended = false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            got.append(buf, n);
            continue;
        }
        if (ended)
            break;
        ended = p.waitForFinished(20);
    }
    ::close(fd);
    if (!ended) {
        p.kill();
        p.waitForFinished();
        return got;
    }
    r->exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r->out = p.readAllStandardOutput();
    r->err = p.readAllStandardError();
    return got;
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv; // the whole database exported to a regular file, for comparison

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Exit 1 and one line on stderr naming `name` and saying `says`; nothing on stdout.
    static void expectOneLine(const test::CliResult &r, const QString &name, const QString &says)
    {
        QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.errText())));
        const QString err = r.errText().trimmed();
        QVERIFY2(!err.isEmpty(), "no message on stderr");
        QVERIFY2(!err.contains(u'\n'), qPrintable(err));
        QVERIFY2(err.contains(name), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
    }

    QStringList listKeys(const QString &query)
    {
        const auto r = test::runCli({u"--db"_s, m_db, u"--json"_s, u"list"_s, query});
        if (r.exitCode != 0)
            return {u"(exit %1: %2)"_s.arg(r.exitCode).arg(r.errText())};
        QStringList keys;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            keys << v.toObject().value(u"key"_s).toString();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(u"hostile.sqlite"_s);
        QVERIFY(writeFile(path(u"page-a.txt"_s), pageA));
        const auto r = test::runCli({u"--db"_s, m_db, u"import"_s, path(u"page-a.txt"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outText().contains(u"2 added"_s));
        m_csv = path(u"all.csv"_s);
        QCOMPARE(test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, m_csv}).exitCode, 0);
        QVERIFY(readFile(m_csv).contains("カスミ草工房"));
    }

    // ---- importing what is not a regular file -------------------------------------------------

    void importRefusesAFifo()
    {
        const QString fifo = path(u"import.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString before = test::dumpDatabase(m_db);
        // Opening a FIFO for reading waits for a writer: this hung until killed.
        const auto r = runCli({u"--db"_s, m_db, u"import"_s, fifo}, {{}, false, 20000});
        expectOneLine(r, fifo, u"FIFO"_s);
        QVERIFY(r.errText().contains(u"not a regular file"_s));
        QCOMPARE(test::dumpDatabase(m_db), before);
        QVERIFY(isFifo(fifo));
    }

    void otherInputsRefuseAFifo()
    {
        // The rules file (any command) and the gold file of eval were opened as they came:
        // a FIFO hung the command.
        const QString fifo = path(u"input.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto r = runCli({u"--db"_s, m_db, u"--rules"_s, fifo, u"list"_s}, {{}, false, 20000});
        expectOneLine(r, fifo, u"cannot read rules file: is a FIFO"_s);
        r = runCli({u"eval"_s, fifo, path(u"page-a.txt"_s)}, {{}, false, 20000});
        expectOneLine(r, fifo, u"cannot read the gold file: is a FIFO"_s);
        QVERIFY(isFifo(fifo));
    }

    void importRefusesAPipeThatNeverEnds()
    {
        // /proc/self/fd/0 is the CLI's standard input: a pipe this test keeps open, which a
        // reader would wait on forever.
        const QString stdinPath = u"/proc/self/fd/0"_s;
        if (!QFileInfo::exists(u"/proc/self/fd"_s))
            QSKIP("no /proc/self/fd here");
        const auto r = runCli({u"--db"_s, m_db, u"import"_s, stdinPath}, {{}, true, 20000});
        expectOneLine(r, stdinPath, u"not a regular file"_s);
    }

    void importRefusesDevicesAndKernelFiles_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("says");
        // Endless: reading it gave 64 MB of NUL and "a line is longer than…".
        QTest::newRow("character device") << u"/dev/zero"_s << u"a character device"_s;
        // Generated by the kernel as it is read, with size 0.
        QTest::newRow("kernel file") << u"/proc/self/status"_s << u"a file of the kernel"_s;
        // Walking it followed /proc/self/root into the whole file system.
        QTest::newRow("kernel folder") << u"/proc/self"_s << u"a folder of the kernel"_s;
        // Said as what it is, not as "no such file or folder".
        QTest::newRow("a path too long")
            << u"/tmp/"_s + QString(300, u'x') + u".txt"_s << u"File name too long"_s;
    }

    void importRefusesDevicesAndKernelFiles()
    {
        QFETCH(QString, source);
        QFETCH(QString, says);
        if (!source.startsWith(u"/tmp/"_s) && !QFileInfo::exists(source))
            QSKIP(qPrintable(source + u" does not exist here"_s));
        const QString before = test::dumpDatabase(m_db);
        const auto r = runCli({u"--db"_s, m_db, u"import"_s, source}, {{}, false, 20000});
        expectOneLine(r, source, says);
        QCOMPARE(test::dumpDatabase(m_db), before);
    }

    void folderSkipsWhatIsNotAFile()
    {
        const QString dir = path(u"folder"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(dir + u"/page-b.txt"_s, pageB));
        const QString fifo = dir + u"/waiting.fifo"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = dir + u"/link-to-fifo.txt"_s;
        QVERIFY(QFile::link(fifo, link));
        QStringList skipped{fifo, link};
        dev_t rdev = 0;
        const QString device = dir + u"/null-copy"_s;
        if (copyDevice("/dev/null", device, &rdev).isEmpty())
            skipped << device;
        const QString db = path(u"folder.sqlite"_s);
        QVERIFY(QFile::copy(m_db, db));
        const auto r = runCli({u"--db"_s, db, u"--json"_s, u"import"_s, dir}, {{}, false, 20000});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"files"_s).toInt(), 1);
        QCOMPARE(o.value(u"added"_s).toInt(), 1);
        QVERIFY(o.value(u"errors"_s).toArray().isEmpty());
        // One warning line for each thing left out, naming it.
        const QStringList lines = r.errText().trimmed().split(u'\n');
        QCOMPARE(lines.size(), skipped.size());
        for (const QString &s : std::as_const(skipped)) {
            const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &l) {
                return l.contains(s + u": skipped"_s);
            });
            QVERIFY2(line != lines.end(), qPrintable(s + u" in:\n"_s + r.errText()));
            QVERIFY(line->contains(u"warning"_s));
        }
        QVERIFY(isFifo(fifo));
        const auto listed = test::runCli({u"--db"_s, db, u"list"_s, u"case:2025-813"_s});
        QVERIFY(listed.outText().contains(u"ナギサ通商"_s));
    }

    // ---- exports and prints to what is not a regular file -------------------------------------

    void exportWritesIntoAFifo()
    {
        const QString fifo = path(u"export.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        test::CliResult r;
        const QByteArray got =
            runCliIntoFifo({u"--db"_s, m_db, u"export"_s, u"--output"_s, fifo}, fifo, &r);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(r.outText().contains(u"written to "_s + fifo), qPrintable(r.outText()));
        // The reader got the CSV, and the FIFO is still a FIFO (QSaveFile renamed a regular
        // file over it and the reader got nothing).
        QVERIFY(isFifo(fifo));
        QCOMPARE(got, readFile(m_csv));
    }

    void nobodyReadsTheFifo()
    {
        const QString fifo = path(u"unread.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Refused at once instead of waiting for a reader.
        auto r = runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, fifo}, {{}, false, 20000});
        expectOneLine(r, fifo, u"no program is reading"_s);
        QVERIFY(isFifo(fifo));
        r = runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, fifo},
                   {{}, false, 20000});
        expectOneLine(r, fifo, u"no program is reading"_s);
        QVERIFY(isFifo(fifo));
    }

    void writesIntoACharacterDevice()
    {
        dev_t rdev = 0;
        const QString device = path(u"null-copy"_s);
        if (const QString why = copyDevice("/dev/null", device, &rdev); !why.isEmpty())
            QSKIP(qPrintable(why));
        auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, device});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.outText().contains(u"2 row(s) written to "_s + device));
        QVERIFY2(isCharDevice(device, rdev), "the device node was replaced");
        r = test::runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, device});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY2(isCharDevice(device, rdev), "the device node was replaced");
    }

    void aFullDeviceFailsWithOneLine()
    {
        dev_t rdev = 0;
        const QString device = path(u"full-copy"_s);
        if (const QString why = copyDevice("/dev/full", device, &rdev); !why.isEmpty())
            QSKIP(qPrintable(why));
        // As root, the rename made the copy a regular file and the command said "written".
        auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, device});
        expectOneLine(r, device, u"No space left on device"_s);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(isCharDevice(device, rdev), "the device node was replaced");
        r = test::runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, device});
        expectOneLine(r, device, u"No space left on device"_s);
        QVERIFY2(isCharDevice(device, rdev), "the device node was replaced");
        // Through a symbolic link, the same.
        const QString link = path(u"link-to-full"_s);
        QVERIFY(QFile::link(device, link));
        r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, link});
        expectOneLine(r, link, u"No space left on device"_s);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY2(isCharDevice(device, rdev), "the device node was replaced");
    }

    void aFileSizeLimitLeavesTheOldFile()
    {
        // A full disk, as a file size limit on the CLI alone (RLIMIT_FSIZE, SIGXFSZ ignored):
        // writes past 64 KiB fail with EFBIG. The database is only read, and its -shm takes
        // 32 KiB, so the export and the PDF are what hits the limit.
        const QString dir = path(u"limited"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString db = dir + u"/big.sqlite"_s;
        auto r =
            test::runCli({u"generate"_s, u"--output"_s, dir + u"/pages"_s, u"--count"_s, u"800"_s});
        QCOMPARE(r.exitCode, 0);
        r = test::runCli({u"--db"_s, db, u"import"_s, dir + u"/pages"_s});
        QCOMPARE(r.exitCode, 0);
        r = test::runCli({u"--db"_s, db, u"--json"_s, u"list"_s, u"--limit"_s, u"6"_s});
        QStringList keys;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            keys << v.toObject().value(u"key"_s).toString();
        QCOMPARE(keys.size(), 6);
        const Run limited{[] {
                              ::signal(SIGXFSZ, SIG_IGN);
                              const rlimit lim{64 * 1024, 64 * 1024};
                              ::setrlimit(RLIMIT_FSIZE, &lim);
                          },
                          false, 60000};
        for (const QString &name : {u"old.csv"_s, u"old.pdf"_s}) {
            const QString out = dir + u'/' + name;
            QVERIFY(writeFile(out, "the previous file\n"));
            const QStringList before = entriesOf(dir);
            const QStringList args =
                name.endsWith(u".csv"_s)
                    ? QStringList{u"--db"_s, db, u"export"_s, u"--output"_s, out}
                    : QStringList{u"--db"_s, db, u"print"_s} + keys + QStringList{u"--pdf"_s, out};
            r = runCli(args, limited);
            // The PDF was cut at the limit, renamed into place, and said "written", exit 0.
            expectOneLine(r, out, u"File too large"_s);
            QCOMPARE(readFile(out), QByteArray("the previous file\n"));
            QCOMPARE(entriesOf(dir), before); // no temporary file left behind
        }
    }

    void standardOutput()
    {
        // "-" and /dev/stdout: the CSV alone on stdout, what was written said on stderr.
        for (const QString &target : {u"-"_s, u"/dev/stdout"_s}) {
            const QStringList before = entriesOf(m_dir.path());
            const auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, target});
            QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
            QCOMPARE(r.out, readFile(m_csv));
            QVERIFY2(r.errText().contains(u"2 row(s) written to"_s), qPrintable(r.errText()));
            QCOMPARE(entriesOf(m_dir.path()), before); // no file named "-"
        }
        const auto r =
            test::runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, u"-"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        QVERIFY(r.out.startsWith("%PDF-"));
        QVERIFY(r.out.trimmed().endsWith("%%EOF"));
        QVERIFY(r.errText().contains(u"1 page(s) written to standard output"_s));
    }

    void neverOverTheDatabase()
    {
        const QString before = test::dumpDatabase(m_db);
        const QString link = path(u"link-to-db.csv"_s);
        QVERIFY(QFile::link(m_db, link));
        const QString hard = path(u"hard-link-to-db.csv"_s);
        QCOMPARE(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(hard).constData()),
                 0);
        // The export replaced the database with its own CSV: every notice and note gone.
        for (const QString &target : QStringList{m_db, link, hard, m_db + u"-wal"_s}) {
            auto r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, target});
            expectOneLine(r, target, u"database"_s);
            r = test::runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, target});
            expectOneLine(r, target, u"database"_s);
        }
        QCOMPARE(test::dumpDatabase(m_db), before);
        QFile::remove(hard);
    }

    // ---- odd output paths -----------------------------------------------------------------------

    void oddOutputPaths_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("says");
        QVERIFY(QDir().mkpath(path(u"a-folder"_s)));
        QTest::newRow("a folder") << path(u"a-folder"_s) << u"it is a folder"_s;
        QTest::newRow("a new folder's name")
            << path(u"new-folder/"_s) << u"names a folder, not a file"_s;
        QTest::newRow("in a missing folder")
            << path(u"missing/out.csv"_s) << u"the folder %1 does not exist"_s;
        QTest::newRow("under a file") << path(u"page-a.txt/out.csv"_s) << u"is not a folder"_s;
        QTest::newRow("a name too long")
            << path(QString(300, u'x') + u".csv"_s) << u"File name too long"_s;
        QTest::newRow("a path too long")
            << path(QString(20, u'd') + QString(u"/" + QString(200, u'd')).repeated(25))
            << u"File name too long"_s;
        // Read-only, so that even a regression could not write into the kernel.
        QTest::newRow("a kernel file") << u"/proc/self/status"_s << u"a file of the kernel"_s;
        QTest::newRow("a descriptor not open") << u"/dev/fd/57"_s << u"descriptor 57 is not open"_s;
        QTest::newRow("a socket") << path(u"a.socket"_s) << u"it is a socket"_s;
        QTest::newRow("a block device") << path(u"block-copy"_s) << u"block device"_s;
    }

    void oddOutputPaths()
    {
        QFETCH(QString, target);
        QFETCH(QString, says);
        if (says.contains(u"%1"_s))
            says = says.arg(QFileInfo(target).path());
        if (target.endsWith(u".socket"_s)) {
            const int s = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            const QByteArray p = QFile::encodeName(target);
            if (s < 0 || size_t(p.size()) >= sizeof addr.sun_path)
                QSKIP("cannot make a socket here");
            memcpy(addr.sun_path, p.constData(), size_t(p.size()));
            QCOMPARE(::bind(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
            ::close(s);
        }
        if (target.endsWith(u"block-copy"_s) &&
            ::mknod(QFile::encodeName(target).constData(), S_IFBLK | 0600, makedev(0, 0)) != 0)
            QSKIP("cannot make a block device node (root is needed)");
        if (target.startsWith(u"/proc/"_s) && !QFileInfo::exists(target))
            QSKIP(qPrintable(target + u" does not exist here"_s));
        const Node before = nodeAt(target);
        const QStringList entries = entriesOf(m_dir.path());
        for (const QStringList &command :
             {QStringList{u"export"_s, u"--output"_s, target},
              QStringList{u"print"_s, u"2025-811"_s, u"--pdf"_s, target}}) {
            const auto r = test::runCli(QStringList{u"--db"_s, m_db} + command);
            expectOneLine(r, QDir::toNativeSeparators(target).left(200), says);
            QCOMPARE(entriesOf(m_dir.path()), entries);
            QCOMPARE(nodeAt(target).mode, before.mode);
        }
    }

    void readOnlyFolder()
    {
        // root writes anywhere: the CLI then runs as nobody (the child drops to uid 65534).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const bool root = ::geteuid() == 0;
        const QString db = dir.filePath(u"ro.sqlite"_s);
        QVERIFY(QFile::copy(m_db, db));
        const QString ro = dir.filePath(u"read-only"_s);
        QVERIFY(QDir().mkpath(ro));
        QCOMPARE(::chmod(QFile::encodeName(ro).constData(), 0555), 0);
        if (root) {
            QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0777), 0);
            QCOMPARE(::chmod(QFile::encodeName(db).constData(), 0666), 0);
        }
        const Run asNobody{[root] {
                               if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                                   ::_exit(99);
                           },
                           false, 30000};
        const QString out = ro + u"/out.csv"_s;
        auto r = runCli({u"--db"_s, db, u"export"_s, u"--output"_s, out}, asNobody);
        expectOneLine(r, out, u"Permission denied"_s);
        r = runCli({u"--db"_s, db, u"print"_s, u"2025-811"_s, u"--pdf"_s, out}, asNobody);
        expectOneLine(r, out, u"Permission denied"_s);
        QVERIFY(entriesOf(ro).isEmpty());
    }

    void controlCharactersInNames()
    {
        // A file name may hold any byte but / and NUL: a line break, a carriage return or an
        // escape sequence in it broke the one-line message (and could rewrite the terminal).
        const QString dir = path(u"names"_s);
        QVERIFY(QDir().mkpath(dir));
        const QString bad = dir + u"/bad\nname\r\u001B[2J.txt"_s;
        QVERIFY(writeFile(bad, "これはブログのページではない。\n"));
        auto r = test::runCli({u"--db"_s, m_db, u"import"_s, bad});
        expectOneLine(r, u"bad name\\x0D\\x1B[2J.txt"_s, u"no incident posts"_s);
        r = test::runCli({u"--db"_s, m_db, u"import"_s, dir});
        expectOneLine(r, u"bad name\\x0D\\x1B[2J.txt"_s, u"no incident posts"_s);
        const QString out = dir + u"/new\nfolder\r/x.csv"_s;
        r = test::runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, out});
        expectOneLine(r, u"new folder\\x0D/x.csv"_s, u"does not exist"_s);
    }

    void binaryOutputNotOnATerminal()
    {
        // A PDF on a terminal only garbles it: refused, as gzip does. The terminal is a
        // pseudo-terminal this test opens, given to the CLI as its standard output and by name.
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0)
            QSKIP("no pseudo-terminal here");
        const QString slavePath = QString::fromLocal8Bit(::ptsname(master));
        const int slave = ::open(QFile::encodeName(slavePath).constData(), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        const Run onTerminal{[slave] { ::dup2(slave, 1); }, false, 30000};
        auto r =
            runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, u"-"_s}, onTerminal);
        expectOneLine(r, u"standard output"_s, u"it is a terminal"_s);
        r = runCli({u"--db"_s, m_db, u"print"_s, u"2025-811"_s, u"--pdf"_s, slavePath}, onTerminal);
        expectOneLine(r, slavePath, u"it is a terminal"_s);
        // Text goes to a terminal as to any device.
        r = runCli({u"--db"_s, m_db, u"export"_s, u"--output"_s, u"-"_s}, onTerminal);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText()));
        char buf[4096];
        pollfd ready{master, POLLIN, 0};
        QCOMPARE(::poll(&ready, 1, 10000), 1);
        const ssize_t n = ::read(master, buf, sizeof buf);
        QVERIFY(n > 0 && QByteArray(buf, n).contains("Case"));
        ::close(slave);
        ::close(master);
    }

    // ---- queries with nothing searchable ------------------------------------------------------

    void nothingSearchable_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("emoji") << u"🔒"_s;
        QTest::newRow("zero-width space") << u"\u200B"_s;
        QTest::newRow("right-to-left mark") << u"\u200F"_s;
        QTest::newRow("punctuation") << u"!?、。"_s;
        QTest::newRow("star") << u"*"_s;
        QTest::newRow("negated emoji") << u"-🔒"_s;
        QTest::newRow("emoji OR emoji") << u"🔒 OR ⭐"_s;
        QTest::newRow("quoted emoji") << u"\"🔒\""_s;
        QTest::newRow("org emoji") << u"org:🔒"_s;
    }

    void nothingSearchable()
    {
        QFETCH(QString, query);
        const QString out = path(u"nothing.csv"_s);
        for (const QStringList &command :
             {QStringList{u"list"_s, query}, QStringList{u"stats"_s, query},
              QStringList{u"export"_s, query, u"--output"_s, out}}) {
            const auto r = test::runCli(QStringList{u"--db"_s, m_db} + command);
            // Each of these listed every notice, exit 0.
            expectOneLine(r, u"bad query"_s, u"nothing searchable in the query"_s);
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(!QFile::exists(out));
    }

    void mixedQueriesKeepWorking()
    {
        const QStringList leak = listKeys(u"漏えい"_s);
        QCOMPARE(leak.size(), 1);
        QCOMPARE(listKeys(u"😀漏えい"_s), leak);
        QCOMPARE(listKeys(u"😀 漏えい"_s), leak);
        QCOMPARE(listKeys(u"🔒 OR 漏えい"_s), leak);
        QCOMPARE(listKeys(u"漏えい\u200B"_s), leak);
        QCOMPARE(listKeys(u"漏えい -🔒"_s), leak);
        // Nothing typed still lists everything.
        QCOMPARE(listKeys(QString()).size(), 2);
        QCOMPARE(listKeys(u"  \u3000"_s).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
