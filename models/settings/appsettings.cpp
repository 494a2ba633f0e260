// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "setting.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace radar {

namespace {
const Setting<bool> closeToTrayKey {"window/closeToTray", true};
const Setting<bool> minimizeToTrayKey {"window/minimizeToTray", true};
const Setting<bool> startMinimizedKey {"window/startMinimized", false};
const auto isStatusName = [](const QString &value) {
    return statusFromName(value).has_value() && value != u"unknown";
};
const Setting<QString> watchedMinimumKey {"notifications/watchedMinimum", QStringLiteral("degraded"),
                                          isStatusName};
const Setting<QString> otherMinimumKey {"notifications/otherMinimum", QStringLiteral("partial_outage"),
                                        isStatusName};
const Setting<QStringList> mutedProvidersKey {"notifications/mutedProviders", QStringList()};
const Setting<QStringList> mutedCellsKey {"notifications/mutedCells", QStringList()};
const Setting<bool> quietHoursKey {"notifications/quietHours", false};
const auto isClockTime = [](const QString &value) {
    return QTime::fromString(value, u"HH:mm").isValid();
};
const Setting<QString> quietFromKey {"notifications/quietFrom", QStringLiteral("22:00"), isClockTime};
const Setting<QString> quietToKey {"notifications/quietTo", QStringLiteral("07:00"), isClockTime};
const Setting<QStringList> quietDaysKey {
    "notifications/quietDays", QStringList {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s},
    [](const QStringList &days) {
        return std::all_of(days.cbegin(), days.cend(), [](const QString &day) {
            bool ok = false;
            const int number = day.toInt(&ok);
            return ok && number >= 1 && number <= 7;
        });
    }};
const Setting<bool> resolvedNoticesKey {"notifications/resolvedNotices", true};
const Setting<int> reminderHoursKey {"notifications/reminderHours", 0, [](const int &hours) {
                                         return hours >= 0 && hours <= 168;
                                     }};
const Setting<QDateTime> pausedUntilKey {"notifications/pausedUntil", QDateTime()};
const Setting<bool> trayHintShownKey {"window/trayHintShown", false};
const Setting<QByteArray> windowGeometryKey {"window/geometry", QByteArray()};
const Setting<QByteArray> windowStateKey {"window/state", QByteArray()};
const Setting<QByteArray> paneLayoutKey {"window/panes", QByteArray()};
const Setting<QString> columnsKey {"grid/columns", QStringLiteral("regions"), [](const QString &value) {
                                       return value == u"regions" || value == u"geography";
                                   }};
const Setting<QString> searchKey {"grid/search", QString(), [](const QString &value) {
                                      return value.size() <= 200;
                                  }};
const Setting<bool> problemsOnlyKey {"grid/problemsOnly", false};
const Setting<bool> watchedOnlyKey {"grid/watchedOnly", false};
const Setting<QStringList> hiddenProvidersKey {"grid/hiddenProviders", QStringList()};
const Setting<QStringList> collapsedProvidersKey {"grid/collapsedProviders", QStringList()};
const Setting<QStringList> watchListKey {"watch/entries", QStringList()};
const Setting<int> historyRetentionKey {"history/retentionDays", 365, [](const int &days) {
                                            return days >= 1 && days <= 3650;
                                        }};
const Setting<QString> historyRangeKey {"history/range", QStringLiteral("month"), [](const QString &value) {
                                            return value == u"day" || value == u"week" || value == u"month"
                                                || value == u"quarter" || value == u"year";
                                        }};
const Setting<QString> historyProviderKey {"history/provider", QString()};
const Setting<QString> historyServiceKey {"history/service", QString()};
const Setting<QString> historyRegionKey {"history/region", QString()};
const Setting<bool> historyWatchedOnlyKey {"history/watchedOnly", false};
const Setting<int> versionKey {"meta/version", 0, [](const int &version) {
                                   return version >= 0;
                               }};
const Setting<bool> welcomeDoneKey {"app/welcomeDone", false};
const Setting<QString> languageKey {"app/language", QString(), [](const QString &value) {
                                        static const QRegularExpression code(
                                            QStringLiteral("^([a-z]{2,3}(_[A-Z]{2})?)?$"));
                                        return code.match(value).hasMatch();
                                    }};
const Setting<QString> themeKey {"app/theme", QStringLiteral("system"), [](const QString &value) {
                                     return value == u"system" || value == u"light" || value == u"dark"
                                         || value == u"high-contrast";
                                 }};
const Setting<QString> proxyModeKey {"network/proxyMode", QStringLiteral("system"), [](const QString &value) {
                                         return value == u"system" || value == u"none" || value == u"manual";
                                     }};
const Setting<QString> proxyHostKey {"network/proxyHost", QString(), [](const QString &value) {
                                         return value.size() <= 253 && !value.contains(u' ');
                                     }};
const Setting<int> proxyPortKey {"network/proxyPort", 8080, [](const int &port) {
                                     return port >= 1 && port <= 65535;
                                 }};
const Setting<QString> proxyUserKey {"network/proxyUser", QString()};
const Setting<int> timeoutKey {"network/timeoutSeconds", 20, [](const int &seconds) {
                                   return seconds >= 5 && seconds <= 300;
                               }};
const Setting<int> maxBodyKey {"network/maxBodyMiB", 16, [](const int &mebibytes) {
                                   return mebibytes >= 1 && mebibytes <= 256;
                               }};
// The configured sources: an INI array "sources" of these keys. "meta/sourcesConfigured" tells an
// empty list the user chose from a list never written (the catalog's defaults apply).
const Setting<bool> sourcesConfiguredKey {"meta/sourcesConfigured", false};
constexpr auto sourcesArray = "sources";

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::AppSettings)
};

