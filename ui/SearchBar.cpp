// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchBar.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

class SearchLineEdit final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Escape && !text().isEmpty()) {
            clear();
            Q_EMIT textEdited(QString());
            Q_EMIT returnPressed();
            return;
        }
        QLineEdit::keyPressEvent(e);
    }
};

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
{
    m_edit = new SearchLineEdit(this);
    m_edit->setObjectName(u"searchLineEdit"_s);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search (Ctrl+F): 紛失 USBメモリ, cause:ransomware, org:病院, year:2023, affected:>1000 …"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setAccessibleDescription(tr("Words and field terms such as cause:, sector:, org:, case:, year:, date:, affected:, label:"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"queryErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();
    m_synonyms = new QLabel(this);
    m_synonyms->setObjectName(u"synonymLabel"_s);
    m_synonyms->setWordWrap(true);
    m_synonyms->setForegroundRole(QPalette::PlaceholderText);
    m_synonyms->hide();
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    l->addWidget(m_edit);
    l->addWidget(m_error);
    l->addWidget(m_synonyms);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, [this] { Q_EMIT queryChanged(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        Q_EMIT queryChanged(m_edit->text());
    });
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    m_edit->setText(text);
    m_debounce->stop();
    Q_EMIT queryChanged(text);
}

void SearchBar::setError(const QString &message, qsizetype position, qsizetype length)
{
    m_error->setText(tr("Position %1: %2").arg(position + 1).arg(message));
    m_error->show();
    Q_UNUSED(length) // the text is not selected: the user is typing
}

void SearchBar::setSynonymNote(const QString &synonyms)
{
    m_synonyms->setText(synonyms.isEmpty() ? QString() : tr("Also searching: %1").arg(synonyms));
    m_synonyms->setVisible(!synonyms.isEmpty());
}

void SearchBar::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace jikenbo
