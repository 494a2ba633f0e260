// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include "domain/providercatalog.h"

#include <optional>

namespace radar {

/// The sources this run polls: the --source URLs if any, else the enabled configured sources, else
/// (the user never chose) the catalog's defaults.
struct SourceSelection
{
    QList<SourceConfig> sources;
    QString error;

    static SourceSelection fromOptions(const Options &options,
                                       const std::optional<QList<SourceConfig>> &configured = std::nullopt);
};

/// The provider catalog built into the app (resources/catalog/providers.json), read once.
const ProviderCatalog &builtInCatalog();
/// The sources switched on, in their order: what is polled and shown.
QList<SourceConfig> enabledSources(const QList<SourceConfig> &sources);

/// A short, stable id for an ad-hoc URL: the host ("www.githubstatus.com") or the file's base name.
QString sourceIdForUrl(const QUrl &url);

} // namespace radar
