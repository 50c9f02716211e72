// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace jikenbo {

// What a path names, found with stat() (symbolic links followed), never by opening it: opening a
// FIFO for reading waits for a writer, and some kernel files (/proc/kmsg) are read forever. Input
// and output check this first, so that a FIFO, a device or a kernel file is refused or handled as
// what it is rather than read as a page or renamed over as a file.
struct FileNode
{
    Q_DECLARE_TR_FUNCTIONS(FileNode)

public:
    enum Type { Missing, Regular, Directory, Fifo, CharDevice, BlockDevice, Socket, Other, Failed };

    Type type = Missing;
    // On a file system of the kernel (/proc, /sys, debugfs…): its files say size 0 and are
    // generated as they are read; none is a page of the blog.
    bool kernelFile = false;
    qint64 size = 0;
    quint64 device = 0; // st_dev and st_ino: the same file under another name
    quint64 inode = 0;
    int error = 0; // errno when stat() failed (type Failed)

    static FileNode of(const QString &path);
    // The file an open descriptor refers to (fstat).
    static FileNode ofDescriptor(int fd);

    bool exists() const { return type != Missing && type != Failed; }
    bool sameFileAs(const FileNode &other) const;
    // "a FIFO", "a character device"…: what the user is told the path is.
    QString typeName() const;
    // Qt resource paths (":/…") have no node: QFile reads them.
    static bool isResource(const QString &path) { return path.startsWith(u':'); }
};

} // namespace jikenbo
