// SPDX-License-Identifier: GPL-3.0-or-later
// Filing incidents into the HistoryIndex; counting them is in historysummary.cpp.
#include "historyindexdata.h"

#include <algorithm>

namespace radar {

using historyindex::dayOf;
using historyindex::msOf;

void HistoryIndex::Data::Day::insert(Record record, const std::vector<qint32> &recordIds)
{
    record.firstId = qint32(ids.size());
    ids.insert(ids.end(), recordIds.cbegin(), recordIds.cend());
    const auto at = std::upper_bound(records.begin(), records.end(), record.start,
                                     [](qint64 value, const Record &each) { return value < each.start; });
    records.insert(at, record);
}

void HistoryIndex::Data::Day::remove(qint32 slot, qint64 start)
{
    auto at = std::lower_bound(records.begin(), records.end(), start,
                               [](const Record &record, qint64 value) { return record.start < value; });
    while (at != records.end() && at->start == start && at->slot != slot)
        ++at;
    if (at == records.end() || at->slot != slot)
        return;
    unused += size_t(at->idCount());
    records.erase(at);
    // Incidents are replaced on every update: what they leave behind is dropped once it is half.
    if (unused * 2 <= ids.size())
        return;
    std::vector<qint32> kept;
    kept.reserve(ids.size() - unused);
    for (Record &record : records) {
        const qint32 *first = idsOf(record);
        record.firstId = qint32(kept.size());
        kept.insert(kept.end(), first, first + record.idCount());
    }
    ids = std::move(kept);
    unused = 0;
}

qint32 HistoryIndex::Data::internCell(const CellKey &key, qint32 provider)
{
    const auto found = cellIds.constFind(key);
    if (found != cellIds.cend())
        return *found;
    // A cell names its own provider; the incident's is the one the filter goes by.
    const qint32 cellProvider = key.provider.isEmpty() ? provider : providers.intern(key.provider);
    const auto id = qint32(cells.size());
    cellIds.insert(key, id);
    cells.push_back(key);
    cellService.push_back(
        key.service.isEmpty() ? -1 : services.intern(cellProvider, serviceNames.intern(key.service)));
    cellRegion.push_back(regions.intern(cellProvider, regionNames.intern(key.region)));
    return id;
}

void HistoryIndex::Data::file(const HistoryIncident &incident, qint32 slot)
{
    Record record;
    record.start = msOf(incident.startedAt);
    record.end = incident.endedAt.isValid() ? msOf(incident.endedAt) : openEnd;
    record.slot = slot;
    record.provider = providers.intern(incident.provider);
    record.band = severityBand(incident.severity);
    // No incident comes near the cap; it keeps the counts in 16 bits.
    constexpr size_t most = std::numeric_limits<quint16>::max();
    std::vector<qint32> cellList;
    std::vector<qint32> serviceList;
    std::vector<qint32> regionList;
    const auto add = [](std::vector<qint32> &list, qint32 id) {
        if (list.size() < most && std::find(list.cbegin(), list.cend(), id) == list.cend())
            list.push_back(id);
    };
    for (const CellKey &key : incident.affected) {
        const qint32 cell = internCell(key, record.provider);
        add(cellList, cell);
        if (cellService[size_t(cell)] >= 0)
            add(serviceList, cellService[size_t(cell)]);
        add(regionList, cellRegion[size_t(cell)]);
    }
    record.cellCount = quint16(cellList.size());
    record.serviceCount = quint16(serviceList.size());
    record.regionCount = quint16(regionList.size());
    cellList.insert(cellList.end(), serviceList.cbegin(), serviceList.cend());
    cellList.insert(cellList.end(), regionList.cbegin(), regionList.cend());
    slotStart[size_t(slot)] = record.start;
    days[dayOf(record.start)].insert(record, cellList);
}

void HistoryIndex::Data::unfile(qint32 slot)
{
    const qint64 start = slotStart[size_t(slot)];
    const auto day = days.find(dayOf(start));
    if (day == days.end())
        return;
    day->second.remove(slot, start);
    if (day->second.records.empty())
        days.erase(day);
}

void HistoryIndex::Data::removeSlot(qint32 slot)
{
    unfile(slot);
    slotOfKey.remove(incidents[size_t(slot)].key());
    incidents[size_t(slot)] = HistoryIncident();
    freeSlots.push_back(slot);
}

HistoryIndex::HistoryIndex()
    : d(std::make_unique<Data>())
{
    d->globalRegion = d->regionNames.intern(radar::globalRegion());
}

HistoryIndex::~HistoryIndex() = default;

HistoryIndex::HistoryIndex(const HistoryIndex &other)
    : d(std::make_unique<Data>(*other.d))
{ }

HistoryIndex &HistoryIndex::operator=(const HistoryIndex &other)
{
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}

void HistoryIndex::upsert(const HistoryIncident &incident)
{
    const QString key = incident.key();
    const auto known = d->slotOfKey.constFind(key);
    // Without a start there is no bar to count it in.
    if (!incident.startedAt.isValid()) {
        if (known != d->slotOfKey.cend())
            d->removeSlot(*known);
        return;
    }
    qint32 slot = 0;
    if (known != d->slotOfKey.cend()) {
        slot = *known;
        d->unfile(slot);
    } else if (d->freeSlots.empty()) {
        slot = qint32(d->incidents.size());
        d->incidents.emplace_back();
        d->slotStart.push_back(0);
        d->slotOfKey.insert(key, slot);
    } else {
        slot = d->freeSlots.back();
        d->freeSlots.pop_back();
        d->slotOfKey.insert(key, slot);
    }
    d->incidents[size_t(slot)] = incident;
    d->file(incident, slot);
}

void HistoryIndex::removeEndedBefore(const QDateTime &before)
{
    const qint64 limit = msOf(before);
    std::vector<qint32> ended;
    for (const auto &[number, day] : d->days) {
        for (const Data::Record &record : day.records) {
            if (record.end < limit)
                ended.push_back(record.slot);
        }
    }
    for (qint32 slot : ended)
        d->removeSlot(slot);
}

void HistoryIndex::clear()
{
    *d = Data();
    d->globalRegion = d->regionNames.intern(radar::globalRegion());
}

int HistoryIndex::size() const
{
    return int(d->slotOfKey.size());
}

} // namespace radar
