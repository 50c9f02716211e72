// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleCorpusBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

// Light colours with dark text whatever the theme, so the bar reads as a note on the page.
const QString infoStyle =
    u"QFrame#sampleCorpusBar { background: #e8f1fb; border: 1px solid #a9c7ea; "
    "border-radius: 4px; } QFrame#sampleCorpusBar QLabel { color: #1b1b1b; }"_s;
const QString warningStyle =
    u"QFrame#sampleCorpusBar { background: #fdf1e4; border: 1px solid #e8b37a; "
    "border-radius: 4px; } QFrame#sampleCorpusBar QLabel { color: #1b1b1b; }"_s;

} // namespace

SampleCorpusBar::SampleCorpusBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"sampleCorpusBar"_s);
    setAccessibleName(tr("About the sample notices"));
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setObjectName(u"sampleCorpusIconLabel"_s);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(u"sampleCorpusTextLabel"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_download = new QPushButton(tr("Download the Blog's Notices"), this);
    m_download->setObjectName(u"downloadBlogPushButton"_s);
    m_remove = new QPushButton(tr("Remove Sample Notices"), this);
    m_remove->setObjectName(u"removeSamplesPushButton"_s);
    m_close = new QToolButton(this);
    m_close->setObjectName(u"closeSampleBarToolButton"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Hide this message"));
    m_close->setToolTip(tr("Hide this message"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(8, 6, 6, 6);
    h->setSpacing(8);
    h->addWidget(m_icon);
    h->addWidget(m_text, 1);
    h->addWidget(m_download, 0, Qt::AlignVCenter);
    h->addWidget(m_remove, 0, Qt::AlignVCenter);
    h->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_download, &QPushButton::clicked, this, &SampleCorpusBar::downloadClicked);
    connect(m_remove, &QPushButton::clicked, this, &SampleCorpusBar::removeClicked);
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_dismissed = true;
        updateVisibility();
    });
    QFrame::setVisible(false);
}

QString SampleCorpusBar::text() const
{
    return m_text->text();
}

void SampleCorpusBar::setState(Mode mode, const QString &text)
{
    if (mode != m_mode)
        m_dismissed = false;
    m_mode = mode;
    m_text->setText(text);
    setAccessibleDescription(text);
    const bool failed = mode == Mode::Failed;
    if (const QString &sheet = failed ? warningStyle : infoStyle; styleSheet() != sheet)
        setStyleSheet(sheet);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(
        style()
            ->standardIcon(failed ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(size, size));
    m_download->setText(failed ? tr("Try Again") : tr("Download the Blog's Notices"));
    m_download->setVisible(mode == Mode::Samples || mode == Mode::Failed);
    m_remove->setVisible(mode == Mode::Synced);
    updateVisibility();
}

void SampleCorpusBar::setActionsEnabled(bool enabled)
{
    m_download->setEnabled(enabled);
    m_remove->setEnabled(enabled);
}

void SampleCorpusBar::updateVisibility()
{
    setVisible(m_mode != Mode::Hidden && !m_dismissed);
}

} // namespace jikenbo