/// Why `filePath` cannot be settings, or empty when it can (or does not exist yet).
QString damageOf(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists())
        return QString();
    if (file.size() > AppSettings::maxFileBytes)
        return Text::tr("it is larger than any settings file Outage Radar writes");
    if (!file.open(QIODevice::ReadOnly))
        return QString(); // an access problem, not damage: QSettings reports it, nothing is moved
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return Text::tr("it contains binary data");
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    Q_UNUSED(text) // decoding is the check
    if (utf8.hasError())
        return Text::tr("it is not UTF-8 text");
    return QString();
}

/// Moves a damaged file to "<name>.damaged-<UTC time>" so that nothing in it is lost; returns the
/// new path, or empty when it could not be moved.
QString moveAside(const QString &filePath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss");
    QString target = filePath + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = filePath + QStringLiteral(".damaged-") + stamp + u'-' + QString::number(n);
    return QFile::rename(filePath, target) ? target : QString();
}

/// Runs before QSettings reads the file: a damaged file is moved aside so that QSettings starts
/// from defaults instead of parsing garbage and later overwriting it.
QString openable(const QString &filePath, QString &note, QString &movedAside)
{
    QString damage = damageOf(filePath);
    if (damage.isEmpty()) {
        // Binary-clean text QSettings still refuses (a broken section header, say).
        QSettings probe(filePath, QSettings::IniFormat);
        if (probe.status() == QSettings::FormatError)
            damage = Text::tr("it is not a settings file");
    }
    if (damage.isEmpty())
        return filePath;
    movedAside = moveAside(filePath);
    if (movedAside.isEmpty()) {
        note = Text::tr("The settings file %1 is damaged (%2) and could not be moved aside; Outage Radar "
                        "uses default settings and does not save over it. Move or delete the file.")
                   .arg(filePath, damage);
        return QString(); // settings without a file: nothing is written over the damaged one
    }
    note = Text::tr("The settings file was damaged (%1). It was moved to %2 and Outage Radar started "
                    "with default settings.")
               .arg(damage, movedAside);
    return filePath;
}

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System:
        return QStringLiteral("system");
    case ProxyMode::None:
        return QStringLiteral("none");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(openable(filePath, m_openingNote, m_movedAside), QSettings::IniFormat)
{
    migrate();
}

