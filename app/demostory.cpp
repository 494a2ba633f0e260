// SPDX-License-Identifier: GPL-3.0-or-later
#include "demostory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace radar {

namespace {

// The story ships inside the binary, so its errors are the developers' to fix: they name the
// field in English, untranslated, like a compiler would.
QString fieldError(const QString &where, const QString &what)
{
    return QStringLiteral("demo story: %1: %2").arg(where, what);
}

bool readTimeline(const QJsonArray &array, const QString &where, int length, QList<DemoStory::Step> &timeline,
                  QString &error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("%1.timeline[%2]").arg(where).arg(i);
        const QJsonObject object = array.at(i).toObject();
        DemoStory::Step step;
        const QJsonValue at = object.value(QLatin1StringView("at"));
        step.at = at.toInt(-1);
        if (!at.isDouble() || step.at < 0 || step.at >= length) {
            error = fieldError(place, QStringLiteral("\"at\" must be a second from 0 to %1").arg(length - 1));
            return false;
        }
        if ((i == 0 && step.at != 0) || (i > 0 && step.at <= timeline.constLast().at)) {
            error = fieldError(place, QStringLiteral("the first step must be at 0 and the others ascending"));
            return false;
        }
        step.file = object.value(QLatin1StringView("file")).toString();
        step.status = object.value(QLatin1StringView("status")).toInt(200);
        if (step.file.isEmpty() == (step.status == 200)) {
            error = fieldError(place, QStringLiteral("needs either \"file\" or an HTTP error \"status\""));
            return false;
        }
        if (step.file.isEmpty() && (step.status < 400 || step.status > 599)) {
            error = fieldError(place, QStringLiteral("\"status\" must be an HTTP error from 400 to 599"));
            return false;
        }
        if (step.file.contains(QLatin1StringView("..")) || step.file.startsWith(u'/')) {
            error = fieldError(place, QStringLiteral("\"file\" must be a path inside the story's folder"));
            return false;
        }
        timeline.append(step);
    }
    if (timeline.isEmpty()) {
        error = fieldError(where, QStringLiteral("\"timeline\" is empty"));
        return false;
    }
    return true;
}

bool readSource(const QJsonObject &object, const QString &where, int length, DemoStory::Source &source,
                QString &error)
{
    source.id = object.value(QLatin1StringView("id")).toString();
    source.name = object.value(QLatin1StringView("name")).toString();
    source.path = object.value(QLatin1StringView("path")).toString();
    if (source.id.isEmpty() || source.name.isEmpty() || !source.path.startsWith(u'/')) {
        error = fieldError(where, QStringLiteral("needs \"id\", \"name\" and a \"path\" starting with /"));
        return false;
    }
    const std::optional<FeedKind> kind = feedKindFromName(object.value(QLatin1StringView("kind")).toString());
    if (!kind || *kind == FeedKind::Auto) {
        error =
            fieldError(where, QStringLiteral("\"kind\" must be one of %1").arg(feedKindNames().join(u',')));
        return false;
    }
    source.kind = *kind;
    source.contentType = object.value(QLatin1StringView("content_type"))
                             .toString(QStringLiteral("application/json; charset=utf-8"))
                             .toUtf8();
    const QString encoding = object.value(QLatin1StringView("encoding")).toString(QStringLiteral("utf-8"));
    if (encoding != QLatin1StringView("utf-8") && encoding != QLatin1StringView("utf-16be")) {
        error = fieldError(where, QStringLiteral("\"encoding\" must be utf-8 or utf-16be"));
        return false;
    }
    source.utf16 = encoding == QLatin1StringView("utf-16be");
    return readTimeline(object.value(QLatin1StringView("timeline")).toArray(), where, length, source.timeline,
                        error);
}

} // namespace

