// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace jikenbo {

// The search box with the message line under it. Typing runs the query after a short pause;
// Return runs it at once; Esc clears it. A malformed query shows where and what was expected,
// and the table keeps its rows.
class SearchBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);
    QString text() const;
    void setText(const QString &text); // runs the query
    void setError(const QString &message, qsizetype position, qsizetype length);
    void clearError();
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void queryChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QLabel *m_error;
    QTimer *m_debounce;
};

} // namespace jikenbo
