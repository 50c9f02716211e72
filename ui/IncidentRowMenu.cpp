// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRowMenu.h"

#include "DetailPane.h"
#include "IncidentTableView.h"
#include "models/IncidentTableModel.h"
#include "models/QueryWorker.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace jikenbo {

IncidentRowMenu::IncidentRowMenu(IncidentTableView *table, IncidentTableModel *model,
                                 QueryWorker *worker, DetailPane *detail, QAction *print)
    : QObject(table)
    , m_table(table)
    , m_model(model)
    , m_worker(worker)
    , m_detail(detail)
    , m_print(print)
{
    connect(m_table, &IncidentTableView::rowMenuRequested, this, &IncidentRowMenu::show);
}

void IncidentRowMenu::show(const QPoint &globalPos)
{
    const QModelIndex i = m_table->indexAt(m_table->viewport()->mapFromGlobal(globalPos));
    if (!i.isValid())
        return;
    QMenu menu(m_table->window());
    menu.addAction(tr("Copy Case ID"), this, [this] { copyField(IncidentTableModel::CaseId); });
    menu.addAction(tr("Copy Title"), this, [this] { copyField(IncidentTableModel::Title); });
    menu.addAction(tr("Copy Organization"), this,
                   [this] { copyField(IncidentTableModel::Organization); });
    const IncidentRecord *r = m_model->recordAt(i.row());
    const bool web =
        r && (r->sourceUrl.startsWith(u"http://"_s) || r->sourceUrl.startsWith(u"https://"_s));
    QAction *copyUrl = menu.addAction(tr("Copy Source URL"), this, [this] { copyField(-1); });
    copyUrl->setEnabled(web);
    QAction *open =
        menu.addAction(tr("Open Source in Browser"), this, &IncidentRowMenu::openSource);
    open->setEnabled(web);
    menu.addSeparator();
    if (r) {
        const QString key = r->key;
        const bool starred = r->starred;
        menu.addAction(starred ? tr("Remove Star") : tr("Star"), this, [this, key, starred] {
            QMetaObject::invokeMethod(
                m_worker, [w = m_worker, key, starred] { w->setStarred(key, !starred); },
                Qt::QueuedConnection);
        });
    }
    menu.addAction(m_print);
    menu.exec(globalPos);
}

void IncidentRowMenu::copyField(int column)
{
    QStringList values;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows) {
        const IncidentRecord *r = m_model->recordAt(i.row());
        if (!r)
            continue;
        switch (column) {
        case IncidentTableModel::CaseId:
            values << r->caseId;
            break;
        case IncidentTableModel::Title:
            values << r->title;
            break;
        case IncidentTableModel::Organization:
            values << r->organization;
            break;
        default:
            values << r->sourceUrl;
            break;
        }
    }
    QGuiApplication::clipboard()->setText(values.join(u'\n'));
}

void IncidentRowMenu::openSource()
{
    const IncidentRecord *r = m_model->recordAt(m_table->currentIndex().row());
    if (!r)
        return;
    const QUrl u(r->sourceUrl);
    if (u.scheme() == u"http"_s || u.scheme() == u"https"_s)
        m_detail->urlOpener(u);
}

} // namespace jikenbo
