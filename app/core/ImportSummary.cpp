// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace jikenbo {

QJsonObject ImportSummary::toJson() const
{
    QJsonArray errs;
    for (const ImportError &e : errors)
        errs.append(QJsonObject{{u"file"_s, e.file}, {u"message"_s, e.message}});
    return QJsonObject{{u"files"_s, files},
                       {u"added"_s, added},
                       {u"updated"_s, updated},
                       {u"unchanged"_s, unchanged},
                       {u"skipped_posts"_s, skippedPosts},
                       {u"errors"_s, errs}};
}

void ImportSummary::add(const ImportSummary &o)
{
    files += o.files;
    added += o.added;
    updated += o.updated;
    unchanged += o.unchanged;
    skippedPosts += o.skippedPosts;
    errors += o.errors;
    warnings += o.warnings;
    cancelled = cancelled || o.cancelled;
}

} // namespace jikenbo
