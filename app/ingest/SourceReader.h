// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PostParser.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jikenbo {

struct ReadSource
{
    ParsedPage page;
    QString encoding;
    QStringList warnings;
};

// Reads one source file into posts: size and line-length limits, decoding, and parsing.
// Every failure is a one-line message (the caller prefixes the file name).
class SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)

public:
    static constexpr qint64 MaxFileBytes = 256ll * 1024 * 1024;
    static constexpr qsizetype MaxLineChars = 1024 * 1024;

    static Result<ReadSource> readFile(const QString &path);
    static Result<ReadSource> readBytes(const QByteArray &bytes);
    static Result<ReadSource> readText(const QString &text);
};

} // namespace jikenbo
