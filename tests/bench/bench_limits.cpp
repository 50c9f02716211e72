// SPDX-License-Identifier: GPL-3.0-or-later
// Pathological inputs against jikenbo-cli, each in a child process: the outcome, the time and
// the peak memory (ru_maxrss). Prints a table; asserts nothing.
//   bench_limits [path/to/jikenbo-cli]
#include "BenchSupport.h"
#include "classify/Taxonomy.h"
#include "search/QueryParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    int exitCode = -1;
    double ms = 0;
    double maxRssMb = 0;
    QString firstErrorLine;
};

Outcome run(const QString &program, const QStringList &args, const QString &errFile)
{
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(errFile.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(fd, 2);
        const int devnull = ::open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        QList<QByteArray> storage;
        storage << program.toLocal8Bit();
        for (const QString &a : args)
            storage << a.toUtf8();
        std::vector<char *> argv;
        for (QByteArray &b : storage)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Outcome o;
    o.ms = t.nsecsElapsed() / 1e6;
    o.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    o.maxRssMb = usage.ru_maxrss / 1024.0;
    QFile f(errFile);
    if (f.open(QIODevice::ReadOnly))
        o.firstErrorLine = QString::fromUtf8(f.readLine()).trimmed().left(90);
    return o;
}

bool write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString cli = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QCoreApplication::applicationDirPath() + u"/../../app/jikenbo-cli"_s;
    QTemporaryDir dir;
    const QString db = dir.filePath(u"limits.sqlite"_s);
    const QString err = dir.filePath(u"err.txt"_s);

    // Inputs.
    write(dir.filePath(u"oneline.txt"_s), QByteArray(50 * 1024 * 1024, 'a'));
    QByteArray longPost = "【セキュリティ事件簿#2025-900】株式会社ナガイ文書 長い報告について 2025/1/1\n\n\n";
    for (int i = 0; i < 100000; ++i)
        longPost += "第" + QByteArray::number(i) + "行:経緯の記録を続けます。対象者" + QByteArray::number(i % 97) + "名。\n";
    write(dir.filePath(u"longpost.txt"_s), longPost);
    QByteArray manyLines;
    for (int i = 0; i < 1000000; ++i)
        manyLines += "ただの文章の行です。\n";
    write(dir.filePath(u"nomarker.txt"_s), manyLines);
    QByteArray manyPosts;
    for (int i = 0; i < 20000; ++i)
        manyPosts += "【セキュリティ事件簿#2025-" + QByteArray::number(i % 999 + 1) + "】株式会社テスト" +
                     QByteArray::number(i) + " お知らせ\n\n\n本文です。\n\n";
    write(dir.filePath(u"manyposts.txt"_s), manyPosts);
    QStringList manyTerms;
    for (int i = 0; i < 10000; ++i)
        manyTerms << u"語%1"_s.arg(i);
    const QString megaQuery(1024 * 1024, u'a');
    const QString nested = QString(10000, u'(') + u"a"_s + QString(10000, u')');
    const QString quotes = QString(10001, u'"');

    run(cli, {u"--db"_s, db, u"import"_s, dir.filePath(u"longpost.txt"_s)}, err); // a database to query

    struct Case
    {
        const char *name;
        QStringList args;
    };
    const QList<Case> cases{
        {"import: 50 MB, no newline", {u"--db"_s, db, u"import"_s, dir.filePath(u"oneline.txt"_s)}},
        {"import: one post of 100k lines", {u"--db"_s, db, u"import"_s, dir.filePath(u"longpost.txt"_s)}},
        {"import: 1M lines, no marker", {u"--db"_s, db, u"import"_s, dir.filePath(u"nomarker.txt"_s)}},
        {"import: 20k posts in one page", {u"--db"_s, db, u"import"_s, dir.filePath(u"manyposts.txt"_s)}},
        {"list: 10,000 terms (argv)", QStringList{u"--db"_s, db, u"list"_s} + manyTerms},
        {"list: 10,000 nested parentheses", {u"--db"_s, db, u"list"_s, nested}},
        {"list: 10,001 quotes", {u"--db"_s, db, u"list"_s, quotes}},
    };
    std::printf("bench_limits: %s\n", qPrintable(jikenbo::bench::machineLine()));
    std::printf("%-34s %5s %9s %9s  %s\n", "input", "exit", "time", "peak RSS", "first line on stderr");
    for (const Case &c : cases) {
        const Outcome o = run(cli, c.args, err);
        std::printf("%-34s %5d %7.0f ms %6.0f MB  %s\n", c.name, o.exitCode, o.ms, o.maxRssMb, qPrintable(o.firstErrorLine));
        std::fflush(stdout);
    }
    // The parser in this process for what argv cannot carry (a 1 MB query string) and for
    // queries just under the length limit.
    std::printf("\n%-34s %9s  %s\n", "query parsed in process", "time", "outcome");
    QStringList justUnder;
    for (int i = 0; justUnder.join(u' ').size() < jikenbo::QueryParser::MaxLength - 10; ++i)
        justUnder << u"(語%1"_s.arg(i % 10) + u')';
    const struct
    {
        const char *name;
        QString text;
    } queries[] = {{"1 MB query string", megaQuery},
                   {"10,000 terms", manyTerms.join(u' ')},
                   {"just under the limit, 100+ terms", justUnder.join(u' ')},
                   {"16 levels of parentheses", QString(16, u'(') + u"a"_s + QString(16, u')')},
                   {"10,001 quotes", quotes}};
    for (const auto &q : queries) {
        QElapsedTimer t;
        t.start();
        const auto pq = jikenbo::QueryParser::parse(q.text, jikenbo::Taxonomy::builtIn());
        const double ms = t.nsecsElapsed() / 1e6;
        std::printf("%-34s %6.2f ms  %s\n", q.name, ms,
                    pq.ok() ? "parsed" : qPrintable(pq.error->message.left(70)));
    }
    return 0;
}
