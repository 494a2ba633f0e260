// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/incidentdetails.h"
#include "policy/notificationpolicy.h"

#include <QSplitter>

class QLabel;
class QTreeView;

namespace radar {

class IncidentDetailsView;
class IncidentListModel;

/// Open incidents (worst first) and recently ended ones, beside the selected incident's details.
class IncidentPanel : public QSplitter
{
    Q_OBJECT
public:
    explicit IncidentPanel(IncidentListModel *incidents, QWidget *parent = nullptr);

    /// Names cells in the details ("EC2", "N. Virginia"); the composition root knows the names.
    void setCellNamer(CellNamer namer);
    /// Selects the incident and shows its details; false when the list does not have it.
    bool showIncident(const QString &provider, const QString &id);

    QTreeView *listView() const { return m_list; }
    IncidentDetailsView *detailsView() const { return m_details; }

signals:
    /// Hold back notifications about this incident (its Incident::key()) for a while.
    void snoozeIncidentRequested(const QString &incidentKey, radar::QuietLength length);

private:
    void showCurrent();
    /// The list's context menu (mouse or Menu key): snooze notifications about the incident.
    void showListMenu(const QPoint &position);
    void updateSummary();

    IncidentListModel *m_incidents = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_list = nullptr;
    IncidentDetailsView *m_details = nullptr;
    CellNamer m_cellNamer;
    QString m_shownIncident; // "provider\nid" of what the details show, to keep the place on updates
};

} // namespace radar
