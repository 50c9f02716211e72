// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace jikenbo {

class ActiveRules;
class Classifier;
class Database;
class RuleSet;

enum CliExit { CliOk = 0, CliUserError = 1, CliInternalError = 2 };

struct CliArgs
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

// What every command gets: its streams, the database, the rules, and one way to fail.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err);
    ~CliContext();

    QTextStream &out;
    QTextStream &err;
    bool json = false;

    // Prints "jikenbo-cli: message" on one line of stderr and returns `code`.
    int fail(int code, const QString &message);
    void warn(const QString &message);
    // A message on one line whatever it quotes: line breaks become spaces, other control
    // characters (a file name may hold any) \xHH or \uHHHH.
    static QString oneLine(const QString &message);

    int loadRules(const CliArgs &args);
    // --schemes FILE puts that file's survey schemes in force; without it, a user's
    // schemes.json that cannot be used is said on stderr (the built-in schemes are used).
    int loadSchemes(const CliArgs &args);
    int openDatabase(const CliArgs &args, bool create);
    Database &db() { return *m_db; }
    const RuleSet &rules() const;
    const Classifier &classifier();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ActiveRules> m_rules;
};

// Terminal helpers.
int displayWidth(QStringView s);
QString fitColumn(const QString &s, int width);
// Right-aligned in `width` terminal columns (a kanji takes two): translated table headers.
QString rightColumn(const QString &s, int width);
QJsonValue jsonOrNull(const QString &s);

} // namespace jikenbo
