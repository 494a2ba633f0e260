// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cellkey.h"

#include <QList>
#include <QStringList>

namespace radar {

/// What the user starred: whole services (every region), a provider's region (every service) or
/// single cells. Watched cells get a star in the grid, a "watched only" view and, later, louder
/// notifications.
class WatchList
{
public:
    enum class Scope : quint8 { Service, Region, Cell };
    struct Entry
    {
        Scope scope = Scope::Cell;
        CellKey key; // Service: region ignored; Region: service ignored

        friend bool operator==(const Entry &a, const Entry &b);
    };

    static Entry service(const QString &provider, const QString &service);
    static Entry region(const QString &provider, const QString &region);
    static Entry cell(const CellKey &key);

    /// True when the cell is watched by any entry.
    bool isWatched(const CellKey &key) const;
    bool contains(const Entry &entry) const;
    /// Adds or removes the entry.
    void toggle(const Entry &entry);
    bool isEmpty() const { return m_entries.isEmpty(); }
    QList<Entry> entries() const { return m_entries; }

    /// A stable text form for the settings file ("service:aws/EC2"), ids percent-encoded.
    QStringList toStrings() const;
    /// Reads toStrings() output; unreadable lines are skipped and named in `rejected`.
    static WatchList fromStrings(const QStringList &lines, QStringList *rejected = nullptr);

    friend bool operator==(const WatchList &a, const WatchList &b) { return a.m_entries == b.m_entries; }
    friend bool operator!=(const WatchList &a, const WatchList &b) { return !(a == b); }

private:
    QList<Entry> m_entries;
};

} // namespace radar
