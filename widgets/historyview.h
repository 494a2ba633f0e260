// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historynames.h"

#include "domain/incident.h"
#include "item/incidentdetails.h"
#include "policy/historysummary.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace radar {

class HistoryChartView;
class HistoryFiguresPanel;
class IncidentDetailsView;
class IncidentHistoryModel;

/// The incident history: the range and filter controls, the chart with its figures, the incidents
/// of the chosen bar and the details of the chosen incident. It never reads the history itself: it
/// asks by signal, and the composition root answers through the model and the slots.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(IncidentHistoryModel *model, QWidget *parent = nullptr);

    HistoryRange range() const { return m_range; }
    HistoryFilter filter() const { return m_filter; }
    /// Restores a saved query; emits nothing.
    void setQuery(HistoryRange range, const HistoryFilter &filter);

    /// Display names by provider id; a provider without one is shown by its id.
    void setProviderNames(const QHash<QString, QString> &names);
    /// Names services and regions ("EC2", "N. Virginia"); the composition root knows the names.
    void setCellNamer(CellNamer namer);

    HistoryChartView *chartView() const { return m_chart; }
    QComboBox *rangeBox() const { return m_rangeBox; }
    QComboBox *providerBox() const { return m_providerBox; }
    QComboBox *serviceBox() const { return m_serviceBox; }
    QComboBox *regionBox() const { return m_regionBox; }
    QCheckBox *watchedOnlyBox() const { return m_watchedOnly; }
    QPushButton *exportButton() const { return m_exportButton; }
    QTreeWidget *incidentList() const { return m_incidents; }
    IncidentDetailsView *detailsView() const { return m_details; }
    QLabel *exportStatus() const { return m_status; }

public slots:
    /// The incidents that started in [from, to), newest first: the answer to bucketRequested.
    void setBucketIncidents(const QDateTime &from, const QDateTime &to,
                            const QList<radar::HistoryIncident> &incidents);
    /// The answer to incidentRequested.
    void showIncident(const radar::Incident &incident);
    /// What the export button does once the file is chosen: the format goes by the suffix (.json, else CSV).
    void exportTo(const QString &path);
    /// How the export went, or why it failed, in words.
    void setExportResult(const QString &message);

signals:
    void queryChanged(radar::HistoryRange range, const radar::HistoryFilter &filter);
    void bucketRequested(const QDateTime &from, const QDateTime &to);
    void incidentRequested(const QString &provider, const QString &id);
    void exportRequested(const QString &path, bool json);

private:
    QWidget *createControls();
    QWidget *createChartPane();
    QWidget *createFiguresPane();
    QWidget *createIncidentPane();
    void fillChoices();
    void chooseRange(int index);
    void chooseProvider(int index);
    void chooseService(int index);
    void chooseRegion(int index);
    void queryEdited();
    void summaryChanged();
    void requestBar(int bar);
    void requestIncident(QTreeWidgetItem *item);
    void showCurrentBar(int bar);
    void clearBar();
    void chooseExportFile();

    IncidentHistoryModel *m_model = nullptr;
    HistoryNames m_names;
    HistoryRange m_range = HistoryRange::Month;
    HistoryFilter m_filter;
    QComboBox *m_rangeBox = nullptr;
    QComboBox *m_providerBox = nullptr;
    QComboBox *m_serviceBox = nullptr;
    QComboBox *m_regionBox = nullptr;
    QCheckBox *m_watchedOnly = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_chartHeading = nullptr;
    HistoryChartView *m_chart = nullptr;
    QLabel *m_barCaption = nullptr;
    HistoryFiguresPanel *m_figures = nullptr;
    QLabel *m_listHeading = nullptr;
    QTreeWidget *m_incidents = nullptr;
    IncidentDetailsView *m_details = nullptr;
    QLabel *m_status = nullptr;
    QString m_shownIncident; // "provider\nid" in the details, to keep the reader's place on a repeat
};

} // namespace radar