void AppSettings::migrate()
{
    m_openedVersion = versionKey.read(m_settings);
    if (m_openedVersion > currentVersion) {
        // A newer Outage Radar wrote it: read what this one understands, keep the rest as it is.
        m_openingNote = Text::tr("The settings were written by a newer version of Outage Radar; "
                                 "settings this version does not know are kept unchanged.");
        return;
    }
    if (m_openedVersion == currentVersion)
        return;
    const bool existed = !m_settings.allKeys().isEmpty();
    if (existed && m_openedVersion < 1) {
        // 0 -> 1: the user has been running the app with the catalog's defaults, so they are no
        // newcomer. Without this an upgrade would greet them with the first-run welcome, whose
        // choices replace the sources they have been watching.
        welcomeDoneKey.write(m_settings, true);
    }
    versionKey.write(m_settings, currentVersion);
}

QString AppSettings::loadError() const
{
    switch (m_settings.status()) {
    case QSettings::NoError:
        return QString();
    case QSettings::AccessError:
        return QStringLiteral("cannot access the settings file %1").arg(m_settings.fileName());
    case QSettings::FormatError:
        return QStringLiteral("the settings file %1 is not valid").arg(m_settings.fileName());
    }
    return QString();
}

bool AppSettings::closeToTray() const
{
    return closeToTrayKey.read(m_settings);
}

void AppSettings::setCloseToTray(bool enabled)
{
    closeToTrayKey.write(m_settings, enabled);
}

bool AppSettings::minimizeToTray() const
{
    return minimizeToTrayKey.read(m_settings);
}

void AppSettings::setMinimizeToTray(bool enabled)
{
    minimizeToTrayKey.write(m_settings, enabled);
}

bool AppSettings::startMinimized() const
{
    return startMinimizedKey.read(m_settings);
}

void AppSettings::setStartMinimized(bool enabled)
{
    startMinimizedKey.write(m_settings, enabled);
}

bool AppSettings::trayHintShown() const
{
    return trayHintShownKey.read(m_settings);
}

void AppSettings::setTrayHintShown(bool shown)
{
    trayHintShownKey.write(m_settings, shown);
}

QByteArray AppSettings::windowGeometry() const
{
    return windowGeometryKey.read(m_settings);
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    windowGeometryKey.write(m_settings, geometry);
}

QByteArray AppSettings::windowState() const
{
    return windowStateKey.read(m_settings);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    windowStateKey.write(m_settings, state);
}

QByteArray AppSettings::paneLayout() const
{
    return paneLayoutKey.read(m_settings);
}

void AppSettings::setPaneLayout(const QByteArray &layout)
{
    paneLayoutKey.write(m_settings, layout);
}

GridViewSettings AppSettings::gridView() const
{
    GridViewSettings view;
    view.geography = columnsKey.read(m_settings) == u"geography";
    view.search = searchKey.read(m_settings);
    view.problemsOnly = problemsOnlyKey.read(m_settings);
    view.watchedOnly = watchedOnlyKey.read(m_settings);
    view.hiddenProviders = hiddenProvidersKey.read(m_settings);
    view.collapsedProviders = collapsedProvidersKey.read(m_settings);
    return view;
}

void AppSettings::setGridView(const GridViewSettings &view)
{
    columnsKey.write(m_settings, view.geography ? QStringLiteral("geography") : QStringLiteral("regions"));
    searchKey.write(m_settings, view.search);
    problemsOnlyKey.write(m_settings, view.problemsOnly);
    watchedOnlyKey.write(m_settings, view.watchedOnly);
    hiddenProvidersKey.write(m_settings, view.hiddenProviders);
    collapsedProvidersKey.write(m_settings, view.collapsedProviders);
}

QStringList AppSettings::watchList() const
{
    return watchListKey.read(m_settings);
}

void AppSettings::setWatchList(const QStringList &entries)
{
    watchListKey.write(m_settings, entries);
}

int AppSettings::historyRetentionDays() const
{
    return historyRetentionKey.read(m_settings);
}

