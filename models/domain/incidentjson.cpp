// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentjson.h"

#include <QJsonArray>

namespace radar {

QString instantText(const QDateTime &value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue instantJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(instantText(value)) : QJsonValue(QJsonValue::Null);
}

QString summaryServiceId()
{
    // "*": all of the provider, a word no provider uses as a service id.
    return QStringLiteral("*");
}

QString reportedServiceId(const QString &service)
{
    return service.isEmpty() ? summaryServiceId() : service;
}

QStringList reportedServices(const Incident &incident)
{
    QStringList services;
    for (const QString &service : incident.services())
        services.append(reportedServiceId(service));
    if (services.isEmpty())
        services.append(summaryServiceId());
    return services;
}

QJsonObject incidentJson(const Incident &incident)
{
    QJsonArray updates;
    for (const IncidentUpdate &update : incident.updates)
        updates.append(QJsonObject {{QStringLiteral("at"), instantJson(update.at)},
                                    {QStringLiteral("state"), incidentStateName(update.state)},
                                    {QStringLiteral("text"), update.text}});
    return QJsonObject {
        {QStringLiteral("id"), incident.id},
        {QStringLiteral("provider"), incident.provider},
        {QStringLiteral("title"), incident.title},
        {QStringLiteral("severity"), statusName(incident.severity)},
        {QStringLiteral("state"), incidentStateName(incident.state)},
        {QStringLiteral("started_at"), instantJson(incident.startedAt)},
        {QStringLiteral("resolved_at"), instantJson(incident.resolvedAt)},
        {QStringLiteral("services"), QJsonArray::fromStringList(reportedServices(incident))},
        {QStringLiteral("regions"), QJsonArray::fromStringList(incident.regions())},
        {QStringLiteral("url"),
         incident.url.isEmpty() ? QJsonValue(QJsonValue::Null) : incident.url.toString()},
        {QStringLiteral("updates"), updates},
    };
}

} // namespace radar
