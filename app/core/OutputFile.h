// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileNode.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QFile;
class QFileDevice;
class QIODevice;
class QSaveFile;

namespace jikenbo {

// Where an export or a PDF is written. A regular file (new or existing) goes through QSaveFile:
// a temporary file renamed into place by commit(), so a failed or cancelled write leaves the old
// file, or none. A character device or a FIFO (a terminal, /dev/null, a pipe a program reads) is
// written in place, since renaming over it would replace the device node itself; a FIFO nobody
// reads is refused at once instead of waiting. "-", /dev/stdout, /dev/stderr and /dev/fd/N write
// to that descriptor of this process as it is (a shell's > or >> redirection, a pipe). Folders,
// block devices, sockets, the kernel's files and the files given to protect() (the database
// being read) are refused before anything is written. Every message is one line naming the
// file. Writing to a pipe whose reader has gone fails with EPIPE only when the program ignores
// SIGPIPE (both programs do).
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(QString path);
    ~OutputFile(); // without commit(), a regular file is left as it was
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // A file never to write over, whatever name the output gives it. A database's -wal, -shm
    // and -journal files are protected with it.
    void protect(const QString &path);
    void protectDatabase(const QString &databasePath);

    // A binary output (a PDF, a PNG) is refused on a terminal, which it would only garble.
    void setBinary(bool binary) { m_binary = binary; }

    Status open();
    // Valid after a successful open(), until commit() or discard().
    QIODevice *device() const;
    // Regular file: renamed into place. In place: flushed. Any write error since open() fails
    // here, with the system's reason; a regular file is then left as it was.
    Status commit();
    void discard();

    // "cannot write NAME: reason" when writing to device() failed; empty otherwise.
    QString writeError() const;

    // The path as given, or "standard output" for "-".
    QString displayName() const;
    bool isStandardOutput() const { return m_descriptor == 1; }
    bool writesInPlace() const { return m_direct != nullptr; }

    // The descriptor of this process a path names ("-" and /dev/stdout: 1), if any.
    static std::optional<int> descriptorOf(const QString &path);

private:
    class Writer;
    Status fail(const QString &why) const;
    Status startWriting(QFileDevice *file);
    QString protectedReason(const FileNode &node) const;
    static QString refuseTerminal();
    Status openDescriptor(int descriptor);
    Status openNode(const FileNode &node);
    Status openRegular();

    QString m_path;
    QStringList m_protected;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
    std::unique_ptr<Writer> m_writer; // device(): over m_save or m_direct
    int m_descriptor = -1;
    bool m_binary = false;
};

// Writes through `write(QIODevice &)` to `path` (never over the database at `databasePath`):
// kept when it succeeds, discarded when it fails or its summary says it was cancelled. A write
// error of the file is reported before the writer's own.
template <class Summary, class Write>
Result<Summary> writeOutputFile(const QString &path, const QString &databasePath, Write write)
{
    using R = Result<Summary>;
    OutputFile out(path);
    out.protectDatabase(databasePath);
    if (const Status o = out.open(); !o.ok())
        return R::failure(o.error());
    R r = write(*out.device());
    if (!r.ok()) {
        const QString writeError = out.writeError();
        out.discard();
        return writeError.isEmpty() ? r : R::failure(writeError);
    }
    if (r->cancelled) {
        out.discard();
        return r;
    }
    if (const Status c = out.commit(); !c.ok())
        return R::failure(c.error());
    return r;
}

} // namespace jikenbo
