// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/snapshot.h"
#include "domain/source.h"

#include <QUrl>

#include <optional>

namespace radar {

/// What an adapter needs to know besides the bytes.
struct FeedContext
{
    QString providerId; // becomes CellKey::provider and Incident::provider
    QUrl url; // where the bytes came from, for links and messages
};

/// Either a Snapshot or the reason there is none. Adapters never throw and never crash.
struct ParseResult
{
    std::optional<Snapshot> snapshot;
    QString error; // set when snapshot is empty: "malformed JSON at byte 12: ..."

    static ParseResult success(Snapshot snapshot) { return {std::move(snapshot), QString()}; }
    static ParseResult failure(QString error) { return {std::nullopt, std::move(error)}; }
    bool ok() const { return snapshot.has_value(); }
};

} // namespace radar
