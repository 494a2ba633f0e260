// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

namespace radar::rsshistory {

/// True for any RSS 2.0 or Atom document. It claims every feed, so detection must ask the adapters
/// of more specific feeds (AWS status RSS, Azure status RSS) first.
bool looksLikeFeed(const QByteArray &body);

/// Reads an RSS 2.0 or Atom feed as incident history: Statuspage's `history.atom` and `history.rss`
/// (one incident or maintenance per entry, its updates read from the HTML paragraphs), or any other
/// feed (one incident per item, with the item's text as its only update). The snapshot holds the
/// provider's summary cell only: these feeds name no services.
ParseResult parseFeed(const QByteArray &body, const FeedContext &context);

// The mapping tables, exposed for tests and the README.

/// The state an update paragraph's <strong> word sets ("Resolved", "In progress"); std::nullopt for
/// "Update", which keeps the previous state (see keepsState), and for words it does not know.
std::optional<IncidentState> updateState(QStringView word);
bool keepsState(QStringView word);

/// Whether an item of a feed that is not Statuspage's says it is over: "[RESOLVED]" or the word
/// "resolved" in any case, as a whole word ("unresolved" does not count).
bool saysResolved(QStringView text);

} // namespace radar::rsshistory
