// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace jikenbo {

// A message bar over the table (not a dialog: the window stays usable under it) while the
// database holds the fictional sample notices: it offers to download the blog's notices, tells
// how that went, and once they are here offers to remove the samples. SampleCorpusController
// decides what it says.
class SampleCorpusBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Mode {
        Hidden,
        Samples,     // only samples so far: Download
        Downloading, // a sync runs (progress and Cancel in the status bar)
        Failed,      // the last download failed (offline): Try Again
        Synced,      // the blog's notices came in: Remove Sample Notices
    };

    explicit SampleCorpusBar(QWidget *parent = nullptr);

    void setState(Mode mode, const QString &text);
    Mode mode() const { return m_mode; }
    QString text() const;
    void setActionsEnabled(bool enabled); // off while another task runs

    QPushButton *downloadButton() const { return m_download; }
    QPushButton *removeButton() const { return m_remove; }
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void downloadClicked();
    void removeClicked();

private:
    void updateVisibility();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_download;
    QPushButton *m_remove;
    QToolButton *m_close;
    Mode m_mode = Mode::Hidden;
    bool m_dismissed = false; // closed by the user until the next change of mode
};

} // namespace jikenbo
