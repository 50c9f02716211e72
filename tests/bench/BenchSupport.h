// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace jikenbo::bench {

// A database of exactly `notices` synthetic notices at `path`, built once (import of a
// SyntheticCorpus with the built-in rules) and reused when it is already there.
bool ensureSyntheticDatabase(const QString &path, int notices, bool variedText = false);
// The machine the figures come from, for every benchmark's header: "2 cores, load average
// 2.51 1.90 1.20" (1, 5 and 15 minutes).
QString machineLine();
// The value at fraction p (0..1) of the sorted values.
double percentile(QList<double> values, double p);
// This process's resident memory now, in MB (VmRSS).
double residentMb();
// This process's peak resident memory, in MB (VmHWM).
double peakResidentMb();
// The parts of residentMb(): heap and other anonymous memory (RssAnon), and pages of mapped
// files (RssFile: libraries, fonts, and the database where SQLite maps it).
double anonResidentMb();
double fileResidentMb();
// Handles this thread's events until `done` holds or `timeoutMs` pass; milliseconds taken. It
// sleeps between events: a loop that polls would take a core from the threads being timed.
double waitFor(const std::function<bool()> &done, int timeoutMs = 60000);

} // namespace jikenbo::bench
