// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridfiltermodel.h"

#include "healthgridmodel.h"

namespace radar {

GridFilterModel::GridFilterModel(HealthGridModel *grid, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_grid(grid)
{
    // The verdict for one row depends on other rows (a group row stays while a service beneath it
    // does) and on columns, which the proxy's own per-row re-filtering cannot know: data changes
    // re-filter everything, once per burst.
    setDynamicSortFilter(false);
    setSourceModel(grid);
    connect(grid, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_verdict.reset(); });
    connect(grid, &QAbstractItemModel::dataChanged, this, [this] {
        if (dependsOnData())
            scheduleRefilter();
    });
}

void GridFilterModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
    emit filterChanged(m_filter);
}

void GridFilterModel::setSearch(const QString &text)
{
    Filter changed = m_filter;
    changed.search = text.trimmed();
    setFilter(changed);
}

void GridFilterModel::setProblemsOnly(bool enabled)
{
    Filter changed = m_filter;
    changed.problemsOnly = enabled;
    setFilter(changed);
}

void GridFilterModel::setWatchedOnly(bool enabled)
{
    Filter changed = m_filter;
    changed.watchedOnly = enabled;
    setFilter(changed);
}

void GridFilterModel::setProviderHidden(const QString &provider, bool hidden)
{
    Filter changed = m_filter;
    changed.hiddenProviders.removeAll(provider);
    if (hidden)
        changed.hiddenProviders.append(provider);
    setFilter(changed);
}

void GridFilterModel::setCollapsedProviders(const QStringList &providers)
{
    if (providers == m_collapsed)
        return;
    m_collapsed = providers;
    refilter();
    // The ▸/▾ mark changes even where no row comes or goes (a provider with no services shown).
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit collapsedChanged(m_collapsed);
}

void GridFilterModel::setCollapsed(const QString &provider, bool collapsed)
{
    QStringList providers = m_collapsed;
    providers.removeAll(provider);
    if (collapsed)
        providers.append(provider);
    setCollapsedProviders(providers);
}

bool GridFilterModel::isFiltering() const
{
    return !m_filter.search.isEmpty() || m_filter.problemsOnly || m_filter.watchedOnly
        || !m_filter.hiddenProviders.isEmpty();
}

bool GridFilterModel::dependsOnData() const
{
    return !m_filter.search.isEmpty() || m_filter.problemsOnly || m_filter.watchedOnly;
}

void GridFilterModel::refilter()
{
    m_refilterPending = false;
    m_verdict.reset();
    invalidateFilter();
}

void GridFilterModel::scheduleRefilter()
{
    if (m_refilterPending)
        return;
    m_refilterPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_refilterPending)
                refilter();
        },
        Qt::QueuedConnection);
}

const GridFilterModel::Verdict &GridFilterModel::verdict() const
{
    if (!m_verdict || m_verdict->rows.size() != m_grid->rowCount()
        || m_verdict->columns.size() != m_grid->columnCount())
        m_verdict = computeVerdict();
    return *m_verdict;
}

