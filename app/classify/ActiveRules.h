// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace jikenbo {

class Classifier;
class RuleSet;
class Taxonomy;

// The classification rules in force: the built-in ones, or a user's rules file (chosen in
// Settings, or --rules on the command line). A file that cannot be used is refused with a
// one-line message naming the file and, where one is at fault, the rule; the rules in force
// stay as they were. After a change, Reclassifier brings the stored incidents in line.
//
// References returned by rules() and classifier() stay valid until the next useFile() that
// succeeds or useBuiltIn().
class ActiveRules
{
    Q_DECLARE_TR_FUNCTIONS(ActiveRules)

public:
    explicit ActiveRules(const Taxonomy &taxonomy);
    ActiveRules();
    ~ActiveRules();
    ActiveRules(const ActiveRules &) = delete;
    ActiveRules &operator=(const ActiveRules &) = delete;

    Status useFile(const QString &path);
    void useBuiltIn();

    bool isBuiltIn() const { return !m_user; }
    QString userFile() const { return m_userFile; }
    const RuleSet &rules() const;
    const Classifier &classifier() const { return *m_classifier; }
    const Taxonomy &taxonomy() const { return m_taxonomy; }

private:
    const Taxonomy &m_taxonomy;
    std::unique_ptr<RuleSet> m_user;
    QString m_userFile;
    std::unique_ptr<Classifier> m_classifier;
};

} // namespace jikenbo
