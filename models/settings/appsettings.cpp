// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "setting.h"

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
} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{ }

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

void AppSettings::setNotificationsPausedUntil(const QDateTime &until)
{
    if (until.isValid())
        pausedUntilKey.write(m_settings, until.toUTC());
    else
        m_settings.remove(QLatin1StringView(pausedUntilKey.key));
}

} // namespace radar
