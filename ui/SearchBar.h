// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace jikenbo {

// The search box with the message lines under it. Typing runs the query after a short pause;
// Return runs it at once; Esc clears it. A malformed query shows where and what was expected,
// and the table keeps its rows; with synonym expansion on, a muted line says what else is
// searched.
class SearchBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);
    QString text() const;
    void setText(const QString &text); // runs the query
    void setError(const QString &message, qsizetype position, qsizetype length);
    void clearError();
    // What synonym expansion added to the query ("流出, 漏れ (for 漏えい)"); empty hides it.
    void setSynonymNote(const QString &synonyms);
    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *synonymLabel() const { return m_synonyms; }

Q_SIGNALS:
    void queryChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QLabel *m_error;
    QLabel *m_synonyms;
    QTimer *m_debounce;
};

} // namespace jikenbo
