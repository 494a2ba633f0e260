// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/watchlist.h"
#include "policy/healthstate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

#include <chrono>
#include <optional>
#include <utility>

namespace radar {

/// What the user decided is worth a notification, when, and how often.
struct NotificationRules
{
    Status watchedMinimum = Status::Degraded; // on cells of the watch list
    Status otherMinimum = Status::PartialOutage; // everywhere else
    QStringList mutedProviders; // provider (source) ids: nothing from them
    WatchList mutedCells; // services, provider regions or single cells: nothing from them
    bool quietHours = false;
    QTime quietFrom {22, 0};
    QTime quietTo {7, 0};
    /// The days (Qt::DayOfWeek, 1 = Monday) on which a quiet period *starts*: 22:00 on Friday to
    /// 07:00 on Saturday is Friday's.
    QList<int> quietDays {1, 2, 3, 4, 5, 6, 7};
    bool resolvedNotices = true;
    int reminderHours = 0; // reminders for still-open major outages; 0: off

    friend bool operator==(const NotificationRules &a, const NotificationRules &b);
    friend bool operator!=(const NotificationRules &a, const NotificationRules &b) { return !(a == b); }
};

/// Why a notification went out, or why it was held back. Every entry of the notification log
/// names one, so a person can tell why they were (not) told.
enum class NotificationRule : quint8 {
    // sent
    WatchedAtLeast, // a watched cell reached the watched minimum
    OtherAtLeast, // another cell reached the general minimum
    QuietBreakthrough, // a major outage on a watched cell, during quiet hours
    Escalation, // an event already notified got worse
    ResolvedNotice, // every notified cell of an event is back below the minimum
    Reminder, // a major outage still open after the reminder interval
    OpenAtStart, // what was already wrong when the app started (one summary)
    Test, // the user asked for a test notification
    // held back
    BelowMinimum,
    MutedProvider,
    MutedCell,
    QuietHours,
    SnoozedCell,
    SnoozedIncident,
    Paused,
    Grace, // after start, or after the machine or the connection came back
    RolledUp, // joined an event that was already notified, at no worse status
    Flapping, // the event keeps coming and going: held until it settles
    Improved, // got better but is still a problem: not worth a sound
    ResolvedNoticesOff,
    NeverTold, // the end of an outage whose start was never told: no news to the user
};

/// The lengths the menus offer for pausing notifications and snoozing a cell or an incident.
enum class QuietLength : quint8 { OneHour, FourHours, UntilTomorrow, UntilResolved };

/// One entry of the notification log: a notification that was sent, or one that was held back.
/// Rolled up per provider × region: one entry lists every service of that event.
struct Notification
{
    enum class Kind : quint8 { Started, Escalated, Resolved, Reminder, OpenAtStart, Test };

    QDateTime at; // UTC
    Kind kind = Kind::Started;
    NotificationRule rule = NotificationRule::OtherAtLeast;
    bool sent = false; // false: held back by `rule`
    QDateTime ruleUntil; // UTC: when a pause, snooze, quiet period or grace ends; invalid otherwise
    QString provider; // source id
    QString providerName;
    QString region; // region id; empty for an OpenAtStart summary spanning several
    QString regionName;
    Status status = Status::Unknown; // the worst status among `cells` now (operational when resolved)
    QList<CellKey> cells;
    QStringList serviceNames; // display names of `cells`, in the same order
    QStringList incidentKeys; // Incident::key() of the open incidents touching `cells`
};

/// Decides which changes of cell status become notifications: pure logic over values, with the
/// clock passed in (and the time zone for quiet hours injectable), so every rule is testable
/// with a simulated clock.
///
/// Feed it every poll of a source (observe) and the passing time (tick). A change must hold for
/// `confirmPolls` consecutive polls or for `confirmAfter` before it counts (hysteresis); unknown
/// (no fresh data) is never news and never confirms anything: the time rule needs the cell's
/// latest report to be real data. Confirmed changes are grouped per provider × region into
/// events: one notification when an event starts, one when it gets worse, one when it is over;
/// more services joining an open event at no worse status are rolled up silently.
///
/// What a pause, a snooze, quiet hours or flapping held back is owed: once nothing holds it back
/// any more, the user is told once where the event stands now (its start or its worsening, or
/// its end when its start was told). The end of an event the user never heard of is never sent.
class NotificationPolicy
{
public:
    static constexpr int confirmPolls = 2;
    static constexpr std::chrono::minutes confirmAfter {3};
    static constexpr std::chrono::minutes startGrace {2};
    /// An event that started or ended this many times within `flapWindow` is flapping.
    static constexpr int flapLimit = 3;
    static constexpr std::chrono::minutes flapWindow {60};
    /// A flapping event is quiet until it held one state this long.
    static constexpr std::chrono::minutes flapSettle {30};
    static constexpr int logLimit = 500;

