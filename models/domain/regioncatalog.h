// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace radar {

/// One region of one provider, with the names its feeds use and where it is.
struct RegionInfo
{
    QString provider; // "aws", "gcp" or "azure"
    QString id; // canonical: the provider's region code in lower case, or "global"
    QString name; // short display name: "N. Virginia", "Iowa", "East US"
    QStringList otherNames; // further names feeds and consoles use: "US East (N. Virginia)"
    QString country; // ISO 3166-1 alpha-2 ("US"); empty for global
    QString place; // metro label shared across providers ("Virginia, US"); "Global" for global
};

/// The regions of AWS, Google Cloud and Azure with their display names and geography.
class RegionCatalog
{
public:
    /// Later duplicates of an id or a name are ignored by find(), but kept by regions().
    explicit RegionCatalog(const QList<RegionInfo> &regions);

    /// The catalog compiled into the app; immutable, so sharing it across threads is safe.
    static const RegionCatalog &builtIn();

    /// Resolves a region id, a zone id ("us-east1-b", "us-east-1a"), any display name, or GCP's
    /// "Title (id)" form. Case-insensitive and whitespace-tolerant, but otherwise exact, because
    /// Azure mixes service names ("API Management") with region names in the same field.
    std::optional<RegionInfo> find(QStringView provider, QStringView idOrName) const;

    /// The provider's regions in catalog order; empty for an unknown provider.
    QList<RegionInfo> regions(QStringView provider) const;

    /// The place label of a region, or an empty string when the region is unknown.
    QString placeOf(QStringView provider, QStringView idOrName) const;

    /// The providers in catalog order.
    QStringList providers() const;

private:
    struct ProviderIndex
    {
        QString provider;
        QList<RegionInfo> regions;
        QHash<QString, qsizetype> byId; // keys are lookup keys (see regioncatalog.cpp)
        QHash<QString, qsizetype> byName;
    };

    static QList<RegionInfo> builtInRegions(); // defined with the data tables in regiondata.cpp

    const ProviderIndex *indexOf(QStringView provider) const;
    const RegionInfo *lookup(QStringView provider, QStringView idOrName) const;

    QList<ProviderIndex> m_providers;
};

} // namespace radar
