// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceselection.h"

#include "domain/providercatalog.h"
#include "feeds/feedurl.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace radar {

QString sourceIdForUrl(const QUrl &url)
{
    if (url.isLocalFile())
        return QFileInfo(url.toLocalFile()).completeBaseName();
    return url.host().toLower();
}

const ProviderCatalog &builtInCatalog()
{
    // Compiled in, so it never changes while the app runs: read once, on first use.
    static const ProviderCatalog catalog = [] {
        QFile file(QStringLiteral(":/catalog/providers.json"));
        if (!file.open(QIODevice::ReadOnly))
            return ProviderCatalog {{}, QStringLiteral("the built-in provider catalog is missing")};
        return ProviderCatalog::fromJson(file.readAll());
    }();
    return catalog;
}

QList<SourceConfig> enabledSources(const QList<SourceConfig> &sources)
{
    QList<SourceConfig> enabled;
    std::copy_if(sources.cbegin(), sources.cend(), std::back_inserter(enabled),
                 [](const SourceConfig &source) { return source.enabled; });
    return enabled;
}

SourceSelection SourceSelection::fromOptions(const Options &options,
                                             const std::optional<QList<SourceConfig>> &configured)
{
    SourceSelection selection;
    const ProviderCatalog &catalog = builtInCatalog();
    if (!options.givenSources.isEmpty()) {
        selection.sources = options.givenSources;
        return selection;
    }
    if (options.sources.isEmpty()) {
        selection.error = catalog.error;
        selection.sources = enabledSources(configured.value_or(catalog.defaultSources()));
        return selection;
    }
    QSet<QString> ids;
    for (const QUrl &pasted : options.sources) {
        const QUrl url = feedUrlFor(pasted);
        SourceConfig config;
        // A URL of a catalogued provider keeps the provider's id and name ("github", "GitHub").
        const auto known =
            std::find_if(catalog.entries.cbegin(), catalog.entries.cend(), [&](const CatalogEntry &entry) {
                return !url.host().isEmpty() && entry.source.url.host() == url.host();
            });
        if (known != catalog.entries.cend())
            config.name = known->source.name;
        const QString base = known != catalog.entries.cend() ? known->source.id : sourceIdForUrl(url);
        config.id = base;
        for (int n = 2; ids.contains(config.id); ++n)
            config.id = QStringLiteral("%1-%2").arg(base).arg(n);
        ids.insert(config.id);
        config.url = url;
        config.kind = options.kind;
        config.interval = options.interval.value_or(defaultPollInterval);
        selection.sources.append(config);
    }
    return selection;
}

} // namespace radar
