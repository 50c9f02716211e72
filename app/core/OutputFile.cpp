// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

// What the writers (CSV, QPdfWriter, QImageWriter, QSvgGenerator) write to. QFileDevice takes a
// write that stops at a full disk or a file size limit as a short count, not an error, and
// QPdfWriter never looks at the count: the rest is written again here, so the cause (ENOSPC,
// EFBIG) becomes the file's error, and every later write fails.
class OutputFile::Writer final : public QIODevice
{
public:
    explicit Writer(QFileDevice *file)
        : m_file(file)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    const QString &failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        if (!m_failure.isEmpty())
            return -1;
        qint64 done = 0;
        while (done < len) {
            const qint64 n = m_file->write(data + done, len - done);
            if (n <= 0) {
                m_failure = m_file->error() != QFileDevice::NoError
                                ? m_file->errorString()
                                : OutputFile::tr("the output takes no more data");
                setErrorString(m_failure);
                return -1;
            }
            done += n;
        }
        return len;
    }

private:
    QFileDevice *m_file;
    QString m_failure;
};

OutputFile::OutputFile(QString path)
    : m_path(std::move(path))
{
}

OutputFile::~OutputFile()
{
    discard();
}

void OutputFile::protect(const QString &path)
{
    if (!path.isEmpty())
        m_protected << path;
}

void OutputFile::protectDatabase(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        protect(databasePath + suffix);
}

std::optional<int> OutputFile::descriptorOf(const QString &path)
{
    if (path == u"-"_s || path == u"/dev/stdout"_s)
        return 1;
    if (path == u"/dev/stderr"_s)
        return 2;
    static const QRegularExpression fdRe(u"^/(?:dev/fd|proc/self/fd)/(\\d{1,9})$"_s);
    const auto m = fdRe.match(path);
    if (m.hasMatch())
        return m.captured(1).toInt();
    return std::nullopt;
}

QString OutputFile::displayName() const
{
    if (m_path == u"-"_s)
        return tr("standard output");
    return QDir::toNativeSeparators(m_path);
}

Status OutputFile::fail(const QString &why) const
{
    return Status::failure(tr("cannot write %1: %2").arg(displayName(), why));
}

QString OutputFile::refuseTerminal()
{
    return tr("it is a terminal; redirect this binary output to a file or a program");
}

QString OutputFile::protectedReason(const FileNode &node) const
{
    for (const QString &p : m_protected) {
        if (node.sameFileAs(FileNode::of(p)))
            return tr("it is the database's file %1; writing there would destroy it")
                .arg(QDir::toNativeSeparators(p));
    }
    return {};
}

QIODevice *OutputFile::device() const
{
    return m_writer.get();
}

Status OutputFile::startWriting(QFileDevice *file)
{
    m_writer = std::make_unique<Writer>(file);
    return {};
}

Status OutputFile::open()
{
    discard();
    if (m_path.isEmpty())
        return Status::failure(tr("no output file given"));
    if (const auto fd = descriptorOf(m_path))
        return openDescriptor(*fd);
    if (FileNode::isResource(m_path))
        return fail(tr("it is a resource built into the program"));
    if (m_path.endsWith(u'/'))
        return fail(tr("it names a folder, not a file"));
    const FileNode node = FileNode::of(m_path);
    switch (node.type) {
    case FileNode::Missing:
    case FileNode::Regular:
        return openRegular();
    case FileNode::Failed:
        if (node.error == ENOTDIR)
            return fail(
                tr("%1 is not a folder").arg(QDir::toNativeSeparators(QFileInfo(m_path).path())));
        return fail(systemError(node.error));
    default:
        return openNode(node);
    }
}

Status OutputFile::openDescriptor(int descriptor)
{
    const int flags = ::fcntl(descriptor, F_GETFL);
    if (flags < 0)
        return fail(tr("descriptor %1 is not open").arg(descriptor));
    if ((flags & O_ACCMODE) == O_RDONLY)
        return fail(tr("descriptor %1 is not open for writing").arg(descriptor));
    const FileNode node = FileNode::ofDescriptor(descriptor);
    if (node.type == FileNode::BlockDevice)
        return fail(tr("it is %1; Jikenbo does not write over disks").arg(node.typeName()));
    if (const QString why = protectedReason(node); !why.isEmpty())
        return fail(why);
    if (m_binary && ::isatty(descriptor))
        return fail(refuseTerminal());
    // What this process printed before goes first.
    std::fflush(descriptor == 2 ? stderr : stdout);
    const int fd = ::fcntl(descriptor, F_DUPFD_CLOEXEC, 3);
    if (fd < 0)
        return fail(systemError(errno));
    m_direct = std::make_unique<QFile>();
    if (!m_direct->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        const QString why = m_direct->errorString();
        m_direct.reset();
        return fail(why);
    }
    m_descriptor = descriptor;
    return startWriting(m_direct.get());
}

