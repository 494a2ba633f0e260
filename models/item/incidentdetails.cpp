// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetails.h"

#include "domain/regioncatalog.h"
#include "htmlsanitizer.h"
#include "statustext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace radar {

namespace {

// Gives the pane's words one translation context.
class IncidentDetails
{
    Q_DECLARE_TR_FUNCTIONS(radar::IncidentDetails)
};

// A big incident affects a hundred services in a region or two: past a few names per region and
// a dozen regions, a count says as much and keeps the pane readable.
constexpr qsizetype maximumServicesPerRegion = 8;
constexpr qsizetype maximumRegionLines = 12;

QStringList distinctValues(const QList<CellKey> &cells, QString CellKey::*field)
{
    QStringList values;
    QSet<QString> seen;
    for (const CellKey &cell : cells) {
        const QString &value = cell.*field;
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values.append(value);
        }
    }
    return values;
}

QStringList without(const QStringList &values, const QStringList &removed)
{
    const QSet<QString> drop(removed.cbegin(), removed.cend());
    QStringList kept;
    std::copy_if(values.cbegin(), values.cend(), std::back_inserter(kept),
                 [&drop](const QString &value) { return !drop.contains(value); });
    return kept;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString localTime(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString field(const QString &label, const QString &value)
{
    return QStringLiteral("<b>%1</b> %2").arg(escaped(label), escaped(value));
}

// Names what the pane lists: cells through the caller's names, regions through the region
// catalog, each falling back to the provider's ids.
class Names
{
public:
    explicit Names(const IncidentDetailsInput &input)
        : m_cellNames(input.cellNames)
        , m_provider(input.incident.provider)
    { }

    // The provider's own cell stands for the provider as a whole.
    CellNames cell(const CellKey &key) const
    {
        CellNames names = m_cellNames ? m_cellNames(key) : CellNames();
        if (names.service.isEmpty())
            names.service = key.isProviderSummary() ? key.provider : service(key.service);
        if (names.region.isEmpty())
            names.region = region(key.region);
        return names;
    }

    QString region(const QString &id) const
    {
        const std::optional<RegionInfo> info = RegionCatalog::builtIn().find(m_provider, id);
        return info && !info->name.isEmpty() ? info->name : id;
    }

    // Service ids are the providers' own service names (GCP product, Statuspage component, AWS code).
    QString service(const QString &id) const { return id; }

private:
    CellNamer m_cellNames;
    QString m_provider;
};

QString namedList(const QStringList &ids, const Names &names, QString (Names::*name)(const QString &) const)
{
    QStringList named;
    for (const QString &id : ids)
        named.append((names.*name)(id));
    return QLocale().createSeparatedList(named);
}

QString changesHtml(const IncidentUpdateChanges &changes, const Names &names)
{
    QStringList items;
    if (changes.stateChanged)
        items.append(IncidentDetails::tr("State: %1 → %2")
                         .arg(incidentStateText(changes.fromState), incidentStateText(changes.toState)));
    if (!changes.regionsAdded.isEmpty())
        items.append(IncidentDetails::tr("Regions added: %1")
                         .arg(namedList(changes.regionsAdded, names, &Names::region)));
    if (!changes.regionsRemoved.isEmpty())
        items.append(IncidentDetails::tr("Regions no longer affected: %1")
                         .arg(namedList(changes.regionsRemoved, names, &Names::region)));
    if (!changes.servicesAdded.isEmpty())
        items.append(IncidentDetails::tr("Services added: %1")
                         .arg(namedList(changes.servicesAdded, names, &Names::service)));
    if (!changes.servicesRemoved.isEmpty())
        items.append(IncidentDetails::tr("Services no longer affected: %1")
                         .arg(namedList(changes.servicesRemoved, names, &Names::service)));
    QString html = QStringLiteral("<ul>");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li><small>%1</small></li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

QString summaryHtml(const IncidentDetailsInput &input, const QDateTime &nowUtc)
{
    const Incident &incident = input.incident;
    const bool vanished = input.noLongerListed;
    const bool ended = !incident.isOpen() || input.noLongerListed;
    // As IncidentLog dates an ended incident: resolvedAt, else its newest update.
    QDateTime endedAt = incident.resolvedAt;
    if (ended && !endedAt.isValid() && !incident.updates.isEmpty())
        endedAt = incident.updates.constLast().at;

    QStringList lines;
    lines.append(field(IncidentDetails::tr("Severity:"), statusText(incident.severity)));
    lines.append(field(IncidentDetails::tr("State:"),
                       vanished ? IncidentDetails::tr("Ended (no longer listed)")
                                : incidentStateText(incident.state)));
    const QString unknown = IncidentDetails::tr("Not known");
    lines.append(field(IncidentDetails::tr("Started:"),
                       incident.startedAt.isValid() ? localTime(incident.startedAt) : unknown));
    if (ended)
        lines.append(field(IncidentDetails::tr("Ended:"), endedAt.isValid() ? localTime(endedAt) : unknown));
    else
        lines.append(field(IncidentDetails::tr("Ended:"), IncidentDetails::tr("Still ongoing")));
    if (incident.startedAt.isValid()) {
        if (ended && endedAt.isValid()) {
            lines.append(
                field(IncidentDetails::tr("Duration:"), durationText(incident.startedAt.secsTo(endedAt))));
        } else if (!ended && incident.startedAt <= nowUtc) { // not for maintenance yet to start
            lines.append(field(IncidentDetails::tr("Duration:"),
                               IncidentDetails::tr("%1 so far", "duration of an open incident")
                                   .arg(durationText(incident.startedAt.secsTo(nowUtc)))));
        }
    }
    QString html = QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    if (input.noLongerListed) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(IncidentDetails::tr("The provider stopped listing this incident before "
                                                     "marking it resolved, so it is shown as ended.")));
    }
    return html;
}

// The affected services of one region, as the pane lists them.
struct AffectedRegion
{
    QString label;
    QStringList services; // the first few, named
    int unlisted = 0;
};

// "Bahrain (me-south-1)": the name to read, the id as the provider's own pages and consoles write it.
QString regionLabel(const QString &id, const QString &name)
{
    if (name.isEmpty())
        return id;
    if (name.compare(id, Qt::CaseInsensitive) == 0) // "Global", not "Global (global)"
        return name;
    return IncidentDetails::tr("%1 (%2)", "a region: its name (its id)").arg(name, id);
}

// Groups the cells by region in order of first appearance; only the services listed get named.
QList<AffectedRegion> affectedRegions(const QList<CellKey> &cells, const Names &names)
{
    QList<AffectedRegion> regions;
    QHash<QString, qsizetype> regionIndex;
    QSet<CellKey> seen;
    for (const CellKey &cell : cells) {
        if (seen.contains(cell))
            continue;
        seen.insert(cell);
        auto found = regionIndex.constFind(cell.region);
        if (found != regionIndex.cend() && regions.at(*found).services.size() >= maximumServicesPerRegion) {
            ++regions[*found].unlisted;
            continue;
        }
        const CellNames named = names.cell(cell);
        if (found == regionIndex.cend()) {
            found = regionIndex.insert(cell.region, regions.size());
            regions.append({regionLabel(cell.region, named.region), {}, 0});
        }
        regions[*found].services.append(named.service);
    }
    return regions;
}

QString affectedHtml(const Incident &incident, const Names &names)
{
    if (incident.affected.isEmpty())
        return QString();
    const QList<AffectedRegion> regions = affectedRegions(incident.affected, names);
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(IncidentDetails::tr("Affected:")));
    const qsizetype listed = std::min(regions.size(), maximumRegionLines);
    for (qsizetype index = 0; index < listed; ++index) {
        const AffectedRegion &region = regions.at(index);
        const QString services = region.unlisted == 0
            ? QLocale().createSeparatedList(region.services)
            : IncidentDetails::tr("%1 and %n more",
                                  "the first services affected in a region, then how many others",
                                  region.unlisted)
                  .arg(region.services.join(QStringLiteral(", ")));
        html += QStringLiteral("<li>%1</li>")
                    .arg(escaped(IncidentDetails::tr("%1: %2", "a region: the services affected there")
                                     .arg(region.label, services)));
    }
    if (regions.size() > listed) {
        html += QStringLiteral("<li>%1</li>")
                    .arg(escaped(IncidentDetails::tr("and %n more region(s)", "affected regions",
                                                     int(regions.size() - listed))));
    }
    return html + QStringLiteral("</ul>");
}

