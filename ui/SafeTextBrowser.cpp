// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeTextBrowser.h"

#include <QUrl>

namespace jikenbo {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &name)
{
    if (!name.isRelative() && name.scheme() != QLatin1StringView("jikenbo"))
        ++m_refusedRemote;
    return {};
}

} // namespace jikenbo
