// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesettingsmodel.h"

#include "statustext.h"

#include <QCoreApplication>

#include <algorithm>

namespace radar {

namespace {

/// Two URLs for the same feed, whatever trailing slash or "./" a person typed.
bool sameUrl(const QUrl &a, const QUrl &b)
{
    const auto options = QUrl::StripTrailingSlash | QUrl::NormalizePathSegments;
    return a.adjusted(options) == b.adjusted(options);
}

bool sameState(const SourceState *a, const SourceState *b)
{
    if (!a || !b)
        return a == b;
    return a->health == b->health && a->status.lastError == b->status.lastError
        && a->detectedKind == b->detectedKind;
}

} // namespace

QString pollIntervalText(std::chrono::seconds interval)
{
    const int seconds = int(interval.count());
    // Named first, and tested without "%": lupdate loses a string whose arguments divide, or that
    // follows a remainder.
    const int minutes = seconds / 60;
    if (seconds >= 60 && minutes * 60 == seconds)
        return QCoreApplication::translate("radar::PollInterval", "%n min", nullptr, minutes);
    return QCoreApplication::translate("radar::PollInterval", "%n s", nullptr, seconds);
}

SourceSettingsModel::SourceSettingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SourceSettingsModel::setCatalog(const QList<CatalogEntry> &catalog)
{
    const QList<SourceConfig> configured = sources();
    m_catalog = catalog;
    rebuild(configured);
}

void SourceSettingsModel::setSources(const QList<SourceConfig> &sources)
{
    rebuild(sources);
}

void SourceSettingsModel::rebuild(const QList<SourceConfig> &sources)
{
    beginResetModel();
    m_rows.clear();
    for (int index = 0; index < m_catalog.size(); ++index)
        m_rows.append(catalogRow(index));
    for (const SourceConfig &source : sources) {
        const int catalogIndex = catalogIndexOf(source.id);
        if (catalogIndex >= 0) {
            m_rows[catalogIndex].config = source;
            m_rows[catalogIndex].configured = true;
        } else if (rowOf(source.id) < 0) { // a duplicate id would be the same source twice
            m_rows.append(Row {source, false, true});
        }
    }
    endResetModel();
}

SourceSettingsModel::Row SourceSettingsModel::catalogRow(int catalogIndex) const
{
    Row row {m_catalog[catalogIndex].source, true, false};
    row.config.enabled = false;
    return row;
}

QList<SourceConfig> SourceSettingsModel::sources() const
{
    QList<SourceConfig> configured;
    for (const Row &row : m_rows) {
        if (row.configured)
            configured.append(row.config);
    }
    return configured;
}

void SourceSettingsModel::setStates(const QList<SourceState> &states)
{
    QHash<QString, SourceState> byId;
    for (const SourceState &state : states)
        byId.insert(state.config.id, state);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows[row].config.id;
        const auto oldState = m_states.constFind(id);
        const auto newState = byId.constFind(id);
        if (sameState(oldState == m_states.cend() ? nullptr : &*oldState,
                      newState == byId.cend() ? nullptr : &*newState))
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    m_states = byId;
    // One signal for the span: a poll cycle changes most rows at once.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int SourceSettingsModel::addSource(const SourceConfig &source)
{
    int row = -1;
    const int catalogIndex = catalogIndexOf(source.id);
    // The catalog's id with another URL is another feed that happens to share the provider's name.
    if (catalogIndex >= 0
        && (source.url.isEmpty() || sameUrl(source.url, m_catalog[catalogIndex].source.url)))
        row = catalogIndex;
    else if (!source.url.isEmpty())
        row = rowWithUrl(source.url);

    if (row >= 0) {
        Row &existing = m_rows[row];
        SourceConfig config = source;
        config.id = existing.config.id; // the history is kept under the id
        config.url = existing.config.url;
        if (config.name.trimmed().isEmpty())
            config.name = existing.config.name;
        config.enabled = true;
        existing.config = config;
        existing.configured = true;
        emitRowChanged(row);
        emit edited();
        return row;
    }

    SourceConfig config = source;
    config.id = freeId(source);
    config.enabled = true;
    if (config.name.trimmed().isEmpty())
        config.name = config.url.host().isEmpty() ? config.id : config.url.host();
    row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row {config, false, true});
    endInsertRows();
    emit edited();
    return row;
}

void SourceSettingsModel::updateSource(int row, const SourceConfig &source)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &existing = m_rows[row];
    SourceConfig config = source;
    config.id = existing.config.id;
    if (existing.catalog)
        config.url = existing.config.url;
    existing.config = config;
    existing.configured = true;
    emitRowChanged(row);
    emit edited();
}

