// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace jikenbo {

// Who asked the window for a sync, and how much of the feed to read.
struct SyncRequest
{
    enum class Origin {
        Menu,    // File → Sync from the Blog: the summary comes in a dialog
        Bar,     // the sample bar's Download: the bar tells the outcome
        Startup, // Settings' "Sync when Jikenbo starts": never a dialog
    };
    Origin origin = Origin::Menu;
    bool full = false; // the whole feed again (SyncOptions::full)

    // The outcome goes to the status bar and the sample bar only, never to a dialog.
    bool quiet() const { return origin != Origin::Menu; }
};

} // namespace jikenbo
