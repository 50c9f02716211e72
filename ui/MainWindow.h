// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QSqlQueryModel;
class QTableView;

namespace jikenbo {

class Database;

// Placeholder window of the foundation: a search box and a table of incidents.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void runQuery();

    std::unique_ptr<Database> m_db;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QSqlQueryModel *m_model = nullptr;
};

} // namespace jikenbo
