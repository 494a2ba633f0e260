// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/snapshot.h"
#include "domain/source.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace radar {

/// What a pasted URL turned out to be, for the "add a source" dialog to show before anything is
/// saved: the feed found behind it and what that feed reports.
struct FeedPreview
{
    QUrl pasted;
    QUrl feedUrl; // the URL that answered with a feed the adapters read
    FeedKind kind = FeedKind::Auto;
    QString providerName; // as the feed names itself; may be empty
    QList<QPair<QString, QString>> services; // (id, display name), in the feed's order, no duplicates
    QList<QPair<QString, QString>> regions; // (id, display name); empty when the feed has none
    int openIncidents = 0;
    QStringList tried; // every URL asked, in order, for the error message
    QString error; // empty on success; otherwise what went wrong and what to try

    bool ok() const { return error.isEmpty(); }

    /// The services and regions a snapshot reports, in its order, with the kind and name it gives.
    static FeedPreview fromSnapshot(const Snapshot &snapshot);
};

} // namespace radar

Q_DECLARE_METATYPE(radar::FeedPreview)
