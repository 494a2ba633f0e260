// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

namespace benchtiming {

using Step = std::function<void(int round)>;

/// The median time in nanoseconds of each of `steps`, called with the round's number (negative
/// while warming up, untimed). The steps take turns round by round, so a spell of load from
/// elsewhere on the machine weighs on all of them alike. `settle`, when given, runs untimed after
/// each step, so every step starts with nothing pending.
inline QList<qint64> mediansOf(int repeats, int warmUpRounds, const QList<Step> &steps,
                               const std::function<void()> &settle = {})
{
    QList<QList<qint64>> samples(steps.size());
    QElapsedTimer timer;
    for (int round = -warmUpRounds; round < repeats; ++round) {
        for (qsizetype step = 0; step < steps.size(); ++step) {
            timer.start();
            steps[step](round);
            const qint64 elapsed = timer.nsecsElapsed();
            if (settle)
                settle();
            if (round >= 0)
                samples[step] << elapsed;
        }
    }
    QList<qint64> medians;
    for (QList<qint64> &times : samples) {
        std::sort(times.begin(), times.end());
        medians << times.value(times.size() / 2);
    }
    return medians;
}

} // namespace benchtiming
