// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the health grid: cell texts, tooltips, accessible names and headers, kept apart
// from the model's bookkeeping. Feed text reaches tooltips only escaped: QToolTip guesses rich
// text, and a group named "<img src=...>" must stay words.
#include "healthgridmodel.h"

#include "statustext.h"

#include <QFont>

namespace radar {

namespace {
// How many of a group's cells a tooltip lists before saying how many more there are.
constexpr int toolTipCellLines = 8;
constexpr int toolTipIncidentLines = 5;

void appendMissing(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

QString richText(const QString &plain)
{
    return QStringLiteral("<p>%1</p>").arg(plain.toHtmlEscaped());
}
} // namespace

bool HealthGridModel::namedById(const Column &column)
{
    return column.regions.size() == 1 && column.regions.first() == column.key
        && column.label.compare(column.key, Qt::CaseInsensitive) != 0;
}

QString HealthGridModel::columnLabel(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const Column &place = m_columns[column];
    return namedById(place) ? tr("%1 (%2)").arg(place.label, place.key) : place.label;
}

QVariant HealthGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        const Column &column = m_columns[section];
        const bool namedById = HealthGridModel::namedById(column);
        switch (role) {
        case Qt::DisplayRole:
            // Provider regions show their id under the name: "N. Virginia / us-east-1".
            return namedById ? column.label + QLatin1Char('\n') + column.key : column.label;
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole: {
            const bool tip = role == Qt::ToolTipRole;
            QStringList regions;
            for (int i = 0; i < column.regions.size(); ++i)
                regions << (column.regions[i] == column.regionNames.value(i)
                                ? column.regions[i]
                                : tr("%1 (%2)").arg(column.regionNames.value(i), column.regions[i]));
            const QString text = column.regions.size() == 1 && !namedById
                ? column.label
                : tr("%1: %2").arg(column.label, regions.join(tr(", ", "between regions")));
            return tip ? richText(text) : text;
        }
        default:
            return {};
        }
    }
    if (orientation != Qt::Vertical || section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows[section];
    switch (role) {
    case Qt::DisplayRole:
        return row.service.isEmpty() ? row.label : QStringLiteral("    ") + row.label;
    case Qt::ToolTipRole:
        return richText(row.group.isEmpty() ? row.label
                                            : tr("%1 › %2", "group, then service").arg(row.group, row.label));
    case Qt::AccessibleTextRole:
        return row.service.isEmpty()
            ? row.label
            : tr("%1, %2", "service, then provider")
                  .arg(row.label, m_rows[m_rowOf.value({row.provider, QString()})].label);
    case Qt::FontRole:
        if (row.service.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IsSummaryRowRole:
        return row.service.isEmpty();
    case ProviderRole:
        return row.provider;
    default:
        return {};
    }
}

QString HealthGridModel::displayText(const CellState &cell) const
{
    // An unknown cell says why it is unknown, so nobody mistakes "failing" for "fine".
    switch (cell.sourceHealth) {
    case SourceHealth::Fresh:
        return statusText(cell.status);
    case SourceHealth::Pending:
        return sourceHealthText(cell.sourceHealth);
    case SourceHealth::Stale:
        return tr("Unknown (stale)");
    case SourceHealth::Failing:
        return cell.sourceError.startsWith(QLatin1StringView("unreachable")) ? tr("Unknown (unreachable)")
                                                                             : tr("Unknown (failing)");
    }
    return statusText(cell.status);
}

QString HealthGridModel::toolTip(int at, const CellState &shown) const
{
    const Row &row = m_rows[at / m_columns.size()];
    const Column &column = m_columns[at % m_columns.size()];
    const QString title =
        row.service.isEmpty() ? shown.providerName : shown.providerName + QStringLiteral(" · ") + row.label;
    const QDateTime dataTime = dataTimeOf(at, shown);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(title.toHtmlEscaped(), shown.regionName.toHtmlEscaped());
    if (shown.sourceHealth == SourceHealth::Fresh) {
        lines << (shown.since.isValid()
                      ? tr("%1 since %2").arg(statusText(shown.status), shortLocalTime(shown.since))
                      : statusText(shown.status));
    } else {
        lines << tr("Status unknown: %1").arg(sourceHealthText(shown.sourceHealth));
        if (!shown.sourceError.isEmpty())
            lines << shown.sourceError.toHtmlEscaped();
        if (dataTime.isValid())
            lines << tr("Last known: %1 (data from %2)")
                         .arg(statusText(shown.lastKnown), shortLocalTime(dataTime));
    }
    // Several cells behind this one (a group row, a place): which of them are not fine.
    const QList<CellKey> &keys = m_keys[at];
    if (keys.size() > 1) {
        int listed = 0, more = 0;
        for (const CellKey &key : keys) {
            const CellState &cell = *m_cells.constFind(key);
            if (cell.status == Status::Operational || key.isProviderSummary())
                continue;
            if (listed == toolTipCellLines) {
                ++more;
                continue;
            }
            ++listed;
            const QString what = !row.service.isEmpty() ? cell.regionName
                : column.regions.size() > 1 ? tr("%1 in %2").arg(cell.serviceName, cell.regionName)
                                            : cell.serviceName;
            lines << tr("%1: %2").arg(what.toHtmlEscaped(), statusText(cell.status));
        }
        if (more > 0)
            lines << tr("and %n more", nullptr, more);
    }
    for (int i = 0; i < shown.incidentTitles.size() && i < toolTipIncidentLines; ++i)
        lines << QStringLiteral("• ") + shown.incidentTitles[i].toHtmlEscaped();
    if (shown.incidentTitles.size() > toolTipIncidentLines)
        lines << tr("and %n more incident(s)", nullptr,
                    int(shown.incidentTitles.size()) - toolTipIncidentLines);
    if (dataTime.isValid() && shown.sourceHealth == SourceHealth::Fresh)
        lines << tr("Data from %1, %2 old")
                     .arg(shortLocalTime(dataTime),
                          durationText(dataTime.secsTo(QDateTime::currentDateTimeUtc())));
    if (!shown.source.isEmpty())
        lines << tr("Source: %1").arg(shown.source.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString HealthGridModel::accessibleText(int row, int column, const CellState *cell) const
{
    const Row &entry = m_rows[row];
    const QString provider = m_rows[m_rowOf.value({entry.provider, QString()})].label;
    const QString subject =
        entry.service.isEmpty() ? provider : tr("%1 %2", "provider, then service").arg(provider, entry.label);
    const QString where = columnLabel(column);
    if (!cell)
        return tr("%1 %2: not offered there").arg(subject, where);
    QString text;
    if (cell->sourceHealth != SourceHealth::Fresh) {
        // Why it is unknown, and what was last known, as the cell's own text says.
        text = cell->dataTime.isValid()
            ? tr("%1 %2: %3, last known %4")
                  .arg(subject, where, displayText(*cell), statusText(cell->lastKnown))
            : tr("%1 %2: %3").arg(subject, where, displayText(*cell));
    } else if (cell->since.isValid()) {
        text = tr("%1 %2: %3 since %4")
                   .arg(subject, where, statusText(cell->status), shortLocalTime(cell->since));
    } else {
        text = tr("%1 %2: %3").arg(subject, where, statusText(cell->status));
    }
    if (!cell->incidentIds.isEmpty())
        text = tr("%1, %n open incident(s)", nullptr, int(cell->incidentIds.size())).arg(text);
    if (m_watched[slot(row, column)])
        text = tr("%1, watched").arg(text);
    return text;
}

QString HealthGridModel::rowSearchText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &entry = m_rows[row];
    const int groupRow = m_rowOf.value({entry.provider, QString()});
    QStringList parts {entry.provider, m_rows[groupRow].label, entry.service, entry.label, entry.group};
    for (int column = 0; column < m_columns.size(); ++column) {
        if (const CellState *cell = shownAt(slot(row, column)))
            appendMissing(parts, cell->incidentTitles);
    }
    return parts.join(QLatin1Char('\n'));
}

QString HealthGridModel::columnSearchText(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return {};
    const Column &entry = m_columns[column];
    return QStringList {entry.label, entry.regions.join(QLatin1Char('\n')),
                        entry.regionNames.join(QLatin1Char('\n'))}
        .join(QLatin1Char('\n'));
}

} // namespace radar
