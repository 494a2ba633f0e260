// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace radar {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::CommandLine)
};

std::optional<QUrl> sourceUrl(const QString &text, QString &error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid()
        || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")
            && scheme != QLatin1StringView("file"))) {
        error = Text::tr("--source \"%1\" is not an http://, https:// or file:// URL (for a file, give "
                         "file:///absolute/path)")
                    .arg(text);
        return std::nullopt;
    }
    if (scheme != QLatin1StringView("file") && url.host().isEmpty()) {
        error = Text::tr("--source \"%1\" has no host name").arg(text);
        return std::nullopt;
    }
    if (scheme == QLatin1StringView("file") && url.toLocalFile().isEmpty()) {
        error = Text::tr("--source \"%1\" names no file").arg(text);
        return std::nullopt;
    }
    return url;
}

/// A day ("2026-11-01", from local midnight) or an instant ("2026-11-01T08:00:00Z", or with an
/// offset; local time without one).
QDateTime sinceInstant(const QString &text)
{
    // QDate's ISO parser stops after the date, so "2026-11-01T08:00Z" would lose its time of day.
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        return day.isValid() ? day.startOfDay().toUTC() : QDateTime();
    }
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

struct DemoOptions
{
    const QCommandLineOption &demo;
    const QCommandLineOption &speed;
    const QCommandLineOption &start;
};

