// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowSettings.h"

#include "IncidentTableView.h"
#include "SearchBar.h"
#include "Settings.h"
#include "TrendView.h"
#include "models/IncidentTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QSplitter>

namespace jikenbo {

WindowSettings::WindowSettings(const Parts &parts)
    : m_parts(parts)
{
}

void WindowSettings::restore()
{
    const Parts &p = m_parts;
    const QByteArray geo = settings::windowGeometry.get();
    if (!geo.isEmpty())
        p.window->restoreGeometry(geo);
    const QByteArray state = settings::windowState.get();
    if (!state.isEmpty())
        p.window->restoreState(state);
    if (const QByteArray s = settings::mainSplitter.get(); !s.isEmpty())
        p.mainSplitter->restoreState(s);
    p.setDetailOrientation(Qt::Orientation(settings::detailOrientation.get()));
    if (const QByteArray s = settings::detailSplitter.get(); !s.isEmpty())
        p.detailSplitter->restoreState(s);
    if (const QByteArray h = settings::tableHeader.get(); !h.isEmpty())
        p.table->horizontalHeader()->restoreState(h);
    p.showEra->setChecked(settings::showEra.get());
    p.synonyms->setChecked(settings::expandSynonyms.get());
    p.model->setSynonymExpansion(p.synonyms->isChecked());
    p.search->lineEdit()->setText(settings::lastQuery.get());
    p.trends->restoreState();
}

void WindowSettings::save() const
{
    const Parts &p = m_parts;
    settings::windowGeometry.set(p.window->saveGeometry());
    settings::windowState.set(p.window->saveState());
    settings::mainSplitter.set(p.mainSplitter->saveState());
    settings::detailSplitter.set(p.detailSplitter->saveState());
    settings::detailOrientation.set(int(p.detailSplitter->orientation()));
    settings::tableHeader.set(p.table->horizontalHeader()->saveState());
    settings::lastQuery.set(p.search->text());
    p.trends->saveState();
}

} // namespace jikenbo
