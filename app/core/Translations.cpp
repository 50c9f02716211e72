// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace jikenbo {

bool Translations::install(const QLocale &locale)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto *t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    auto mine = std::make_unique<QTranslator>();
    const bool found = mine->load(locale, u"jikenbo"_s, u"_"_s, u":/jikenbo/i18n"_s);
    if (found) {
        QCoreApplication::installTranslator(mine.get());
        ours = std::move(mine);
    }
    auto base = std::make_unique<QTranslator>();
    if (base->load(locale, u"qtbase"_s, u"_"_s,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base.get());
        qt = std::move(base);
    }
    return found;
}

bool Translations::installLanguage(const QString &language)
{
    if (language.isEmpty())
        return install(QLocale());
    const QLocale chosen(language);
    QLocale::setDefault(chosen);
    return install(chosen);
}

} // namespace jikenbo