void AppSettings::setHistoryRetentionDays(int days)
{
    historyRetentionKey.write(m_settings, days);
}

HistoryViewSettings AppSettings::historyView() const
{
    return {historyRangeKey.read(m_settings), historyProviderKey.read(m_settings),
            historyServiceKey.read(m_settings), historyRegionKey.read(m_settings),
            historyWatchedOnlyKey.read(m_settings)};
}

void AppSettings::setHistoryView(const HistoryViewSettings &view)
{
    historyRangeKey.write(m_settings, view.range);
    historyProviderKey.write(m_settings, view.provider);
    historyServiceKey.write(m_settings, view.service);
    historyRegionKey.write(m_settings, view.region);
    historyWatchedOnlyKey.write(m_settings, view.watchedOnly);
}

NotificationRules AppSettings::notificationRules() const
{
    NotificationRules rules;
    rules.watchedMinimum = *statusFromName(watchedMinimumKey.read(m_settings));
    rules.otherMinimum = *statusFromName(otherMinimumKey.read(m_settings));
    rules.mutedProviders = mutedProvidersKey.read(m_settings);
    rules.mutedCells = WatchList::fromStrings(mutedCellsKey.read(m_settings));
    rules.quietHours = quietHoursKey.read(m_settings);
    rules.quietFrom = QTime::fromString(quietFromKey.read(m_settings), u"HH:mm");
    rules.quietTo = QTime::fromString(quietToKey.read(m_settings), u"HH:mm");
    rules.quietDays.clear();
    for (const QString &day : quietDaysKey.read(m_settings))
        rules.quietDays.append(day.toInt());
    rules.resolvedNotices = resolvedNoticesKey.read(m_settings);
    rules.reminderHours = reminderHoursKey.read(m_settings);
    return rules;
}

void AppSettings::setNotificationRules(const NotificationRules &rules)
{
    watchedMinimumKey.write(m_settings, statusName(rules.watchedMinimum));
    otherMinimumKey.write(m_settings, statusName(rules.otherMinimum));
    mutedProvidersKey.write(m_settings, rules.mutedProviders);
    mutedCellsKey.write(m_settings, rules.mutedCells.toStrings());
    quietHoursKey.write(m_settings, rules.quietHours);
    quietFromKey.write(m_settings, rules.quietFrom.toString(u"HH:mm"));
    quietToKey.write(m_settings, rules.quietTo.toString(u"HH:mm"));
    QStringList days;
    for (const int day : rules.quietDays)
        days.append(QString::number(day));
    quietDaysKey.write(m_settings, days);
    resolvedNoticesKey.write(m_settings, rules.resolvedNotices);
    reminderHoursKey.write(m_settings, rules.reminderHours);
}

QDateTime AppSettings::notificationsPausedUntil() const
{
    return pausedUntilKey.read(m_settings);
}

std::optional<QList<SourceConfig>> AppSettings::sources(QStringList *problems) const
{
    if (!sourcesConfiguredKey.read(m_settings))
        return std::nullopt;
    QList<SourceConfig> sources;
    QSettings &settings = const_cast<QSettings &>(m_settings); // QSettings' arrays need a non-const object
    const int count = settings.beginReadArray(QLatin1StringView(sourcesArray));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SourceConfig source;
        source.id = settings.value(QStringLiteral("id")).toString();
        source.name = settings.value(QStringLiteral("name")).toString();
        source.url = QUrl(settings.value(QStringLiteral("url")).toString());
        const auto kind =
            feedKindFromName(settings.value(QStringLiteral("kind"), QStringLiteral("auto")).toString());
        bool intervalOk = false;
        const int interval = settings.value(QStringLiteral("interval"), 60).toInt(&intervalOk);
        source.enabled = settings.value(QStringLiteral("enabled"), true).toBool();
        source.services = settings.value(QStringLiteral("services")).toStringList();
        source.regions = settings.value(QStringLiteral("regions")).toStringList();
        source.secretHeader = settings.value(QStringLiteral("secretHeader")).toString();
        QString problem;
        if (source.id.isEmpty())
            problem = Text::tr("it has no id");
        else if (!source.url.isValid() || source.url.scheme().isEmpty())
            problem = Text::tr("its URL is not valid");
        else if (!kind)
            problem = Text::tr("its kind is unknown");
        else if (std::any_of(sources.cbegin(), sources.cend(),
                             [&](const SourceConfig &other) { return other.id == source.id; }))
            problem = Text::tr("its id is used twice");
        if (!problem.isEmpty()) {
            if (problems)
                problems->append(
                    Text::tr("source %1 in the settings is skipped: %2").arg(i + 1).arg(problem));
            continue;
        }
        source.kind = *kind;
        source.interval =
            std::chrono::seconds(intervalOk ? std::max<int>(interval, minimumPollInterval.count())
                                            : int(defaultPollInterval.count()));
        if (source.name.isEmpty())
            source.name = source.id;
        sources.append(source);
    }
    settings.endArray();
    return sources;
}

