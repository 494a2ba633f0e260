// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/incidentdetails.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace radar {

/// Names the history's providers, services and regions for people. Only the composition root knows
/// the names; whatever it does not know is shown by the region catalog's name or by its id.
class HistoryNames
{
public:
    void setProviderNames(const QHash<QString, QString> &names) { m_providers = names; }
    const QHash<QString, QString> &providerNames() const { return m_providers; }
    void setCellNamer(CellNamer namer) { m_cells = std::move(namer); }
    const CellNamer &cellNamer() const { return m_cells; }

    QString provider(const QString &id) const;
    /// The namer knows cells, not services: the service is looked up in "global", then in each of
    /// the provider's regions among `regions`, (provider, region) pairs.
    QString service(const QString &provider, const QString &service,
                    const QList<QPair<QString, QString>> &regions = {}) const;
    QString region(const QString &provider, const QString &region) const;

private:
    QHash<QString, QString> m_providers;
    CellNamer m_cells;
};

} // namespace radar
