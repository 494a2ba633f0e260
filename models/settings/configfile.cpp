// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfile.h"

#include "domain/sourcerules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace radar {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::ConfigFile)
};

constexpr int maxProblems = 50; // a file wrong in a thousand ways reports the first fifty, and a count

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QJsonObject sourceObject(const SourceConfig &source)
{
    QJsonObject object {
        {QStringLiteral("id"), source.id},
        {QStringLiteral("name"), source.name},
        // Credentials never travel, not even ones an older version let into an address.
        {QStringLiteral("url"), source.url.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("kind"), feedKindName(source.kind)},
        {QStringLiteral("interval_seconds"), qint64(source.interval.count())},
        {QStringLiteral("enabled"), source.enabled},
        {QStringLiteral("services"), stringArray(source.services)},
        {QStringLiteral("regions"), stringArray(source.regions)},
    };
    // Only the header's name: the value is the importer's to enter into their own keychain.
    if (!source.secretHeader.isEmpty())
        object.insert(QStringLiteral("secret_header"), source.secretHeader);
    return object;
}

QJsonObject rulesObject(const NotificationRules &rules)
{
    QJsonArray days;
    for (const int day : rules.quietDays)
        days.append(day);
    return {
        {QStringLiteral("watched_minimum"), statusName(rules.watchedMinimum)},
        {QStringLiteral("other_minimum"), statusName(rules.otherMinimum)},
        {QStringLiteral("muted_providers"), stringArray(rules.mutedProviders)},
        {QStringLiteral("muted"), stringArray(rules.mutedCells.toStrings())},
        {QStringLiteral("quiet_hours"),
         QJsonObject {{QStringLiteral("enabled"), rules.quietHours},
                      {QStringLiteral("from"), rules.quietFrom.toString(u"HH:mm")},
                      {QStringLiteral("to"), rules.quietTo.toString(u"HH:mm")},
                      {QStringLiteral("days"), days}}},
        {QStringLiteral("resolved_notices"), rules.resolvedNotices},
        {QStringLiteral("reminder_hours"), rules.reminderHours},
    };
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

/// Collects problems, each with the path of its field, and reads typed values through them.
class Reader
{
public:
    QStringList problems;
    int dropped = 0;

    void problem(const QString &field, const QString &message)
    {
        if (problems.size() < maxProblems)
            problems.append(field + QStringLiteral(": ") + message);
        else
            ++dropped;
    }

    void wrongType(const QString &field, const char *expected, const QJsonValue &value)
    {
        problem(field, Text::tr("expected %1, found %2").arg(Text::tr(expected), jsonTypeName(value)));
    }

    /// Names every key of `object` outside `known`: a misspelt field must not pass unnoticed.
    void unknownKeys(const QString &path, const QJsonObject &object,
                     std::initializer_list<const char *> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString &key = it.key();
            if (std::any_of(known.begin(), known.end(),
                            [&](const char *name) { return key == QLatin1StringView(name); }))
                continue;
            const QString lower = key.toLower();
            if (lower.contains(u"token") || lower.contains(u"secret") || lower.contains(u"password"))
                problem(path + key,
                        Text::tr("secrets do not belong in a shared configuration: remove it, "
                                 "and enter the value in Settings, Sources, on each machine"));
            else
                problem(path + key, Text::tr("unknown field"));
        }
    }

    std::optional<QString> string(const QJsonObject &object, const QString &path, const char *key,
                                  bool required)
    {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined()) {
            if (required)
                problem(path + QLatin1StringView(key), Text::tr("missing"));
            return std::nullopt;
        }
        if (!value.isString()) {
            wrongType(path + QLatin1StringView(key), QT_TRANSLATE_NOOP("radar::ConfigFile", "a string"),
                      value);
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            wrongType(path + QLatin1StringView(key), QT_TRANSLATE_NOOP("radar::ConfigFile", "true or false"),
                      value);
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const char *key, qint64 low,
                                  qint64 high)
    {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined())
            return std::nullopt;
        const QString field = path + QLatin1StringView(key);
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number) {
            wrongType(field, QT_TRANSLATE_NOOP("radar::ConfigFile", "a whole number"), value);
            return std::nullopt;
        }
        if (number < double(low) || number > double(high)) {
            problem(field, Text::tr("%1 is out of range (%2 to %3)").arg(number).arg(low).arg(high));
            return std::nullopt;
        }
        return qint64(number);
    }

    std::optional<QStringList> strings(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined())
            return std::nullopt;
        const QString field = path + QLatin1StringView(key);
        if (!value.isArray()) {
            wrongType(field, QT_TRANSLATE_NOOP("radar::ConfigFile", "an array of strings"), value);
            return std::nullopt;
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                wrongType(QStringLiteral("%1[%2]").arg(field).arg(i),
                          QT_TRANSLATE_NOOP("radar::ConfigFile", "a string"), array.at(i));
                ok = false;
                continue;
            }
            list.append(array.at(i).toString());
        }
        return ok ? std::optional<QStringList>(list) : std::nullopt;
    }

    std::optional<WatchList> watchList(const QJsonObject &object, const QString &path, const char *key)
    {
        const std::optional<QStringList> lines = strings(object, path, key);
        if (!lines)
            return std::nullopt;
        WatchList list;
        for (qsizetype i = 0; i < lines->size(); ++i) {
            QStringList rejected;
            const WatchList one = WatchList::fromStrings({lines->at(i)}, &rejected);
            const QString field = QStringLiteral("%1%2[%3]").arg(path, QLatin1StringView(key)).arg(i);
            if (!rejected.isEmpty())
                problem(field,
                        Text::tr("\"%1\" is not an entry such as service:aws/ec2, region:aws/us-east-1 "
                                 "or cell:aws/ec2/us-east-1")
                            .arg(lines->at(i)));
            else if (list.contains(one.entries().constFirst()))
                problem(field, Text::tr("\"%1\" is listed twice").arg(lines->at(i)));
            else
                list.toggle(one.entries().constFirst());
        }
        return list;
    }

    SourceConfig source(const QJsonObject &object, const QString &path)
    {
        unknownKeys(path, object,
                    {"id", "name", "url", "kind", "interval_seconds", "enabled", "services", "regions",
                     "secret_header"});
        SourceConfig source;
        if (const auto id = string(object, path, "id", true)) {
            if (isSourceId(*id))
                source.id = *id;
            else
                problem(path + QStringLiteral("id"),
                        Text::tr("\"%1\" is not an id: use up to 64 lower-case letters and digits, with "
                                 "single hyphens between them")
                            .arg(*id));
        }
        source.name = string(object, path, "name", false).value_or(source.id);
        if (const auto url = string(object, path, "url", true)) {
            const QUrl parsed(*url, QUrl::StrictMode);
            switch (sourceUrlProblem(parsed)) {
            case SourceUrlProblem::None:
                source.url = parsed;
                break;
            case SourceUrlProblem::UserInfo:
                // Named without its user information, which is the secret.
                problem(path + QStringLiteral("url"),
                        Text::tr("\"%1\" carries a user name or password: secrets do not belong in a "
                                 "shared configuration; remove them from the address, and enter the "
                                 "private page's secret in Settings, Sources, on each machine")
                            .arg(parsed.toString(QUrl::RemoveUserInfo)));
                break;
            case SourceUrlProblem::Unsupported:
            case SourceUrlProblem::NoHost:
                problem(path + QStringLiteral("url"),
                        Text::tr("\"%1\" is not an http, https or file URL")
                            .arg(parsed.isValid() ? parsed.toString(QUrl::RemoveUserInfo) : *url));
                break;
            }
        }
        if (const auto kind = string(object, path, "kind", false)) {
            if (const auto known = feedKindFromName(*kind))
                source.kind = *known;
            else
                problem(path + QStringLiteral("kind"),
                        Text::tr("unknown kind \"%1\"; expected one of: %2")
                            .arg(*kind, feedKindNames().join(QStringLiteral(", "))));
        }
        if (const auto seconds = integer(object, path, "interval_seconds", minimumPollInterval.count(),
                                         maximumPollInterval.count()))
            source.interval = std::chrono::seconds(*seconds);
        source.enabled = boolean(object, path, "enabled").value_or(true);
        source.services = strings(object, path, "services").value_or(QStringList());
        source.regions = strings(object, path, "regions").value_or(QStringList());
        if (const auto header = string(object, path, "secret_header", false)) {
            if (header->isEmpty() || isHeaderName(*header))
                source.secretHeader = *header;
            else
                problem(path + QStringLiteral("secret_header"),
                        Text::tr("\"%1\" is not an HTTP header name").arg(*header));
        }
        return source;
    }

    std::optional<Status> minimum(const QJsonObject &object, const QString &path, const char *key)
    {
        const auto name = string(object, path, key, false);
        if (!name)
            return std::nullopt;
        const auto status = statusFromName(*name);
        if (!status || *status == Status::Unknown) {
            problem(path + QLatin1StringView(key),
                    Text::tr("\"%1\" is not a status; expected degraded, partial_outage, major_outage or "
                             "maintenance")
                        .arg(*name));
            return std::nullopt;
        }
        return status;
    }

    std::optional<QTime> clock(const QJsonObject &object, const QString &path, const char *key)
    {
        const auto text = string(object, path, key, false);
        if (!text)
            return std::nullopt;
        const QTime time = QTime::fromString(*text, u"HH:mm");
        if (!time.isValid()) {
            problem(path + QLatin1StringView(key), Text::tr("\"%1\" is not a time such as 22:00").arg(*text));
            return std::nullopt;
        }
        return time;
    }

    NotificationRules rules(const QJsonObject &object, const QString &path)
    {
        unknownKeys(path, object,
                    {"watched_minimum", "other_minimum", "muted_providers", "muted", "quiet_hours",
                     "resolved_notices", "reminder_hours"});
        NotificationRules rules;
        rules.watchedMinimum = minimum(object, path, "watched_minimum").value_or(rules.watchedMinimum);
        rules.otherMinimum = minimum(object, path, "other_minimum").value_or(rules.otherMinimum);
        rules.mutedProviders = strings(object, path, "muted_providers").value_or(QStringList());
        rules.mutedCells = watchList(object, path, "muted").value_or(WatchList());
        rules.resolvedNotices = boolean(object, path, "resolved_notices").value_or(rules.resolvedNotices);
        rules.reminderHours =
            int(integer(object, path, "reminder_hours", 0, 168).value_or(rules.reminderHours));
        const QJsonValue quiet = object.value(QStringLiteral("quiet_hours"));
        if (quiet.isUndefined())
            return rules;
        const QString quietPath = path + QStringLiteral("quiet_hours.");
        if (!quiet.isObject()) {
            wrongType(path + QStringLiteral("quiet_hours"),
                      QT_TRANSLATE_NOOP("radar::ConfigFile", "an object"), quiet);
            return rules;
        }
        const QJsonObject quietObject = quiet.toObject();
        unknownKeys(quietPath, quietObject, {"enabled", "from", "to", "days"});
        rules.quietHours = boolean(quietObject, quietPath, "enabled").value_or(rules.quietHours);
        rules.quietFrom = clock(quietObject, quietPath, "from").value_or(rules.quietFrom);
        rules.quietTo = clock(quietObject, quietPath, "to").value_or(rules.quietTo);
        const QJsonValue days = quietObject.value(QStringLiteral("days"));
        if (days.isUndefined())
            return rules;
        if (!days.isArray()) {
            wrongType(quietPath + QStringLiteral("days"),
                      QT_TRANSLATE_NOOP("radar::ConfigFile", "an array of days"), days);
            return rules;
        }
        rules.quietDays.clear();
        const QJsonArray array = days.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const double day = array.at(i).toDouble();
            if (!array.at(i).isDouble() || day != std::floor(day) || day < 1 || day > 7)
                problem(QStringLiteral("%1days[%2]").arg(quietPath).arg(i),
                        Text::tr("expected a day from 1 (Monday) to 7 (Sunday)"));
            else if (!rules.quietDays.contains(int(day)))
                rules.quietDays.append(int(day));
        }
        std::sort(rules.quietDays.begin(), rules.quietDays.end());
        return rules;
    }
};

} // namespace

