// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistory.h"

#include "domain/status.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace radar {

namespace {

struct Template
{
    QString provider;
    QString title;
    Status severity = Status::Degraded;
    QStringList services;
    QStringList regions;
    QString url;
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    list.removeAll(QString());
    return list;
}

std::optional<Template> readTemplate(const QJsonObject &object, const QString &where, QString &error)
{
    Template result;
    result.provider = object.value(QLatin1StringView("provider")).toString();
    result.title = object.value(QLatin1StringView("title")).toString();
    result.services = strings(object.value(QLatin1StringView("services")));
    result.regions = strings(object.value(QLatin1StringView("regions")));
    result.url = object.value(QLatin1StringView("url")).toString();
    const std::optional<Status> severity =
        statusFromName(object.value(QLatin1StringView("severity")).toString());
    if (result.provider.isEmpty() || result.title.isEmpty() || result.services.isEmpty()
        || result.regions.isEmpty() || !severity || *severity == Status::Unknown
        || *severity == Status::Operational) {
        error =
            QStringLiteral("demo history: %1: needs \"provider\", \"title\", \"services\", \"regions\" and a "
                           "\"severity\" worse than operational")
                .arg(where);
        return std::nullopt;
    }
    result.severity = *severity;
    return result;
}

} // namespace

std::optional<HistoryBatch> demoHistory(const QByteArray &json, const QDateTime &now, QString &error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("demo history: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const int days = root.value(QLatin1StringView("days")).toInt();
    const int count = root.value(QLatin1StringView("count")).toInt();
    if (days < 1 || days > 3650 || count < 1 || count > 10000) {
        error = QStringLiteral("demo history: \"days\" must be from 1 to 3650 and \"count\" from 1 to 10000");
        return std::nullopt;
    }
    QList<Template> templates;
    const QJsonArray array = root.value(QLatin1StringView("incidents")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<Template> entry =
            readTemplate(array.at(i).toObject(), QStringLiteral("incidents[%1]").arg(i), error);
        if (!entry)
            return std::nullopt;
        templates.append(*entry);
    }
    if (templates.isEmpty()) {
        error = QStringLiteral("demo history: \"incidents\" is empty");
        return std::nullopt;
    }

    QRandomGenerator random(quint32(root.value(QLatin1StringView("seed")).toInt(1)));
    HistoryBatch batch;
    const QDateTime end = now.toUTC();
    for (int i = 0; i < count; ++i) {
        const Template &pick = templates.at(int(random.bounded(qsizetype(templates.size()))));
        Incident incident;
        incident.provider = pick.provider;
        incident.id = QStringLiteral("demo-past-%1").arg(i + 1);
        incident.title = pick.title;
        incident.severity = pick.severity;
        incident.state = IncidentState::Resolved;
        // Anywhere in the period (but ended before now), lasting from about ten minutes to half a
        // day: most are short, a few are long, as real ones are.
        const qint64 minutes = qint64(10 + std::pow(random.generateDouble(), 3.0) * 710);
        const qint64 ago = 3600 + qint64(random.bounded(days * 24 * 3600 - 3600));
        incident.startedAt = end.addSecs(-ago);
        incident.resolvedAt = std::min(incident.startedAt.addSecs(minutes * 60), end.addSecs(-60));
        const QString region = pick.regions.at(int(random.bounded(qsizetype(pick.regions.size()))));
        for (const QString &service : pick.services)
            incident.affected.append({pick.provider, service, region});
        if (!pick.url.isEmpty())
            incident.url = QUrl(pick.url);
        incident.updates = {
            {incident.startedAt,
             IncidentState::Investigating,
             QStringLiteral("We are investigating reports of this issue."),
             {}},
            {incident.resolvedAt,
             IncidentState::Resolved,
             QStringLiteral("This incident has been resolved."),
             {}},
        };
        batch.incidents.append(incident);
    }
    return batch;
}

} // namespace radar
