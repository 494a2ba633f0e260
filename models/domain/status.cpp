// SPDX-License-Identifier: GPL-3.0-or-later
#include "status.h"

namespace radar {

int severityRank(Status status)
{
    switch (status) {
    case Status::Operational:
        return 0;
    case Status::Informational:
        return 1;
    case Status::Maintenance:
        return 2;
    case Status::Unknown:
        return 3;
    case Status::Degraded:
        return 4;
    case Status::PartialOutage:
        return 5;
    case Status::MajorOutage:
        return 6;
    }
    return 3;
}

Status worst(Status a, Status b)
{
    return severityRank(b) > severityRank(a) ? b : a;
}

bool isOutage(Status status)
{
    return status == Status::PartialOutage || status == Status::MajorOutage;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Operational:
        return QStringLiteral("operational");
    case Status::Informational:
        return QStringLiteral("informational");
    case Status::Maintenance:
        return QStringLiteral("maintenance");
    case Status::Degraded:
        return QStringLiteral("degraded");
    case Status::PartialOutage:
        return QStringLiteral("partial_outage");
    case Status::MajorOutage:
        return QStringLiteral("major_outage");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<Status> statusFromName(QStringView name)
{
    for (Status status : allStatuses) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace radar
