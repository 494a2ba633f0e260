// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <QByteArray>
#include <QList>

namespace radar {

/// A well-known status page the app offers out of the box.
struct CatalogEntry
{
    SourceConfig source;
    bool enabledByDefault = false;
};

/// The provider catalog (resources/catalog/providers.json), or why it could not be read.
struct ProviderCatalog
{
    QList<CatalogEntry> entries;
    QString error;

    static ProviderCatalog fromJson(const QByteArray &bytes);
    QList<SourceConfig> defaultSources() const;
};

} // namespace radar
