// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchlist.h"

#include <QUrl>

#include <algorithm>
#include <optional>

namespace radar {

namespace {

QString scopeName(WatchList::Scope scope)
{
    switch (scope) {
    case WatchList::Scope::Service:
        return QStringLiteral("service");
    case WatchList::Scope::Region:
        return QStringLiteral("region");
    case WatchList::Scope::Cell:
        break;
    }
    return QStringLiteral("cell");
}

// Ids may hold any character ("Actions / Packages"), so each part is percent-encoded.
QString encode(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toLatin1());
}

} // namespace

bool operator==(const WatchList::Entry &a, const WatchList::Entry &b)
{
    if (a.scope != b.scope || a.key.provider != b.key.provider)
        return false;
    switch (a.scope) {
    case WatchList::Scope::Service:
        return a.key.service == b.key.service;
    case WatchList::Scope::Region:
        return a.key.region == b.key.region;
    case WatchList::Scope::Cell:
        break;
    }
    return a.key == b.key;
}

WatchList::Entry WatchList::service(const QString &provider, const QString &service)
{
    return {Scope::Service, {provider, service, {}}};
}

WatchList::Entry WatchList::region(const QString &provider, const QString &region)
{
    return {Scope::Region, {provider, {}, region}};
}

WatchList::Entry WatchList::cell(const CellKey &key)
{
    return {Scope::Cell, key};
}

bool WatchList::isWatched(const CellKey &key) const
{
    // An entry's equality already compares only what its scope names.
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&key](const Entry &entry) {
        return entry == Entry {entry.scope, key};
    });
}

bool WatchList::contains(const Entry &entry) const
{
    return m_entries.contains(entry);
}

void WatchList::toggle(const Entry &entry)
{
    if (!m_entries.removeOne(entry))
        m_entries.append(entry);
}

QStringList WatchList::toStrings() const
{
    QStringList lines;
    for (const Entry &entry : m_entries) {
        QStringList parts {encode(entry.key.provider)};
        if (entry.scope != Scope::Region)
            parts << encode(entry.key.service);
        if (entry.scope != Scope::Service)
            parts << encode(entry.key.region);
        lines << scopeName(entry.scope) + QLatin1Char(':') + parts.join(QLatin1Char('/'));
    }
    return lines;
}

WatchList WatchList::fromStrings(const QStringList &lines, QStringList *rejected)
{
    WatchList list;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QStringView scope = QStringView(line).left(colon);
        const QList<QStringView> parts = QStringView(line).mid(colon + 1).split(QLatin1Char('/'));
        std::optional<Entry> entry;
        if (colon > 0 && scope == u"service" && parts.size() == 2)
            entry = service(decode(parts[0]), decode(parts[1]));
        else if (colon > 0 && scope == u"region" && parts.size() == 2)
            entry = region(decode(parts[0]), decode(parts[1]));
        else if (colon > 0 && scope == u"cell" && parts.size() == 3)
            entry = cell({decode(parts[0]), decode(parts[1]), decode(parts[2])});
        if (entry && !entry->key.provider.isEmpty() && !list.contains(*entry))
            list.m_entries.append(*entry);
        else if (rejected)
            rejected->append(line);
    }
    return list;
}

} // namespace radar
