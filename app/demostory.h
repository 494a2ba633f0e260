// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace radar {

/// The demo's script (resources/demo/story.json): which payload each source serves from which
/// second of a story that then loops. The payloads are the providers' own formats with a few
/// placeholders for times (see renderDemoPayload), so the real fetch, parse, store and notify code
/// runs on them.
struct DemoStory
{
    /// From `at` (a story second) on, a source serves `file` (relative to the story's folder),
    /// or, when `file` is empty, answers with the HTTP error `status` and no body.
    struct Step
    {
        int at = 0;
        QString file;
        int status = 200;
    };
    struct Source
    {
        QString id; // as in the provider catalog: "aws"
        QString name;
        FeedKind kind = FeedKind::Auto;
        QString path; // served at this path: "/aws/public/currentevents"
        QByteArray contentType;
        bool utf16 = false; // served as UTF-16 big-endian with a byte order mark, as AWS does
        QList<Step> timeline; // ascending; the first at 0
    };

    int length = 180; // seconds; then it starts over
    int pollInterval = 5; // story seconds between two polls of a source
    QList<Source> sources;
    /// Watched on the demo's first start, in WatchList::toStrings() form ("cell:aws/ec2/us-east-1").
    QStringList watch;

    /// Reads story.json; std::nullopt with `error` naming the field when it does not validate.
    static std::optional<DemoStory> fromJson(const QByteArray &json, QString &error);
    /// The step `source` is on at story second `second` (0 <= second < length).
    static const Step &stepAt(const Source &source, double second);
    /// Every payload file the timelines name, once each.
    QStringList files() const;
};

/// Story time against the wall clock: the story began at `origin` at second `startSecond` and runs
/// `speed` story seconds per second, starting over every `length` story seconds.
class DemoClock
{
public:
    DemoClock(const QDateTime &origin, double speed, int startSecond, int length);

    struct Moment
    {
        qint64 loop = 0; // how many times the story started over
        double second = 0; // within the loop: 0 <= second < length
        QDateTime loopStart; // UTC: when this loop's second 0 was (or will be)
    };
    Moment at(const QDateTime &now) const;
    /// The instant of story second `second` of the loop that started at `loopStart`. Seconds
    /// before the loop (negative ones, "an incident twelve days ago") are real seconds: only the
    /// story itself is sped up.
    QDateTime instantOf(const QDateTime &loopStart, qint64 second) const;
    double speed() const { return m_speed; }

private:
    QDateTime m_origin;
    double m_speed;
    int m_startSecond;
    int m_length;
};

/// Fills the placeholders of a payload: `{{at:N}}` (story second N of the loop, ISO 8601 UTC),
/// `{{at:N:iso-ms}}`, `{{at:N:epoch}}`, `{{at:N:epoch-ms}}`, `{{at:N:rfc822}}`, and `{{loop}}`.
/// Anything else between `{{` and `}}` is an error: a typo must not reach a parser as data.
QByteArray renderDemoPayload(const QByteArray &text, const DemoClock &clock, const DemoClock::Moment &moment,
                             QString &error);

} // namespace radar
