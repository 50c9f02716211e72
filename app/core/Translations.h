// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace jikenbo {

// The UI language: Jikenbo's translations (embedded, resources/translations) and Qt's own for
// the locale, installed on the application. English needs none.
class Translations
{
public:
    // Replaces what an earlier call installed. True when Jikenbo has a translation for it.
    static bool install(const QLocale &locale = QLocale());
};

} // namespace jikenbo
