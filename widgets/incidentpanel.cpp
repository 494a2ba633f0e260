// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentpanel.h"

#include "incidentdetailsview.h"
#include "quietlengthmenu.h"
#include "statuspainter.h"

#include "item/incidentdetails.h"
#include "item/incidentlistmodel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace radar {

namespace {

// The severity column gets the status symbol too: colour is never alone, and the list reads at a
// glance like the grid.
class SeveritySymbols : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == IncidentListModel::SeverityColumn)
            return statusIcon(
                Status(QIdentityProxyModel::data(index, IncidentListModel::StatusRole).toInt()));
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

IncidentPanel::IncidentPanel(IncidentListModel *incidents, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_incidents(incidents)
{
    setObjectName(QStringLiteral("incidentSplitter"));
    setChildrenCollapsible(false);

    auto *listPane = new QWidget(this);
    m_summary = new QLabel(listPane);
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_list = new QTreeView(listPane);
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_list->setAccessibleName(tr("Incidents"));
    m_list->setAccessibleDescription(tr("Open incidents, worst first, then the ones that ended recently"));
    auto *symbols = new SeveritySymbols(m_list);
    symbols->setSourceModel(incidents);
    m_list->setModel(symbols);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &IncidentPanel::showListMenu);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_summary);
    listLayout->addWidget(m_list, 1);

    m_details = new IncidentDetailsView(this);
    addWidget(listPane);
    addWidget(m_details);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentPanel::showCurrent);
    // New updates to the incident on show appear at once; so does its end.
    connect(incidents, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_list->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showCurrent();
            });
    connect(incidents, &QAbstractItemModel::rowsInserted, this, &IncidentPanel::updateSummary);
    connect(incidents, &QAbstractItemModel::rowsRemoved, this, &IncidentPanel::updateSummary);
    connect(incidents, &QAbstractItemModel::dataChanged, this, &IncidentPanel::updateSummary);
    updateSummary();
}

void IncidentPanel::setCellNamer(CellNamer namer)
{
    m_cellNamer = std::move(namer);
}

bool IncidentPanel::showIncident(const QString &provider, const QString &id)
{
    const QModelIndex index = m_incidents->indexOf(provider, id);
    if (!index.isValid())
        return false;
    auto *symbols = static_cast<QIdentityProxyModel *>(m_list->model());
    const QModelIndex target = symbols->mapFromSource(index);
    // A new current row shows itself (currentRowChanged); the same one is shown again on request.
    if (target == m_list->currentIndex())
        showCurrent();
    else
        m_list->setCurrentIndex(target);
    m_list->scrollTo(target);
    return true;
}

void IncidentPanel::showCurrent()
{
    auto *symbols = static_cast<QIdentityProxyModel *>(m_list->model());
    const std::optional<IncidentLog::Entry> entry =
        m_incidents->entryAt(symbols->mapToSource(m_list->currentIndex()));
    if (!entry) {
        m_shownIncident.clear();
        m_details->clear();
        return;
    }
    // The same incident again (a new update, a minute more of duration): the reader keeps their place.
    const QString shown = entry->incident.key();
    const int scrolled = m_details->verticalScrollBar()->value();
    m_details->setIncident({entry->incident, entry->noLongerListed, m_cellNamer});
    if (shown == m_shownIncident)
        m_details->verticalScrollBar()->setValue(scrolled);
    m_shownIncident = shown;
}

void IncidentPanel::updateSummary()
{
    int open = 0;
    for (int row = 0; row < m_incidents->rowCount(); ++row)
        open += m_incidents->index(row, 0).data(IncidentListModel::IsOpenRole).toBool() ? 1 : 0;
    const int ended = m_incidents->rowCount() - open;
    m_summary->setText(open == 0 && ended == 0 ? tr("No incidents reported")
                                               : tr("%1 · %2", "open incidents, ended incidents")
                                                     .arg(tr("%n open incident(s)", nullptr, open),
                                                          tr("%n ended recently", nullptr, ended)));
}

void IncidentPanel::showListMenu(const QPoint &position)
{
    // The Menu key asks at the current row, a right click where it was.
    QModelIndex index = m_list->indexAt(position);
    QPoint at = position;
    if (!index.isValid()) {
        index = m_list->currentIndex();
        at = m_list->visualRect(index).center();
    }
    const QString key = index.siblingAtColumn(0).data(IncidentListModel::IncidentKeyRole).toString();
    if (key.isEmpty() || !index.data(IncidentListModel::IsOpenRole).toBool())
        return; // an incident that ended has nothing left to snooze
    QMenu menu(this);
    QMenu *snooze = menu.addMenu(tr("&Snooze notifications about this incident"));
    addQuietLengthActions(snooze, {QuietLength::OneHour, QuietLength::FourHours, QuietLength::UntilResolved},
                          [this, key](QuietLength length) { emit snoozeIncidentRequested(key, length); });
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

} // namespace radar