    explicit NotificationPolicy(const QDateTime &startedAt,
                                const QTimeZone &zone = QTimeZone::systemTimeZone());

    /// Whether some cell has a change waiting to be confirmed by more polls.
    bool hasPendingChanges() const { return m_pending > 0; }

    void setRules(const NotificationRules &rules);
    NotificationRules rules() const { return m_rules; }
    void setWatchList(const WatchList &watchList);

    /// One poll of one source: its cells as HealthState::cellsOf() lists them. Returns what to
    /// send and what was held back, both for the log (sent ones have `sent` set).
    QList<Notification> observe(const QString &sourceId, const QList<CellState> &cells, const QDateTime &now);
    /// Time passes: changes that held for confirmAfter count, grace ends, reminders are due.
    QList<Notification> tick(const QDateTime &now);

    /// The first refresh after start is done: what it found is the baseline, and the start grace
    /// (at most startGrace after `startedAt` in any case) ends. Returns one OpenAtStart summary
    /// of what is already at or above its minimum, if anything is. A source whose first real
    /// data comes later (its first refreshes failed) gets a summary of its own then, from observe().
    QList<Notification> endStartGrace(const QDateTime &now);
    /// After the machine or the connection came back: changes wait until `until` (they are not
    /// dropped; what still holds then is told).
    void holdUntil(const QDateTime &until);
    void pause(const QDateTime &until);
    void resume();
    QDateTime pausedUntil(const QDateTime &now) const; // invalid when not paused
    /// The next morning's end of quiet hours (07:00 unless set), for "pause until tomorrow": today's
    /// when `now` is before it (01:00 -> 07:00 the same day), else tomorrow's.
    QDateTime tomorrowMorning(const QDateTime &now) const;

    /// When a pause or snooze of `length` from `now` ends (UTC); invalid for UntilResolved.
    QDateTime endOf(QuietLength length, const QDateTime &now) const;
    /// Silences a cell or an incident until `until`, or until it is resolved when `until` is invalid.
    void snoozeCell(const CellKey &key, const QDateTime &until);
    void snoozeIncident(const QString &incidentKey, const QDateTime &until);

    bool isMuted(const CellKey &key) const;
    bool inQuietHours(const QDateTime &now) const;
    /// The minimum status that notifies for this cell (watched or not).
    Status minimumFor(const CellKey &key) const;

    /// A test notification, for the caller to send and log like the others (the policy keeps no record of
    /// it).
    Notification testNotification(const QDateTime &now) const;

    /// The log, oldest first, at most logLimit entries.
    QList<Notification> log() const { return m_log; }

private:
    /// Per cell: what the policy holds as true, and the change waiting to be confirmed.
    struct CellTrack
    {
        // From the last report with a known status, what the texts need. Not the whole CellState:
        // a copy of each of thousands of cells was a tenth of the app's memory.
        QString providerName;
        QString serviceName;
        QString regionName;
        QStringList incidentIds;
        QString source; // the source that reports it, so a cell it stops listing can be told apart
        Status confirmed = Status::Unknown;
        Status candidate = Status::Unknown; // unknown: no change pending
        int polls = 0;
        QDateTime since; // when the candidate was first seen
        bool fresh = false; // the last report had a known status (reminders need fresh data)
    };
    /// Per provider × region: the event the user was told about, or that was held back.
    struct EventTrack
    {
        QHash<CellKey, Status> notified; // the counting cells as of the last evaluation
        Status worst = Status::Unknown; // the worst status this event reached
        QDateTime openSince; // invalid while no event is open
        QDateTime lastTold; // the last sent start, escalation or start summary: reminders count from it
        QDateTime lastReminder;
        QList<QDateTime> flips; // recent starts and ends, for the flapping guard
        bool flapping = false;
        QDateTime lastChange; // the last confirmed change of one of its cells
        // What the last sent notification said, for the one message after flapping settles.
        bool toldOpen = false;
        Status toldWorst = Status::Unknown;
        QList<CellKey> toldCells;
        // A start, worsening or end was held back by something that ends (pause, snooze, quiet
        // hours, flapping): once nothing holds it back, what the user missed is told once.
        bool owed = false;

        bool isOpen() const { return openSince.isValid(); }
    };
    /// The cells whose confirmed status changed in one evaluation, per provider × region.
    struct Changes
    {
        QStringList groups; // in order of first change
        QHash<QString, QList<CellKey>> cells;
    };

