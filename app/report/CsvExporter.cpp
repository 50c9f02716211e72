// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "Cp932Encoder.h"
#include "CsvColumns.h"
#include "classify/Taxonomy.h"
#include "core/OutputFile.h"
#include "store/Database.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace jikenbo {

namespace {

constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qint64 ProgressEvery = 500;

QString deviceName(const QIODevice &device)
{
    if (const auto *f = qobject_cast<const QFileDevice *>(&device))
        return QDir::toNativeSeparators(f->fileName());
    return CsvExporter::tr("the output");
}

struct Columns
{
    QList<CsvColumn> list;
    QString error;
};

Columns resolveColumns(const QStringList &keys)
{
    Columns c;
    const QStringList wanted = keys.isEmpty() ? CsvColumns::defaultKeys() : keys;
    for (const QString &k : wanted) {
        const auto col = CsvColumns::fromKey(k);
        if (!col) {
            c.error = CsvExporter::tr("unknown column '%1'; the columns are %2")
                          .arg(k, CsvColumns::allKeys().join(u", "_s));
            return c;
        }
        c.list << *col;
    }
    return c;
}

} // namespace

CsvExporter::CsvExporter(Database &db, const Query &query, const CsvExportOptions &options,
                         const ListOptions &list)
    : m_db(db)
    , m_query(query)
    , m_options(options)
    , m_list(list)
{
}

void CsvExporter::appendField(QString &line, QStringView field)
{
    bool quote = false;
    for (QChar c : field) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        line += field;
        return;
    }
    line += u'"';
    for (QChar c : field) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

bool CsvExporter::startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'＝':
    case u'＋':
    case u'－':
    case u'＠':
        return true;
    default:
        return false;
    }
}

Status CsvExporter::sortOnDisk(Database &db)
{
    return db.exec(u"PRAGMA temp_store = FILE"_s);
}

Status CsvExporter::validate() const
{
    const Columns c = resolveColumns(m_options.columns);
    if (!c.error.isEmpty())
        return Status::failure(c.error);
    if (c.list.isEmpty())
        return Status::failure(tr("no columns to export"));
    return {};
}

Result<qint64> CsvExporter::total()
{
    auto n = IncidentQuery::count(m_db, m_query, m_list.sql);
    if (!n.ok())
        return n;
    qint64 t = qMax<qint64>(0, n.value() - qMax<qint64>(0, m_list.offset));
    if (m_list.limit >= 0)
        t = qMin(t, m_list.limit);
    return t;
}

Result<UnmappableReport> CsvExporter::scanUnmappable()
{
    using R = Result<UnmappableReport>;
    const Columns cols = resolveColumns(m_options.columns);
    if (!cols.error.isEmpty())
        return R::failure(cols.error);
    UnmappableReport report;
    if (m_options.encoding != CsvEncoding::Cp932)
        return report;
    Cp932Encoder encoder;
    if (!encoder.isValid())
        return R::failure(tr("the CP932 converter is not available: %1").arg(encoder.error()));
    const auto all = total();
    if (!all.ok())
        return R::failure(all.error());
    const Taxonomy &tax = Taxonomy::builtIn();
    QList<QString> keys;
    for (CsvColumn c : cols.list)
        keys << CsvColumns::key(c);
    if (m_options.header) {
        for (qsizetype i = 0; i < cols.list.size(); ++i) {
            encoder.scan(m_options.keys ? keys[i] : CsvColumns::name(cols.list[i]),
                         m_options.replacement, report, tr("header"), keys[i]);
        }
    }
    qint64 done = 0;
    const Status s = IncidentQuery::forEach(m_db, m_query, m_list, [&](const IncidentRecord &r) {
        if (cancelled())
            return false;
        for (qsizetype i = 0; i < cols.list.size(); ++i) {
            const QString v = CsvColumns::value(r, cols.list[i], m_options.keys, tax);
            if (!encoder.canEncode(QStringView(v)))
                encoder.scan(v, m_options.replacement, report, r.caseId, keys[i]);
        }
        if (++done % ProgressEvery == 0 && m_progress)
            m_progress(done, all.value());
        return true;
    });
    if (!s.ok())
        return R::failure(s.error());
    if (m_progress)
        m_progress(done, all.value());
    return report;
}

