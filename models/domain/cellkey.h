// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>

namespace radar {

/// Identifies one cell of the health grid: a service of a provider in a region.
/// `service` is empty for the provider's own overall verdict (the Statuspage indicator, say).
struct CellKey
{
    QString provider; // provider id, e.g. "github"
    QString service; // service id within the provider, e.g. "Actions"
    QString region; // canonical region id, e.g. "us-east-1" or "global"

    bool isProviderSummary() const { return service.isEmpty(); }

    friend bool operator==(const CellKey &a, const CellKey &b)
    {
        return a.provider == b.provider && a.service == b.service && a.region == b.region;
    }
    friend bool operator!=(const CellKey &a, const CellKey &b) { return !(a == b); }
    friend bool operator<(const CellKey &a, const CellKey &b)
    {
        if (a.provider != b.provider)
            return a.provider < b.provider;
        if (a.service != b.service)
            return a.service < b.service;
        return a.region < b.region;
    }
};

inline size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.provider, key.service, key.region);
}

/// The region id of services that are not tied to a region.
inline QString globalRegion()
{
    return QStringLiteral("global");
}

} // namespace radar
