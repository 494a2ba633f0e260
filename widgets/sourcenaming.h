// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedpreview.h"

#include <QString>
#include <QStringList>
#include <QUrl>

/// The rules for what a person types when adding a source: the address, and the name and id a new
/// source is offered.
namespace radar::sourcenaming {

/// What a person typed or pasted, as a URL: an address without a scheme is taken for https
/// ("www.githubstatus.com", "localhost:8080/feed"), an absolute path for a file. Anything else is
/// taken as written; isReadableUrl() judges it.
QUrl urlFromText(const QString &text);

/// An http(s) URL with a host and no password (it would be saved with the settings), or a file URL:
/// what the fetcher can read.
bool isReadableUrl(const QUrl &url);

/// Lower-case letters and digits, with single hyphens between them: "github", "google-cloud".
bool isValidId(const QString &id);

/// The name a found feed is offered under: the provider's own, else a short one from its address
/// ("www.githubstatus.com" -> "githubstatus").
QString offeredName(const FeedPreview &preview);

/// An id made from `name`, unique among `existingIds`: "github", else "github-2", "github-3"…
QString offeredId(const QString &name, const QStringList &existingIds);

} // namespace radar::sourcenaming
