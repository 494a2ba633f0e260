// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaydigesttext.h"

#include "statustext.h"

#include <QCoreApplication>

namespace radar {

namespace {

// lupdate files these strings under the context the struct declares.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(radar::AwayDigest)
};

// A banner, not a report: the History tab has the rest.
constexpr int maxListed = 6;

const QLatin1StringView linkScheme("incident");

} // namespace

QUrl incidentLink(const QString &provider, const QString &id)
{
    // Ids are feed text: both parts go percent-encoded into the path, so any id survives the trip.
    QUrl link;
    link.setScheme(linkScheme);
    link.setPath(QString::fromLatin1(QUrl::toPercentEncoding(provider) + '/' + QUrl::toPercentEncoding(id)),
                 QUrl::StrictMode);
    return link;
}

std::optional<IncidentRef> incidentFromLink(const QUrl &link)
{
    if (link.scheme() != linkScheme)
        return std::nullopt;
    const QString path = link.path(QUrl::FullyEncoded);
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash == path.size() - 1)
        return std::nullopt;
    return IncidentRef {QUrl::fromPercentEncoding(path.left(slash).toLatin1()),
                        QUrl::fromPercentEncoding(path.mid(slash + 1).toLatin1())};
}

QString awayDigestHtml(const AwayDigest &digest, const QHash<QString, QString> &providerNames)
{
    QStringList counts;
    if (!digest.started.isEmpty())
        counts << QCoreApplication::translate("radar::AwayDigest", "%n incident(s) started", nullptr,
                                              int(digest.started.size()));
    if (!digest.escalated.isEmpty())
        counts << QCoreApplication::translate("radar::AwayDigest", "%n got worse", nullptr,
                                              int(digest.escalated.size()));
    if (!digest.resolved.isEmpty())
        counts << QCoreApplication::translate("radar::AwayDigest", "%n ended", nullptr,
                                              int(digest.resolved.size()));
    if (counts.isEmpty())
        counts << Text::tr("nothing started, got worse or ended");
    const qint64 away = digest.since.secsTo(digest.until);
    QString html = Text::tr("<b>While you were away</b> (since %1, %2): %3.")
                       .arg(shortLocalTime(digest.since, digest.until), durationText(away),
                            counts.join(QStringLiteral(", ")));

    struct Line
    {
        const HistoryIncident *incident;
        QString what;
    };
    QList<Line> lines;
    for (const HistoryIncident &incident : digest.escalated)
        lines.append({&incident, Text::tr("got worse")});
    for (const HistoryIncident &incident : digest.started)
        lines.append({&incident, incident.isOpen() ? Text::tr("started") : Text::tr("started and ended")});
    for (const HistoryIncident &incident : digest.resolved) {
        const bool listed =
            std::any_of(digest.started.cbegin(), digest.started.cend(),
                        [&](const HistoryIncident &started) { return started.key() == incident.key(); });
        if (!listed)
            lines.append({&incident, Text::tr("ended")});
    }
    if (lines.isEmpty())
        return html;
    html += QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:0px\">");
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), maxListed); ++i) {
        const HistoryIncident &incident = *lines[i].incident;
        const QString provider = providerNames.value(incident.provider, incident.provider);
        html +=
            QStringLiteral("<li><a href=\"%1\">%2</a> — %3, %4, %5</li>")
                .arg(
                    incidentLink(incident.provider, incident.id).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                    incident.title.toHtmlEscaped(), provider.toHtmlEscaped(), statusText(incident.severity),
                    lines[i].what);
    }
    if (lines.size() > maxListed)
        html += QStringLiteral("<li>%1</li>")
                    .arg(QCoreApplication::translate("radar::AwayDigest", "and %n more in the History tab",
                                                     nullptr, int(lines.size() - maxListed)));
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace radar
