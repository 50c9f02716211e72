// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FileNode.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace jikenbo {

// Reads a whole source file for import without ever waiting on it. What is not a regular file
// (a FIFO, a device, a socket) and the kernel's generated files (/proc, /sys) are refused before
// anything opens them; the file is then opened non-blocking, checked again through its
// descriptor (it may have been swapped meanwhile), and read up to a size limit.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    // Why `node` must not be read as a source file (one line, without the file name); empty
    // when it may be.
    static QString refusal(const FileNode &node);
    // The file's bytes; more than `maxBytes` is refused as too large.
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);

private:
    static QString tooLarge(qint64 bytes, qint64 maxBytes);
};

} // namespace jikenbo