QByteArray configToJson(const SharedConfig &config, const QDateTime &exportedAt)
{
    QJsonArray sources;
    for (const SourceConfig &source : config.sources)
        sources.append(sourceObject(source));
    const QJsonObject document {
        {QStringLiteral("format"), QLatin1StringView(configFormatName)},
        {QStringLiteral("schema"), configSchema},
        {QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("watch_list"), stringArray(config.watchList.toStrings())},
        {QStringLiteral("notifications"), rulesObject(config.rules)},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ConfigImport configFromJson(const QByteArray &bytes)
{
    ConfigImport result;
    if (bytes.size() > maxConfigBytes) {
        result.problems.append(Text::tr("the file is %1 KiB, larger than any configuration (at most %2 KiB)")
                                   .arg(bytes.size() / 1024)
                                   .arg(maxConfigBytes / 1024));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append(
            Text::tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
        return result;
    }
    if (!document.isObject()) {
        result.problems.append(Text::tr("expected a JSON object with \"format\": \"%1\"")
                                   .arg(QLatin1StringView(configFormatName)));
        return result;
    }
    const QJsonObject root = document.object();
    Reader reader;
    const auto format = reader.string(root, QString(), "format", true);
    if (format && *format != QLatin1StringView(configFormatName))
        reader.problem(QStringLiteral("format"),
                       Text::tr("\"%1\" is not an Outage Radar configuration (expected "
                                "\"%2\")")
                           .arg(*format, QLatin1StringView(configFormatName)));
    if (const auto schema = reader.integer(root, QString(), "schema", 1, 1000000);
        schema && *schema > configSchema)
        reader.problem(
            QStringLiteral("schema"),
            Text::tr("schema %1 is newer than this version of Outage Radar reads (%2): update the app")
                .arg(*schema)
                .arg(configSchema));
    else if (!root.contains(QStringLiteral("schema")))
        reader.problem(QStringLiteral("schema"), Text::tr("missing"));
    if (!reader.problems.isEmpty()) {
        result.problems = reader.problems; // not our document: its fields would only add noise
        return result;
    }
    reader.unknownKeys(QString(), root,
                       {"format", "schema", "exported_at", "sources", "watch_list", "notifications"});

    const QJsonValue sources = root.value(QStringLiteral("sources"));
    if (!sources.isArray()) {
        reader.wrongType(QStringLiteral("sources"),
                         QT_TRANSLATE_NOOP("radar::ConfigFile", "an array of sources"), sources);
    } else {
        QHash<QString, qsizetype> firstById;
        const QJsonArray array = sources.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("sources[%1].").arg(i);
            if (!array.at(i).isObject()) {
                reader.wrongType(QStringLiteral("sources[%1]").arg(i),
                                 QT_TRANSLATE_NOOP("radar::ConfigFile", "an object"), array.at(i));
                continue;
            }
            const SourceConfig source = reader.source(array.at(i).toObject(), path);
            if (source.id.isEmpty())
                continue;
            if (const auto first = firstById.constFind(source.id); first != firstById.cend()) {
                reader.problem(
                    path + QStringLiteral("id"),
                    Text::tr("\"%1\" is already the id of sources[%2]").arg(source.id).arg(*first));
                continue;
            }
            firstById.insert(source.id, i);
            result.config.sources.append(source);
        }
    }
    result.hasWatchList = root.contains(QStringLiteral("watch_list"));
    result.hasRules = root.contains(QStringLiteral("notifications"));
    if (result.hasWatchList)
        result.config.watchList = reader.watchList(root, QString(), "watch_list").value_or(WatchList());
    const QJsonValue rules = root.value(QStringLiteral("notifications"));
    if (rules.isObject())
        result.config.rules = reader.rules(rules.toObject(), QStringLiteral("notifications."));
    else if (!rules.isUndefined())
        reader.wrongType(QStringLiteral("notifications"), QT_TRANSLATE_NOOP("radar::ConfigFile", "an object"),
                         rules);

    result.problems = reader.problems;
    if (reader.dropped > 0)
        result.problems.append(QCoreApplication::translate("radar::ConfigFile", "… and %n more problem(s)",
                                                           nullptr, reader.dropped));
    return result;
}

} // namespace radar
