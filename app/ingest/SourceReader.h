// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PostParser.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace jikenbo {

struct ReadSource
{
    enum Format { Text, Html, AtomFeed };
    Format format = Text;
    ParsedPage page;
    QString encoding;
    QStringList warnings;
};

// Reads one source file into posts: size and line-length limits, decoding, and parsing. A
// decoded file that starts like an HTML document is read as a saved page of the blog
// (HtmlPageReader), one that starts like an Atom feed as a feed page (AtomFeedReader); any
// other text as a page copied as text. Every failure is a one-line message (the caller
// prefixes the file name).
class SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)

public:
    static constexpr qint64 MaxFileBytes = 64ll * 1024 * 1024;
    static constexpr qsizetype MaxLineChars = 1024 * 1024;

    static Result<ReadSource> readFile(const QString &path);
    static Result<ReadSource> readBytes(const QByteArray &bytes);
    static Result<ReadSource> readText(const QString &text);

private:
    static Result<ReadSource> readHtml(const QString &text);
    static Result<ReadSource> readFeed(const QString &text);
    static Result<ReadSource> finish(ReadSource out);
};

} // namespace jikenbo
