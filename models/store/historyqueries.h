// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

namespace radar {

/// An incident row as the history holds it.
struct StoredIncident
{
    qint64 row = 0;
    Incident incident; // resolvedAt: when the history says it ended
    QDateTime firstSeen;

    /// What the chart needs; the start is when it was first seen when the feed gave none.
    HistoryIncident summary() const;
};

QList<HistoryIncident> summariesOf(const QList<StoredIncident> &stored);

/// The read side of HistoryDatabase: queries over its connection, made for one answer and dropped
/// with it. Each returns std::nullopt on an error, which failure() then holds.
class HistoryQueries
{
public:
    /// Summary leaves out the updates and the link: what the chart and the digest need of 100,000 rows.
    enum class Detail : quint8 { Summary, Full };

    explicit HistoryQueries(const QSqlDatabase &db);

    /// Incidents matching `where` (an SQL condition on the table aliased `i`, with `?` for each of
    /// `values`), oldest start first, with their cells and, in Full, their updates oldest first.
    std::optional<QList<StoredIncident>> incidents(const QString &where, const QVariantList &values,
                                                   Detail detail);
    /// Incidents that started, or were still open, at or after `since` (all when null).
    std::optional<QList<StoredIncident>> incidentsSince(const QDateTime &since, Detail detail);
    /// The digest of HistoryDatabase::awayDigest().
    std::optional<AwayDigest> awayDigest(const QDateTime &since, const QDateTime &until);
    std::optional<QList<CellChange>> cellChanges(const QDateTime &since);
    std::optional<QList<SourceEvent>> sourceEvents(const QDateTime &since);
    /// The first column of the first row; a null QVariant when there is no row.
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    QSqlError failure() const { return m_failure; }

private:
    /// The query, executed; null on an error.
    std::unique_ptr<QSqlQuery> select(const QString &sql, const QVariantList &values);
    /// True when the rows of `query` were all read; false (and failure() set) when reading broke off.
    bool readToEnd(const QSqlQuery &query);

    QSqlDatabase m_db;
    QSqlError m_failure;
};

} // namespace radar
