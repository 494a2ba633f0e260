// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "setting.h"

namespace radar {

namespace {
const Setting<bool> closeToTrayKey {"window/closeToTray", true};
const Setting<bool> trayHintShownKey {"window/trayHintShown", false};
const Setting<QByteArray> windowGeometryKey {"window/geometry", QByteArray()};
const Setting<QByteArray> windowStateKey {"window/state", QByteArray()};
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

} // namespace radar
