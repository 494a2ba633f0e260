// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generalsettingspage.h"

#include "domain/providercatalog.h"
#include "net/fetchresult.h"
#include "policy/healthstate.h"
#include "policy/notificationpolicy.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace radar {

class DataSettingsPage;
class NetworkSettingsPage;
class NotificationSettingsPage;
class SourcesSettingsPage;

/// The settings: a list of pages beside the chosen page, OK, Apply and Cancel. It holds the values
/// it was given and what the user made of them; applied() tells the composition root to read and
/// save them. Cancel (or Escape) puts back what was last given or applied.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { General, Sources, Notifications, Network, Data };

    explicit SettingsDialog(QWidget *parent = nullptr);

    void setGeneral(const GeneralSettings &values);
    GeneralSettings general() const;
    /// The catalog to offer and the configured sources (with their secrets, for editing).
    void setSources(const QList<CatalogEntry> &catalog, const QList<SourceConfig> &sources);
    QList<SourceConfig> sources() const;
    /// Each source's health and last error, as the app polls them; shown live.
    void setSourceStates(const QList<SourceState> &states);
    void setNetwork(const NetworkSettings &network);
    NetworkSettings network() const;
    void setRetentionDays(int days);
    int retentionDays() const;
    void setRules(const NotificationRules &rules);
    NotificationRules rules() const;
    /// The providers the Notifications page can mute, as (id, display name).
    void setProviders(const QList<QPair<QString, QString>> &providers);

    void showPage(Page page);
    Page currentPage() const;

    GeneralSettingsPage *generalPage() const { return m_general; }
    SourcesSettingsPage *sourcesPage() const { return m_sources; }
    NotificationSettingsPage *notificationPage() const { return m_notifications; }
    NetworkSettingsPage *networkPage() const { return m_network; }
    DataSettingsPage *dataPage() const { return m_data; }
    QListWidget *pageList() const { return m_pageList; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;
    void reject() override;

    /// The configuration buttons' file dialogs, skipped by tests that call these directly.
    void exportConfigTo(const QString &path) { emit exportConfigRequested(path); }
    void importConfigFrom(const QString &path) { emit importConfigRequested(path); }

signals:
    /// OK or Apply: general(), sources(), rules(), network() and retentionDays() hold what to keep.
    void applied();
    void testNotificationRequested();
    /// The configuration file buttons: a path the user chose. Importing replaces what the pages
    /// show once the composition root has checked and saved it (it calls the setters again).
    void exportConfigRequested(const QString &path);
    void importConfigRequested(const QString &path);

private:
    /// False, with the page that has a problem shown, when something cannot be applied.
    bool apply();
    void updateApplyButton();
    /// Whether a page holds something not applied yet.
    bool modified() const;
    void chooseExportFile();
    void chooseImportFile();

    GeneralSettings m_appliedGeneral;
    QList<SourceConfig> m_appliedSources;
    NetworkSettings m_appliedNetwork;
    int m_appliedRetention = 0;
    NotificationRules m_appliedRules; // as the page reads them back, so that unchanged compares equal
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    GeneralSettingsPage *m_general = nullptr;
    SourcesSettingsPage *m_sources = nullptr;
    NotificationSettingsPage *m_notifications = nullptr;
    NetworkSettingsPage *m_network = nullptr;
    DataSettingsPage *m_data = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace radar
