// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "DialogProvider.h"
#include "Settings.h"
#include "classify/ActiveRules.h"
#include "sync/FeedSync.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jikenbo {

SettingsDialog::SettingsDialog(DialogProvider &dialogs, QWidget *parent)
    : QDialog(parent)
    , m_dialogs(dialogs)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.get())));
    auto *languageNote = new QLabel(tr("The language changes when Jikenbo starts next."), this);
    languageNote->setEnabled(false);
    auto *languageBox = new QVBoxLayout;
    languageBox->addWidget(m_language);
    languageBox->addWidget(languageNote);
    // Rows whose field is a layout get their label with a buddy, so that the mnemonic works
    // (and the & is not shown).
    auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(labelFor(tr("&Language:"), m_language), languageBox);

    m_era = new QCheckBox(tr("Show the Japanese era beside dates (令和6年1月9日)"), this);
    m_era->setObjectName(u"eraCheckBox"_s);
    m_era->setChecked(settings::showEra.get());
    form->addRow(QString(), m_era);

    // The address in use is shown, the blog's own too; it is stored only when it is another.
    const QString blogFeed = FeedSync::defaultFeedUrl().toString();
    const QString feed = settings::feedUrl.get();
    m_feedUrl = new QLineEdit(feed.isEmpty() ? blogFeed : feed, this);
    m_feedUrl->setObjectName(u"feedUrlLineEdit"_s);
    m_feedUrl->setPlaceholderText(blogFeed);
    m_feedUrl->setAccessibleName(tr("Feed address"));
    auto *resetFeed = new QPushButton(tr("Reset to the Blog's Feed"), this);
    resetFeed->setObjectName(u"resetFeedUrlPushButton"_s);
    resetFeed->setToolTip(blogFeed);
    auto *feedRow = new QHBoxLayout;
    feedRow->addWidget(m_feedUrl, 1);
    feedRow->addWidget(resetFeed);
    m_syncOnStart = new QCheckBox(tr("Sync when Jikenbo starts (in the background)"), this);
    m_syncOnStart->setObjectName(u"syncOnStartCheckBox"_s);
    m_syncOnStart->setChecked(settings::syncOnStart.get());
    auto *feedBox = new QVBoxLayout;
    feedBox->addLayout(feedRow);
    feedBox->addWidget(m_syncOnStart);
    form->addRow(labelFor(tr("&Feed to sync from:"), m_feedUrl), feedBox);
    connect(resetFeed, &QPushButton::clicked, m_feedUrl,
            [this, blogFeed] { m_feedUrl->setText(blogFeed); });

    m_rulesFile = new QLineEdit(settings::rulesFile.get(), this);
    m_rulesFile->setObjectName(u"rulesFileLineEdit"_s);
    m_rulesFile->setPlaceholderText(tr("Built-in rules"));
    m_rulesFile->setAccessibleName(tr("Classification rules file"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(u"browseRulesPushButton"_s);
    auto *builtIn = new QPushButton(tr("Use Built-in"), this);
    builtIn->setObjectName(u"builtInRulesPushButton"_s);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rulesFile, 1);
    rulesRow->addWidget(browse);
    rulesRow->addWidget(builtIn);
    m_rulesError = new QLabel(this);
    m_rulesError->setObjectName(u"rulesErrorLabel"_s);
    m_rulesError->setWordWrap(true);
    m_rulesError->setStyleSheet(u"color: #c0392b;"_s);
    m_rulesError->hide();
    auto *rulesBox = new QVBoxLayout;
    rulesBox->addLayout(rulesRow);
    rulesBox->addWidget(m_rulesError);
    form->addRow(labelFor(tr("Classification &rules:"), m_rulesFile), rulesBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *v = new QVBoxLayout(this);
    v->addLayout(form);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QStringList f = m_dialogs.openFiles(this, tr("Classification Rules"), QFileInfo(m_rulesFile->text()).absolutePath(),
                                                  tr("Rules (*.json);;All files (*)"));
        if (!f.isEmpty())
            m_rulesFile->setText(f.first());
    });
    connect(builtIn, &QPushButton::clicked, m_rulesFile, &QLineEdit::clear);
    resize(640, sizeHint().height());
}

void SettingsDialog::accept()
{
    const QString rules = m_rulesFile->text().trimmed();
    if (!rules.isEmpty()) {
        ActiveRules probe;
        const Status s = probe.useFile(rules);
        if (!s.ok()) {
            // A broken file is refused as a whole; the rules in force stay.
            m_rulesError->setText(s.error());
            m_rulesError->show();
            return;
        }
    }
    const QString url = m_feedUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl u(url);
        if (!u.isValid() || (u.scheme() != u"https"_s && u.scheme() != u"http"_s)) {
            m_dialogs.warn(this, tr("Settings"), tr("The feed address must be an http or https URL."));
            return;
        }
    }
    m_rulesChanged = rules != settings::rulesFile.get();
    settings::rulesFile.set(rules);
    settings::feedUrl.set(url == FeedSync::defaultFeedUrl().toString() ? QString() : url);
    settings::syncOnStart.set(m_syncOnStart->isChecked());
    settings::language.set(m_language->currentData().toString());
    settings::showEra.set(m_era->isChecked());
    QDialog::accept();
}

} // namespace jikenbo
