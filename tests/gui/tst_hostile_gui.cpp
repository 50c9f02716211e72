// SPDX-License-Identifier: GPL-3.0-or-later
// The window against hostile input (issue 18), offscreen: a query with nothing searchable is
// said under the search box and keeps the rows; File → Import and a drop skip a FIFO instead of
// waiting on it forever; Export CSV and Export PDF never replace a FIFO or a device node and say
// when the device is full. Device nodes are mknod copies in a temporary folder (root only;
// skipped otherwise), never the real ones.
#include "DialogProvider.h"
#include "IncidentTableView.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WindowFixture.h"
#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "jobs/Importer.h"
#include "models/IncidentTableModel.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

using test::writeFile;

// Fictional notices written for this test.
const QByteArray pageA =
    "【セキュリティ事件簿#2025-821】株式会社ユウナギ計測 顧客情報の漏えいについて 2025/3/10\n\n\n"
    "設定の誤りにより、顧客の連絡先が外部から閲覧できる状態となり、情報が漏えいしました。\n\n"
    "【セキュリティ事件簿#2025-822】浜北台町 税務書類の紛失について 2025年3月11日\n\n\n"
    "庁舎内で保管していた税務書類の一部を紛失しました。\n";
const QByteArray pageB =
    "【セキュリティ事件簿#2025-823】有限会社アサギリ印刷 メールの誤送信について 2025/3/12\n\n\n"
    "取引先への案内メールを、別の取引先に誤って送信しました。\n";