QString updatesHtml(const Incident &incident, const Names &names)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(IncidentDetails::tr("Updates")));
    if (incident.updates.isEmpty())
        return html
            + QStringLiteral("<p>%1</p>")
                  .arg(escaped(IncidentDetails::tr("The provider has posted no updates.")));
    for (qsizetype index = incident.updates.size() - 1; index >= 0; --index) {
        const IncidentUpdate &update = incident.updates.at(index);
        const QString when = update.at.isValid() ? localTime(update.at) : IncidentDetails::tr("Undated");
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(IncidentDetails::tr("%1 · %2", "an update: time · state")
                                     .arg(when, incidentStateText(update.state))));
        if (index > 0) {
            const IncidentUpdateChanges changes = changesBetween(incident.updates.at(index - 1), update);
            if (!changes.isEmpty())
                html += changesHtml(changes, names);
        }
        html += QStringLiteral("<div>%1</div>").arg(sanitizedHtml(update.text));
        if (index > 0)
            html += QStringLiteral("<hr>");
    }
    return html;
}

} // namespace

IncidentUpdateChanges changesBetween(const IncidentUpdate &previous, const IncidentUpdate &next)
{
    IncidentUpdateChanges changes;
    changes.fromState = previous.state;
    changes.toState = next.state;
    changes.stateChanged = previous.state != next.state;
    if (previous.affected.isEmpty() || next.affected.isEmpty())
        return changes; // one of them does not say which cells it is about
    const QStringList regionsBefore = distinctValues(previous.affected, &CellKey::region);
    const QStringList regionsAfter = distinctValues(next.affected, &CellKey::region);
    const QStringList servicesBefore = distinctValues(previous.affected, &CellKey::service);
    const QStringList servicesAfter = distinctValues(next.affected, &CellKey::service);
    changes.regionsAdded = without(regionsAfter, regionsBefore);
    changes.regionsRemoved = without(regionsBefore, regionsAfter);
    changes.servicesAdded = without(servicesAfter, servicesBefore);
    changes.servicesRemoved = without(servicesBefore, servicesAfter);
    return changes;
}

QString incidentDetailsHtml(const IncidentDetailsInput &input, const QDateTime &nowUtc)
{
    const Incident &incident = input.incident;
    const Names names(input);
    const QString title = incident.title.trimmed();
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(escaped(title.isEmpty() ? IncidentDetails::tr("Untitled incident") : title));
    html += summaryHtml(input, nowUtc);
    html += affectedHtml(incident, names);
    if (isOpenableLink(incident.url)) {
        html += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                    .arg(escaped(incident.url.toString(QUrl::FullyEncoded)),
                         escaped(IncidentDetails::tr("Open the provider's page for this incident")));
    }
    return html + updatesHtml(incident, names);
}

} // namespace radar
