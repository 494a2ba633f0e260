// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentlog.h"

#include <QHash>

#include <algorithm>

namespace radar {

namespace {

QDateTime newestUpdate(const Incident &incident)
{
    return incident.updates.isEmpty() ? QDateTime() : incident.updates.constLast().at;
}

// Two sources may list the same incident (a page's summary.json and its incidents.json); the one
// that heard from the provider last wins, so a late poll of one cannot roll the other back.
bool fresher(const Incident &candidate, const Incident &current)
{
    return newestUpdate(candidate) > newestUpdate(current);
}

bool listedBefore(const IncidentLog::Entry &a, const IncidentLog::Entry &b)
{
    const bool aOpen = a.incident.isOpen();
    if (aOpen != b.incident.isOpen())
        return aOpen;
    if (aOpen) {
        const int aRank = severityRank(a.incident.severity);
        const int bRank = severityRank(b.incident.severity);
        if (aRank != bRank)
            return aRank > bRank;
        if (a.incident.startedAt != b.incident.startedAt)
            return a.incident.startedAt > b.incident.startedAt;
    } else if (a.endedAt() != b.endedAt()) {
        return a.endedAt() > b.endedAt();
    }
    // Ties keep one order from call to call, so a view does not shuffle equal rows.
    return a.incident.key() < b.incident.key();
}

// lastSeen is bookkeeping that changes on every update; it does not count as a change.
bool sameShown(const IncidentLog::Entry &a, const IncidentLog::Entry &b)
{
    return a.incident == b.incident && a.noLongerListed == b.noLongerListed && a.firstSeen == b.firstSeen;
}

} // namespace

QDateTime IncidentLog::Entry::endedAt() const
{
    if (incident.isOpen())
        return QDateTime();
    if (incident.resolvedAt.isValid())
        return incident.resolvedAt;
    const QDateTime newest = newestUpdate(incident);
    return newest.isValid() ? newest : firstSeen;
}

bool IncidentLog::update(const QList<Incident> &reported, const QDateTime &nowUtc)
{
    QHash<QString, qsizetype> previous;
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        previous.insert(m_entries[i].incident.key(), i);

    QList<Entry> entries;
    QHash<QString, qsizetype> listed; // identity -> index in entries
    for (const Incident &incident : reported) {
        const QString key = incident.key();
        const auto same = listed.constFind(key);
        if (same != listed.cend()) {
            if (fresher(incident, entries[*same].incident))
                entries[*same].incident = incident;
            continue;
        }
        Entry entry;
        entry.incident = incident;
        const auto before = previous.constFind(key);
        entry.firstSeen = before != previous.cend() ? m_entries[*before].firstSeen : nowUtc;
        entry.lastSeen = nowUtc;
        listed.insert(key, entries.size());
        entries.append(entry);
    }
    for (const Entry &old : std::as_const(m_entries)) {
        if (listed.contains(old.incident.key()))
            continue;
        Entry kept = old;
        // Some feeds drop an incident once it is over rather than report it resolved: it ended when
        // it vanished. One that ended before it vanished keeps the end the provider gave.
        if (kept.incident.isOpen()) {
            kept.noLongerListed = true;
            kept.incident.state = IncidentState::Resolved;
            kept.incident.resolvedAt = nowUtc;
        }
        entries.append(kept);
    }

    const QDateTime oldest = nowUtc.addSecs(-std::chrono::seconds(m_recentPeriod).count());
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&](const Entry &entry) {
                                     return !entry.incident.isOpen() && entry.endedAt() < oldest;
                                 }),
                  entries.end());
    std::stable_sort(entries.begin(), entries.end(), listedBefore);
    const auto firstEnded = std::find_if(entries.cbegin(), entries.cend(),
                                         [](const Entry &entry) { return !entry.incident.isOpen(); });
    const qsizetype openCount = firstEnded - entries.cbegin();
    if (entries.size() - openCount > maxEnded)
        entries.resize(openCount + maxEnded);

    const bool changed =
        !std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), m_entries.cend(), sameShown);
    m_entries = entries;
    return changed;
}

} // namespace radar
