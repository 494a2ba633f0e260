// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace radar {

ProviderCatalog ProviderCatalog::fromJson(const QByteArray &bytes)
{
    ProviderCatalog catalog;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonArray providers = document.object().value(QLatin1StringView("providers")).toArray();
    if (parseError.error != QJsonParseError::NoError || providers.isEmpty()) {
        catalog.error = QStringLiteral("the provider catalog is not valid: %1").arg(parseError.errorString());
        return catalog;
    }
    QSet<QString> ids;
    for (const QJsonValue &value : providers) {
        const QJsonObject object = value.toObject();
        CatalogEntry entry;
        entry.source.id = object.value(QLatin1StringView("id")).toString();
        entry.source.name = object.value(QLatin1StringView("name")).toString();
        entry.source.url = QUrl(object.value(QLatin1StringView("url")).toString());
        const std::optional<FeedKind> kind =
            feedKindFromName(object.value(QLatin1StringView("kind")).toString());
        entry.enabledByDefault = object.value(QLatin1StringView("default")).toBool();
        if (entry.source.id.isEmpty() || ids.contains(entry.source.id) || !entry.source.url.isValid()
            || !kind) {
            catalog.error =
                QStringLiteral("the provider catalog has an invalid entry \"%1\"").arg(entry.source.id);
            catalog.entries.clear();
            return catalog;
        }
        entry.source.kind = *kind;
        ids.insert(entry.source.id);
        catalog.entries.append(entry);
    }
    return catalog;
}

QList<SourceConfig> ProviderCatalog::defaultSources() const
{
    QList<SourceConfig> sources;
    for (const CatalogEntry &entry : entries) {
        if (entry.enabledByDefault)
            sources.append(entry.source);
    }
    return sources;
}

} // namespace radar
