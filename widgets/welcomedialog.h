// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/providercatalog.h"
#include "domain/watchlist.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace radar {

/// The first-run welcome: what Outage Radar does, the services of the provider catalog to monitor
/// (those enabled by default come checked) and, for AWS, Google Cloud and Azure, the regions the
/// user works in, which become the watch list. Both lists have a search field. "Start monitoring"
/// accepts; "Skip" (or Escape) keeps the defaults. It only collects choices: the composition root
/// reads the results and saves them.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    /// Items of providerList(): the catalog entry's source id.
    static constexpr int SourceIdRole = Qt::UserRole + 1;
    /// Items of regionList(): the cloud ("aws", "gcp", "azure") and the region id.
    static constexpr int ProviderRole = Qt::UserRole + 2;
    static constexpr int RegionIdRole = Qt::UserRole + 3;

    explicit WelcomeDialog(QWidget *parent = nullptr);

    /// The services to offer, in catalog order. Replaces what the lists held.
    void setCatalog(const QList<CatalogEntry> &catalog);

    /// The source ids to monitor, in catalog order: the checked ones, or the catalog's defaults
    /// when the user skipped.
    QStringList enabledSourceIds() const;
    /// One region entry (WatchList::region) per checked region of a checked cloud, in catalog
    /// order; none when the user skipped.
    QList<WatchList::Entry> watchEntries() const;
    /// True when the dialog was left with Skip, Escape or the window's close button.
    bool skipped() const { return m_skipped; }

    QLineEdit *providerFilter() const { return m_providerFilter; }
    QListWidget *providerList() const { return m_providerList; }
    /// The regions' side, shown while a cloud is checked.
    QWidget *regionPane() const { return m_regionPane; }
    QLineEdit *regionFilter() const { return m_regionFilter; }
    QListWidget *regionList() const { return m_regionList; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *skipButton() const { return m_skip; }

    void accept() override;
    void reject() override;

private:
    QWidget *createProviderPane();
    QWidget *createRegionPane();
    void addRegions(const QString &cloud, const QString &cloudName);
    /// Shows the items the filters and the checked clouds leave, and the regions' side when a cloud
    /// is checked.
    void updateVisibility();
    QStringList checkedClouds() const;

    QList<CatalogEntry> m_catalog;
    QLineEdit *m_providerFilter = nullptr;
    QListWidget *m_providerList = nullptr;
    QWidget *m_regionPane = nullptr;
    QLineEdit *m_regionFilter = nullptr;
    QListWidget *m_regionList = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_skip = nullptr;
    bool m_skipped = false;
};

} // namespace radar