bool parseDemo(const QCommandLineParser &parser, const DemoOptions &names, Options &options, QString &error)
{
    options.demo = parser.isSet(names.demo);
    if (!options.demo) {
        if (parser.isSet(names.speed) || parser.isSet(names.start))
            error = Text::tr("--demo-speed and --demo-start apply to --demo only");
        return error.isEmpty();
    }
    if (parser.isSet(QStringLiteral("source")) || parser.isSet(QStringLiteral("kind"))
        || parser.isSet(QStringLiteral("interval"))) {
        error = Text::tr(
            "--demo plays its own sources: it cannot be combined with --source, --kind or --interval");
        return false;
    }
    if (parser.isSet(names.speed)) {
        bool isNumber = false;
        options.demoSpeed = parser.value(names.speed).toDouble(&isNumber);
        if (!isNumber || !(options.demoSpeed >= 0.1 && options.demoSpeed <= 100)) {
            error = Text::tr("--demo-speed must be a number from 0.1 to 100, not \"%1\"")
                        .arg(parser.value(names.speed));
            return false;
        }
    }
    if (parser.isSet(names.start)) {
        bool isNumber = false;
        options.demoStart = parser.value(names.start).toInt(&isNumber);
        if (!isNumber || options.demoStart < 0) {
            error = Text::tr("--demo-start must be a number of seconds from 0 on, not \"%1\"")
                        .arg(parser.value(names.start));
            return false;
        }
    }
    // The demo's history and settings never mix with the real ones.
    if (options.dataDir.isEmpty())
        options.dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                              .filePath(QStringLiteral("demo"));
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Shows which cloud and SaaS services are down, where, and since when.\n"
        "Exit codes of --once: 2 partial or major outage, 3 a source failed, 1 degraded, 0 all well; "
        "64 usage error, 65 invalid input data."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), Text::tr("Show the version and exit."));
    const QCommandLineOption once(QStringLiteral("once"),
                                  Text::tr("Poll every source once, print the result, exit."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Text::tr("Output of --once: table (default) or json. Of --export-history: csv or "
                 "json (default: from the file name, else csv)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption exportHistory(
        QStringLiteral("export-history"),
        Text::tr("Write the incident history (incidents and cell changes) to FILE "
                 "and exit. CSV also writes FILE-transitions.csv beside it."),
        QStringLiteral("FILE"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Text::tr("With --export-history: only what happened from DATE on (2026-11-01, or "
                 "2026-11-01T08:00:00Z)."),
        QStringLiteral("DATE"));
    const QCommandLineOption exportConfig(
        QStringLiteral("export-config"),
        Text::tr("Write the configuration (sources, watch list, notification rules; never secrets) to FILE "
                 "as JSON and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption importConfig(
        QStringLiteral("import-config"),
        Text::tr("Check the configuration in FILE and, when every field is valid, make it the saved one; "
                 "otherwise print every problem, change nothing and exit with 65."),
        QStringLiteral("FILE"));
    const QCommandLineOption minimized(QStringLiteral("minimized"), Text::tr("Start hidden in the tray."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Text::tr("Keep settings and everything else the app writes in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption source(
        QStringLiteral("source"),
        Text::tr("Poll URL (http, https or file) instead of the configured sources; "
                 "repeatable. Nothing about it is saved."),
        QStringLiteral("URL"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        Text::tr("Feed kind of the --source URLs: %1 (default: detect from the content).")
            .arg(feedKindNames().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption interval(
        QStringLiteral("interval"), Text::tr("Poll interval of the --source URLs in seconds (at least 15)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        Text::tr("Play a scripted outage story (about three minutes, then it loops) from a server on this "
                 "machine, with a data directory of its own. Needs no network."));
    const QCommandLineOption demoSpeed(QStringLiteral("demo-speed"),
                                       Text::tr("With --demo: play the story N times as fast (0.1 to 100)."),
                                       QStringLiteral("N"));
    const QCommandLineOption demoStart(QStringLiteral("demo-start"),
                                       Text::tr("With --demo: begin the story at this second."),
                                       QStringLiteral("SECONDS"));
    parser.addOptions({help, version, once, format, exportHistory, since, exportConfig, importConfig,
                       minimized, dataDir, source, kind, interval, demo, demoSpeed, demoStart});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.options.mode = Options::Mode::Help;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.options.mode = Options::Mode::Version;
        result.text = QStringLiteral("outage-radar %1\n").arg(QStringLiteral(OUTAGE_RADAR_VERSION));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = Text::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return result;
    }

    Options &options = result.options;
    const int commands = int(parser.isSet(once)) + int(parser.isSet(exportHistory))
        + int(parser.isSet(exportConfig)) + int(parser.isSet(importConfig));
    if (commands > 1) {
        result.error =
            Text::tr("--once, --export-history, --export-config and --import-config cannot be combined");
        return result;
    }
    options.mode = parser.isSet(once) ? Options::Mode::Once
        : parser.isSet(exportHistory) ? Options::Mode::ExportHistory
        : parser.isSet(exportConfig)  ? Options::Mode::ExportConfig
        : parser.isSet(importConfig)  ? Options::Mode::ImportConfig
                                      : Options::Mode::Window;
    options.minimized = parser.isSet(minimized);
    options.dataDir = parser.value(dataDir);
    if (parser.isSet(dataDir) && options.dataDir.isEmpty()) {
        result.error = Text::tr("--data-dir needs a directory");
        return result;
    }
    if (!parseDemo(parser, {demo, demoSpeed, demoStart}, options, result.error))
        return result;
    if (options.mode == Options::Mode::ExportConfig || options.mode == Options::Mode::ImportConfig) {
        const bool exporting = options.mode == Options::Mode::ExportConfig;
        options.configPath = parser.value(exporting ? exportConfig : importConfig);
        if (options.configPath.isEmpty()) {
            result.error = exporting ? Text::tr("--export-config needs a file name")
                                     : Text::tr("--import-config needs a file name");
            return result;
        }
        if (parser.isSet(source) || parser.isSet(kind) || parser.isSet(interval) || parser.isSet(minimized)
            || parser.isSet(format) || parser.isSet(since) || parser.isSet(demo)) {
            result.error = Text::tr("only --data-dir applies to --export-config and --import-config");
            return result;
        }
        return result;
    }
    if (options.mode == Options::Mode::ExportHistory) {
        options.exportPath = parser.value(exportHistory);
        if (options.exportPath.isEmpty()) {
            result.error = Text::tr("--export-history needs a file name");
            return result;
        }
        if (parser.isSet(source) || parser.isSet(kind) || parser.isSet(interval) || parser.isSet(minimized)) {
            result.error =
                Text::tr("--source, --kind, --interval and --minimized do not apply to --export-history");
            return result;
        }
        const QString value = parser.isSet(format) ? parser.value(format)
            : options.exportPath.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive)
            ? QStringLiteral("json")
            : QStringLiteral("csv");
        if (value != QLatin1StringView("csv") && value != QLatin1StringView("json")) {
            result.error =
                Text::tr("--format of --export-history must be csv or json, not \"%1\"").arg(value);
            return result;
        }
        options.format = value == QLatin1StringView("json") ? OutputFormat::Json : OutputFormat::Csv;
        if (parser.isSet(since)) {
            options.since = sinceInstant(parser.value(since));
            if (!options.since.isValid()) {
                result.error = Text::tr("--since must be a date like 2026-11-01 or an instant like "
                                        "2026-11-01T08:00:00Z, not \"%1\"")
                                   .arg(parser.value(since));
                return result;
            }
        }
        return result;
    }
    if (parser.isSet(since)) {
        result.error = Text::tr("--since applies to --export-history only");
        return result;
    }
    if (parser.isSet(format)) {
        const QString value = parser.value(format);
        if (value != QLatin1StringView("table") && value != QLatin1StringView("json")) {
            result.error = Text::tr("--format must be table or json, not \"%1\"").arg(value);
            return result;
        }
        if (options.mode != Options::Mode::Once) {
            result.error = Text::tr("--format applies to --once and --export-history only");
            return result;
        }
        options.format = value == QLatin1StringView("json") ? OutputFormat::Json : OutputFormat::Table;
    }
    for (const QString &text : parser.values(source)) {
        const std::optional<QUrl> url = sourceUrl(text, result.error);
        if (!url)
            return result;
        options.sources.append(*url);
    }
    if (parser.isSet(kind)) {
        const std::optional<FeedKind> value = feedKindFromName(parser.value(kind));
        if (!value) {
            result.error = Text::tr("--kind must be one of %1, not \"%2\"")
                               .arg(feedKindNames().join(QStringLiteral(", ")), parser.value(kind));
            return result;
        }
        options.kind = *value;
    }
    if (parser.isSet(interval)) {
        bool isNumber = false;
        const qlonglong seconds = parser.value(interval).toLongLong(&isNumber);
        if (!isNumber || seconds < minimumPollInterval.count() || seconds > maximumPollInterval.count()) {
            result.error = Text::tr("--interval must be a number of seconds from %1 to %2, not \"%3\"")
                               .arg(minimumPollInterval.count())
                               .arg(maximumPollInterval.count())
                               .arg(parser.value(interval));
            return result;
        }
        options.interval = std::chrono::seconds(seconds);
    }
    if ((parser.isSet(kind) || parser.isSet(interval)) && options.sources.isEmpty()) {
        result.error = Text::tr("--kind and --interval apply to --source URLs; give at least one --source");
        return result;
    }
    return result;
}

} // namespace radar
