// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace jikenbo {

class DialogProvider;

// Preferences: language (after a restart), era dates, the feed to sync from (the blog's by
// default, with a button back to it) and whether to sync at start, and the classification rules
// file. A rules file that does not load is refused with its error and
// the rules in force stay.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(DialogProvider &dialogs, QWidget *parent = nullptr);
    void accept() override;
    // True when the accepted settings changed the rules (the window offers to reclassify).
    bool rulesChanged() const { return m_rulesChanged; }

private:
    DialogProvider &m_dialogs;
    QComboBox *m_language;
    QCheckBox *m_era;
    QLineEdit *m_feedUrl;
    QCheckBox *m_syncOnStart;
    QLineEdit *m_rulesFile;
    QLabel *m_rulesError;
    bool m_rulesChanged = false;
};

} // namespace jikenbo
