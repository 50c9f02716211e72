// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogProvider.h"

#include <QFileDialog>

namespace jikenbo {

QStringList DialogProvider::openFiles(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, dir, filter);
}

QString DialogProvider::openDirectory(QWidget *parent, const QString &title, const QString &dir)
{
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

QString DialogProvider::saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QMessageBox::StandardButton DialogProvider::ask(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons)
{
    return QMessageBox::question(parent, title, text, buttons);
}

void DialogProvider::inform(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void DialogProvider::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

int DialogProvider::exec(QDialog *dialog)
{
    return dialog->exec();
}

} // namespace jikenbo
