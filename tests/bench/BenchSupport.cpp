// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSupport.h"

#include "classify/Classifier.h"
#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"
#include "ingest/SyntheticCorpus.h"
#include "jobs/Importer.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace jikenbo::bench {

bool ensureSyntheticDatabase(const QString &path, int notices, bool variedText)
{
    if (QFileInfo::exists(path)) {
        auto db = Database::open(path, Database::Options{false, 5000});
        if (db.ok()) {
            const auto count = IncidentStore(*db.value()).count();
            if (count.ok() && count.value() == notices)
                return true;
        }
        std::fprintf(stderr, "%s does not hold %d incidents; remove it to rebuild\n",
                     qPrintable(path), notices);
        return false;
    }
    std::printf("building %s (%d synthetic notices, once)…\n", qPrintable(path), notices);
    std::fflush(stdout);
    QTemporaryDir tmp;
    SyntheticCorpus::Options o;
    o.notices = notices;
    o.perFile = 2000;
    o.variedText = variedText;
    const QString corpus = tmp.filePath(u"corpus"_s);
    if (!SyntheticCorpus::write(corpus, o).ok())
        return false;
    auto db = Database::open(path);
    if (!db.ok())
        return false;
    const Classifier classifier(Taxonomy::builtIn(), RuleSet::builtIn());
    Importer importer(*db.value(), classifier);
    return importer.importPaths({corpus}).added == notices;
}

QString machineLine()
{
    double load[3] = {-1, -1, -1};
    getloadavg(load, 3);
    return u"%1 cores, load average %2 %3 %4"_s.arg(QThread::idealThreadCount())
        .arg(load[0], 0, 'f', 2)
        .arg(load[1], 0, 'f', 2)
        .arg(load[2], 0, 'f', 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values[i];
}

static double statusMb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key(field);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double residentMb()
{
    return statusMb("VmRSS:");
}

double peakResidentMb()
{
    return statusMb("VmHWM:");
}

double anonResidentMb()
{
    return statusMb("RssAnon:");
}

double fileResidentMb()
{
    return statusMb("RssFile:");
}

double waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer deadline; // wakes the wait when nothing else comes
    deadline.setSingleShot(true);
    deadline.start(timeoutMs);
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return t.nsecsElapsed() / 1e6;
}

} // namespace jikenbo::bench
