// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace jikenbo {

// A text browser that never loads anything: no images, style sheets or fonts from the net or
// the disk. Notice text is escaped before it gets here; this is the second fence.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;
    // Resources that were asked for and refused (tests check this stays zero for remote ones).
    int refusedRemoteRequests() const { return m_refusedRemote; }

private:
    int m_refusedRemote = 0;
};

} // namespace jikenbo
