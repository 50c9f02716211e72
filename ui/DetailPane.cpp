// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPane.h"

#include "SafeTextBrowser.h"
#include "classify/Taxonomy.h"
#include "store/Database.h"
#include "store/IncidentStore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStackedLayout>
#include <QTextDocument>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

DetailPane::DetailPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    urlOpener = [](const QUrl &u) { QDesktopServices::openUrl(u); };

    m_content = new QWidget(this);
    auto *v = new QVBoxLayout(m_content);
    v->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_backButton = new QToolButton(m_content);
    m_backButton->setObjectName(u"backToolButton"_s);
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setToolTip(tr("Back (Alt+Left)"));
    m_backButton->setAccessibleName(tr("Back"));
    m_forwardButton = new QToolButton(m_content);
    m_forwardButton->setObjectName(u"forwardToolButton"_s);
    m_forwardButton->setArrowType(Qt::RightArrow);
    m_forwardButton->setToolTip(tr("Forward (Alt+Right)"));
    m_forwardButton->setAccessibleName(tr("Forward"));
    m_starButton = new QToolButton(m_content);
    m_starButton->setObjectName(u"starToolButton"_s);
    m_starButton->setCheckable(true);
    m_starButton->setText(u"☆"_s);
    m_starButton->setToolTip(tr("Star this incident"));
    m_starButton->setAccessibleName(tr("Star"));
    bar->addWidget(m_backButton);
    bar->addWidget(m_forwardButton);
    bar->addStretch(1);
    bar->addWidget(m_starButton);
    v->addLayout(bar);

    m_browser = new SafeTextBrowser(m_content);
    m_browser->setObjectName(u"noticeTextBrowser"_s);
    m_browser->setAccessibleName(tr("Notice"));
    v->addWidget(m_browser, 1);

    auto *form = new QFormLayout;
    m_causeCombo = new QComboBox(m_content);
    m_causeCombo->setObjectName(u"causeOverrideComboBox"_s);
    m_causeCombo->setAccessibleName(tr("Cause override"));
    m_tagsEdit = new QLineEdit(m_content);
    m_tagsEdit->setObjectName(u"tagsLineEdit"_s);
    m_tagsEdit->setPlaceholderText(tr("tags, separated by commas"));
    m_tagsEdit->setAccessibleName(tr("Tags"));
    m_noteEdit = new QPlainTextEdit(m_content);
    m_noteEdit->setObjectName(u"notePlainTextEdit"_s);
    m_noteEdit->setPlaceholderText(tr("Your note about this incident"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setMaximumHeight(80);
    m_saveNoteButton = new QPushButton(tr("Save note"), m_content);
    m_saveNoteButton->setObjectName(u"saveNotePushButton"_s);
    form->addRow(tr("Cause:"), m_causeCombo);
    form->addRow(tr("Tags:"), m_tagsEdit);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(m_saveNoteButton, 0, Qt::AlignBottom);
    form->addRow(tr("Note:"), noteRow);
    v->addLayout(form);

    m_placeholder = new QLabel(tr("Select an incident to read its notice."), this);
    m_placeholder->setObjectName(u"detailPlaceholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_content);

    connect(m_backButton, &QToolButton::clicked, this, &DetailPane::back);
    connect(m_forwardButton, &QToolButton::clicked, this, &DetailPane::forward);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::onAnchor);
    connect(m_starButton, &QToolButton::toggled, this, [this](bool on) {
        m_starButton->setText(on ? u"★"_s : u"☆"_s);
        if (!m_updating && !m_key.isEmpty())
            Q_EMIT starToggled(m_key, on);
    });
    connect(m_causeCombo, &QComboBox::activated, this, [this](int i) {
        if (!m_key.isEmpty())
            Q_EMIT causeOverrideChosen(m_key, m_causeCombo->itemData(i).toString());
    });
    connect(m_tagsEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_updating || m_key.isEmpty() || !m_record)
            return;
        QStringList tags;
        for (const QString &t : m_tagsEdit->text().split(QRegularExpression(u"[,、，]"_s), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        m_tagsEdit->setModified(false); // taken: a refresh shows the tags as stored
        if (tags != m_record->tags)
            Q_EMIT tagsEdited(m_key, tags);
    });
    connect(m_saveNoteButton, &QPushButton::clicked, this, [this] {
        if (!m_key.isEmpty())
            Q_EMIT noteEdited(m_key, m_noteEdit->toPlainText());
    });
    clear();
}

void DetailPane::clear()
{
    m_key.clear();
    m_record.reset();
    m_browser->clear();
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(0);
}

void DetailPane::setHighlight(const QStringList &terms)
{
    if (terms == m_options.highlight)
        return;
    m_options.highlight = terms;
    refresh();
}

QList<QWidget *> DetailPane::tabChain() const
{
    return {m_backButton, m_forwardButton, m_starButton, m_browser,
            m_causeCombo,  m_tagsEdit,      m_noteEdit,   m_saveNoteButton};
}

void DetailPane::setShowEra(bool on)
{
    m_options.showEra = on;
    refresh();
}

void DetailPane::showIncident(const QString &key)
{
    if (key.isEmpty() || key == m_key)
        return;
    // A new visit cuts off the forward history.
    if (m_pos + 1 < m_history.size())
        m_history.resize(m_pos + 1);
    m_history.append(key);
    m_pos = m_history.size() - 1;
    load(key);
}

void DetailPane::back()
{
    if (!canGoBack())
        return;
    --m_pos;
    load(m_history[m_pos]);
    Q_EMIT navigated(m_key);
}

void DetailPane::forward()
{
    if (!canGoForward())
        return;
    ++m_pos;
    load(m_history[m_pos]);
    Q_EMIT navigated(m_key);
}

void DetailPane::refresh()
{
    if (!m_key.isEmpty()) {
        const QString k = m_key;
        m_key.clear();
        load(k);
    }
}

QList<RelatedLink> DetailPane::relatedOf(const IncidentRecord &r)
{
    QList<RelatedLink> out;
    QSqlQuery q(m_db.sql());
    if (!r.followUpOfKey.isEmpty()) {
        q.prepare(u"SELECT key, case_id, title FROM incidents WHERE key = ?"_s);
        q.addBindValue(r.followUpOfKey);
        if (q.exec() && q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), u"follows"_s});
    }
    q.prepare(u"SELECT key, case_id, title FROM incidents WHERE follow_up_of = ? ORDER BY event_date"_s);
    q.addBindValue(r.id);
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), u"followed-by"_s});
    }
    for (const QString &c : r.relatedCaseIds) {
        q.prepare(u"SELECT key, case_id, title FROM incidents WHERE case_id = ? ORDER BY event_date"_s);
        q.addBindValue(c);
        bool any = false;
        if (q.exec()) {
            while (q.next()) {
                out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), u"mentions"_s});
                any = true;
            }
        }
        if (!any)
            out.append({QString(), c, QString(), u"mentions"_s});
    }
    return out;
}

