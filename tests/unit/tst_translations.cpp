// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string is translated: lupdate reads the sources (the list app/CMakeLists.txt
// writes) into a copy of each .ts file, in a temporary folder, and the copy must then have no
// unfinished and no empty translation, each keeping the placeholders of its source; lrelease
// must agree. A tr("…") added in code and not translated fails here. The repository's .ts
// files are never written.
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;          // tr()'s disambiguation
    QString translationType;  // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            m = Message{context, {}, {}, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
        } else if (name == u"source"_s) {
            m.source = xml.readElementText();
        } else if (name == u"comment"_s) {
            m.comment = xml.readElementText();
        } else if (name == u"translation"_s) {
            m.translationType = xml.attributes().value(u"type"_s).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        m.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

// %1…%99 and %n, as a set (a translation may reorder them, and may repeat one).
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(n|[1-9][0-9]?)"_s);
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

QString describe(const Message &m)
{
    QString source = m.source;
    source.replace(u'\n', u"\\n"_s);
    if (source.size() > 100)
        source = source.left(99) + u'…';
    return u"  [%1] \"%2\""_s.arg(m.context, source) +
           (m.comment.isEmpty() ? QString() : u" (%1)"_s.arg(m.comment));
}

QString run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    *ok = p.waitForFinished(240000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QString output = QString::fromLocal8Bit(p.readAll());
    if (!*ok)
        return program + u' ' + args.join(u' ') + u" failed: "_s + p.errorString() + u'\n' + output;
    return output;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_updated; // .ts in the repository -> its updated copy

    // A copy of `ts` brought up to date with the sources as `update_translations` would, once.
    QString updatedCopy(const QString &ts, QString *error)
    {
        if (m_updated.contains(ts))
            return m_updated.value(ts);
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        QFile::remove(copy);
        if (!QFile::copy(ts, copy) ||
            !QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner)) {
            *error = u"cannot copy %1 to %2"_s.arg(ts, copy);
            return {};
        }
        bool ok = false;
        const QString output =
            run(QStringLiteral(JIKENBO_LUPDATE),
                {u"-locations"_s, u"none"_s, u"-no-obsolete"_s,
                 u"@"_s + QStringLiteral(JIKENBO_TR_SOURCES_LST), u"-ts"_s, copy},
                &ok);
        if (!ok) {
            *error = output;
            return {};
        }
        m_updated.insert(ts, copy);
        return copy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(JIKENBO_LUPDATE)).isExecutable(), JIKENBO_LUPDATE);
        QVERIFY2(QFileInfo(QStringLiteral(JIKENBO_LRELEASE)).isExecutable(), JIKENBO_LRELEASE);
        QVERIFY2(QFileInfo::exists(QStringLiteral(JIKENBO_TR_SOURCES_LST)), JIKENBO_TR_SOURCES_LST);
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("ts");
        const QStringList files = QStringLiteral(JIKENBO_TS_FILES).split(u'|');
        QVERIFY(files.size() >= 2);
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, ts);
        QString error;
        const QString copy = updatedCopy(ts, &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        bool ok = false;

        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 500, qPrintable(u"only %1 messages"_s.arg(messages.size())));

        QStringList unfinished, missing, wrongPlaceholders;
        for (const Message &m : messages) {
            if (m.translationType == u"vanished"_s || m.translationType == u"obsolete"_s)
                continue; // -no-obsolete drops these; none should be left
            if (m.translationType == u"unfinished"_s) {
                unfinished << describe(m);
                continue;
            }
            if (m.translations.isEmpty() ||
                std::any_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString &t) { return t.isEmpty(); })) {
                missing << describe(m);
                continue;
            }
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                QSet<QString> got = placeholders(t);
                // A numerus form may spell the number out (“one page”) instead of %n.
                if (m.numerus && m.translations.size() > 1)
                    got.insert(u"%n"_s);
                if (got != expected)
                    wrongPlaceholders << describe(m) + u" → \""_s + t + u'"';
            }
        }
        const QString name = QFileInfo(ts).fileName();
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(u"%1: %2 unfinished message(s), translate them in %3:\n"_s.arg(name)
                                .arg(unfinished.size())
                                .arg(ts) +
                            unfinished.join(u'\n')));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1: %2 empty translation(s):\n"_s.arg(name).arg(missing.size()) +
                            missing.join(u'\n')));
        QVERIFY2(wrongPlaceholders.isEmpty(),
                 qPrintable(u"%1: placeholders differ from the source:\n"_s.arg(name) +
                            wrongPlaceholders.join(u'\n')));

        // lrelease agrees: everything finished, nothing left untranslated.
        const QString qm = m_dir.filePath(QFileInfo(ts).completeBaseName() + u".qm"_s);
        const QString lrelease = run(QStringLiteral(JIKENBO_LRELEASE), {copy, u"-qm"_s, qm}, &ok);
        QVERIFY2(ok, qPrintable(lrelease));
        const QRegularExpression generated(u"Generated (\\d+) translation\\(s\\) \\((\\d+) "
                                           u"finished and (\\d+) unfinished\\)"_s);
        const auto match = generated.match(lrelease);
        QVERIFY2(match.hasMatch(), qPrintable(lrelease));
        QCOMPARE(match.captured(3).toInt(), 0);
        QCOMPARE(match.captured(1).toInt(), messages.size());
        QVERIFY2(!lrelease.contains(u"untranslated"_s), qPrintable(lrelease));
    }

    // The repository's file holds no message that the sources no longer have.
    void repositoryFilesAreUpToDate_data() { everyMessageIsTranslated_data(); }
    void repositoryFilesAreUpToDate()
    {
        QFETCH(QString, ts);
        QString error;
        const QList<Message> inRepo = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString copy = updatedCopy(ts, &error);
        QVERIFY2(!copy.isEmpty(), qPrintable(error));
        const QList<Message> updated = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!updated.isEmpty());
        QSet<QString> repoKeys, updatedKeys;
        for (const Message &m : inRepo)
            repoKeys.insert(describe(m));
        for (const Message &m : updated)
            updatedKeys.insert(describe(m));
        QStringList stale;
        for (const QString &k : repoKeys - updatedKeys)
            stale << k;
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"messages no source uses any more; run the update_translations "
                            u"target:\n"_s +
                            stale.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
