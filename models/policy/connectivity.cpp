// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectivity.h"

#include <QCoreApplication>
#include <QSet>

namespace radar {

namespace {

bool isNetworkSource(const SourceConfig &config)
{
    return config.url.scheme() == QLatin1StringView("http")
        || config.url.scheme() == QLatin1StringView("https");
}

QString origin(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1StringView("https") ? 443 : 80));
}

} // namespace

bool Connectivity::setReachability(Reachability reachability, const QDateTime &now)
{
    const bool wasOffline = isOffline();
    const bool systemWasOffline = m_systemOffline;
    m_systemOffline = reachability == Reachability::Offline;
    if (m_systemOffline && !systemWasOffline)
        m_systemOfflineSince = now;
    leaveOffline(wasOffline, now);
    return systemWasOffline && !m_systemOffline;
}

bool Connectivity::updateSources(const QList<SourceState> &sources, const QDateTime &now)
{
    const bool wasOffline = isOffline();
    // Every network source failing to connect is the signature of the user's own network being
    // down. It takes at least two servers: one failing server is just that server.
    QSet<QString> origins;
    int network = 0;
    int unreachable = 0;
    for (const SourceState &source : sources) {
        if (!isNetworkSource(source.config))
            continue;
        ++network;
        origins.insert(origin(source.config.url));
        // The system can be wrong (a connection it does not manage): data that arrived after it
        // said "no network" proves otherwise.
        if (m_systemOffline && source.status.lastSuccess.isValid()
            && source.status.lastSuccess > m_systemOfflineSince)
            m_systemOffline = false;
        if (source.health == SourceHealth::Failing && source.status.lastFailure == FailureKind::Unreachable)
            ++unreachable;
    }
    m_unreachableCount = unreachable;
    m_sourcesUnreachable = origins.size() >= 2 && unreachable == network;
    leaveOffline(wasOffline, now);
    return wasOffline != isOffline();
}

bool Connectivity::checkForSleep(const QDateTime &wallNow, qint64 monotonicMs)
{
    const bool first = !m_lastWall.isValid();
    const qint64 wallMs = first ? 0 : m_lastWall.msecsTo(wallNow);
    const qint64 monotonicElapsed = monotonicMs - m_lastMonotonic;
    m_lastWall = wallNow;
    m_lastMonotonic = monotonicMs;
    if (first || wallMs - monotonicElapsed <= std::chrono::milliseconds(sleepThreshold).count())
        return false;
    m_quietUntil = std::max(m_quietUntil, wallNow.addSecs(gracePeriod.count()));
    return true;
}

QString Connectivity::reason() const
{
    if (m_systemOffline)
        return QCoreApplication::translate("Connectivity", "The system reports no network connection.");
    if (m_sourcesUnreachable)
        return QCoreApplication::translate("Connectivity", "None of the %n source(s) can be reached.",
                                           nullptr, m_unreachableCount);
    return QString();
}

bool Connectivity::notificationsAllowed(const QDateTime &now) const
{
    return !isOffline() && (!m_quietUntil.isValid() || now >= m_quietUntil);
}

void Connectivity::leaveOffline(bool wasOffline, const QDateTime &now)
{
    if (wasOffline && !isOffline())
        m_quietUntil = std::max(m_quietUntil, now.addSecs(gracePeriod.count()));
}

} // namespace radar
