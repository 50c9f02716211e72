// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace jikenbo {

// The window asks for files and shows messages through this seam, so tests can preset the
// answers instead of driving native dialogs.
class DialogProvider
{
public:
    virtual ~DialogProvider() = default;
    virtual QStringList openFiles(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    virtual QString openDirectory(QWidget *parent, const QString &title, const QString &dir);
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
    virtual QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons);
    virtual void inform(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    // Runs a dialog of ours modally (QDialog::exec); its result.
    virtual int exec(QDialog *dialog);
};

// Answers scripted by a test; records what was shown.
class ScriptedDialogs final : public DialogProvider
{
public:
    QStringList filesToOpen;
    QString directoryToOpen;
    QString fileToSave;
    QMessageBox::StandardButton answer = QMessageBox::Ok;
    QStringList shown; // titles and texts of messages
    // Plays the user in a dialog of ours (sets its widgets) and returns its result; without
    // it, every dialog is accepted as it opens.
    std::function<int(QDialog *)> onDialog;

    QStringList openFiles(QWidget *, const QString &, const QString &, const QString &) override { return filesToOpen; }
    QString openDirectory(QWidget *, const QString &, const QString &) override { return directoryToOpen; }
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override { return fileToSave; }
    QMessageBox::StandardButton ask(QWidget *, const QString &title, const QString &text, QMessageBox::StandardButtons) override
    {
        shown << title + QStringLiteral(": ") + text;
        return answer;
    }
    void inform(QWidget *, const QString &title, const QString &text, const QString &details) override
    {
        shown << title + QStringLiteral(": ") + text + (details.isEmpty() ? QString() : QStringLiteral("\n") + details);
    }
    void warn(QWidget *, const QString &title, const QString &text) override { shown << title + QStringLiteral(": ") + text; }
    int exec(QDialog *dialog) override { return onDialog ? onDialog(dialog) : int(QDialog::Accepted); }
};

} // namespace jikenbo
