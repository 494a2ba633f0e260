// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace radar {

/// The feed to poll for a URL a person pasted. A provider's status page resolves to its machine
/// feed (AWS, Google Cloud, Azure and Slack by host); any other page URL without a path is taken
/// for a Statuspage-compatible page and resolves to its /api/v2/summary.json. URLs with a path,
/// and file URLs, are kept as they are.
QUrl feedUrlFor(const QUrl &pasted);

} // namespace radar
