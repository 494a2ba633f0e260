// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/providercatalog.h"
#include "domain/sourcerules.h" // feedKindText(), allFeedKinds()
#include "policy/healthstate.h"

#include <QAbstractTableModel>
#include <QHash>

namespace radar {

/// A poll interval as people read it: "45 s", "5 min".
QString pollIntervalText(std::chrono::seconds interval);

/// The Sources settings page's table: every provider of the catalog (on or off) followed by the
/// user's own sources, with their health. It edits a copy of the configured sources; sources()
/// gives the edited list back, and nothing is saved here.
class SourceSettingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, IntervalColumn, HealthColumn, ErrorColumn, UrlColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the source's id
        CatalogRole, // bool: the row is a catalog entry
        HealthRole, // QString: "off" for a source switched off, else sourceHealthName()
        SearchTextRole, // QString: what the search matches (name, id, URL, kind)
        SortRole, // a value that sorts the column as people expect (the interval in seconds, ...)
    };

    explicit SourceSettingsModel(QObject *parent = nullptr);

    /// The catalog's entries come first, in its order; the configured sources are kept.
    void setCatalog(const QList<CatalogEntry> &catalog);
    /// The configured sources: catalog entries are matched by id, the rest are the user's own.
    /// A catalog entry that is not among them shows switched off. Emits no edited().
    void setSources(const QList<SourceConfig> &sources);
    /// The configured sources as edited: the catalog's that are configured (on, or switched off
    /// after they were configured) in catalog order, then the user's own in the order added.
    QList<SourceConfig> sources() const;
    /// The health and last error of the sources, matched by id.
    void setStates(const QList<SourceState> &states);

    /// Adds a source and returns its row. A source of the catalog (same id, same or no URL) or one
    /// with the URL of a row already present updates and switches on that row instead; a new
    /// source whose id is empty or taken gets a free one.
    int addSource(const SourceConfig &source);
    /// Replaces a row's configuration; the row keeps its id, and a catalog entry its URL.
    void updateSource(int row, const SourceConfig &source);
    /// Removes one of the user's sources; a catalog entry is switched off and reset to the catalog's
    /// configuration instead.
    void removeSource(int row);

    bool isCatalogRow(int row) const;
    /// The row's configuration (a catalog entry that is not configured: the catalog's, switched off).
    SourceConfig configAt(int row) const;
    /// The row of the source with that id, or -1.
    int rowOf(const QString &id) const;
    /// How many sources are switched on.
    int enabledCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The user's edits changed sources(): a switch, an add, an update or a removal.
    void edited();

private:
    struct Row
    {
        SourceConfig config;
        bool catalog = false;
        bool configured = false; // part of sources(); a catalog entry that is not configured is off
    };

    void rebuild(const QList<SourceConfig> &sources);
    Row catalogRow(int catalogIndex) const;
    int catalogIndexOf(const QString &id) const;
    int rowWithUrl(const QUrl &url) const;
    QString freeId(const SourceConfig &source) const;
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QString healthName(const Row &row) const;
    void emitRowChanged(int row);

    QList<CatalogEntry> m_catalog;
    QList<Row> m_rows;
    QHash<QString, SourceState> m_states;
};

} // namespace radar
