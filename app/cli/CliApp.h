// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace jikenbo {

class Database;
class RuleSet;

// jikenbo-cli: the commands of DESIGN §5. Exit status 0 on success, 1 on a user error (bad
// query, missing file; a one-line message on stderr), 2 on an internal error.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum Exit { Ok = 0, UserError = 1, InternalError = 2 };

    CliApp(QTextStream &out, QTextStream &err);
    ~CliApp();
    int run(const QStringList &arguments);

private:
    struct Args
    {
        QString command;
        QStringList positional;
        QHash<QString, QString> options; // --name -> value ("" for flags)
        bool has(const QString &name) const { return options.contains(name); }
        QString value(const QString &name, const QString &fallback = {}) const
        {
            return options.value(name, fallback);
        }
    };

    int parseArgs(const QStringList &arguments, Args &args);
    int openDatabase(const Args &args);
    int loadRules(const Args &args);
    int fail(int code, const QString &message);

    int cmdImport(const Args &args);
    int cmdList(const Args &args);
    int cmdShow(const Args &args);
    int cmdGenerate(const Args &args);
    int cmdHelp(const Args &args);

    void printUsage(QTextStream &s) const;

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RuleSet> m_userRules;
    bool m_json = false;
};

} // namespace jikenbo
