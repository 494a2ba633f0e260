// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include <QHash>
#include <QJsonArray>
#include <QLatin1StringView>

#include <optional>

namespace radar::adapterkit {

// Caps on what one feed may hold (ARCHITECTURE.md §6); real feeds stay far below them.
inline constexpr int maxIncidents = 2000;
inline constexpr int maxUpdatesPerIncident = 500;
inline constexpr int maxCells = 5000;

/// One row of a mapping table: a provider's word and what it means to Outage Radar.
template<typename Value>
struct Word
{
    QLatin1StringView word;
    Value value;
};

template<typename Value, size_t N>
std::optional<Value> lookUp(const Word<Value> (&table)[N], QStringView word,
                            Qt::CaseSensitivity sensitivity = Qt::CaseSensitive)
{
    for (const Word<Value> &row : table) {
        if (word.compare(row.word, sensitivity) == 0)
            return row.value;
    }
    return std::nullopt;
}

/// Collects what one feed says into a Snapshot the way every adapter must (ARCHITECTURE.md §3):
/// one report per cell (the worst wins), capped lists with a warning, updates oldest first, and
/// the provider's summary cell first.
class SnapshotBuilder
{
public:
    explicit SnapshotBuilder(const FeedContext &context);

    CellKey summaryKey() const;
    CellKey key(const QString &service, const QString &region) const;

    void setProviderName(const QString &name);
    void warn(const QString &message);
    /// Adds "unknown <field> \"<word>\" read as unknown".
    void warnUnknown(QLatin1StringView field, QStringView word);

    /// The first `limit` items of `array`, with a warning naming `what` when some were dropped.
    QJsonArray capped(QJsonArray array, int limit, QLatin1StringView what);

    /// Adds a cell, or merges it into the report already there: the worse status wins, with its
    /// `since`; an equal status keeps the earlier `since`. Display names stay as first reported.
    void addCell(const CellReport &cell);
    bool hasCell(const CellKey &key) const;
    /// The cells added so far, in order, without the summary.
    const QList<CellReport> &cells() const;

    /// Adds an incident with its updates sorted oldest first (and capped).
    void addIncident(Incident incident);

    /// The snapshot with the provider's summary cell first.
    Snapshot finish(Status summary, const QDateTime &since);

private:
    const FeedContext &m_context;
    Snapshot m_snapshot;
    QHash<CellKey, qsizetype> m_cellIndex;
    bool m_cellsCapped = false;
};

} // namespace radar::adapterkit
