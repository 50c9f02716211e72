// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <vector>

struct UConverter;

namespace jikenbo {

class UnmappableReport;

// CP932 (windows-31j) through ICU with a STOP callback: a character CP932 cannot hold is an
// error, never the converter's silent substitute (ICU writes 〜 − ‖ as the bytes FC FC
// otherwise). It knows the CP932 equivalents of the usual suspects (〜 → ～, − → －, ‖ → ∥,
// — → ―, ¢ £ ¬ ¥ → full width), then tries NFKC and the letter without its accents.
class Cp932Encoder
{
public:
    Cp932Encoder();
    ~Cp932Encoder();
    Cp932Encoder(const Cp932Encoder &) = delete;
    Cp932Encoder &operator=(const Cp932Encoder &) = delete;

    bool isValid() const { return m_converter != nullptr; }
    const QString &error() const { return m_error; }

    bool canEncode(char32_t codePoint);
    bool canEncode(QStringView text);
    // Appends the bytes of `text`; false (and `out` unchanged) when a character has no bytes.
    bool append(QStringView text, QByteArray &out);
    // What replaces a character CP932 cannot hold: its equivalent, or empty when none.
    QString equivalent(char32_t codePoint);
    // `text` with each character CP932 cannot hold replaced by its equivalent or `fallback`;
    // each one is counted in `report` (when given) with where it was.
    QString makeEncodable(QStringView text, QChar fallback, UnmappableReport *report,
                          QStringView caseId, QStringView column);
    // Counts the characters of `text` CP932 cannot hold, without changing anything.
    void scan(QStringView text, QChar fallback, UnmappableReport &report, QStringView caseId,
              QStringView column);

private:
    bool probe(char32_t codePoint);

    UConverter *m_converter = nullptr;
    QString m_error;
    std::vector<quint8> m_bmp; // 0 unknown, 1 encodable, 2 not
};

} // namespace jikenbo
