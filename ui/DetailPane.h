// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentHtml.h"
#include "core/IncidentRecord.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace jikenbo {

class Database;
class SafeTextBrowser;

// The full notice of one incident with its header, related incidents as links inside the
// app (Back/Forward), and the user's annotations (star, cause override, tags, note).
// Reads come from the window's connection; writes go out as signals (the window sends them
// to the worker thread).
class DetailPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(Database &db, QWidget *parent = nullptr);

    // Shows an incident (adds it to the history unless navigating back/forward).
    void showIncident(const QString &key);
    void refresh();
    void clear();
    QString currentKey() const { return m_key; }
    const std::optional<IncidentRecord> &record() const { return m_record; }
    void setHighlight(const QStringList &terms);
    void setShowEra(bool on);
    // The pane's keyboard-reachable widgets in reading order (for the window's Tab order).
    QList<QWidget *> tabChain() const;
    bool canGoBack() const { return m_pos > 0; }
    bool canGoForward() const { return m_pos + 1 < m_history.size(); }
    SafeTextBrowser *browser() const { return m_browser; }
    // Opens http/https links; tests replace it.
    std::function<void(const QUrl &)> urlOpener;

public Q_SLOTS:
    void back();
    void forward();

Q_SIGNALS:
    void navigated(const QString &key); // a link inside the pane, Back or Forward
    void starToggled(const QString &key, bool starred);
    void causeOverrideChosen(const QString &key, const QString &cause); // empty: back to imported
    void tagsEdited(const QString &key, const QStringList &tags);
    void noteEdited(const QString &key, const QString &note);

private:
    void load(const QString &key);
    void onAnchor(const QUrl &url);
    void updateEditors();
    QList<RelatedLink> relatedOf(const IncidentRecord &r);

    Database &m_db;
    SafeTextBrowser *m_browser;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_starButton;
    QComboBox *m_causeCombo;
    QLineEdit *m_tagsEdit;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_saveNoteButton;
    QLabel *m_placeholder;
    QWidget *m_content;
    QString m_key;
    std::optional<IncidentRecord> m_record;
    QStringList m_history;
    qsizetype m_pos = -1;
    IncidentHtml::Options m_options;
    bool m_updating = false;
    // The incident whose note and tags the editors hold: a refresh of the same incident keeps
    // what the user is typing there and has not saved yet.
    QString m_editorsKey;
};

} // namespace jikenbo
