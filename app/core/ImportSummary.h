// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jikenbo {

struct ImportError
{
    QString file;
    QString message;
};

// What an import (of files, or of a feed's pages by a sync) did.
struct ImportSummary
{
    int files = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skippedPosts = 0;
    QList<ImportError> errors;
    QStringList warnings; // "file: message"
    bool cancelled = false;
    QJsonObject toJson() const;
    void add(const ImportSummary &other);
};

} // namespace jikenbo
