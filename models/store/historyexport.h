// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QStringList>

namespace radar {

class HistoryDatabase;

/// The file formats of `--export-history` and of the window's export.
enum class HistoryFormat : quint8 { Csv, Json };

/// Everything one history export writes.
struct HistoryExportData
{
    QList<Incident> incidents; // in full, with their updates; oldest start first
    QList<CellChange> cellChanges; // oldest first
    QList<SourceEvent> sourceEvents; // oldest first; the JSON export only
    QDateTime since; // UTC; null for the whole history
    QDateTime generatedAt; // UTC
};

/// Fills `data` with what `database` holds since `data.since`: incidents that started or were still
/// open then, cell changes and source events. False when it cannot read (database.lastError() says why).
bool readHistory(HistoryDatabase &database, HistoryExportData &data);

/// Where the CSV export puts the cell changes, beside `path`: "history.csv" -> "history-transitions.csv".
QString transitionsCsvPath(const QString &path);

/// Writes `data` to `path`, atomically: each file is complete or left as it was (QSaveFile).
/// - Json: one document, `schema` 1, `generated_at`, `since` (null for all), `incidents[]` as
///   `--once --format json` lists them, `transitions[]` ({at, provider, service, region, from, to})
///   and `source_events[]` ({at, source, health, error}).
/// - Csv (RFC 4180, UTF-8 without BOM, CRLF): `path` with one row per incident, and
///   transitionsCsvPath(path) with one row per cell change.
/// On success `written` (when given) holds the files written, `path` first; on failure `error`
/// (when given) names the file and the cause, and false is returned.
bool writeHistoryExport(const QString &path, HistoryFormat format, const HistoryExportData &data,
                        QStringList *written, QString *error);

} // namespace radar