Status OutputFile::openNode(const FileNode &node)
{
    switch (node.type) {
    case FileNode::Directory:
        return fail(tr("it is a folder"));
    case FileNode::CharDevice:
    case FileNode::Fifo:
        break;
    case FileNode::BlockDevice:
        return fail(tr("it is %1; Jikenbo does not write over disks").arg(node.typeName()));
    default:
        return fail(tr("it is %1, not a file Jikenbo can write").arg(node.typeName()));
    }
    if (const QString why = protectedReason(node); !why.isEmpty())
        return fail(why);
    // Non-blocking open: a FIFO without a reader fails now (ENXIO) instead of waiting for one.
    const int fd =
        ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENXIO && node.type == FileNode::Fifo)
            return fail(tr("no program is reading from this FIFO"));
        return fail(systemError(errno));
    }
    const FileNode opened = FileNode::ofDescriptor(fd);
    if (opened.type != FileNode::CharDevice && opened.type != FileNode::Fifo) {
        ::close(fd); // it was replaced meanwhile: never write into a file in place
        return fail(tr("it changed while being opened"));
    }
    if (m_binary && ::isatty(fd)) {
        ::close(fd);
        return fail(refuseTerminal());
    }
    // Writes wait for the reader from here on, as a shell's > does.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    m_direct = std::make_unique<QFile>();
    if (!m_direct->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        const QString why = m_direct->errorString();
        m_direct.reset();
        return fail(why);
    }
    return startWriting(m_direct.get());
}

Status OutputFile::openRegular()
{
    const FileNode node = FileNode::of(m_path);
    if (node.type == FileNode::Regular) {
        if (node.kernelFile)
            return fail(tr("it is %1").arg(node.typeName()));
        if (const QString why = protectedReason(node); !why.isEmpty())
            return fail(why);
    } else {
        const QFileInfo fi(m_path);
        const FileNode parent = FileNode::of(fi.absolutePath());
        const QString folder = QDir::toNativeSeparators(fi.path());
        if (parent.type == FileNode::Missing)
            return fail(tr("the folder %1 does not exist").arg(folder));
        if (parent.exists() && parent.type != FileNode::Directory)
            return fail(tr("%1 is not a folder").arg(folder));
    }
    m_save = std::make_unique<QSaveFile>(m_path);
    if (!m_save->open(QIODevice::WriteOnly)) {
        const QString why = m_save->errorString();
        m_save.reset();
        return fail(why);
    }
    return startWriting(m_save.get());
}

QString OutputFile::writeError() const
{
    if (!m_writer || m_writer->failure().isEmpty())
        return {};
    return fail(m_writer->failure()).error();
}

Status OutputFile::commit()
{
    QFileDevice *file = m_save ? static_cast<QFileDevice *>(m_save.get()) : m_direct.get();
    if (!file)
        return Status::failure(tr("cannot save %1: it was not opened").arg(displayName()));
    // The last buffered bytes go out here: QSaveFile::commit() would rename the file into place
    // even when this final write fails.
    QString why = m_writer ? m_writer->failure() : QString();
    if (why.isEmpty() && (!file->flush() || file->error() != QFileDevice::NoError))
        why = file->errorString();
    if (!why.isEmpty()) {
        discard();
        return fail(why);
    }
    m_writer.reset();
    if (m_save) {
        const bool ok = m_save->commit();
        why = m_save->errorString();
        m_save.reset();
        if (!ok)
            return Status::failure(tr("cannot save %1: %2").arg(displayName(), why));
        return {};
    }
    m_direct->close();
    m_direct.reset();
    m_descriptor = -1;
    return {};
}

void OutputFile::discard()
{
    m_writer.reset();
    if (m_save) {
        m_save->cancelWriting();
        m_save.reset();
    }
    if (m_direct) {
        m_direct->close();
        m_direct.reset();
    }
    m_descriptor = -1;
}

} // namespace jikenbo
