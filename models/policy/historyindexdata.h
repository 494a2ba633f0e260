// SPDX-License-Identifier: GPL-3.0-or-later
// Not part of the API: what HistoryIndex keeps, shared by the code that files incidents
// (historyindex.cpp) and the code that counts them (historysummary.cpp).
#pragma once

#include "historysummary.h"

#include <QHash>

#include <limits>
#include <map>
#include <vector>

namespace radar::historyindex {

inline constexpr qint64 hourMs = 3600 * 1000;
inline constexpr qint64 dayMs = 24 * hourMs;
inline constexpr qint64 openEnd = std::numeric_limits<qint64>::max(); // the end of an open incident

inline qint64 floorDivide(qint64 value, qint64 divisor)
{
    const qint64 quotient = value / divisor;
    return value % divisor < 0 ? quotient - 1 : quotient;
}

// Records are filed by UTC day: a range is a handful of map steps, and an insertion shifts one
// day's records at most, whatever order the store loads them in.
inline qint64 dayOf(qint64 ms)
{
    return floorDivide(ms, dayMs);
}

inline qint64 msOf(const QDateTime &instant)
{
    return instant.toMSecsSinceEpoch();
}

/// Strings as dense numbers, so the counting loop compares integers and counts into vectors.
class InternedStrings
{
public:
    qint32 intern(const QString &text)
    {
        const auto found = m_ids.constFind(text);
        if (found != m_ids.cend())
            return *found;
        const auto id = qint32(m_texts.size());
        m_ids.insert(text, id);
        m_texts.push_back(text);
        return id;
    }
    qint32 find(const QString &text) const { return m_ids.value(text, -1); }
    const QString &text(qint32 id) const { return m_texts[size_t(id)]; }
    qint32 size() const { return qint32(m_texts.size()); }

private:
    QHash<QString, qint32> m_ids;
    std::vector<QString> m_texts;
};

/// A provider's service or region: (provider, name) pairs, numbered.
class InternedPairs
{
public:
    qint32 intern(qint32 provider, qint32 name)
    {
        const quint64 key = (quint64(quint32(provider)) << 32) | quint32(name);
        const auto found = m_ids.constFind(key);
        if (found != m_ids.cend())
            return *found;
        const auto id = qint32(m_providers.size());
        m_ids.insert(key, id);
        m_providers.push_back(provider);
        m_names.push_back(name);
        return id;
    }
    qint32 provider(qint32 id) const { return m_providers[size_t(id)]; }
    qint32 name(qint32 id) const { return m_names[size_t(id)]; }
    qint32 size() const { return qint32(m_providers.size()); }

private:
    QHash<quint64, qint32> m_ids;
    std::vector<qint32> m_providers;
    std::vector<qint32> m_names;
};

} // namespace radar::historyindex

namespace radar {

/// The incidents by UTC day, sorted by start, with their strings as numbers; and the incidents
/// themselves by slot, for the lists.
struct HistoryIndex::Data
{
    using InternedStrings = historyindex::InternedStrings;
    using InternedPairs = historyindex::InternedPairs;
    static constexpr qint64 openEnd = historyindex::openEnd;

    /// One incident as the counting loop reads it: times as integers, strings as numbers.
    struct Record
    {
        qint64 start = 0; // ms since the epoch
        qint64 end = openEnd; // ms since the epoch
        qint32 slot = 0; // where the incident itself is kept
        qint32 provider = 0;
        // In its day's ids: the distinct cells, then the distinct services and regions among them
        // (services without the provider's own cell).
        qint32 firstId = 0;
        quint16 cellCount = 0;
        quint16 serviceCount = 0;
        quint16 regionCount = 0;
        SeverityBand band = SeverityBand::Informational;

        qint32 idCount() const { return qint32(cellCount) + serviceCount + regionCount; }
    };

    /// A UTC day's incidents. Their ids share one array, so a pass over the day reads memory in
    /// order, whatever order the incidents arrived in.
    struct Day
    {
        std::vector<Record> records; // by start
        std::vector<qint32> ids;
        size_t unused = 0; // ids of records since removed

        const qint32 *idsOf(const Record &record) const { return ids.data() + record.firstId; }
        void insert(Record record, const std::vector<qint32> &recordIds);
        void remove(qint32 slot, qint64 start);
    };

    InternedStrings providers;
    InternedStrings serviceNames;
    InternedStrings regionNames;
    InternedPairs services;
    InternedPairs regions;
    QHash<CellKey, qint32> cellIds;
    std::vector<CellKey> cells;
    std::vector<qint32> cellService; // -1 for the provider's own cell
    std::vector<qint32> cellRegion;
    qint32 globalRegion = -1; // regionNames' id of "global"

    std::vector<HistoryIncident> incidents; // by slot
    std::vector<qint64> slotStart; // by slot: finds the record
    std::vector<qint32> freeSlots;
    QHash<QString, qint32> slotOfKey;
    std::map<qint64, Day> days; // by UTC day

    class Matcher;

    qint32 internCell(const CellKey &key, qint32 provider);
    void file(const HistoryIncident &incident, qint32 slot);
    void unfile(qint32 slot); // takes the slot's record out of its day
    void removeSlot(qint32 slot);
};

} // namespace radar
