// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace jikenbo {

class Taxonomy;

// A category of a survey's scheme: 紛失・誤廃棄 of 東京商工リサーチ, error.Misdelivery of VERIS.
struct SchemeCategory
{
    QString key; // stable within its scheme: "loss", "error.misdelivery"
    QString ja;
    QString en;
    QString color;   // "#rrggbb"
    QString action;  // VERIS action category ("error"); empty for other schemes
    QString variety; // VERIS action variety ("Misdelivery")
};

// Where incidents of one cause go; the conditions narrow it to incidents that also have one of
// the sectors, a label containing one of the texts, or one of the words in their title.
struct SchemeRule
{
    QString cause;
    QStringList sectors;
    QStringList labels;
    QStringList titleWords;
    QString category;

    bool isUnconditional() const
    {
        return sectors.isEmpty() && labels.isEmpty() && titleWords.isEmpty();
    }
};

// One survey's categories and the rules mapping causes to them, first fitting rule first.
struct Scheme
{
    QString id; // "tsr", "jnsa", "veris"
    QString ja;
    QString en;
    QList<SchemeCategory> categories;
    QString fallback; // category of a cause no rule names (a key the taxonomy lost)
    QList<SchemeRule> rules;

    const SchemeCategory *category(const QString &key) const;
    // The category key for a key or a Japanese/English name; empty when none fits.
    QString categoryKeyFor(const QString &keyOrName) const;
    // Display names in the current UI language (Japanese when the locale is Japanese).
    QString name() const;
    QString categoryName(const QString &key) const;
};

// The survey schemes of issue 16 (東京商工リサーチ, JNSA, VERIS), read from
// resources/data/schemes.json (embedded). A file schemes.json in Jikenbo's data folder (beside
// the default database) replaces the built-in one; a file that cannot be used is refused with a
// one-line message naming the file and the field, and the built-in schemes stay in force.
// SchemeSql (search) turns a scheme into SQL, so that counts and query terms agree.
class SchemeMap
{
    Q_DECLARE_TR_FUNCTIONS(SchemeMap)

public:
    static const SchemeMap &builtIn();
    static Result<SchemeMap> fromJson(const QByteArray &json, const QString &sourceName,
                                      const Taxonomy &taxonomy);
    static Result<SchemeMap> fromFile(const QString &path, const Taxonomy &taxonomy);

    // <data folder>/jikenbo/schemes.json: the user's replacement, read when present.
    static QString userFilePath();
    // The schemes in force for this process: a file given by useFile(), else the user's file
    // when present and usable, else the built-in ones. Safe from any thread.
    static std::shared_ptr<const SchemeMap> active();
    // Why the user's file is not in force (one line), or empty.
    static QString activeWarning();
    // Puts a file's schemes in force (the command line's --schemes); on failure nothing changes.
    static Status useFile(const QString &path);
    // Forgets what is in force: the next active() reads the user's file again.
    static void reset();

    const QList<Scheme> &schemes() const { return m_schemes; }
    const Scheme *scheme(const QString &id) const;
    QStringList ids() const;
    QString sourceName() const { return m_sourceName; }
    // The VERIS data variety of a data kind ("card" → "Payment"), "Unknown" when unmapped.
    QString verisDataVariety(const QString &dataKind) const;
    // The VERIS victim industry (NAICS) of a sector, "000" (unknown) when unmapped.
    QString verisIndustry(const QString &sector) const;

private:
    QString m_sourceName;
    QList<Scheme> m_schemes;
    QHash<QString, QString> m_dataVarieties;
    QHash<QString, QString> m_industries;
};

} // namespace jikenbo
