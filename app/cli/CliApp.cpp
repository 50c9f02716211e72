// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApp.h"

#include "Commands.h"

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

const QStringList &valueOptions()
{
    static const QStringList o{u"db"_s,     u"rules"_s,  u"limit"_s,   u"output"_s, u"encoding"_s,
                               u"by"_s,     u"period"_s, u"pdf"_s,     u"url"_s,    u"count"_s,
                               u"per-file"_s, u"seed"_s, u"sort"_s,    u"columns"_s, u"page-size"_s,
                               u"max-pages"_s, u"timeout"_s, u"lock-timeout"_s, u"label"_s,
                               u"scheme"_s, u"schemes"_s, u"format"_s};
    return o;
}

const QStringList &flagOptions()
{
    static const QStringList o{u"json"_s, u"help"_s, u"version"_s, u"asc"_s, u"synonyms"_s,
                               u"replace-unmappable"_s, u"crlf"_s, u"keys"_s,
                               u"no-formula-guard"_s, u"full"_s, u"lf"_s, u"era"_s,
                               u"labels"_s, u"days"_s};
    return o;
}

} // namespace

bool CliApp::needsGui(const QStringList &arguments)
{
    // The command is the first word that is neither an option nor an option's value.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--"_s)
            return false;
        if (a.startsWith(u"--"_s)) {
            if (!a.contains(u'=') && valueOptions().contains(a.mid(2)))
                ++i;
            continue;
        }
        if (a == u"-o"_s) {
            ++i;
            continue;
        }
        if (a == u"-h"_s)
            continue;
        for (const CliCommand &c : cliCommands()) {
            if (a == QLatin1StringView(c.name))
                return c.needsGui;
        }
        return false;
    }
    return false;
}

CliApp::CliApp(QTextStream &out, QTextStream &err)
    : m_ctx(out, err)
{
}

void CliApp::printUsage(QTextStream &s) const
{
    s << tr("Usage: jikenbo-cli [--db PATH] [--json] [--rules FILE] [--schemes FILE] COMMAND [ARGS]") << "\n\n"
      << tr("Commands:") << '\n';
    for (const CliCommand &c : cliCommands())
        s << "  " << tr(c.synopsis) << '\n';
    s << "  " << tr("help [COMMAND]           this help, or the usage and options of COMMAND") << "\n\n"
      << tr("Options:") << '\n'
      << "  " << tr("--db PATH      database (default: $JIKENBO_DB or the GUI's database)") << '\n'
      << "  " << tr("--json         print results as JSON") << '\n'
      << "  " << tr("--rules FILE   classification rules to use instead of the built-in ones") << '\n'
      << "  " << tr("--schemes FILE survey schemes (stats --scheme) instead of schemes.json") << '\n'
      << "  " << tr("-h, --help     this help; COMMAND --help: that command's") << '\n'
      << "  " << tr("--version      print the version") << "\n\n"
      << tr("Exit status: 0 success, 1 user error (bad query, missing file), 2 internal error.") << '\n';
}

const CliCommand *CliApp::findCommand(const QString &name)
{
    for (const CliCommand &c : cliCommands()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

int CliApp::printHelp(const QString &command)
{
    if (command.isEmpty() || command == u"help"_s) {
        printUsage(m_ctx.out);
        return CliOk;
    }
    const CliCommand *c = findCommand(command);
    if (!c)
        return m_ctx.fail(CliUserError, tr("unknown command '%1' (see jikenbo-cli --help)").arg(command));
    m_ctx.out << tr(c->help) << Qt::endl;
    return CliOk;
}

int CliApp::parseArgs(const QStringList &arguments, CliArgs &args)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--"_s) {
            args.positional += arguments.mid(i + 1);
            break;
        }
        if (a.startsWith(u"--"_s) || a == u"-h"_s || a == u"-o"_s) {
            QString name = a == u"-h"_s ? u"help"_s : a == u"-o"_s ? u"output"_s : a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                if (!valueOptions().contains(name))
                    return m_ctx.fail(CliUserError, tr("option --%1 takes no value").arg(name));
            } else if (valueOptions().contains(name)) {
                if (i + 1 >= arguments.size())
                    return m_ctx.fail(CliUserError, tr("option --%1 needs a value").arg(name));
                value = arguments[++i];
            } else if (!flagOptions().contains(name)) {
                return m_ctx.fail(CliUserError, tr("unknown option %1 (see jikenbo-cli --help)").arg(a));
            }
            args.options.insert(name, value);
            continue;
        }
        if (args.command.isEmpty())
            args.command = a;
        else
            args.positional << a;
    }
    return CliOk;
}

int CliApp::run(const QStringList &arguments)
{
    CliArgs args;
    if (const int rc = parseArgs(arguments, args); rc != CliOk)
        return rc;
    m_ctx.json = args.has(u"json"_s);
    if (args.has(u"version"_s)) {
        m_ctx.out << "jikenbo-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return CliOk;
    }
    if (args.command == u"help"_s) {
        if (args.positional.size() > 1)
            return m_ctx.fail(CliUserError, tr("help takes at most one COMMAND"));
        return printHelp(args.positional.value(0));
    }
    if (args.command.isEmpty() || args.has(u"help"_s))
        return printHelp(args.command);
    const CliCommand *c = findCommand(args.command);
    if (!c)
        return m_ctx.fail(CliUserError, tr("unknown command '%1' (see jikenbo-cli --help)").arg(args.command));
    if (c->db != CliCommand::NoDatabase) {
        if (const int rc = m_ctx.loadRules(args); rc != CliOk)
            return rc;
        if (const int rc = m_ctx.loadSchemes(args); rc != CliOk)
            return rc;
        if (const int rc = m_ctx.openDatabase(args, c->db == CliCommand::WriteDatabase); rc != CliOk)
            return rc;
    }
    return c->run(m_ctx, args);
}

} // namespace jikenbo
