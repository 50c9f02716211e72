// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "classify/Taxonomy.h"
#include "search/QueryParser.h"
#include "search/QuerySql.h"
#include "store/Database.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Jikenbo"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search: words, case:2024-012, cause:ransomware …"));
    m_table = new QTableView(central);
    m_table->setObjectName(u"incidentTableView"_s);
    m_model = new QSqlQueryModel(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    setCentralWidget(central);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::runQuery);
    resize(1200, 700);
    runQuery();
}

MainWindow::~MainWindow() = default;

void MainWindow::runQuery()
{
    const ParsedQuery pq = QueryParser::parse(m_search->text(), Taxonomy::builtIn());
    if (!pq.ok()) {
        statusBar()->showMessage(pq.error->message);
        return;
    }
    const SqlWhere w = QuerySql::where(pq.query);
    QSqlQuery q(m_db->sql());
    q.prepare(
        u"SELECT case_id, announced_on, organization, title, cause, sector, affected FROM incidents AS i WHERE "_s +
        w.sql + u" ORDER BY (event_date IS NULL), event_date DESC LIMIT 1000"_s);
    for (int i = 0; i < w.binds.size(); ++i)
        q.bindValue(i, w.binds[i]);
    q.exec();
    m_model->setQuery(std::move(q));
    const QStringList headers{tr("Case"),  tr("Announced"), tr("Organization"), tr("Title"),
                              tr("Cause"), tr("Sector"),    tr("Affected")};
    for (int c = 0; c < headers.size(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal, headers[c]);
    statusBar()->showMessage(tr("%n incident(s)", nullptr, m_model->rowCount()));
}

} // namespace jikenbo
