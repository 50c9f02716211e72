// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace jikenbo {

class JobRunner;
struct JobProgress;

// The running job in the status bar: its line, a progress bar and Cancel, shown while the
// runner runs a job; and the summary line a job leaves when it ends.
class JobStatusView final : public QObject
{
    Q_OBJECT

public:
    // Adds its widgets to the right end of `bar`, named after `name` ("task": taskLabel,
    // taskProgressBar, cancelTaskToolButton).
    JobStatusView(JobRunner *runner, QStatusBar *bar, const QString &name,
                  const QString &cancelAccessibleName, int progressWidth,
                  QObject *parent = nullptr);

    // The line that tells what a finished job did, for a while.
    void showSummary(const QString &text, int timeoutMs = 15000);

private:
    void onStarted(const QString &title);
    void onProgress(const JobProgress &progress);
    void onFinished();

    JobRunner *m_runner;
    QStatusBar *m_bar;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
};

} // namespace jikenbo
