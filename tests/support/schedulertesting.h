// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the loopback tests of the polling engine share: fixtures, responses, and a scheduler on the
// test's thread with everything it reports recorded. Header-only: each test is one executable.
#include "feedtesting.h"
#include "fixtureserver.h"

#include "net/pollscheduler.h"
#include "policy/healthstate.h"

#include <QSignalSpy>

namespace schedulertesting {

using namespace radar;

/// A source polled with `kind` (Statuspage unless told: the fixtures are Statuspage summaries).
inline radar::SourceConfig source(const QString &id, const QUrl &url,
                                  radar::FeedKind kind = radar::FeedKind::Statuspage)
{
    radar::SourceConfig config;
    config.id = id;
    config.url = url;
    config.kind = kind;
    return config;
}

/// The bytes of tests/data/statuspage/<name>.
inline QByteArray fixture(const QString &name)
{
    return feedtesting::fixture(QStringLiteral("statuspage"), name);
}

inline FixtureResponse respond(int status, const QByteArray &reason,
                               QList<QPair<QByteArray, QByteArray>> headers = {},
                               const QByteArray &body = QByteArray())
{
    FixtureResponse response;
    response.status = status;
    response.reason = reason;
    response.headers = std::move(headers);
    response.body = body;
    return response;
}

inline FixtureResponse behaving(FixtureResponse::Behaviour behaviour, const QByteArray &body = QByteArray())
{
    FixtureResponse response = FixtureResponse::json(body);
    response.behaviour = behaviour;
    return response;
}

// Seconds from now until `when`, for checking a scheduled delay.
inline qint64 secondsUntil(const QDateTime &when)
{
    return QDateTime::currentDateTimeUtc().secsTo(when);
}

/// A scheduler on this thread with everything it reports recorded, and a HealthState fed from it as
/// the app feeds its own.
struct Harness
{
    explicit Harness(const FetchPolicy &policy)
        : scheduler(policy)
        , snapshots(&scheduler, &PollScheduler::snapshotReady)
        , unchanged(&scheduler, &PollScheduler::sourceUnchanged)
        , failures(&scheduler, &PollScheduler::sourceFailed)
        , scheduled(&scheduler, &PollScheduler::nextAttemptScheduled)
        , cycles(&scheduler, &PollScheduler::cycleFinished)
    {
        QObject::connect(&scheduler, &PollScheduler::snapshotReady, &scheduler,
                         [this](const QString &id, const Snapshot &snapshot) {
                             state.applySnapshot(id, snapshot, QDateTime::currentDateTimeUtc());
                         });
        QObject::connect(&scheduler, &PollScheduler::sourceUnchanged, &scheduler, [this](const QString &id) {
            state.applyUnchanged(id, QDateTime::currentDateTimeUtc());
        });
        QObject::connect(&scheduler, &PollScheduler::sourceFailed, &scheduler,
                         [this](const QString &id, const SourceError &error) {
                             state.applyFailure(id, error, QDateTime::currentDateTimeUtc());
                         });
        QObject::connect(
            &scheduler, &PollScheduler::nextAttemptScheduled, &scheduler,
            [this](const QString &id, const QDateTime &when) { state.setNextAttempt(id, when); });
    }

    void setSources(const QList<SourceConfig> &sources)
    {
        state.setSources(sources);
        scheduler.setSources(sources);
    }

    /// Polls everything now and waits for every source to report.
    bool refresh(int timeoutMs = 15000)
    {
        const qsizetype before = cycles.size();
        scheduler.pollAll();
        return cycles.size() > before || cycles.wait(timeoutMs);
    }

    SourceError lastFailure() const { return failures.constLast().at(1).value<SourceError>(); }

    PollScheduler scheduler;
    HealthState state;
    QSignalSpy snapshots;
    QSignalSpy unchanged;
    QSignalSpy failures;
    QSignalSpy scheduled;
    QSignalSpy cycles;
};

} // namespace schedulertesting
