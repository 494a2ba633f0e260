// SPDX-License-Identifier: GPL-3.0-or-later
#include "regioncatalog.h"

#include <algorithm>
#include <iterator>

namespace radar {

namespace {

// Feeds differ in case and stray whitespace (Azure titles carry trailing spaces, HTML brings
// non-breaking ones), never in wording, so lookups compare this key and nothing looser.
QString lookupKey(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

bool isAscii(const QString &text)
{
    for (const QChar character : text) {
        if (character.unicode() > 0x7f)
            return false;
    }
    return true;
}

// "São Paulo" reaches us as "Sao Paulo" from some tools and decomposed from others; comparing
// without accents lets all three meet without listing every spelling in the tables.
QString withoutAccents(const QString &key)
{
    const QString decomposed = key.normalized(QString::NormalizationForm_D);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar character : decomposed) {
        if (character.category() != QChar::Mark_NonSpacing)
            stripped.append(character);
    }
    return stripped;
}

// GCP zones are "<region>-<letter>" ("us-east1-b"), AWS zones "<region><letter>" ("us-east-1a").
// Incidents name zones, but the grid has one column per region.
QString regionOfZone(const QString &key)
{
    if (key.size() < 3)
        return {};
    const QChar last = key.back();
    if (last < QLatin1Char('a') || last > QLatin1Char('z'))
        return {};
    const QChar before = key.at(key.size() - 2);
    if (before == QLatin1Char('-'))
        return key.chopped(2);
    if (before.isDigit())
        return key.chopped(1);
    return {};
}

// GCP titles its locations "Iowa (us-central1)". The id in the parentheses is the stable part;
// the title may carry accents or wording the tables do not know.
QString idInParentheses(const QString &key)
{
    if (!key.endsWith(QLatin1Char(')')))
        return {};
    const qsizetype open = key.lastIndexOf(QLatin1Char('('));
    if (open < 0)
        return {};
    return key.mid(open + 1, key.size() - open - 2).trimmed();
}

void insertKey(QHash<QString, qsizetype> &hash, const QString &key, qsizetype row)
{
    if (!key.isEmpty() && !hash.contains(key))
        hash.insert(key, row);
}

} // namespace

RegionCatalog::RegionCatalog(const QList<RegionInfo> &regions)
{
    for (const RegionInfo &region : regions) {
        auto index = std::find_if(m_providers.begin(), m_providers.end(), [&](const ProviderIndex &each) {
            return each.provider == region.provider;
        });
        if (index == m_providers.end()) {
            m_providers.append(ProviderIndex {region.provider, {}, {}, {}});
            index = std::prev(m_providers.end());
        }
        const qsizetype row = index->regions.size();
        index->regions.append(region);
        insertKey(index->byId, lookupKey(region.id), row);
        QStringList names = region.otherNames;
        names.prepend(region.name);
        for (const QString &name : std::as_const(names)) {
            const QString key = lookupKey(name);
            insertKey(index->byName, key, row);
            if (!isAscii(key))
                insertKey(index->byName, withoutAccents(key), row);
        }
    }
}

const RegionCatalog &RegionCatalog::builtIn()
{
    static const RegionCatalog catalog(builtInRegions());
    return catalog;
}

std::optional<RegionInfo> RegionCatalog::find(QStringView provider, QStringView idOrName) const
{
    if (const RegionInfo *region = lookup(provider, idOrName))
        return *region;
    return std::nullopt;
}

QList<RegionInfo> RegionCatalog::regions(QStringView provider) const
{
    const ProviderIndex *index = indexOf(provider);
    return index ? index->regions : QList<RegionInfo>();
}

QString RegionCatalog::placeOf(QStringView provider, QStringView idOrName) const
{
    const RegionInfo *region = lookup(provider, idOrName);
    return region ? region->place : QString();
}

QStringList RegionCatalog::providers() const
{
    QStringList names;
    for (const ProviderIndex &index : m_providers)
        names.append(index.provider);
    return names;
}

const RegionCatalog::ProviderIndex *RegionCatalog::indexOf(QStringView provider) const
{
    for (const ProviderIndex &index : m_providers) {
        if (provider.compare(index.provider, Qt::CaseInsensitive) == 0)
            return &index;
    }
    return nullptr;
}

const RegionInfo *RegionCatalog::lookup(QStringView provider, QStringView idOrName) const
{
    const ProviderIndex *index = indexOf(provider);
    if (!index)
        return nullptr;
    const QString key = lookupKey(idOrName);
    if (key.isEmpty())
        return nullptr;

    // Ids first: they are what adapters pass most of the time, and they never collide with names.
    qsizetype row = index->byId.value(key, -1);
    if (row < 0)
        row = index->byName.value(key, -1);
    // The looser forms only consult ids, so a service name can never turn into a region by them.
    if (row < 0) {
        if (const QString id = idInParentheses(key); !id.isEmpty())
            row = index->byId.value(id, -1);
    }
    if (row < 0) {
        if (const QString id = regionOfZone(key); !id.isEmpty())
            row = index->byId.value(id, -1);
    }
    if (row < 0 && !isAscii(key))
        row = index->byName.value(withoutAccents(key), -1);
    return row < 0 ? nullptr : &index->regions.at(row);
}

} // namespace radar
