// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "ingest/SourceReader.h"
#include "ingest/TextDecoder.h"

#include <QTest>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace jikenbo;

namespace {

// Encodes with ICU, as a Japanese editor would have saved the page.
QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode st = U_ZERO_ERROR;
    UConverter *c = ucnv_open(charset, &st);
    if (U_FAILURE(st))
        return {};
    QByteArray out(int(text.size() * 4 + 16), '\0');
    const int32_t n =
        ucnv_fromUChars(c, out.data(), int32_t(out.size()),
                        reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &st);
    ucnv_close(c);
    if (U_FAILURE(st))
        return {};
    out.truncate(n);
    return out;
}

const QString sample =
    u"【セキュリティ事件簿#2024-901】株式会社ミナトデータ 個人情報の漏えいについて "
    u"2024年1月9日\n\n\n"
    "当社サーバーへの不正アクセスにより、お客様情報１，０９２件が流出した可能性があります。\n"
    "令和６年１月９日に判明しました。①②㈱～\n"_s;

} // namespace

class TestDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("bom");
        QTest::newRow("utf-8") << sample.toUtf8() << u"UTF-8"_s << false;
        QTest::newRow("utf-8 bom")
            << (QByteArray("\xEF\xBB\xBF") + sample.toUtf8()) << u"UTF-8"_s << true;
        QTest::newRow("utf-16le bom")
            << (QByteArray("\xFF\xFE") + encode(sample, "UTF-16LE")) << u"UTF-16LE"_s << true;
        QTest::newRow("utf-16be bom")
            << (QByteArray("\xFE\xFF") + encode(sample, "UTF-16BE")) << u"UTF-16BE"_s << true;
        QTest::newRow("utf-16le no bom") << encode(sample, "UTF-16LE") << u"UTF-16LE"_s << false;
        QTest::newRow("utf-16be no bom") << encode(sample, "UTF-16BE") << u"UTF-16BE"_s << false;
        QTest::newRow("shift_jis (cp932)")
            << encode(sample, "windows-31j") << u"Shift_JIS"_s << false;
        QTest::newRow("euc-jp") << encode(QString(sample).remove(u"①②㈱～"_s), "EUC-JP")
                                << u"EUC-JP"_s << false;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        QVERIFY(!bytes.isEmpty());
        const auto r = TextDecoder::decode(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->encoding, encoding);
        QCOMPARE(r->hadBom, bom);
        QCOMPARE(r->replacedSequences, 0);
        if (encoding == u"EUC-JP"_s)
            QCOMPARE(r->text, QString(sample).remove(u"①②㈱～"_s));
        else if (encoding == u"Shift_JIS"_s)
            QVERIFY(r->text.startsWith(u"【セキュリティ事件簿#2024-901】株式会社ミナトデータ"_s) &&
                    r->text.contains(u"①②㈱"_s));
        else
            QCOMPARE(r->text, sample);
        // And the page parses the same whatever the encoding.
        const auto page = SourceReader::readBytes(bytes);
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->page.incidents.size(), 1);
        QCOMPARE(page->page.incidents.first().caseId, u"2024-901"_s);
        QCOMPARE(page->page.incidents.first().organization, u"株式会社ミナトデータ"_s);
    }

    // A character Windows-31J cannot hold (written as bytes no decoder maps) is replaced and
    // reported, as for UTF-8.
    void legacyEncodingWithAFewBadBytes()
    {
        QByteArray bytes = encode(QString(sample).repeated(10), "windows-31j");
        QVERIFY(!bytes.isEmpty());
        bytes.insert(30, "\xFC\xFC");
        const auto r = TextDecoder::decode(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->encoding, u"Shift_JIS"_s);
        QVERIFY(r->replacedSequences >= 1);
        QCOMPARE(r->warnings.size(), 1);
    }

    void emptyIsRejected()
    {
        const auto r = TextDecoder::decode({});
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(u"empty"_s));
    }

    void binaryIsRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        static const char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        const QByteArray png(pngHeader, sizeof pngHeader - 1);
        QTest::newRow("png header") << png;
        QByteArray random;
        for (int i = 0; i < 4096; ++i)
            random.append(char((i * 7919 + 13) % 256));
        QTest::newRow("byte soup") << random;
        QTest::newRow("text with NUL") << QByteArray("abc\0def\n", 8);
        QTest::newRow("control chars") << QByteArray("text\x01\x02\x03 more text\n");
    }

    void binaryIsRejected()
    {
        QFETCH(QByteArray, bytes);
        const auto r = TextDecoder::decode(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(u"not a text file"_s) || r.error().contains(u"not text"_s),
                 qPrintable(r.error()));
    }

    // Policy: a few invalid sequences in otherwise valid UTF-8 are replaced and reported.
    void fewInvalidUtf8BytesAreReplaced()
    {
        QByteArray bytes;
        for (int i = 0; i < 20; ++i)
            bytes += sample.toUtf8();
        bytes.insert(40, "\xC3\x28"); // broken two-byte sequence
        const auto r = TextDecoder::decode(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->encoding, u"UTF-8"_s);
        QVERIFY(r->replacedSequences >= 1);
        QVERIFY(r->text.contains(QChar(0xFFFD)));
        QCOMPARE(r->warnings.size(), 1);
        QVERIFY(r->warnings.first().contains(u"U+FFFD"_s));
    }

    // Many invalid sequences: not UTF-8 at all; Latin-1 bytes are not a Japanese encoding.
    void mostlyInvalidUtf8IsNotUtf8()
    {
        const QByteArray latin1 =
            QString(u"Café crème brûlée à la carte, déjà vu. "_s).repeated(20).toLatin1();
        const auto r = TextDecoder::decode(latin1);
        if (r.ok())
            QVERIFY(r->encoding != u"UTF-8"_s);
    }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
