// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace jikenbo {

// Every QSettings key the GUI uses, typed, in one place.
namespace settings {

template<typename T>
struct Key
{
    const char *name;
    T fallback;

    T get() const
    {
        QSettings s;
        const QVariant v = s.value(QLatin1StringView(name));
        return v.isValid() ? v.value<T>() : fallback;
    }
    void set(const T &value) const
    {
        QSettings s;
        s.setValue(QLatin1StringView(name), QVariant::fromValue(value));
    }
};

inline const Key<QByteArray> windowGeometry{"window/geometry", {}};
inline const Key<QByteArray> windowState{"window/state", {}};
inline const Key<QByteArray> mainSplitter{"window/mainSplitter", {}};
inline const Key<QByteArray> detailSplitter{"window/detailSplitter", {}};
inline const Key<int> detailOrientation{"window/detailOrientation", 1}; // Qt::Horizontal
inline const Key<QByteArray> tableHeader{"table/header", {}};
inline const Key<QString> lastQuery{"search/lastQuery", {}};
inline const Key<bool> expandSynonyms{"search/expandSynonyms", false};
inline const Key<QString> rulesFile{"classify/rulesFile", {}};
inline const Key<QString> feedUrl{"sync/feedUrl", {}}; // empty: DefaultFeedUrl
inline const Key<bool> syncOnStart{"sync/onStart", false};
inline const Key<bool> showEra{"display/showEra", false};
inline const Key<QString> language{"display/language", {}}; // "", "ja", "en"
inline const Key<QString> lastImportDir{"import/lastDir", {}};
inline const Key<QString> lastExportDir{"export/lastDir", {}};
inline const Key<int> currentTab{"window/currentTab", 0};
inline const Key<int> trendPeriod{"trends/period", 0};  // TrendPeriod
inline const Key<int> trendBy{"trends/by", 0};          // TrendBy
inline const Key<QString> trendScheme{"trends/scheme", {}}; // a schemes.json id, or empty
inline const Key<int> trendMetric{"trends/metric", 0};  // TrendModel::Metric
inline const Key<bool> trendShares{"trends/shares", false};
inline const Key<bool> trendPatterns{"trends/patterns", false};

} // namespace settings
} // namespace jikenbo