void DetailPane::load(const QString &key)
{
    IncidentStore store(m_db);
    auto r = store.byKey(key, true);
    if (!r.ok() || !r.value()) {
        m_key = key;
        m_record.reset();
        m_browser->setPlainText(tr("This incident is no longer in the database."));
        static_cast<QStackedLayout *>(layout())->setCurrentIndex(1);
        updateEditors();
        return;
    }
    m_key = key;
    m_record = *r.value();
    IncidentHtml::Options options = m_options;
    if (auto t = CaseTimeline::of(m_db, *m_record); t.ok())
        options.caseTimeline = std::move(t.value());
    m_browser->setHtml(IncidentHtml::build(*m_record, relatedOf(*m_record), options));
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(1);
    updateEditors();
}

void DetailPane::updateEditors()
{
    m_updating = true;
    m_backButton->setEnabled(canGoBack());
    m_forwardButton->setEnabled(canGoForward());
    const bool have = m_record.has_value();
    for (QWidget *w : {static_cast<QWidget *>(m_starButton), static_cast<QWidget *>(m_causeCombo),
                       static_cast<QWidget *>(m_tagsEdit), static_cast<QWidget *>(m_noteEdit),
                       static_cast<QWidget *>(m_saveNoteButton)})
        w->setEnabled(have);
    if (have) {
        const Taxonomy &tax = Taxonomy::builtIn();
        m_starButton->setChecked(m_record->starred);
        m_causeCombo->clear();
        m_causeCombo->addItem(tr("As imported: %1").arg(tax.causeName(m_record->causeAuto)), QString());
        for (const Category &c : tax.causes())
            m_causeCombo->addItem(tax.causeName(c.key), c.key);
        const int i = m_record->causeOverride.isEmpty() ? 0 : m_causeCombo->findData(m_record->causeOverride);
        m_causeCombo->setCurrentIndex(std::max(0, i));
        const bool sameIncident = m_editorsKey == m_key;
        const QString tags = m_record->tags.join(u", "_s);
        if (!(sameIncident && m_tagsEdit->isModified()) || m_tagsEdit->text() == tags)
            m_tagsEdit->setText(tags); // clears isModified()
        QTextDocument *note = m_noteEdit->document();
        if (!(sameIncident && note->isModified())) {
            if (m_noteEdit->toPlainText() != m_record->note)
                m_noteEdit->setPlainText(m_record->note);
            note->setModified(false);
        } else if (m_noteEdit->toPlainText() == m_record->note) {
            note->setModified(false); // saved
        }
        m_editorsKey = m_key;
    }
    m_updating = false;
}

void DetailPane::onAnchor(const QUrl &url)
{
    if (url.scheme() == u"jikenbo"_s && url.path().startsWith(u"incident/"_s)) {
        showIncident(url.path().mid(9));
        Q_EMIT navigated(m_key);
        return;
    }
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        urlOpener(url);
}

} // namespace jikenbo