void SourceSettingsModel::removeSource(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (m_rows[row].catalog) {
        m_rows[row] = catalogRow(row);
        emitRowChanged(row);
    } else {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    emit edited();
}

bool SourceSettingsModel::isCatalogRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].catalog;
}

SourceConfig SourceSettingsModel::configAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].config : SourceConfig();
}

int SourceSettingsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].config.id == id)
            return row;
    }
    return -1;
}

int SourceSettingsModel::enabledCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.config.enabled; }));
}

int SourceSettingsModel::catalogIndexOf(const QString &id) const
{
    for (int index = 0; index < m_catalog.size(); ++index) {
        if (m_catalog[index].source.id == id)
            return index;
    }
    return -1;
}

int SourceSettingsModel::rowWithUrl(const QUrl &url) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (sameUrl(m_rows[row].config.url, url))
            return row;
    }
    return -1;
}

QString SourceSettingsModel::freeId(const SourceConfig &source) const
{
    // The id asked for, else one from the name, else from the host: the first that gives an id.
    QString wanted;
    for (const QString &text : {source.id, source.name, source.url.host()}) {
        if (!sourceIdFrom(text).isEmpty()) {
            wanted = text;
            break;
        }
    }
    return freeSourceId(wanted,
                        [this](const QString &id) { return rowOf(id) >= 0 || catalogIndexOf(id) >= 0; });
}

void SourceSettingsModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SourceSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourceSettingsModel::healthName(const Row &row) const
{
    if (!row.config.enabled)
        return QStringLiteral("off");
    const auto state = m_states.constFind(row.config.id);
    return sourceHealthName(state == m_states.cend() ? SourceHealth::Pending : state->health);
}

QVariant SourceSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::CheckStateRole:
        if (column == NameColumn)
            return row.config.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString error = m_states.value(row.config.id).status.lastError;
        if (column == NameColumn || column == UrlColumn)
            return row.config.url.toDisplayString();
        if ((column == HealthColumn || column == ErrorColumn) && !error.isEmpty())
            return error;
        return display(row, column);
    }
    case IdRole:
        return row.config.id;
    case CatalogRole:
        return row.catalog;
    case HealthRole:
        return healthName(row);
    case SearchTextRole:
        return QStringList {row.config.name, row.config.id, row.config.url.toDisplayString(),
                            feedKindText(row.config.kind), feedKindName(row.config.kind)}
            .join(QLatin1Char('\n'));
    case SortRole:
        return sortValue(row, column);
    default:
        return {};
    }
}

QVariant SourceSettingsModel::display(const Row &row, int column) const
{
    const auto state = m_states.constFind(row.config.id);
    const bool known = state != m_states.cend();
    switch (column) {
    case NameColumn:
        return row.config.name.isEmpty() ? row.config.id : row.config.name;
    case KindColumn:
        if (row.config.kind == FeedKind::Auto && known && state->detectedKind != FeedKind::Auto)
            return tr("Automatic (%1)").arg(feedKindText(state->detectedKind));
        return feedKindText(row.config.kind);
    case IntervalColumn:
        return pollIntervalText(row.config.interval);
    case HealthColumn:
        if (!row.config.enabled)
            return tr("Off");
        return known ? sourceHealthText(state->health) : tr("Not checked yet");
    case ErrorColumn:
        return known ? state->status.lastError : QString();
    case UrlColumn:
        return row.config.url.toDisplayString();
    default:
        return {};
    }
}

QVariant SourceSettingsModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case IntervalColumn:
        return qint64(row.config.interval.count());
    case HealthColumn: {
        // Off first, then from the least to the most worrying.
        static const QStringList order {QStringLiteral("off"), QStringLiteral("fresh"),
                                        QStringLiteral("pending"), QStringLiteral("stale"),
                                        QStringLiteral("failing")};
        return int(order.indexOf(healthName(row)));
    }
    default:
        return display(row, column).toString().toLower();
    }
}

bool SourceSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != NameColumn
        || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    Row &row = m_rows[index.row()];
    if (row.config.enabled == enabled)
        return true;
    row.config.enabled = enabled;
    // A catalog entry switched off stays configured: what the user chose to see of it is kept.
    row.configured = true;
    emitRowChanged(index.row());
    emit edited();
    return true;
}

Qt::ItemFlags SourceSettingsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant SourceSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Source");
    case KindColumn:
        return tr("Kind");
    case IntervalColumn:
        return tr("Interval");
    case HealthColumn:
        return tr("Health");
    case ErrorColumn:
        return tr("Last error");
    case UrlColumn:
        return tr("URL");
    default:
        return {};
    }
}

} // namespace radar
