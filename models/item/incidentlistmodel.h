// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/incidentlog.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace radar {

/// The incident list: one row per IncidentLog entry, in the log's order, updated row by row.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        TitleColumn,
        ProviderColumn,
        StateColumn,
        StartedColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        IncidentKeyRole = Qt::UserRole + 1, // QString "provider\nid"
        ProviderRole, // provider id
        IncidentIdRole, // the provider's incident id
        StatusRole, // severity as int (a Status), for a delegate to draw its symbol
        IsOpenRole,
    };

    explicit IncidentListModel(QObject *parent = nullptr);

    /// Display names by provider id; a provider without one is shown by its id.
    void setProviderNames(const QHash<QString, QString> &names);
    /// Takes the log's entries; open incidents' durations are measured to `nowUtc`.
    void setEntries(const QList<IncidentLog::Entry> &entries, const QDateTime &nowUtc);

    std::optional<IncidentLog::Entry> entryAt(const QModelIndex &index) const;
    /// Column 0 of the incident's row; invalid when it is not listed.
    QModelIndex indexOf(const QString &provider, const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void removeVanished(const QList<IncidentLog::Entry> &entries);
    void reorderRetained(const QList<IncidentLog::Entry> &entries);
    void insertNew(const QList<IncidentLog::Entry> &entries);
    void updateChanged(const QList<IncidentLog::Entry> &entries, const QDateTime &previousNow);

    QString display(const IncidentLog::Entry &entry, int column, const QDateTime &now) const;
    QString providerName(const Incident &incident) const;
    QString stateText(const IncidentLog::Entry &entry) const;
    QString duration(const IncidentLog::Entry &entry, const QDateTime &now) const;
    QString toolTip(const IncidentLog::Entry &entry) const;
    QString accessibleText(const IncidentLog::Entry &entry) const;

    QList<IncidentLog::Entry> m_entries;
    QHash<QString, QString> m_providerNames;
    QDateTime m_now;
};

} // namespace radar
