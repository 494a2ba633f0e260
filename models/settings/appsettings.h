// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/notificationpolicy.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace radar {

/// How the grid was last shown: kept across restarts.
struct GridViewSettings
{
    bool geography = false; // columns by place instead of by provider region
    QString search;
    bool problemsOnly = false;
    bool watchedOnly = false;
    QStringList hiddenProviders;
    QStringList collapsedProviders;
};

/// The history chart's range and filter as the user left them.
struct HistoryViewSettings
{
    QString range; // "day", "week", "month", "quarter" or "year"
    QString provider;
    QString service;
    QString region;
    bool watchedOnly = false;
};

/// The application's persistent settings, in one INI file whose path the composition root chooses
/// (under --data-dir when given). Injected where needed; never a global.
class AppSettings
{
public:
    explicit AppSettings(const QString &filePath);

    QString filePath() const { return m_settings.fileName(); }
    /// Empty when the file could be read; otherwise what went wrong, for the user.
    QString loadError() const;

    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    /// Minimizing hides the window to the tray too (where there is one).
    bool minimizeToTray() const;
    void setMinimizeToTray(bool enabled);
    /// Start hidden in the tray even without --minimized.
    bool startMinimized() const;
    void setStartMinimized(bool enabled);

    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// The splitters between grid, incident list and details, as MainWindow::saveLayout() wrote them.
    QByteArray paneLayout() const;
    void setPaneLayout(const QByteArray &layout);

    GridViewSettings gridView() const;
    void setGridView(const GridViewSettings &view);

    /// The watch list in WatchList::toStrings() form.
    QStringList watchList() const;
    void setWatchList(const QStringList &entries);

    /// How long the incident history keeps what ended (1 to 3650 days; a year unless set).
    int historyRetentionDays() const;
    void setHistoryRetentionDays(int days);
    HistoryViewSettings historyView() const;
    void setHistoryView(const HistoryViewSettings &view);

    /// Every rule of the notification policy; what cannot be read falls back to its default.
    NotificationRules notificationRules() const;
    void setNotificationRules(const NotificationRules &rules);
    /// Notifications paused until then (UTC); invalid when not paused.
    QDateTime notificationsPausedUntil() const;
    void setNotificationsPausedUntil(const QDateTime &until);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace radar