    static QString groupOf(const CellKey &key);

    // Cells and confirmation
    QList<Notification> record(const QString &sourceId, const QList<CellState> &cells, const QDateTime &now);
    /// Records one report of a cell; true when the cell was new to the policy.
    bool track(const QString &sourceId, const CellState &cell, const QDateTime &now);
    void report(CellTrack &track, Status status, const QDateTime &now);
    bool isConfirmed(const CellTrack &track, const QDateTime &now) const;
    Changes confirm(const QDateTime &now);
    Status confirmedOf(const CellKey &key) const;
    bool counts(const CellKey &key, const CellTrack &track) const;
    QList<CellKey> countingCells(const QString &group) const;

    // Time
    QList<Notification> advance(const QDateTime &now);
    QList<Notification> evaluate(const QDateTime &now);
    QList<Notification> finishStartGrace(const QDateTime &now);
    std::optional<Notification> summarize(const QStringList &groups, const QDateTime &now);
    QList<Notification> evaluateDuringGrace(const Changes &changes, const QDateTime &now);
    bool isHeld(const QDateTime &now) const;
    std::optional<QDateTime> quietPeriodEnd(const QDateTime &now) const;
    void expireSnoozes(const QDateTime &now);
    void endIncidentSnoozes(const QList<CellState> &cells);
    void endCellSnoozes(const Changes &changes);

    // Events
    QList<Notification> evaluateGroup(const QString &group, const QList<CellKey> &changed,
                                      const QDateTime &now);
    std::optional<Notification> changeOpenEvent(EventTrack &event, const QList<CellKey> &counting,
                                                const QDateTime &now);
    Notification start(EventTrack &event, const QList<CellKey> &cells, const QDateTime &now);
    NotificationRule startRule(const QList<CellKey> &cells) const;
    Notification resolve(EventTrack &event, const QList<CellKey> &cells, const QDateTime &now);
    std::optional<Notification> untoldEntry(const QString &group, const EventTrack &event,
                                            const QDateTime &now) const;
    QList<CellKey> notifiedCells(const QString &group, const EventTrack &event) const;
    std::optional<Notification> mutedEntry(const QList<CellKey> &changed, const QDateTime &now);
    QList<Notification> settleFlapping(const QDateTime &now);
    QList<Notification> catchUp(const QDateTime &now);
    QList<Notification> remind(const QDateTime &now);
    void syncEvent(EventTrack &event, const QList<CellKey> &counting, const QDateTime &now) const;
    void syncAllEvents(const QDateTime &now);
    static void noteFlip(EventTrack &event, const QDateTime &now);
    static void noteTold(EventTrack &event, const Notification &entry);
    static void noteDecision(EventTrack &event, const Notification &entry);

    // Entries
    Notification entryFor(Notification::Kind kind, const QList<CellKey> &cells, const QDateTime &now) const;
    Notification tell(Notification entry, EventTrack *event, const QDateTime &now);
    Notification holdBack(Notification entry, NotificationRule rule, const QDateTime &until = {});
    Notification decided(Notification entry, bool flapping, const QDateTime &now) const;
    std::optional<std::pair<NotificationRule, QDateTime>> snoozeOf(const Notification &entry) const;
    bool breaksThrough(const Notification &entry) const;
    void appendLog(const Notification &entry);

    NotificationRules m_rules;
    WatchList m_watchList;
    QTimeZone m_zone;
    QDateTime m_startedAt;
    QDateTime m_holdUntil;
    QDateTime m_pausedUntil;
    QHash<CellKey, QDateTime> m_snoozedCells; // invalid: until resolved
    QHash<QString, QDateTime> m_snoozedIncidents;
    QList<Notification> m_log;
    QHash<CellKey, CellTrack> m_cells;
    // Each source's cells, so a poll looks at its own and not at every cell of every source.
    QHash<QString, QList<CellKey>> m_sourceCells;
    // How many cells have a change pending (a candidate). None, as on an idle poll that repeats
    // what was confirmed, and confirm() has nothing to look at.
    int m_pending = 0;
    QHash<QString, QList<CellKey>> m_groups; // provider × region -> its cells, in order of first report
    QStringList m_groupOrder; // so entries come out in a stable order
    QHash<QString, EventTrack> m_events;
    QSet<QString> m_knownSources; // sources that reported known data at least once
    bool m_inStartGrace = true;
    bool m_rulesChanged = false;
};

} // namespace radar

Q_DECLARE_METATYPE(radar::Notification)
