// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/source.h"
#include "net/fetchresult.h"
#include "policy/notificationpolicy.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

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
///
/// Every key is declared once, with its default and validation (appsettings.cpp); a value that is
/// missing, of the wrong type or invalid reads as its default. The file carries a version and is
/// migrated forward when opened. A file that cannot be read as settings (binary garbage, too large,
/// not an INI file) is moved aside, never overwritten, and the app starts from defaults with a
/// note saying where the old file went. QSettings writes through a temporary file and a rename,
/// so a crash never leaves half a file.
class AppSettings
{
public:
    /// The version this build writes; older files are migrated to it when opened.
    static constexpr int currentVersion = 1;
    /// Larger than any settings file the app writes: such a file is not ours, or broken.
    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

    explicit AppSettings(const QString &filePath);

    QString filePath() const { return m_settings.fileName(); }
    /// Empty when the file could be read; otherwise what went wrong, for the user.
    QString loadError() const;
    /// What opening the file did that the user should hear about: a damaged file moved aside, a
    /// migration from an older version, a file from a newer one. Empty when nothing happened.
    QString openingNote() const { return m_openingNote; }
    /// Where a damaged file was moved; empty when none was.
    QString movedAsidePath() const { return m_movedAside; }
    /// The version the file had when opened (0: written before settings were versioned, or new).
    int openedVersion() const { return m_openedVersion; }

    /// The sources the user configured, enabled or not, with their secrets left empty; nothing
    /// when the user never chose (the catalog's defaults apply). Unreadable entries are skipped
    /// and named in `problems`.
    std::optional<QList<SourceConfig>> sources(QStringList *problems = nullptr) const;
    void setSources(const QList<SourceConfig> &sources);

    NetworkSettings network() const;
    /// Saves everything but the proxy password, which belongs in the keychain.
    void setNetwork(const NetworkSettings &network);

    /// "" follows the system's language; otherwise a language code the app has a translation for.
    QString language() const;
    void setLanguage(const QString &language);
    /// "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    /// The first-run welcome was shown (and taken or skipped): it never comes back by itself.
    bool welcomeDone() const;
    void setWelcomeDone(bool done);

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
    void migrate();

    QString m_openingNote;
    QString m_movedAside;
    int m_openedVersion = 0;
    QSettings m_settings;
};

} // namespace radar
