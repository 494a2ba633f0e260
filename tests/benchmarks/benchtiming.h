// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <cstdio>

#include <algorithm>
#include <functional>

namespace benchtiming {

using Step = std::function<void(int round)>;

/// The middle value (the upper one of an even count); -1 for none.
inline qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

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
    for (const QList<qint64> &times : std::as_const(samples))
        medians << median(times);
    return medians;
}

/// A time for the tables: microseconds below a millisecond, "-" for none.
inline QString duration(qint64 nanoseconds)
{
    if (nanoseconds < 0)
        return QStringLiteral("-");
    if (nanoseconds < 1000000)
        return QStringLiteral("%1 us").arg(nanoseconds / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(nanoseconds / 1000000.0, 0, 'f', 2);
}

/// One row of a benchmark's table (printFigure): ours, the baseline, their ratio, how it was measured.
inline void printFigure(const QString &figure, const QString &ours, const QString &baseline,
                        const QString &ratio, const QString &goal, const QString &how);

inline void printRow(const QString &figure, qint64 ours, qint64 baseline, const QString &notes)
{
    const QString ratio =
        baseline > 0 && ours >= 0 ? QStringLiteral("%1x").arg(double(ours) / baseline, 0, 'f', 2) : QString();
    printFigure(figure, duration(ours), baseline < 0 ? QString() : duration(baseline), ratio, QString(),
                notes);
}

/// One row of the table the `bench` target prints, in Markdown so it can go into the README
/// as it is: the figure, ours, the baseline, their ratio (empty when there is none), the goal, how.
inline void printFigure(const QString &figure, const QString &ours, const QString &baseline,
                        const QString &ratio, const QString &goal, const QString &how)
{
    std::printf("| %s | %s | %s | %s | %s | %s |\n", qPrintable(figure), qPrintable(ours),
                qPrintable(baseline), qPrintable(ratio), qPrintable(goal), qPrintable(how));
    std::fflush(stdout);
}

/// A ratio for the tables: "1.23x".
inline QString ratio(double ours, double baseline)
{
    return baseline > 0 ? QStringLiteral("%1x").arg(ours / baseline, 0, 'f', 2) : QString();
}

} // namespace benchtiming