GridFilterModel::Verdict GridFilterModel::computeVerdict() const
{
    const int rows = m_grid->rowCount();
    const int columns = m_grid->columnCount();
    Verdict verdict {QList<bool>(rows, false), QList<bool>(columns, true)};

    // A search naming a region or place narrows the columns to it; otherwise it looks for rows.
    const QString &search = m_filter.search;
    bool searchNamesColumns = false;
    if (!search.isEmpty()) {
        for (int column = 0; column < columns; ++column) {
            verdict.columns[column] = m_grid->columnSearchText(column).contains(search, Qt::CaseInsensitive);
            searchNamesColumns = searchNamesColumns || verdict.columns[column];
        }
        if (!searchNamesColumns)
            verdict.columns.fill(true);
    }
    const auto anyColumn = [&](int row, auto &&test) {
        for (int column = 0; column < columns; ++column) {
            if (verdict.columns[column] && test(row, column))
                return true;
        }
        return false;
    };
    const auto passes = [&](int row) {
        if (m_filter.hiddenProviders.contains(m_grid->providerOf(row)))
            return false;
        if (!search.isEmpty() && !m_grid->rowSearchText(row).contains(search, Qt::CaseInsensitive)
            && !(searchNamesColumns && anyColumn(row, [this](int r, int c) {
                     return m_grid->index(r, c).data(HealthGridModel::HasCellRole).toBool();
                 })))
            return false;
        if (m_filter.problemsOnly
            && !anyColumn(row, [this](int r, int c) { return m_grid->hasProblem(r, c); }))
            return false;
        if (m_filter.watchedOnly && !anyColumn(row, [this](int r, int c) { return m_grid->isWatched(r, c); }))
            return false;
        return true;
    };

    // A group row stays while anything beneath it does, or when it passes on its own account.
    int groupRow = -1;
    QList<bool> ownAccount(rows, false);
    for (int row = 0; row < rows; ++row) {
        if (m_grid->isGroupRow(row)) {
            groupRow = row;
            verdict.rows[row] = ownAccount[row] = passes(row);
        } else if (passes(row)) {
            verdict.rows[row] = true;
            if (groupRow >= 0 && !m_filter.hiddenProviders.contains(m_grid->providerOf(row)))
                verdict.rows[groupRow] = true;
        }
    }

    // Problems or watched only: just the columns where those rows have something to show.
    if (m_filter.problemsOnly || m_filter.watchedOnly) {
        for (int column = 0; column < columns; ++column) {
            if (!verdict.columns[column])
                continue;
            bool used = false;
            for (int row = 0; row < rows && !used; ++row) {
                used = verdict.rows[row] && (!m_filter.problemsOnly || m_grid->hasProblem(row, column))
                    && (!m_filter.watchedOnly || m_grid->isWatched(row, column));
            }
            verdict.columns[column] = used;
        }
    }
    // A search or a hidden provider leaves out the regions where nothing shown has a cell. (Groups
    // count only when they stay on their own account: a provider's row has a cell wherever any of
    // its services has one.)
    if (!search.isEmpty() || !m_filter.hiddenProviders.isEmpty()) {
        QList<bool> used(columns, false);
        bool anyRow = false;
        for (int row = 0; row < rows; ++row) {
            if (!verdict.rows[row] || (m_grid->isGroupRow(row) && !ownAccount[row]))
                continue;
            anyRow = true;
            for (int column = 0; column < columns; ++column)
                used[column] =
                    used[column] || m_grid->index(row, column).data(HealthGridModel::HasCellRole).toBool();
        }
        for (int column = 0; anyRow && column < columns; ++column)
            verdict.columns[column] = verdict.columns[column] && used[column];
    }
    // Collapsing hides services, never changes which regions are shown.
    for (int row = 0; row < rows; ++row) {
        if (!m_grid->isGroupRow(row) && m_collapsed.contains(m_grid->providerOf(row)))
            verdict.rows[row] = false;
    }
    return verdict;
}

bool GridFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && verdict().rows.value(sourceRow);
}

bool GridFilterModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && verdict().columns.value(sourceColumn);
}

QVariant GridFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
    if (orientation != Qt::Vertical
        || !QSortFilterProxyModel::headerData(section, orientation, HealthGridModel::IsSummaryRowRole)
                .toBool())
        return value;
    const bool collapsed = isCollapsed(
        QSortFilterProxyModel::headerData(section, orientation, HealthGridModel::ProviderRole).toString());
    // Group rows carry the expand/collapse mark, and say it to screen readers.
    switch (role) {
    case Qt::DisplayRole:
        return (collapsed ? QStringLiteral("▸ ") : QStringLiteral("▾ ")) + value.toString();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QString name = QSortFilterProxyModel::headerData(section, orientation).toString();
        const QString text = collapsed ? tr("%1 (collapsed: click or press + to show its services)").arg(name)
                                       : tr("%1 (click or press − to hide its services)").arg(name);
        // Tooltips guess rich text: the provider's name stays words.
        return role == Qt::ToolTipRole ? QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()) : text;
    }
    default:
        return value;
    }
}

} // namespace radar