bool isFifo(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

bool makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// A copy of /dev/full at `path` that behaves as it (a write fails with ENOSPC); false when this
// machine cannot make one (not root, a nodev file system).
bool copyFullDevice(const QString &path, dev_t *rdev)
{
    struct stat st;
    if (::stat("/dev/full", &st) != 0 || !S_ISCHR(st.st_mode))
        return false;
    const QByteArray p = QFile::encodeName(path);
    if (::mknod(p.constData(), S_IFCHR | 0666, st.st_rdev) != 0)
        return false;
    const int fd = ::open(p.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool full = ::write(fd, "x", 1) < 0 && errno == ENOSPC;
    ::close(fd);
    *rdev = st.st_rdev;
    return full;
}

bool isCharDevice(const QString &path, dev_t rdev)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode) &&
           st.st_rdev == rdev;
}

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    ScriptedDialogs m_dialogs;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static bool settled(MainWindow &w) { return !w.model()->isLoading(); }

    // The database with page A only, fresh for each test that imports.
    QString freshDatabase(const QString &name)
    {
        const QString db = path(name);
        QFile::remove(db);
        if (!QFile::copy(m_db, db))
            return {};
        return db;
    }

    // The message the window showed last that starts with `title`.
    QString lastShown(const QString &title) const
    {
        for (qsizetype i = m_dialogs.shown.size() - 1; i >= 0; --i) {
            if (m_dialogs.shown[i].startsWith(title))
                return m_dialogs.shown[i];
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = path(u"base.sqlite"_s);
        QVERIFY(writeFile(path(u"page-a.txt"_s), pageA));
        QVERIFY(writeFile(path(u"page-b.txt"_s), pageB));
        auto db = test::openDb(m_db);
        QVERIFY(db);
        const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
        const ImportSummary s = Importer(*db, classifier).importPaths({path(u"page-a.txt"_s)});
        QVERIFY(s.errors.isEmpty());
        QCOMPARE(s.added, 2);
    }

    void init() { m_dialogs.shown.clear(); }

    void searchBoxSaysNothingSearchable()
    {
        auto w = test::openWindow(m_db, &m_dialogs);
        QVERIFY(w);
        QLabel *error = w->findChild<QLabel *>(u"queryErrorLabel"_s);
        QVERIFY(error);
        w->setQueryText(u"漏えい"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 1);
        const QString leak = w->model()->keyAt(0);
        QVERIFY(error->isHidden());
        // Each of these matched every notice, silently.
        for (const QString &nothing :
             {u"🔒"_s, u"\u200B"_s, u"\u200F"_s, u"!?、。"_s, u"🔒 OR ⭐"_s, u"-🔒"_s}) {
            w->setQueryText(nothing);
            QTRY_VERIFY2(error->isVisible(), qPrintable(nothing));
            QVERIFY2(error->text().contains(u"nothing searchable in the query"_s),
                     qPrintable(error->text()));
            // The table keeps the rows of the last good query, as for any malformed query.
            QTest::qWait(50);
            QVERIFY(settled(*w));
            QCOMPARE(w->model()->matchCount(), 1);
            QCOMPARE(w->model()->keyAt(0), leak);
        }
        // Mixed with a real word, the word is searched.
        w->setQueryText(u"😀漏えい"_s);
        QTRY_VERIFY(error->isHidden());
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 1);
        QCOMPARE(w->model()->keyAt(0), leak);
        w->setQueryText(u"🔒 OR 紛失"_s);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 1 && w->model()->keyAt(0) != leak);
        QVERIFY(error->isHidden());
        // Nothing typed lists everything.
        w->setQueryText(QString());
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 2);
        QVERIFY(error->isHidden());
    }

    void importFromTheMenuRefusesAFifo()
    {
        const QString db = freshDatabase(u"menu.sqlite"_s);
        auto w = test::openWindow(db, &m_dialogs);
        QVERIFY(w);
        QTRY_COMPARE(w->totalIncidents(), 2);
        const QString fifo = path(u"menu.fifo"_s);
        QVERIFY(makeFifo(fifo));
        m_dialogs.filesToOpen = {fifo, path(u"page-b.txt"_s)};
        QSignalSpy done(w.get(), &MainWindow::taskFinished);
        w->findChild<QAction *>(u"importAction"_s)->trigger();
        // The import thread waited on the FIFO for a writer forever.
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 20000);
        const QString shown = lastShown(u"Import"_s);
        QVERIFY2(shown.contains(fifo + u": is a FIFO"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"not a regular file"_s));
        QTRY_COMPARE(w->totalIncidents(), 3);
        QVERIFY(isFifo(fifo));
    }

    void droppedFolderSkipsAFifo()
    {
        const QString db = freshDatabase(u"drop.sqlite"_s);
        auto w = test::openWindow(db, &m_dialogs);
        QVERIFY(w);
        QTRY_COMPARE(w->totalIncidents(), 2);
        const QString dir = path(u"dropped"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(path(u"page-b.txt"_s), dir + u"/page-b.txt"_s));
        const QString fifo = dir + u"/waiting.fifo"_s;
        QVERIFY(makeFifo(fifo));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir)});
        QSignalSpy done(w.get(), &MainWindow::taskFinished);
        // As a drag would end: entered, then dropped (straight to the window's handlers, as the
        // offscreen platform has no drag manager).
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        static_cast<QObject *>(w.get())->event(&enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject *>(w.get())->event(&drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(done.count() >= 1, 20000);
        const QString shown = lastShown(u"Import"_s);
        QVERIFY2(shown.contains(fifo + u": skipped: a FIFO"_s), qPrintable(shown));
        QVERIFY(shown.contains(u"0 error(s)"_s));
        QTRY_COMPARE(w->totalIncidents(), 3);
    }

    void exportPdfFromTheWindow()
    {
        auto w = test::openWindow(m_db, &m_dialogs);
        QVERIFY(w);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 2);
        w->table()->selectRow(0);
        QAction *exportPdf = w->findChild<QAction *>(u"exportPdfAction"_s);
        QVERIFY(exportPdf);
        // A FIFO nobody reads: said at once; the FIFO stays.
        const QString fifo = path(u"pdf.fifo"_s);
        QVERIFY(makeFifo(fifo));
        m_dialogs.fileToSave = fifo;
        exportPdf->trigger();
        QString shown = lastShown(u"Export PDF"_s);
        QVERIFY2(shown.contains(u"cannot write "_s + fifo + u": no program is reading"_s),
                 qPrintable(shown));
        QVERIFY(isFifo(fifo));
        // The database itself.
        m_dialogs.fileToSave = m_db;
        exportPdf->trigger();
        shown = lastShown(u"Export PDF"_s);
        QVERIFY2(shown.contains(u"writing there would destroy it"_s), qPrintable(shown));
        // A full device: the message, and the node is still the device.
        dev_t rdev = 0;
        const QString full = path(u"pdf-full"_s);
        if (!copyFullDevice(full, &rdev))
            QSKIP("cannot make a working copy of /dev/full here (root is needed)");
        m_dialogs.fileToSave = full;
        exportPdf->trigger();
        shown = lastShown(u"Export PDF"_s);
        QVERIFY2(shown.contains(u"No space left on device"_s), qPrintable(shown));
        QVERIFY2(isCharDevice(full, rdev), "the device node was replaced");
    }

    void exportCsvFromTheWindow()
    {
        auto w = test::openWindow(m_db, &m_dialogs);
        QVERIFY(w);
        QTRY_VERIFY(settled(*w) && w->model()->matchCount() == 2);
        QAction *exportCsv = w->findChild<QAction *>(u"exportAction"_s);
        QVERIFY(exportCsv);
        auto exportTo = [&](const QString &target) {
            m_dialogs.fileToSave = target;
            QSignalSpy done(w.get(), &MainWindow::exportFinished);
            // The export options dialog is modal: accept it with its defaults.
            QTimer::singleShot(0, this, [] {
                if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                    d->accept();
            });
            exportCsv->trigger();
            return QTest::qWaitFor([&] { return done.count() >= 1; }, 20000);
        };
        const QString fifo = path(u"csv.fifo"_s);
        QVERIFY(makeFifo(fifo));
        QVERIFY(exportTo(fifo));
        QString shown = lastShown(u"Export CSV"_s);
        QVERIFY2(shown.contains(u"no program is reading"_s), qPrintable(shown));
        QVERIFY(isFifo(fifo));
        QVERIFY(exportTo(m_db));
        shown = lastShown(u"Export CSV"_s);
        QVERIFY2(shown.contains(u"writing there would destroy it"_s), qPrintable(shown));
        dev_t rdev = 0;
        const QString full = path(u"csv-full"_s);
        if (!copyFullDevice(full, &rdev))
            QSKIP("cannot make a working copy of /dev/full here (root is needed)");
        QVERIFY(exportTo(full));
        shown = lastShown(u"Export CSV"_s);
        QVERIFY2(shown.contains(u"No space left on device"_s), qPrintable(shown));
        QVERIFY2(isCharDevice(full, rdev), "the device node was replaced");
    }
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