Result<CsvExportSummary> CsvExporter::write(QIODevice &device)
{
    using R = Result<CsvExportSummary>;
    const Columns cols = resolveColumns(m_options.columns);
    if (!cols.error.isEmpty())
        return R::failure(cols.error);
    if (cols.list.isEmpty())
        return R::failure(tr("no columns to export"));
    const bool cp932 = m_options.encoding == CsvEncoding::Cp932;
    std::unique_ptr<Cp932Encoder> encoder;
    if (cp932) {
        encoder = std::make_unique<Cp932Encoder>();
        if (!encoder->isValid())
            return R::failure(tr("the CP932 converter is not available: %1").arg(encoder->error()));
    }
    const auto all = total();
    if (!all.ok())
        return R::failure(all.error());

    CsvExportSummary summary;
    QByteArray chunk;
    chunk.reserve(ChunkBytes + 4096);
    QString writeError;
    auto flush = [&]() -> bool {
        if (chunk.isEmpty())
            return true;
        const qint64 n = device.write(chunk);
        if (n != chunk.size()) {
            writeError = tr("cannot write %1: %2").arg(deviceName(device), device.errorString());
            return false;
        }
        summary.bytes += n;
        chunk.clear();
        return true;
    };
    QString encodeError;
    QString failedCaseId;
    auto encodeLine = [&](const QString &line) -> bool {
        if (!cp932) {
            chunk += line.toUtf8();
            return true;
        }
        return encoder->append(line, chunk);
    };

    const QLatin1StringView eol = m_options.crlf ? "\r\n"_L1 : "\n"_L1;
    const Taxonomy &tax = Taxonomy::builtIn();
    QList<QString> keys;
    for (CsvColumn c : cols.list)
        keys << CsvColumns::key(c);
    const bool replace = cp932 && m_options.replaceUnmappable;
    QString line;
    line.reserve(4096);
    auto cell = [&](QString v, QStringView caseId, const QString &column) {
        if (replace && !encoder->canEncode(QStringView(v)))
            v = encoder->makeEncodable(v, m_options.replacement, &summary.replaced, caseId, column);
        if (m_options.formulaGuard && startsLikeFormula(v))
            v.prepend(u'\'');
        appendField(line, v);
    };

    if (m_options.encoding == CsvEncoding::Utf8Bom)
        chunk += "\xEF\xBB\xBF";
    if (m_options.header) {
        line.clear();
        for (qsizetype i = 0; i < cols.list.size(); ++i) {
            if (i)
                line += u',';
            cell(m_options.keys ? keys[i] : CsvColumns::name(cols.list[i]), tr("header"), keys[i]);
        }
        line += eol;
        if (!encodeLine(line))
            failedCaseId = tr("header");
    }

    qint64 done = 0;
    Status s;
    if (failedCaseId.isEmpty()) {
        s = IncidentQuery::forEach(m_db, m_query, m_list, [&](const IncidentRecord &r) {
            if (cancelled()) {
                summary.cancelled = true;
                return false;
            }
            line.clear();
            for (qsizetype i = 0; i < cols.list.size(); ++i) {
                if (i)
                    line += u',';
                cell(CsvColumns::value(r, cols.list[i], m_options.keys, tax), r.caseId, keys[i]);
            }
            line += eol;
            if (!encodeLine(line)) {
                failedCaseId = r.caseId;
                return false;
            }
            ++done;
            if (chunk.size() >= ChunkBytes && !flush())
                return false;
            if (done % ProgressEvery == 0 && m_progress)
                m_progress(done, all.value());
            return true;
        });
    }
    if (!s.ok())
        return R::failure(s.error());
    if (!writeError.isEmpty())
        return R::failure(writeError);
    if (!failedCaseId.isEmpty()) {
        // Say everything CP932 cannot hold, not just the first character.
        auto report = scanUnmappable();
        if (report.ok() && !report->isEmpty())
            return R::failure(report->describe());
        return R::failure(tr("%1: a character cannot be written in CP932").arg(failedCaseId));
    }
    if (summary.cancelled)
        return summary;
    if (!flush())
        return R::failure(writeError);
    summary.rows = done;
    if (m_progress)
        m_progress(done, all.value());
    return summary;
}

Result<CsvExportSummary> CsvExporter::save(const QString &path)
{
    using R = Result<CsvExportSummary>;
    if (const Status v = validate(); !v.ok())
        return R::failure(v.error());
    return writeOutputFile<CsvExportSummary>(path, m_db.path(), [this](QIODevice &device) { return write(device); });
}

} // namespace jikenbo