void AppSettings::setSources(const QList<SourceConfig> &sources)
{
    m_settings.remove(QLatin1StringView(sourcesArray));
    m_settings.beginWriteArray(QLatin1StringView(sourcesArray), int(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        const SourceConfig &source = sources.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), source.id);
        m_settings.setValue(QStringLiteral("name"), source.name);
        m_settings.setValue(QStringLiteral("url"), source.url.toString());
        m_settings.setValue(QStringLiteral("kind"), feedKindName(source.kind));
        m_settings.setValue(QStringLiteral("interval"), qint64(source.interval.count()));
        m_settings.setValue(QStringLiteral("enabled"), source.enabled);
        m_settings.setValue(QStringLiteral("services"), source.services);
        m_settings.setValue(QStringLiteral("regions"), source.regions);
        m_settings.setValue(QStringLiteral("secretHeader"), source.secretHeader);
        // secretValue stays in the keychain.
    }
    m_settings.endArray();
    sourcesConfiguredKey.write(m_settings, true);
}

NetworkSettings AppSettings::network() const
{
    NetworkSettings network;
    const QString mode = proxyModeKey.read(m_settings);
    network.proxy.mode = mode == u"none" ? ProxyMode::None
        : mode == u"manual"              ? ProxyMode::Manual
                                         : ProxyMode::System;
    network.proxy.host = proxyHostKey.read(m_settings);
    network.proxy.port = quint16(proxyPortKey.read(m_settings));
    network.proxy.user = proxyUserKey.read(m_settings);
    network.timeoutSeconds = timeoutKey.read(m_settings);
    network.maxBodyMiB = maxBodyKey.read(m_settings);
    return network;
}

void AppSettings::setNetwork(const NetworkSettings &network)
{
    proxyModeKey.write(m_settings, proxyModeName(network.proxy.mode));
    proxyHostKey.write(m_settings, network.proxy.host);
    proxyPortKey.write(m_settings, int(network.proxy.port));
    proxyUserKey.write(m_settings, network.proxy.user);
    timeoutKey.write(m_settings, network.timeoutSeconds);
    maxBodyKey.write(m_settings, network.maxBodyMiB);
}

QString AppSettings::language() const
{
    return languageKey.read(m_settings);
}

void AppSettings::setLanguage(const QString &language)
{
    languageKey.write(m_settings, language);
}

QString AppSettings::theme() const
{
    return themeKey.read(m_settings);
}

void AppSettings::setTheme(const QString &theme)
{
    themeKey.write(m_settings, theme);
}

bool AppSettings::welcomeDone() const
{
    return welcomeDoneKey.read(m_settings);
}

void AppSettings::setWelcomeDone(bool done)
{
    welcomeDoneKey.write(m_settings, done);
}

void AppSettings::setNotificationsPausedUntil(const QDateTime &until)
{
    if (until.isValid())
        pausedUntilKey.write(m_settings, until.toUTC());
    else
        m_settings.remove(QLatin1StringView(pausedUntilKey.key));
}

} // namespace radar
