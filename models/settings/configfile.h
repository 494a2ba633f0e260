// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"
#include "policy/notificationpolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace radar {

/// What a team passes around: the sources, the watch list and the notification rules, as one JSON
/// document (README "Sharing a configuration"). Secrets are never in it: a source that needs one
/// names only its header, and the importer enters the value into their own keychain.
struct SharedConfig
{
    QList<SourceConfig> sources;
    WatchList watchList;
    NotificationRules rules;
};

/// An import's outcome: the configuration, or every problem found, each naming its field
/// ("sources[2].kind: …"). Nothing is to be applied while there are problems.
struct ConfigImport
{
    SharedConfig config;
    QStringList problems;
    // A document may leave out the watch list or the rules: importing it keeps the user's own.
    bool hasWatchList = false;
    bool hasRules = false;

    bool ok() const { return problems.isEmpty(); }
};

/// The document's "format" value and the schema this build writes and reads.
inline constexpr char configFormatName[] = "outage-radar-config";
inline constexpr int configSchema = 1;
/// Far beyond a real configuration (a thousand sources is ~300 KiB): a bigger file is refused
/// before it is parsed.
inline constexpr qint64 maxConfigBytes = 4 * 1024 * 1024;

/// The JSON document for `config`, stamped with `exportedAt` (UTC). Secret values are left out.
QByteArray configToJson(const SharedConfig &config, const QDateTime &exportedAt);
/// Reads and validates a document written by configToJson (or by hand): every problem is reported.
ConfigImport configFromJson(const QByteArray &bytes);

} // namespace radar
