// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationpolicy.h"

#include "domain/incident.h"

#include <algorithm>

namespace radar {

namespace {

qint64 msecs(std::chrono::minutes minutes)
{
    return std::chrono::milliseconds(minutes).count();
}

bool isWorse(Status a, Status b)
{
    return severityRank(a) > severityRank(b);
}

/// The latest of the snooze ends; invalid (until resolved) when any of them is.
QDateTime latestEnd(const QList<QDateTime> &ends)
{
    QDateTime latest;
    for (const QDateTime &end : ends) {
        if (!end.isValid())
            return QDateTime();
        if (!latest.isValid() || end > latest)
            latest = end;
    }
    return latest;
}

bool isGuardedByFlapping(Notification::Kind kind)
{
    return kind == Notification::Kind::Started || kind == Notification::Kind::Resolved
        || kind == Notification::Kind::Escalated;
}

/// Rules that hold a notification back only for a while: what they held is owed, and told once
/// they no longer apply.
bool isTemporary(NotificationRule rule)
{
    switch (rule) {
    case NotificationRule::Paused:
    case NotificationRule::QuietHours:
    case NotificationRule::SnoozedCell:
    case NotificationRule::SnoozedIncident:
    case NotificationRule::Flapping:
        return true;
    default:
        return false;
    }
}

} // namespace

bool operator==(const NotificationRules &a, const NotificationRules &b)
{
    return a.watchedMinimum == b.watchedMinimum && a.otherMinimum == b.otherMinimum
        && a.mutedProviders == b.mutedProviders && a.mutedCells == b.mutedCells
        && a.quietHours == b.quietHours && a.quietFrom == b.quietFrom && a.quietTo == b.quietTo
        && a.quietDays == b.quietDays && a.resolvedNotices == b.resolvedNotices
        && a.reminderHours == b.reminderHours;
}

NotificationPolicy::NotificationPolicy(const QDateTime &startedAt, const QTimeZone &zone)
    : m_zone(zone)
    , m_startedAt(startedAt)
{ }

void NotificationPolicy::setRules(const NotificationRules &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    m_rulesChanged = true;
}

void NotificationPolicy::setWatchList(const WatchList &watchList)
{
    if (watchList == m_watchList)
        return;
    m_watchList = watchList;
    m_rulesChanged = true;
}

QList<Notification> NotificationPolicy::observe(const QString &sourceId, const QList<CellState> &cells,
                                                const QDateTime &now)
{
    QList<Notification> entries = advance(now);
    entries += record(sourceId, cells, now);
    entries += evaluate(now);
    return entries;
}

QList<Notification> NotificationPolicy::tick(const QDateTime &now)
{
    QList<Notification> entries = advance(now);
    entries += evaluate(now);
    entries += remind(now);
    return entries;
}

QList<Notification> NotificationPolicy::endStartGrace(const QDateTime &now)
{
    // Past the deadline without a tick, the grace ends here just as the tick would have ended it.
    return m_inStartGrace ? finishStartGrace(now) : QList<Notification>();
}

void NotificationPolicy::holdUntil(const QDateTime &until)
{
    if (!m_holdUntil.isValid() || until > m_holdUntil)
        m_holdUntil = until;
}

void NotificationPolicy::pause(const QDateTime &until)
{
    // A pause always ends: "until resolved" means nothing for the whole app, so it is no pause.
    m_pausedUntil = until;
}

void NotificationPolicy::resume()
{
    m_pausedUntil = QDateTime();
}

QDateTime NotificationPolicy::pausedUntil(const QDateTime &now) const
{
    return m_pausedUntil.isValid() && now < m_pausedUntil ? m_pausedUntil : QDateTime();
}

QDateTime NotificationPolicy::tomorrowMorning(const QDateTime &now) const
{
    const QTime morning = m_rules.quietTo.isValid() ? m_rules.quietTo : QTime(7, 0);
    // "Until tomorrow" at 01:00 means the coming morning, not the one after.
    const QDateTime local = now.toTimeZone(m_zone);
    const QDate day = local.time() < morning ? local.date() : local.date().addDays(1);
    return QDateTime(day, morning, m_zone).toUTC();
}

QDateTime NotificationPolicy::endOf(QuietLength length, const QDateTime &now) const
{
    switch (length) {
    case QuietLength::OneHour:
        return now.addSecs(3600);
    case QuietLength::FourHours:
        return now.addSecs(4 * 3600);
    case QuietLength::UntilTomorrow:
        return tomorrowMorning(now);
    case QuietLength::UntilResolved:
        break;
    }
    return QDateTime();
}

void NotificationPolicy::snoozeCell(const CellKey &key, const QDateTime &until)
{
    m_snoozedCells.insert(key, until);
}

void NotificationPolicy::snoozeIncident(const QString &incidentKey, const QDateTime &until)
{
    m_snoozedIncidents.insert(incidentKey, until);
}

bool NotificationPolicy::isMuted(const CellKey &key) const
{
    return m_rules.mutedProviders.contains(key.provider) || m_rules.mutedCells.isWatched(key);
}

bool NotificationPolicy::inQuietHours(const QDateTime &now) const
{
    return quietPeriodEnd(now).has_value();
}

Status NotificationPolicy::minimumFor(const CellKey &key) const
{
    return m_watchList.isWatched(key) ? m_rules.watchedMinimum : m_rules.otherMinimum;
}

Notification NotificationPolicy::testNotification(const QDateTime &now) const
{
    Notification entry;
    entry.at = now;
    entry.kind = Notification::Kind::Test;
    entry.rule = NotificationRule::Test;
    entry.sent = true;
    entry.providerName = QStringLiteral("Outage Radar");
    entry.status = Status::Operational;
    return entry;
}

// --- Cells and confirmation ------------------------------------------------------------------

QString NotificationPolicy::groupOf(const CellKey &key)
{
    return key.provider + u'\n' + key.region;
}

QList<Notification> NotificationPolicy::record(const QString &sourceId, const QList<CellState> &cells,
                                               const QDateTime &now)
{
    const bool newSource = !m_knownSources.contains(sourceId);
    QSet<CellKey> listed;
    QStringList groups;
    bool anyKnown = false;
    bool added = false;
    for (const CellState &cell : cells) {
        listed.insert(cell.key);
        anyKnown = anyKnown || cell.status != Status::Unknown;
        added = track(sourceId, cell, now) || added;
        if (!groups.contains(groupOf(cell.key)))
            groups.append(groupOf(cell.key));
    }
    if (added) {
        // Grown one key at a time, the indexes held twice their keys; they change rarely after.
        m_sourceCells[sourceId].squeeze();
        for (const QString &group : std::as_const(groups))
            m_groups[group].squeeze();
    }
    if (!anyKnown)
        return {}; // a stale or failing source says nothing, not even that a cell is gone
    m_knownSources.insert(sourceId);
    // Some feeds (AWS's) list a cell only while it is affected: a cell the source stopped listing
    // is fine again, through the same hysteresis as any other change.
    for (const CellKey &key : std::as_const(m_sourceCells[sourceId])) {
        if (!listed.contains(key)) {
            CellTrack &track = m_cells[key];
            track.incidentIds.clear();
            report(track, Status::Operational, now);
        }
    }
    endIncidentSnoozes(cells);
    if (!newSource && !m_inStartGrace)
        return {};
    // What a source reports the first time, or while starting, is the baseline: its events count
    // as open, without a notification each.
    QStringList sourceGroups;
    for (const QString &group : std::as_const(m_groupOrder)) {
        if (groups.contains(group)) {
            syncEvent(m_events[group], countingCells(group), now);
            sourceGroups.append(group);
        }
    }
    if (m_inStartGrace)
        return {}; // the start summary tells it
    // First real data after the start grace (autostart before the network was up, the first
    // refreshes failed): without a summary of its own, an outage already under way would never
    // be told.
    if (std::optional<Notification> summary = summarize(sourceGroups, now))
        return {*summary};
    return {};
}

bool NotificationPolicy::track(const QString &sourceId, const CellState &cell, const QDateTime &now)
{
    auto it = m_cells.find(cell.key);
    const bool added = it == m_cells.end();
    if (added) {
        if (cell.status == Status::Unknown)
            return false;
        CellTrack added;
        added.source = sourceId;
        // A new cell of a source already known (an affected service the feed now lists) starts
        // from fine, so its trouble is told; a new source's cells, and everything seen while
        // starting, are taken as they are.
        const bool baseline = m_inStartGrace || !m_knownSources.contains(sourceId);
        added.confirmed = baseline ? cell.status : Status::Operational;
        it = m_cells.insert(cell.key, added);
        m_sourceCells[sourceId].append(cell.key);
        const QString group = groupOf(cell.key);
        if (!m_groups.contains(group))
            m_groupOrder.append(group);
        m_groups[group].append(cell.key);
    }
    if (cell.status != Status::Unknown) {
        it->providerName = cell.providerName;
        it->serviceName = cell.serviceName;
        it->regionName = cell.regionName;
        it->incidentIds = cell.incidentIds;
    }
    report(*it, cell.status, now);
    return added;
}

void NotificationPolicy::report(CellTrack &track, Status status, const QDateTime &now)
{
    // Unknown is no news: the candidate and its count wait for real data.
    track.fresh = status != Status::Unknown;
    if (status == Status::Unknown)
        return;
    const bool wasPending = track.candidate != Status::Unknown;
    if (status == track.confirmed) {
        track.candidate = Status::Unknown;
        track.polls = 0;
    } else if (status == track.candidate) {
        ++track.polls;
    } else {
        track.candidate = status;
        track.polls = 1;
        track.since = now;
    }
    m_pending += int(track.candidate != Status::Unknown) - int(wasPending);
}

bool NotificationPolicy::isConfirmed(const CellTrack &track, const QDateTime &now) const
{
    // Unknown confirms nothing: the time rule counts only while the latest report is real data,
    // so a source failing after one bad poll does not turn that poll into news three minutes on.
    return track.fresh && track.candidate != Status::Unknown
        && (track.polls >= confirmPolls || track.since.msecsTo(now) >= msecs(confirmAfter));
}

NotificationPolicy::Changes NotificationPolicy::confirm(const QDateTime &now)
{
    Changes changes;
    if (isHeld(now))
        return changes; // candidates keep counting, nothing is confirmed
    // The first evaluation after a hold confirms what was seen during it and still differs.
    const QDateTime holdEnd = std::exchange(m_holdUntil, QDateTime());
    if (m_pending == 0)
        return changes; // nothing to confirm or release: the idle poll's case
    for (const QString &group : std::as_const(m_groupOrder)) {
        for (const CellKey &key : m_groups.value(group)) {
            CellTrack &track = m_cells[key];
            const bool released = holdEnd.isValid() && track.fresh && track.candidate != Status::Unknown
                && track.since < holdEnd;
            if (!released && !isConfirmed(track, now))
                continue;
            track.confirmed = std::exchange(track.candidate, Status::Unknown);
            track.polls = 0;
            --m_pending;
            if (!changes.cells.contains(group))
                changes.groups.append(group);
            changes.cells[group].append(key);
        }
    }
    return changes;
}

Status NotificationPolicy::confirmedOf(const CellKey &key) const
{
    const auto track = m_cells.constFind(key);
    return track == m_cells.cend() ? Status::Unknown : track->confirmed;
}

bool NotificationPolicy::counts(const CellKey &key, const CellTrack &track) const
{
    return track.confirmed != Status::Unknown && !isMuted(key) && !isWorse(minimumFor(key), track.confirmed);
}

QList<CellKey> NotificationPolicy::countingCells(const QString &group) const
{
    QList<CellKey> counting;
    for (const CellKey &key : m_groups.value(group)) {
        if (counts(key, m_cells.constFind(key).value()))
            counting.append(key);
    }
    return counting;
}

// --- Time ------------------------------------------------------------------------------------

QList<Notification> NotificationPolicy::advance(const QDateTime &now)
{
    expireSnoozes(now);
    if (!pausedUntil(now).isValid())
        m_pausedUntil = QDateTime();
    if (m_inStartGrace && m_startedAt.msecsTo(now) >= msecs(startGrace))
        return finishStartGrace(now);
    return {};
}

QList<Notification> NotificationPolicy::evaluate(const QDateTime &now)
{
    // New rules or a new watch list apply from here on: what they change about open events is
    // taken silently, so muting a provider does not announce its outage as resolved.
    if (std::exchange(m_rulesChanged, false) && !m_inStartGrace)
        syncAllEvents(now);
    const Changes changes = confirm(now);
    endCellSnoozes(changes);
    if (m_inStartGrace)
        return evaluateDuringGrace(changes, now);
    QList<Notification> entries;
    for (const QString &group : changes.groups)
        entries += evaluateGroup(group, changes.cells.value(group), now);
    entries += settleFlapping(now);
    entries += catchUp(now);
    return entries;
}

QList<Notification> NotificationPolicy::finishStartGrace(const QDateTime &now)
{
    m_inStartGrace = false;
    for (const QString &group : std::as_const(m_groupOrder))
        syncEvent(m_events[group], countingCells(group), now);
    if (std::optional<Notification> summary = summarize(m_groupOrder, now))
        return {*summary};
    return {};
}

std::optional<Notification> NotificationPolicy::summarize(const QStringList &groups, const QDateTime &now)
{
    // One message for everything a baseline found open, through the same checks as any other.
    QList<CellKey> problems;
    for (const QString &group : groups)
        problems += countingCells(group);
    if (problems.isEmpty())
        return std::nullopt;
    Notification entry = entryFor(Notification::Kind::OpenAtStart, problems, now);
    entry.rule = NotificationRule::OpenAtStart;
    entry = decided(entry, false, now);
    for (const QString &group : groups) {
        EventTrack &event = m_events[group];
        if (!event.isOpen())
            continue;
        if (entry.sent)
            noteTold(event, entryFor(Notification::Kind::Started, notifiedCells(group, event), now));
        // Held back by a pause or quiet hours: each event still open then is told on its own.
        event.owed = !entry.sent && isTemporary(entry.rule);
    }
    appendLog(entry);
    return entry;
}

QList<Notification> NotificationPolicy::evaluateDuringGrace(const Changes &changes, const QDateTime &now)
{
    // Changes while starting are baseline, told by the start summary. Only an event that came and
    // went before the summary is really dropped, and the log says so.
    QList<Notification> entries;
    for (const QString &group : changes.groups) {
        EventTrack &event = m_events[group];
        const QList<CellKey> counting = countingCells(group);
        if (event.isOpen() && counting.isEmpty()) {
            Notification entry = entryFor(Notification::Kind::Started, notifiedCells(group, event), now);
            entry.status = event.worst;
            entries.append(holdBack(entry, NotificationRule::Grace, m_startedAt.addMSecs(msecs(startGrace))));
        }
        syncEvent(event, counting, now);
    }
    return entries;
}

bool NotificationPolicy::isHeld(const QDateTime &now) const
{
    return m_holdUntil.isValid() && now < m_holdUntil;
}

std::optional<QDateTime> NotificationPolicy::quietPeriodEnd(const QDateTime &now) const
{
    const QTime from = m_rules.quietFrom;
    const QTime to = m_rules.quietTo;
    if (!m_rules.quietHours || !from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    const QDateTime local = now.toTimeZone(m_zone);
    const QDate day = local.date();
    const QTime time = local.time();
    // A period belongs to the day it starts on.
    const auto startsOn = [this](const QDate &date) {
        return m_rules.quietDays.contains(date.dayOfWeek());
    };
    const auto endOn = [this, to](const QDate &date) {
        return QDateTime(date, to, m_zone).toUTC();
    };
    if (from < to) {
        if (time >= from && time < to && startsOn(day))
            return endOn(day);
        return std::nullopt;
    }
    if (time >= from && startsOn(day))
        return endOn(day.addDays(1));
    if (time < to && startsOn(day.addDays(-1)))
        return endOn(day);
    return std::nullopt;
}

void NotificationPolicy::expireSnoozes(const QDateTime &now)
{
    for (auto it = m_snoozedCells.begin(); it != m_snoozedCells.end();)
        it = it->isValid() && *it <= now ? m_snoozedCells.erase(it) : std::next(it);
    for (auto it = m_snoozedIncidents.begin(); it != m_snoozedIncidents.end();)
        it = it->isValid() && *it <= now ? m_snoozedIncidents.erase(it) : std::next(it);
}

void NotificationPolicy::endIncidentSnoozes(const QList<CellState> &cells)
{
    QSet<QString> providers;
    QSet<QString> listed;
    for (const CellState &cell : cells) {
        if (cell.status == Status::Unknown)
            continue;
        providers.insert(cell.key.provider);
        for (const QString &id : cell.incidentIds)
            listed.insert(incidentKey(cell.key.provider, id));
    }
    for (auto it = m_snoozedIncidents.begin(); it != m_snoozedIncidents.end();) {
        const QString provider = splitIncidentKey(it.key()).first;
        const bool resolved = !it->isValid() && providers.contains(provider) && !listed.contains(it.key());
        it = resolved ? m_snoozedIncidents.erase(it) : std::next(it);
    }
}

void NotificationPolicy::endCellSnoozes(const Changes &changes)
{
    // Only a confirmed drop ends it: a cell snoozed while its trouble is still being confirmed
    // stays snoozed.
    for (const QList<CellKey> &keys : changes.cells) {
        for (const CellKey &key : keys) {
            const auto snooze = m_snoozedCells.constFind(key);
            if (snooze != m_snoozedCells.cend() && !snooze->isValid()
                && isWorse(minimumFor(key), confirmedOf(key)))
                m_snoozedCells.erase(snooze);
        }
    }
}

// --- Events ----------------------------------------------------------------------------------

QList<Notification> NotificationPolicy::evaluateGroup(const QString &group, const QList<CellKey> &changed,
                                                      const QDateTime &now)
{
    QList<Notification> entries;
    if (std::optional<Notification> muted = mutedEntry(changed, now))
        entries.append(*muted);
    EventTrack &event = m_events[group];
    event.lastChange = now;
    const QList<CellKey> counting = countingCells(group);
    if (!event.isOpen()) {
        if (!counting.isEmpty())
            entries.append(start(event, counting, now));
    } else if (counting.isEmpty()) {
        entries.append(resolve(event, notifiedCells(group, event), now));
    } else if (std::optional<Notification> change = changeOpenEvent(event, counting, now)) {
        entries.append(*change);
    }
    syncEvent(event, counting, now);
    return entries;
}

std::optional<Notification>
NotificationPolicy::changeOpenEvent(EventTrack &event, const QList<CellKey> &counting, const QDateTime &now)
{
    Status worstNow = Status::Operational;
    for (const CellKey &key : counting)
        worstNow = worst(worstNow, confirmedOf(key));
    if (isWorse(worstNow, event.worst)) {
        Notification entry = entryFor(Notification::Kind::Escalated, counting, now);
        entry.rule = NotificationRule::Escalation;
        return tell(entry, &event, now);
    }
    QList<CellKey> joined;
    std::copy_if(counting.cbegin(), counting.cend(), std::back_inserter(joined),
                 [&event](const CellKey &key) { return !event.notified.contains(key); });
    if (!joined.isEmpty())
        return holdBack(entryFor(Notification::Kind::Started, joined, now), NotificationRule::RolledUp);
    for (auto it = event.notified.cbegin(); it != event.notified.cend(); ++it) {
        // An improvement is an escalation's counterpart: the text tells it apart by its rule.
        if (isWorse(it.value(), confirmedOf(it.key())))
            return holdBack(entryFor(Notification::Kind::Escalated, counting, now),
                            NotificationRule::Improved);
    }
    return std::nullopt;
}

Notification NotificationPolicy::start(EventTrack &event, const QList<CellKey> &cells, const QDateTime &now)
{
    Notification entry = entryFor(Notification::Kind::Started, cells, now);
    entry.rule = startRule(cells);
    noteFlip(event, now);
    return tell(entry, &event, now);
}

NotificationRule NotificationPolicy::startRule(const QList<CellKey> &cells) const
{
    const bool watched = std::any_of(cells.cbegin(), cells.cend(),
                                     [this](const CellKey &key) { return m_watchList.isWatched(key); });
    return watched ? NotificationRule::WatchedAtLeast : NotificationRule::OtherAtLeast;
}

Notification NotificationPolicy::resolve(EventTrack &event, const QList<CellKey> &cells, const QDateTime &now)
{
    Notification entry = entryFor(Notification::Kind::Resolved, cells, now);
    entry.rule = NotificationRule::ResolvedNotice;
    noteFlip(event, now);
    // A resolution goes through the same checks as a start; when one holds it back, it is owed
    // and told once nothing does.
    if (event.toldOpen)
        return tell(entry, &event, now);
    // But "resolved" for an outage the user never heard of (its start held back, or taken silently
    // when the rules changed) is no news, now or later. The log names what held the start back
    // when that still holds (a pause, a snooze, quiet hours, flapping), else says the start was
    // never told: ResolvedNoticesOff would wrongly blame a setting the user may have on.
    event.owed = false;
    Notification asStart = entry;
    asStart.kind = Notification::Kind::Started;
    const Notification heldStart = decided(asStart, event.flapping, now);
    return holdBack(entry, heldStart.sent ? NotificationRule::NeverTold : heldStart.rule,
                    heldStart.ruleUntil);
}

std::optional<Notification> NotificationPolicy::untoldEntry(const QString &group, const EventTrack &event,
                                                            const QDateTime &now) const
{
    // What the user was last told against where the event stands now: its start, a worsening, or
    // its end. Better than told but still open is not worth a sound, as ever.
    const QList<CellKey> counting = countingCells(group);
    if (counting.isEmpty()) {
        QList<CellKey> told = event.toldCells;
        told.removeIf([this](const CellKey &key) { return isMuted(key); }); // nothing from them
        if (!event.toldOpen || told.isEmpty())
            return std::nullopt;
        Notification entry = entryFor(Notification::Kind::Resolved, told, now);
        entry.rule = NotificationRule::ResolvedNotice;
        return entry;
    }
    if (!event.toldOpen) {
        Notification entry = entryFor(Notification::Kind::Started, counting, now);
        entry.rule = startRule(counting);
        return entry;
    }
    Notification entry = entryFor(Notification::Kind::Escalated, counting, now);
    if (!isWorse(entry.status, event.toldWorst))
        return std::nullopt;
    entry.rule = NotificationRule::Escalation;
    return entry;
}

QList<CellKey> NotificationPolicy::notifiedCells(const QString &group, const EventTrack &event) const
{
    QList<CellKey> cells;
    for (const CellKey &key : m_groups.value(group)) {
        if (event.notified.contains(key))
            cells.append(key);
    }
    return cells;
}

std::optional<Notification> NotificationPolicy::mutedEntry(const QList<CellKey> &changed,
                                                           const QDateTime &now)
{
    // Muted cells never count; the log names them only when they would have counted.
    QList<CellKey> muted;
    bool provider = false;
    for (const CellKey &key : changed) {
        if (!isMuted(key) || isWorse(minimumFor(key), confirmedOf(key)))
            continue;
        muted.append(key);
        provider = provider || m_rules.mutedProviders.contains(key.provider);
    }
    if (muted.isEmpty())
        return std::nullopt;
    return holdBack(entryFor(Notification::Kind::Started, muted, now),
                    provider ? NotificationRule::MutedProvider : NotificationRule::MutedCell);
}

QList<Notification> NotificationPolicy::settleFlapping(const QDateTime &now)
{
    QList<Notification> entries;
    for (const QString &group : std::as_const(m_groupOrder)) {
        auto event = m_events.find(group);
        if (event == m_events.end() || !event->flapping || event->lastChange.msecsTo(now) < msecs(flapSettle))
            continue;
        event->flapping = false;
        event->flips.clear();
        event->owed = false;
        // Told, or logged as held back once more (and owed again) when, say, quiet hours hold it.
        if (std::optional<Notification> entry = untoldEntry(group, *event, now))
            entries.append(tell(*entry, &*event, now));
    }
    return entries;
}

QList<Notification> NotificationPolicy::catchUp(const QDateTime &now)
{
    // A pause, snooze or quiet period ended: what it held back is told once, as it stands now.
    if (m_inStartGrace || isHeld(now))
        return {};
    QList<Notification> entries;
    for (const QString &group : std::as_const(m_groupOrder)) {
        auto event = m_events.find(group);
        if (event == m_events.end() || !event->owed || event->flapping)
            continue; // flapping has its own end: settleFlapping
        const std::optional<Notification> untold = untoldEntry(group, *event, now);
        if (!untold) {
            event->owed = false;
            continue;
        }
        // A start or a worsening is told only while the latest data still shows it: not from a
        // failing source, nor while its end is being confirmed (an incident snooze ends as soon
        // as the feed drops the incident, a poll or two before the cell's status follows).
        const bool shown =
            std::any_of(untold->cells.cbegin(), untold->cells.cend(), [this](const CellKey &key) {
                const CellTrack &track = m_cells.constFind(key).value();
                return track.fresh && track.candidate == Status::Unknown;
            });
        if (untold->kind != Notification::Kind::Resolved && !shown)
            continue;
        const Notification entry = decided(*untold, false, now);
        if (!entry.sent)
            continue; // still held back: the log said so when it happened
        noteDecision(*event, entry);
        appendLog(entry);
        entries.append(entry);
    }
    return entries;
}

QList<Notification> NotificationPolicy::remind(const QDateTime &now)
{
    if (m_rules.reminderHours <= 0 || m_inStartGrace || isHeld(now))
        return {};
    const qint64 interval = qint64(m_rules.reminderHours) * 3600;
    QList<Notification> entries;
    for (const QString &group : std::as_const(m_groupOrder)) {
        auto event = m_events.find(group);
        if (event == m_events.end() || !event->isOpen() || !event->lastTold.isValid())
            continue;
        const QList<CellKey> counting = countingCells(group);
        // Only a major outage the data still shows: a stale source reminds of nothing.
        const bool major = std::any_of(counting.cbegin(), counting.cend(), [this](const CellKey &key) {
            const CellTrack &track = m_cells.constFind(key).value();
            return track.fresh && track.confirmed == Status::MajorOutage;
        });
        QDateTime last = event->lastTold;
        if (event->lastReminder.isValid() && event->lastReminder > last)
            last = event->lastReminder;
        if (!major || last.secsTo(now) < interval)
            continue;
        event->lastReminder = now;
        Notification entry = entryFor(Notification::Kind::Reminder, counting, now);
        entry.rule = NotificationRule::Reminder;
        entries.append(tell(entry, &*event, now));
    }
    return entries;
}

void NotificationPolicy::syncEvent(EventTrack &event, const QList<CellKey> &counting,
                                   const QDateTime &now) const
{
    if (counting.isEmpty()) {
        event.notified.clear();
        event.worst = Status::Unknown;
        event.openSince = QDateTime();
        event.lastTold = QDateTime();
        event.lastReminder = QDateTime();
        return;
    }
    if (!event.isOpen()) {
        event.openSince = now;
        event.worst = Status::Operational;
    }
    event.notified.clear();
    for (const CellKey &key : counting) {
        const Status status = confirmedOf(key);
        event.notified.insert(key, status);
        // The worst reached stays: getting better and back is not news within one event.
        event.worst = worst(event.worst, status);
    }
}

void NotificationPolicy::syncAllEvents(const QDateTime &now)
{
    for (const QString &group : std::as_const(m_groupOrder)) {
        EventTrack &event = m_events[group];
        const bool wasOpen = event.isOpen();
        syncEvent(event, countingCells(group), now);
        // Closed by a mute or a higher minimum: nothing that was held back is owed, least of all
        // a "resolved" for an outage that goes on.
        if (wasOpen && !event.isOpen())
            event.owed = false;
    }
}

void NotificationPolicy::noteFlip(EventTrack &event, const QDateTime &now)
{
    const QDateTime windowStart = now.addMSecs(-msecs(flapWindow));
    event.flips.removeIf([&windowStart](const QDateTime &flip) { return flip <= windowStart; });
    // The flips before this one decide: the flapLimit-th start or end still goes out.
    if (event.flips.size() >= flapLimit)
        event.flapping = true;
    event.flips.append(now);
}

void NotificationPolicy::noteDecision(EventTrack &event, const Notification &entry)
{
    if (!isGuardedByFlapping(entry.kind)) {
        if (entry.sent)
            noteTold(event, entry);
        return;
    }
    // An end the user chose not to hear counts as told: nothing is owed for it.
    if (entry.sent || entry.rule == NotificationRule::ResolvedNoticesOff) {
        noteTold(event, entry);
        event.owed = false;
        return;
    }
    event.owed = isTemporary(entry.rule);
}

void NotificationPolicy::noteTold(EventTrack &event, const Notification &entry)
{
    switch (entry.kind) {
    case Notification::Kind::Started:
    case Notification::Kind::Escalated:
        event.toldOpen = true;
        event.toldWorst = entry.status;
        event.toldCells = entry.cells;
        event.lastTold = entry.at;
        break;
    case Notification::Kind::Resolved:
        event.toldOpen = false;
        event.toldWorst = Status::Unknown;
        event.toldCells.clear();
        break;
    case Notification::Kind::Reminder:
    case Notification::Kind::OpenAtStart:
    case Notification::Kind::Test:
        break;
    }
}

// --- Entries ---------------------------------------------------------------------------------

Notification NotificationPolicy::entryFor(Notification::Kind kind, const QList<CellKey> &cells,
                                          const QDateTime &now) const
{
    Notification entry;
    entry.at = now;
    entry.kind = kind;
    entry.cells = cells;
    entry.status = Status::Operational;
    bool oneProvider = true;
    bool oneRegion = true;
    for (const CellKey &key : cells) {
        const CellTrack &cell = *m_cells.constFind(key);
        entry.status = worst(entry.status, confirmedOf(key));
        if (entry.serviceNames.isEmpty()) {
            entry.provider = key.provider;
            entry.providerName = cell.providerName.isEmpty() ? key.provider : cell.providerName;
            entry.region = key.region;
            entry.regionName = cell.regionName;
        }
        oneProvider = oneProvider && key.provider == entry.provider;
        oneRegion = oneRegion && oneProvider && key.region == entry.region;
        const QString name = key.isProviderSummary() ? cell.providerName : cell.serviceName;
        entry.serviceNames.append(name.isEmpty() ? key.service : name);
        for (const QString &id : cell.incidentIds) {
            const QString incident = incidentKey(key.provider, id);
            if (!entry.incidentKeys.contains(incident))
                entry.incidentKeys.append(incident);
        }
    }
    if (!oneProvider) {
        entry.provider.clear();
        entry.providerName.clear();
    }
    if (!oneRegion) {
        entry.region.clear();
        entry.regionName.clear();
    }
    return entry;
}

Notification NotificationPolicy::tell(Notification entry, EventTrack *event, const QDateTime &now)
{
    const bool flapping = event && event->flapping && isGuardedByFlapping(entry.kind);
    entry = decided(entry, flapping, now);
    if (event)
        noteDecision(*event, entry);
    appendLog(entry);
    return entry;
}

Notification NotificationPolicy::holdBack(Notification entry, NotificationRule rule, const QDateTime &until)
{
    entry.sent = false;
    entry.rule = rule;
    entry.ruleUntil = until;
    appendLog(entry);
    return entry;
}

Notification NotificationPolicy::decided(Notification entry, bool flapping, const QDateTime &now) const
{
    entry.sent = false;
    const auto held = [&entry](NotificationRule rule, const QDateTime &until = QDateTime()) {
        entry.rule = rule;
        entry.ruleUntil = until;
        return entry;
    };
    // A standing choice of the user comes first, then the temporary silences, in a fixed order.
    if (entry.kind == Notification::Kind::Resolved && !m_rules.resolvedNotices)
        return held(NotificationRule::ResolvedNoticesOff);
    if (const QDateTime paused = pausedUntil(now); paused.isValid())
        return held(NotificationRule::Paused, paused);
    if (const auto snooze = snoozeOf(entry))
        return held(snooze->first, snooze->second);
    bool breakthrough = false;
    if (const std::optional<QDateTime> quietEnd = quietPeriodEnd(now)) {
        breakthrough = breaksThrough(entry);
        if (!breakthrough)
            return held(NotificationRule::QuietHours, *quietEnd);
    }
    if (flapping)
        return held(NotificationRule::Flapping);
    if (breakthrough)
        entry.rule = NotificationRule::QuietBreakthrough;
    entry.sent = true;
    return entry;
}

std::optional<std::pair<NotificationRule, QDateTime>>
NotificationPolicy::snoozeOf(const Notification &entry) const
{
    if (entry.cells.isEmpty())
        return std::nullopt;
    QList<QDateTime> cellEnds;
    for (const CellKey &key : entry.cells) {
        const auto snooze = m_snoozedCells.constFind(key);
        if (snooze == m_snoozedCells.cend())
            break;
        cellEnds.append(*snooze);
    }
    if (cellEnds.size() == entry.cells.size())
        return std::pair(NotificationRule::SnoozedCell, latestEnd(cellEnds));
    // Or every cell is there only because of incidents the user snoozed.
    QList<QDateTime> incidentEnds;
    for (const CellKey &key : entry.cells) {
        const QStringList ids = m_cells.constFind(key)->incidentIds;
        if (ids.isEmpty())
            return std::nullopt;
        for (const QString &id : ids) {
            const auto snooze = m_snoozedIncidents.constFind(incidentKey(key.provider, id));
            if (snooze == m_snoozedIncidents.cend())
                return std::nullopt;
            incidentEnds.append(*snooze);
        }
    }
    return std::pair(NotificationRule::SnoozedIncident, latestEnd(incidentEnds));
}

bool NotificationPolicy::breaksThrough(const Notification &entry) const
{
    // News of a major outage on a watched cell; a reminder or an end can wait for the morning.
    if (entry.kind == Notification::Kind::Resolved || entry.kind == Notification::Kind::Reminder)
        return false;
    return std::any_of(entry.cells.cbegin(), entry.cells.cend(), [this](const CellKey &key) {
        return m_watchList.isWatched(key) && confirmedOf(key) == Status::MajorOutage;
    });
}

void NotificationPolicy::appendLog(const Notification &entry)
{
    m_log.append(entry);
    if (m_log.size() > logLimit)
        m_log.remove(0, m_log.size() - logLimit);
}

} // namespace radar
