// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <functional>

/// The rules a source's id, address and secret header follow, wherever a source is made: the add
/// and edit dialogs, the Sources page's model, a configuration import. One set, so that what one
/// place makes, every other accepts (an exported id imports again).
namespace radar {

inline constexpr int maximumSourceIdLength = 64;
inline constexpr int maximumHeaderNameLength = 64;

/// Lower-case letters and digits, with single hyphens between them, at most 64 characters:
/// "github", "google-cloud", "aws-2".
bool isSourceId(QStringView id);

/// `text` made an id: lower case, every run of other characters one hyphen, cut to the maximum
/// length: "Google Cloud" -> "google-cloud". Empty when `text` holds no letter a-z or digit.
QString sourceIdFrom(QStringView text);

/// The id `wanted` made free: sourceIdFrom(wanted) ("source" when that is empty) when `isTaken`
/// says no, else the first free of "-2", "-3"… after it, the base cut so the whole fits the rule.
QString freeSourceId(QStringView wanted, const std::function<bool(const QString &)> &isTaken);
/// The same, with the ids taken listed.
QString freeSourceId(QStringView wanted, const QStringList &takenIds);

/// An HTTP header field name: an RFC 9110 token (letters, digits and !#$&'*+-.^_`|~), at most 64
/// characters: "Authorization", "X-Api-Key".
bool isHeaderName(QStringView name);

/// What keeps a URL from being a source's address.
enum class SourceUrlProblem : quint8 {
    None,
    Unsupported, // not a valid http, https or file URL
    NoHost, // http or https without a server name
    UserInfo, // a user name or password in the address: it would be saved and exported with it
};

/// Whether `url` may be a source's address: http or https with a host and without user information
/// (a private page's secret goes in its header, kept in the keychain), or a file.
SourceUrlProblem sourceUrlProblem(const QUrl &url);

/// A feed kind as people read it: "Automatic", "Statuspage", "AWS Health", "RSS or Atom history".
QString feedKindText(FeedKind kind);
/// Every kind, FeedKind::Auto first, in the order a chooser lists them.
QList<FeedKind> allFeedKinds();

} // namespace radar
