// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcerules.h"

#include <QCoreApplication>

#include <algorithm>

namespace radar {

namespace {

bool isIdCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

/// Cut to `length` characters, without the hyphen the cut may leave at the end.
QString cut(QString id, qsizetype length)
{
    id.truncate(length);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

} // namespace

bool isSourceId(QStringView id)
{
    if (id.isEmpty() || id.size() > maximumSourceIdLength || id.front() == u'-' || id.back() == u'-')
        return false;
    QChar previous;
    for (const QChar c : id) {
        if (c == u'-' && previous == u'-')
            return false;
        if (c != u'-' && !isIdCharacter(c))
            return false;
        previous = c;
    }
    return true;
}

QString sourceIdFrom(QStringView text)
{
    QString id;
    for (const QChar c : text.toString().toLower()) {
        if (isIdCharacter(c))
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    return cut(id, maximumSourceIdLength);
}

QString freeSourceId(QStringView wanted, const std::function<bool(const QString &)> &isTaken)
{
    QString base = sourceIdFrom(wanted);
    if (base.isEmpty())
        base = QStringLiteral("source"); // a name in a script without Latin letters or digits
    if (!isTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = u'-' + QString::number(n);
        const QString candidate = cut(base, maximumSourceIdLength - suffix.size()) + suffix;
        if (!isTaken(candidate))
            return candidate;
    }
}

QString freeSourceId(QStringView wanted, const QStringList &takenIds)
{
    return freeSourceId(wanted, [&takenIds](const QString &id) { return takenIds.contains(id); });
}

bool isHeaderName(QStringView name)
{
    // The percent sign and the apostrophe as escapes: lupdate reads every source for strings.
    static const QString punctuation = QStringLiteral("!#$&*+-.^_`|~\x25\x27");
    return !name.isEmpty() && name.size() <= maximumHeaderNameLength
        && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                   || punctuation.contains(c);
           });
}

SourceUrlProblem sourceUrlProblem(const QUrl &url)
{
    if (!url.isValid())
        return SourceUrlProblem::Unsupported;
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
    if (!web && scheme != QLatin1StringView("file"))
        return SourceUrlProblem::Unsupported;
    if (!url.userInfo().isEmpty())
        return SourceUrlProblem::UserInfo;
    if (web && url.host().isEmpty())
        return SourceUrlProblem::NoHost;
    if (!web && url.toLocalFile().isEmpty())
        return SourceUrlProblem::Unsupported;
    return SourceUrlProblem::None;
}

QString feedKindText(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Auto:
        return QCoreApplication::translate("radar::FeedKind", "Automatic");
    case FeedKind::Statuspage:
        return QCoreApplication::translate("radar::FeedKind", "Statuspage");
    case FeedKind::AwsHealth:
        return QCoreApplication::translate("radar::FeedKind", "AWS Health");
    case FeedKind::GoogleCloud:
        return QCoreApplication::translate("radar::FeedKind", "Google Cloud");
    case FeedKind::Instatus:
        return QCoreApplication::translate("radar::FeedKind", "Instatus");
    case FeedKind::Slack:
        return QCoreApplication::translate("radar::FeedKind", "Slack");
    case FeedKind::StatusIo:
        return QCoreApplication::translate("radar::FeedKind", "Status.io");
    case FeedKind::FireHydrant:
        return QCoreApplication::translate("radar::FeedKind", "FireHydrant");
    case FeedKind::AwsRss:
        return QCoreApplication::translate("radar::FeedKind", "AWS RSS");
    case FeedKind::Azure:
        return QCoreApplication::translate("radar::FeedKind", "Azure RSS");
    case FeedKind::RssHistory:
        return QCoreApplication::translate("radar::FeedKind", "RSS or Atom history");
    }
    return feedKindName(kind);
}

QList<FeedKind> allFeedKinds()
{
    QList<FeedKind> kinds;
    for (const QString &name : feedKindNames()) {
        if (const auto kind = feedKindFromName(name))
            kinds.append(*kind);
    }
    return kinds;
}

} // namespace radar
