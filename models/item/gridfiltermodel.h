// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace radar {

class HealthGridModel;

/// What the grid shows of the health grid model: a search, problems only, watched only, a choice
/// of providers, and collapsed provider groups. Columns follow the rows: with "problems only",
/// only the regions where something is wrong stay.
class GridFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    struct Filter
    {
        QString search; // service, region, provider or incident text; case-insensitive
        bool problemsOnly = false;
        bool watchedOnly = false;
        QStringList hiddenProviders; // provider ids

        friend bool operator==(const Filter &a, const Filter &b)
        {
            return a.search == b.search && a.problemsOnly == b.problemsOnly && a.watchedOnly == b.watchedOnly
                && a.hiddenProviders == b.hiddenProviders;
        }
        friend bool operator!=(const Filter &a, const Filter &b) { return !(a == b); }
    };

    explicit GridFilterModel(HealthGridModel *grid, QObject *parent = nullptr);

    HealthGridModel *gridModel() const { return m_grid; }
    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    void setSearch(const QString &text);
    void setProblemsOnly(bool enabled);
    void setWatchedOnly(bool enabled);
    void setProviderHidden(const QString &provider, bool hidden);

    QStringList collapsedProviders() const { return m_collapsed; }
    void setCollapsedProviders(const QStringList &providers);
    bool isCollapsed(const QString &provider) const { return m_collapsed.contains(provider); }
    void setCollapsed(const QString &provider, bool collapsed);
    /// True when the filter hides rows or columns (the view says so, so an empty grid is not a mystery).
    bool isFiltering() const;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void filterChanged(const radar::GridFilterModel::Filter &filter);
    void collapsedChanged(const QStringList &providers);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    struct Verdict
    {
        QList<bool> rows;
        QList<bool> columns;
    };
    const Verdict &verdict() const;
    Verdict computeVerdict() const;
    bool dependsOnData() const;
    void refilter();
    void scheduleRefilter();

    HealthGridModel *m_grid = nullptr;
    Filter m_filter;
    QStringList m_collapsed;
    mutable std::optional<Verdict> m_verdict; // cached until the data or the filter changes
    bool m_refilterPending = false;
};

} // namespace radar
