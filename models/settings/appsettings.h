// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace radar {

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

    bool trayHintShown() const;
    void setTrayHintShown(bool shown);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace radar
