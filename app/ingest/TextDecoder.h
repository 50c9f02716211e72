// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jikenbo {

struct DecodedText
{
    QString text;
    QString encoding; // canonical name: UTF-8, UTF-16LE, UTF-16BE, Shift_JIS, EUC-JP
    bool hadBom = false;
    int replacedSequences = 0; // invalid byte sequences replaced by U+FFFD
    QStringList warnings;
};

// Turns the bytes of a page into text.
//
// Policy (documented in README, tested in tst_decoder):
// - a BOM decides (UTF-8, UTF-16LE/BE);
// - valid UTF-8 is UTF-8;
// - UTF-8 with a few invalid sequences (at most 1 in 100 of its multi-byte sequences, and the
//   rest valid) is decoded with U+FFFD in their place and a warning naming how many;
// - otherwise ICU's detector chooses among Shift_JIS (decoded as windows-31j, the superset
//   Windows writes), EUC-JP and BOM-less UTF-16; text that none of them decodes cleanly, or
//   that holds NUL bytes or other control bytes, is rejected as not text.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    static Result<DecodedText> decode(const QByteArray &bytes);
    static Result<DecodedText> decodeAs(const QByteArray &bytes, const char *icuCharset);

private:
    static Result<DecodedText> decodeUtf16WithoutBom(const QByteArray &bytes);
};

} // namespace jikenbo
