// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace jikenbo {

QString InputFile::refusal(const FileNode &node)
{
    switch (node.type) {
    case FileNode::Missing:
        return tr("no such file");
    case FileNode::Failed:
        return tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(node.error)));
    case FileNode::Directory:
        return tr("is a directory");
    case FileNode::Regular:
        if (node.kernelFile)
            return tr("is %1, not a page of the blog: nothing read").arg(node.typeName());
        return {};
    default:
        return tr("is %1, not a regular file: nothing read").arg(node.typeName());
    }
}

QString InputFile::tooLarge(qint64 bytes, qint64 maxBytes)
{
    return tr("too large (%1 MB; the limit is %2 MB)")
        .arg(bytes / (1024 * 1024))
        .arg(maxBytes / (1024 * 1024));
}

Result<QByteArray> InputFile::read(const QString &path, qint64 maxBytes)
{
    using R = Result<QByteArray>;
    if (const QString why = refusal(FileNode::of(path)); !why.isEmpty())
        return R::failure(why);
    if (FileNode::isResource(path)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(tr("cannot read: %1").arg(f.errorString()));
        if (f.size() > maxBytes)
            return R::failure(tooLarge(f.size(), maxBytes));
        return f.readAll();
    }
    // O_NONBLOCK: should a FIFO or a device take the path's place after the check, opening it
    // does not wait for a writer and reading it does not wait for data.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return R::failure(tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    const FileNode node = FileNode::ofDescriptor(fd);
    if (const QString why = refusal(node); !why.isEmpty())
        return R::failure(why);
    if (node.size > maxBytes)
        return R::failure(tooLarge(node.size, maxBytes));
    QByteArray bytes;
    bytes.resize(qsizetype(std::min<qint64>(node.size, maxBytes) + 1));
    qint64 got = 0;
    for (;;) {
        if (got == bytes.size()) {
            if (got > maxBytes)
                return R::failure(tooLarge(got, maxBytes));
            // The size was not what stat() said (the file grew): read on, up to the limit.
            bytes.resize(
                qsizetype(std::min<qint64>(maxBytes + 1, std::max<qint64>(got * 2, 65536))));
        }
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return R::failure(tr("is not a regular file (reading it would wait for data): "
                                     "nothing read"));
            return R::failure(
                tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got > maxBytes)
        return R::failure(tooLarge(got, maxBytes));
    bytes.truncate(qsizetype(got));
    return bytes;
}

} // namespace jikenbo
