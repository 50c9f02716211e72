// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActiveRules.h"

#include "Classifier.h"
#include "RuleSet.h"
#include "Taxonomy.h"

namespace jikenbo {

ActiveRules::ActiveRules(const Taxonomy &taxonomy)
    : m_taxonomy(taxonomy)
    , m_classifier(std::make_unique<Classifier>(taxonomy, RuleSet::builtIn()))
{
}

ActiveRules::ActiveRules()
    : ActiveRules(Taxonomy::builtIn())
{
}

ActiveRules::~ActiveRules() = default;

Status ActiveRules::useFile(const QString &path)
{
    auto loaded = RuleSet::fromFile(path, m_taxonomy);
    if (!loaded.ok()) {
        QString message = loaded.error();
        message.replace(u'\n', u' ');
        return Status::failure(message);
    }
    auto rules = std::make_unique<RuleSet>(std::move(loaded).value());
    auto classifier = std::make_unique<Classifier>(m_taxonomy, *rules);
    m_classifier = std::move(classifier);
    m_user = std::move(rules);
    m_userFile = path;
    return {};
}

void ActiveRules::useBuiltIn()
{
    m_classifier = std::make_unique<Classifier>(m_taxonomy, RuleSet::builtIn());
    m_user.reset();
    m_userFile.clear();
}

const RuleSet &ActiveRules::rules() const
{
    return m_user ? *m_user : RuleSet::builtIn();
}

} // namespace jikenbo
