// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace jikenbo {

// The UI language: Jikenbo's translations (embedded, resources/translations) and Qt's own for
// the locale, installed on the application. English needs none.
class Translations
{
public:
    // Replaces what an earlier call installed. True when Jikenbo has a translation for it.
    static bool install(const QLocale &locale = QLocale());
    // The UI language as the GUI chooses it at start: the system's locale when `language` (the
    // Settings choice: "", "ja" or "en") is empty; otherwise that language, which then also
    // becomes the default QLocale so that dates and numbers follow it.
    static bool installLanguage(const QString &language);
};

} // namespace jikenbo
