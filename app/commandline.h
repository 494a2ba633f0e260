// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace radar {

enum class OutputFormat { Table, Json, Csv };

/// What the command line asked for (ARCHITECTURE.md §4).
struct Options
{
    enum class Mode { Window, Once, ExportHistory, ExportConfig, ImportConfig, Help, Version };
    Mode mode = Mode::Window;
    bool minimized = false;
    OutputFormat format = OutputFormat::Table;
    QString dataDir;
    QList<QUrl> sources;
    FeedKind kind = FeedKind::Auto;
    std::optional<std::chrono::seconds> interval;
    QString exportPath; // --export-history FILE
    QString configPath; // --export-config FILE or --import-config FILE
    QDateTime since; // --since, UTC; null for all of the history
    // --demo: the scripted story of resources/demo, served from 127.0.0.1, in a data directory of
    // its own (<app data>/demo unless --data-dir says otherwise).
    bool demo = false;
    double demoSpeed = 1.0; // --demo-speed: story seconds per second
    int demoStart = 0; // --demo-start: the story second to begin at
    // The sources given whole rather than as URLs: the demo's, once its server listens. Like
    // --source ones, they replace the configured sources for this run and are never saved.
    QList<SourceConfig> givenSources;

    /// Whether this run polls sources of its own (--source or the demo) instead of the configured ones.
    bool hasAdHocSources() const { return !sources.isEmpty() || demo; }
};

/// Either the options, or a usage error to print before exiting with 64. Help and version text too.
struct CommandLine
{
    Options options;
    QString error;
    QString text; // help or version text to print

    static CommandLine parse(const QStringList &arguments);
};

inline constexpr int exitUsage = 64;
inline constexpr int exitDataError = 65;

} // namespace radar
