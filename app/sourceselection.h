// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

namespace radar {

/// The sources this run polls: the --source URLs if any, else the catalog's defaults.
struct SourceSelection
{
    QList<SourceConfig> sources;
    QString error;

    static SourceSelection fromOptions(const Options &options);
};

/// A short, stable id for an ad-hoc URL: the host ("www.githubstatus.com") or the file's base name.
QString sourceIdForUrl(const QUrl &url);

} // namespace radar
