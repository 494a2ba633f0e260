// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedpreview.h"

#include <QString>
#include <QUrl>

/// How what a person types when adding a source is read: the address, and the name a new source is
/// offered. The rules every source follows (ids, addresses, header names) are in domain/sourcerules.h.
namespace radar::sourcenaming {

/// What a person typed or pasted, as a URL: an address without a scheme is taken for https
/// ("www.githubstatus.com", "localhost:8080/feed"), an absolute path for a file. Anything else is
/// taken as written; sourceUrlProblem() (domain/sourcerules.h) judges it.
QUrl urlFromText(const QString &text);

/// The name a found feed is offered under: the provider's own, else a short one from its address
/// ("www.githubstatus.com" -> "githubstatus").
QString offeredName(const FeedPreview &preview);

} // namespace radar::sourcenaming
