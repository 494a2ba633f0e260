// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parseresult.h"

#include "domain/source.h"

namespace radar {

/// Which adapter reads these bytes, from their content (the URL is only a hint); Auto if none.
FeedKind detectFeedKind(const QByteArray &body, const QUrl &url);

/// Runs the adapter for `kind` (detecting it first when Auto). Pure: same input, same output.
ParseResult parseFeed(FeedKind kind, const QByteArray &body, const FeedContext &context);

} // namespace radar
