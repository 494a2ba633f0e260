// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace radar {

/// The "while you were away" digest as rich text for the window's banner: a one-line summary and
/// the incidents, each a link that opens it (feed text escaped). `providerNames` by provider id.
QString awayDigestHtml(const AwayDigest &digest, const QHash<QString, QString> &providerNames);

/// The link awayDigestHtml() gives an incident, and back.
QUrl incidentLink(const QString &provider, const QString &id);
struct IncidentRef
{
    QString provider;
    QString id;
};
std::optional<IncidentRef> incidentFromLink(const QUrl &link);

} // namespace radar