std::optional<DemoStory> DemoStory::fromJson(const QByteArray &json, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error =
            fieldError(QStringLiteral("story.json"),
                       parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("schema")).toInt() != 1) {
        error = fieldError(QStringLiteral("schema"), QStringLiteral("must be 1"));
        return std::nullopt;
    }
    DemoStory story;
    story.length = root.value(QLatin1StringView("length")).toInt();
    story.pollInterval = root.value(QLatin1StringView("poll_interval")).toInt();
    if (story.length < 10 || story.pollInterval < 1 || story.pollInterval > story.length) {
        error =
            fieldError(QStringLiteral("length"),
                       QStringLiteral("\"length\" must be at least 10 seconds and \"poll_interval\" from 1 "
                                      "to the length"));
        return std::nullopt;
    }
    const QJsonArray sources = root.value(QLatin1StringView("sources")).toArray();
    QSet<QString> ids;
    QSet<QString> paths;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString where = QStringLiteral("sources[%1]").arg(i);
        Source source;
        if (!readSource(sources.at(i).toObject(), where, story.length, source, error))
            return std::nullopt;
        if (ids.contains(source.id) || paths.contains(source.path)) {
            error = fieldError(where, QStringLiteral("\"id\" and \"path\" must be unique"));
            return std::nullopt;
        }
        ids.insert(source.id);
        paths.insert(source.path);
        story.sources.append(source);
    }
    for (const QJsonValue &entry : root.value(QLatin1StringView("watch")).toArray())
        story.watch.append(entry.toString());
    if (story.sources.isEmpty()) {
        error = fieldError(QStringLiteral("sources"), QStringLiteral("the story has no sources"));
        return std::nullopt;
    }
    return story;
}

const DemoStory::Step &DemoStory::stepAt(const Source &source, double second)
{
    // Short lists: the last step that has begun.
    const Step *current = &source.timeline.constFirst();
    for (const Step &step : source.timeline) {
        if (step.at > second)
            break;
        current = &step;
    }
    return *current;
}

QStringList DemoStory::files() const
{
    QStringList files;
    for (const Source &source : sources) {
        for (const Step &step : source.timeline) {
            if (!step.file.isEmpty() && !files.contains(step.file))
                files.append(step.file);
        }
    }
    return files;
}

DemoClock::DemoClock(const QDateTime &origin, double speed, int startSecond, int length)
    : m_origin(origin.toUTC())
    , m_speed(speed)
    , m_startSecond(startSecond)
    , m_length(length)
{ }

DemoClock::Moment DemoClock::at(const QDateTime &now) const
{
    const double story = m_startSecond + double(m_origin.msecsTo(now)) / 1000.0 * m_speed;
    Moment moment;
    moment.loop = qint64(std::floor(story / m_length));
    moment.second = story - double(moment.loop) * m_length;
    const double sinceOrigin = (double(moment.loop) * m_length - m_startSecond) / m_speed;
    moment.loopStart = m_origin.addMSecs(qint64(std::llround(sinceOrigin * 1000.0)));
    return moment;
}

QDateTime DemoClock::instantOf(const QDateTime &loopStart, qint64 second) const
{
    if (second < 0)
        return loopStart.addSecs(second);
    return loopStart.addMSecs(qint64(std::llround(double(second) * 1000.0 / m_speed)));
}

QByteArray renderDemoPayload(const QByteArray &text, const DemoClock &clock, const DemoClock::Moment &moment,
                             QString &error)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{([^{}]*)\}\})"));
    static const QRegularExpression time(
        QStringLiteral(R"(^at:(-?\d{1,9})(?::(iso|iso-ms|epoch|epoch-ms|rfc822))?$)"));
    const QString source = QString::fromUtf8(text);
    QString rendered;
    rendered.reserve(source.size());
    qsizetype done = 0;
    qsizetype found = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        rendered.append(QStringView(source).mid(done, match.capturedStart() - done));
        done = match.capturedEnd();
        ++found;
        const QString name = match.captured(1);
        if (name == QLatin1StringView("loop")) {
            rendered.append(QString::number(moment.loop));
            continue;
        }
        const QRegularExpressionMatch at = time.match(name);
        if (!at.hasMatch()) {
            error = QStringLiteral("unknown placeholder {{%1}} at character %2")
                        .arg(name)
                        .arg(match.capturedStart());
            return QByteArray();
        }
        const QDateTime instant = clock.instantOf(moment.loopStart, at.captured(1).toLongLong());
        const QString format = at.captured(2);
        if (format.isEmpty() || format == QLatin1StringView("iso"))
            rendered.append(instant.toString(Qt::ISODate));
        else if (format == QLatin1StringView("iso-ms"))
            rendered.append(instant.toString(Qt::ISODateWithMs));
        else if (format == QLatin1StringView("epoch"))
            rendered.append(QString::number(instant.toSecsSinceEpoch()));
        else if (format == QLatin1StringView("epoch-ms"))
            rendered.append(QString::number(instant.toMSecsSinceEpoch()));
        else // RFC 822 as feeds write it: English names whatever the user's language
            rendered.append(
                QLocale::c().toString(instant, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    }
    if (source.count(QLatin1StringView("{{")) != found) {
        error = QStringLiteral("a {{ without its }}");
        return QByteArray();
    }
    rendered.append(QStringView(source).mid(done));
    return rendered.toUtf8();
}

} // namespace radar
