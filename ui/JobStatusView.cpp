// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobStatusView.h"

#include "jobs/JobRunner.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace jikenbo {

JobStatusView::JobStatusView(JobRunner *runner, QStatusBar *bar, const QString &name,
                             const QString &cancelAccessibleName, int progressWidth,
                             QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_bar(bar)
{
    m_label = new QLabel(bar);
    m_label->setObjectName(name + u"Label"_s);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(name + u"ProgressBar"_s);
    m_progress->setMaximumWidth(progressWidth);
    m_progress->setTextVisible(false);
    m_cancelButton = new QToolButton(bar);
    m_cancelButton->setObjectName(u"cancel"_s + name.left(1).toUpper() + name.mid(1) +
                                  u"ToolButton"_s);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(cancelAccessibleName);
    bar->addPermanentWidget(m_label);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancelButton);
    m_label->hide();
    m_progress->hide();
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, m_runner, &JobRunner::cancel);
    connect(m_runner, &JobRunner::cancelRequested, m_label,
            [this] { m_label->setText(tr("Cancelling…")); });
    connect(m_runner, &JobRunner::started, this, &JobStatusView::onStarted);
    connect(m_runner, &JobRunner::progress, this, &JobStatusView::onProgress);
    connect(m_runner, &JobRunner::finished, this, &JobStatusView::onFinished);
}

void JobStatusView::showSummary(const QString &text, int timeoutMs)
{
    m_bar->showMessage(text, timeoutMs);
}

void JobStatusView::onStarted(const QString &title)
{
    m_label->setText(title);
    m_label->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
}

void JobStatusView::onProgress(const JobProgress &p)
{
    if (p.total > 0) {
        m_progress->setRange(0, int(p.total));
        m_progress->setValue(int(p.done));
    }
    if (!p.text.isEmpty())
        m_label->setText(p.text);
}

void JobStatusView::onFinished()
{
    m_label->hide();
    m_progress->hide();
    m_cancelButton->hide();
}

} // namespace jikenbo
