// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileNode.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace jikenbo {

namespace {

FileNode fromStat(const struct stat &st)
{
    FileNode n;
    if (S_ISREG(st.st_mode))
        n.type = FileNode::Regular;
    else if (S_ISDIR(st.st_mode))
        n.type = FileNode::Directory;
    else if (S_ISFIFO(st.st_mode))
        n.type = FileNode::Fifo;
    else if (S_ISCHR(st.st_mode))
        n.type = FileNode::CharDevice;
    else if (S_ISBLK(st.st_mode))
        n.type = FileNode::BlockDevice;
    else if (S_ISSOCK(st.st_mode))
        n.type = FileNode::Socket;
    else
        n.type = FileNode::Other;
    n.size = qint64(st.st_size);
    n.device = quint64(st.st_dev);
    n.inode = quint64(st.st_ino);
    return n;
}

#ifdef Q_OS_LINUX
// Magic numbers of statfs(2) (linux/magic.h) for the kernel's own file systems.
bool isKernelFileSystem(const struct statfs &fs)
{
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x9fa0:     // proc
    case 0x62656572: // sysfs
    case 0x64626720: // debugfs
    case 0x74726163: // tracefs
    case 0xcafe4a11: // bpf
    case 0x73636673: // securityfs
    case 0x27e0eb:   // cgroup
    case 0x63677270: // cgroup2
    case 0x6e736673: // nsfs
        return true;
    default:
        return false;
    }
}
#endif

} // namespace

FileNode FileNode::of(const QString &path)
{
    FileNode n;
    if (isResource(path)) {
        const QFileInfo fi(path);
        if (fi.isDir())
            n.type = Directory;
        else if (fi.exists())
            n.type = Regular;
        n.size = fi.exists() && !fi.isDir() ? fi.size() : 0;
        return n;
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        n.type = errno == ENOENT ? Missing : Failed;
        n.error = errno;
        return n;
    }
    n = fromStat(st);
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::statfs(native.constData(), &fs) == 0)
        n.kernelFile = isKernelFileSystem(fs);
#endif
    return n;
}

FileNode FileNode::ofDescriptor(int fd)
{
    FileNode n;
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        n.type = Failed;
        n.error = errno;
        return n;
    }
    n = fromStat(st);
#ifdef Q_OS_LINUX
    struct statfs fs;
    if (::fstatfs(fd, &fs) == 0)
        n.kernelFile = isKernelFileSystem(fs);
#endif
    return n;
}

bool FileNode::sameFileAs(const FileNode &other) const
{
    return exists() && other.exists() && device == other.device && inode == other.inode &&
           (device != 0 || inode != 0);
}

QString FileNode::typeName() const
{
    switch (type) {
    case Missing:
        return tr("missing");
    case Regular:
        return kernelFile ? tr("a file of the kernel (/proc, /sys)") : tr("a file");
    case Directory:
        return tr("a folder");
    case Fifo:
        return tr("a FIFO (a pipe)");
    case CharDevice:
        return tr("a character device");
    case BlockDevice:
        return tr("a block device (a disk)");
    case Socket:
        return tr("a socket");
    case Other:
    case Failed:
        break;
    }
    return tr("not a regular file");
}

} // namespace jikenbo
