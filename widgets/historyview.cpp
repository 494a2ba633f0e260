// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "formlabels.h"

#include "historychartview.h"
#include "historyfigurespanel.h"
#include "incidentdetailsview.h"
#include "statuspainter.h"

#include "item/incidenthistorymodel.h"
#include "item/statustext.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace radar {

namespace {

enum ItemRole { ProviderRole = Qt::UserRole + 1, IdRole };
enum IncidentColumn {
    TitleColumn,
    ProviderColumn,
    SeverityColumn,
    StartedColumn,
    DurationColumn,
    ColumnCount
};

/// One entry of a filter combo: what it shows, and the provider and id it stands for.
struct Choice
{
    QString text;
    QString provider;
    QString id;
};

QString rangeText(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return HistoryView::tr("24 hours");
    case HistoryRange::Week:
        return HistoryView::tr("7 days");
    case HistoryRange::Month:
        return HistoryView::tr("30 days");
    case HistoryRange::Quarter:
        return HistoryView::tr("90 days");
    case HistoryRange::Year:
        break;
    }
    return HistoryView::tr("1 year");
}

QString chartHeading(HistoryRange range)
{
    switch (range) {
    case HistoryRange::Day:
        return HistoryView::tr("In&cidents per hour, by severity");
    case HistoryRange::Week:
    case HistoryRange::Month:
    case HistoryRange::Quarter:
        return HistoryView::tr("In&cidents per day, by severity");
    case HistoryRange::Year:
        break;
    }
    return HistoryView::tr("In&cidents per week, by severity");
}

// The first entry is "all"; the selected one is whatever matches, added when the history has none
// of it (a saved filter stays chosen while the range shows none of its incidents). A new summary
// comes with every poll: the entries are rebuilt only when they differ, and never under an open
// popup.
void fillCombo(QComboBox *box, const QString &all, QList<Choice> choices, const Choice &selected)
{
    std::sort(choices.begin(), choices.end(), [](const Choice &a, const Choice &b) {
        return QString::localeAwareCompare(a.text, b.text) < 0;
    });
    choices.prepend({all, QString(), QString()});
    qsizetype current = 0;
    for (qsizetype index = 1; index < choices.size() && current == 0 && !selected.id.isEmpty(); ++index) {
        if (choices[index].id == selected.id
            && (selected.provider.isEmpty() || choices[index].provider == selected.provider))
            current = index;
    }
    if (!selected.id.isEmpty() && current == 0) {
        choices.append(selected);
        current = choices.size() - 1;
    }
    bool same = box->count() == choices.size();
    for (qsizetype index = 0; same && index < choices.size(); ++index) {
        same = box->itemText(int(index)) == choices[index].text
            && box->itemData(int(index), ProviderRole).toString() == choices[index].provider
            && box->itemData(int(index), IdRole).toString() == choices[index].id;
    }
    const QSignalBlocker blocker(box);
    if (!same && !box->view()->isVisible()) {
        box->clear();
        for (const Choice &choice : std::as_const(choices)) {
            box->addItem(choice.text);
            box->setItemData(box->count() - 1, choice.provider, ProviderRole);
            box->setItemData(box->count() - 1, choice.id, IdRole);
        }
    }
    if (!box->view()->isVisible())
        box->setCurrentIndex(int(current));
}

} // namespace

HistoryView::HistoryView(IncidentHistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("historyView"));
    QWidget *controls = createControls();
    QWidget *chartPane = createChartPane();
    QWidget *incidentPane = createIncidentPane();
    QWidget *figuresPane = createFiguresPane();

    auto *panes = new QSplitter(Qt::Vertical, this);
    panes->setObjectName(QStringLiteral("historySplitter"));
    panes->setChildrenCollapsible(false);
    panes->addWidget(chartPane);
    panes->addWidget(incidentPane);
    panes->setStretchFactor(0, 3);
    panes->setStretchFactor(1, 2);
    // The figures take the whole height beside the chart and the list: they are a column of text.
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("historyColumns"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(panes);
    columns->addWidget(figuresPane);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 0);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyExportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(controls);
    layout->addWidget(columns, 1);
    layout->addWidget(m_status);

    // The keys go round as the eye does: the query, the chart, its incidents, their details.
    setTabOrder(m_rangeBox, m_providerBox);
    setTabOrder(m_providerBox, m_serviceBox);
    setTabOrder(m_serviceBox, m_regionBox);
    setTabOrder(m_regionBox, m_watchedOnly);
    setTabOrder(m_watchedOnly, m_exportButton);
    setTabOrder(m_exportButton, m_chart);
    setTabOrder(m_chart, m_incidents);
    setTabOrder(m_incidents, m_details);
    // Coming to the view (Tab, Ctrl+Tab, Ctrl+3) starts where reading starts: a proxy further in
    // would make Tab jump over everything before it.
    setFocusProxy(m_rangeBox);

    connect(model, &IncidentHistoryModel::summaryChanged, this, &HistoryView::summaryChanged);
    summaryChanged();
}

QWidget *HistoryView::createControls()
{
    auto *controls = new QWidget(this);
    m_rangeBox = new QComboBox(controls);
    m_rangeBox->setObjectName(QStringLiteral("historyRange"));
    for (HistoryRange range : allHistoryRanges)
        m_rangeBox->addItem(rangeText(range));
    m_rangeBox->setCurrentIndex(int(m_range));
    m_rangeBox->setToolTip(tr("How far back the chart and the figures go"));

    const auto filterBox = [controls](const char *name, const QString &accessibleName) {
        auto *box = new QComboBox(controls);
        box->setObjectName(QLatin1String(name));
        box->setAccessibleName(accessibleName);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        return box;
    };
    m_providerBox = filterBox("historyProvider", tr("Provider"));
    m_serviceBox = filterBox("historyService", tr("Service"));
    m_regionBox = filterBox("historyRegion", tr("Region"));
    m_providerBox->setToolTip(tr("Only incidents of this provider"));
    m_serviceBox->setToolTip(tr("Only incidents that affected this service"));
    m_regionBox->setToolTip(tr("Only incidents that affected this region"));

    m_watchedOnly = new QCheckBox(tr("&Watched only"), controls);
    m_watchedOnly->setObjectName(QStringLiteral("historyWatchedOnly"));
    m_watchedOnly->setToolTip(tr("Only incidents that touched a service, region or cell you starred"));
    m_exportButton = new QPushButton(tr("&Export…"), controls);
    m_exportButton->setObjectName(QStringLiteral("historyExport"));
    m_exportButton->setToolTip(tr("Save the whole history as CSV or JSON"));

    auto *layout = new QHBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("&Range:"), m_rangeBox, controls));
    layout->addWidget(m_rangeBox);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&Provider:"), m_providerBox, controls));
    layout->addWidget(m_providerBox, 1);
    layout->addWidget(buddyLabel(tr("&Service:"), m_serviceBox, controls));
    layout->addWidget(m_serviceBox, 1);
    layout->addWidget(buddyLabel(tr("Re&gion:"), m_regionBox, controls));
    layout->addWidget(m_regionBox, 1);
    layout->addWidget(m_watchedOnly);
    layout->addSpacing(8);
    layout->addWidget(m_exportButton);

    connect(m_rangeBox, &QComboBox::currentIndexChanged, this, &HistoryView::chooseRange);
    connect(m_providerBox, &QComboBox::currentIndexChanged, this, &HistoryView::chooseProvider);
    connect(m_serviceBox, &QComboBox::currentIndexChanged, this, &HistoryView::chooseService);
    connect(m_regionBox, &QComboBox::currentIndexChanged, this, &HistoryView::chooseRegion);
    connect(m_watchedOnly, &QCheckBox::toggled, this, [this](bool checked) {
        m_filter.watchedOnly = checked;
        queryEdited();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryView::chooseExportFile);
    return controls;
}

QWidget *HistoryView::createChartPane()
{
    auto *pane = new QWidget(this);
    m_chart = new HistoryChartView(m_model, pane);
    m_chartHeading = buddyLabel(chartHeading(m_range), m_chart, pane);
    m_barCaption = new QLabel(pane);
    m_barCaption->setObjectName(QStringLiteral("historyBarCaption"));
    m_barCaption->setTextFormat(Qt::PlainText);
    m_barCaption->setWordWrap(true);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_chartHeading);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_barCaption);

    connect(m_chart, &HistoryChartView::barRequested, this, &HistoryView::requestBar);
    connect(m_chart, &HistoryChartView::currentBarChanged, this, &HistoryView::showCurrentBar);
    return pane;
}

QWidget *HistoryView::createFiguresPane()
{
    m_figures = new HistoryFiguresPanel(&m_names, this);
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("historyFiguresArea"));
    area->setWidget(m_figures);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for a short title on a line, narrow enough to leave the chart its room.
    area->setMinimumWidth(fontMetrics().averageCharWidth() * 30
                          + area->verticalScrollBar()->sizeHint().width());
    return area;
}

QWidget *HistoryView::createIncidentPane()
{
    auto *pane = new QSplitter(Qt::Horizontal, this);
    pane->setChildrenCollapsible(false);
    auto *listPane = new QWidget(pane);
    m_incidents = new QTreeWidget(listPane);
    m_incidents->setObjectName(QStringLiteral("historyIncidents"));
    m_incidents->setAccessibleName(tr("Incidents of the chosen bar"));
    m_incidents->setAccessibleDescription(
        tr("The incidents that started in the bar chosen in the chart; the current one's details are shown "
           "beside the list"));
    m_incidents->setColumnCount(ColumnCount);
    m_incidents->setHeaderLabels(
        {tr("Incident"), tr("Provider"), tr("Severity"), tr("Started"), tr("Duration")});
    m_incidents->setRootIsDecorated(false);
    m_incidents->setUniformRowHeights(true);
    m_incidents->setAllColumnsShowFocus(true);
    m_incidents->setAlternatingRowColors(true);
    m_incidents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidents->header()->setStretchLastSection(false);
    m_incidents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_incidents->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_listHeading = buddyLabel(QString(), m_incidents, listPane);
    m_listHeading->setObjectName(QStringLiteral("historyListHeading"));
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_listHeading);
    listLayout->addWidget(m_incidents, 1);

    m_details = new IncidentDetailsView(pane);
    m_details->setObjectName(QStringLiteral("historyIncidentDetails"));
    pane->addWidget(listPane);
    pane->addWidget(m_details);
    pane->setStretchFactor(0, 3);
    pane->setStretchFactor(1, 2);

    // Choosing an incident shows it; Enter or a double click shows it again (after a scroll, say).
    connect(m_incidents, &QTreeWidget::currentItemChanged, this, &HistoryView::requestIncident);
    connect(m_incidents, &QTreeWidget::itemActivated, this, &HistoryView::requestIncident);
    clearBar();
    return pane;
}

void HistoryView::setQuery(HistoryRange range, const HistoryFilter &filter)
{
    m_range = range;
    m_filter = filter;
    {
        const QSignalBlocker blockRange(m_rangeBox);
        const QSignalBlocker blockWatched(m_watchedOnly);
        m_rangeBox->setCurrentIndex(int(range));
        m_watchedOnly->setChecked(filter.watchedOnly);
    }
    m_chartHeading->setText(chartHeading(range));
    fillChoices();
    clearBar();
}

void HistoryView::setProviderNames(const QHash<QString, QString> &names)
{
    // The composition root passes them with every poll; they seldom change.
    if (names == m_names.providerNames())
        return;
    m_names.setProviderNames(names);
    summaryChanged();
}

void HistoryView::setCellNamer(CellNamer namer)
{
    m_names.setCellNamer(std::move(namer));
    summaryChanged();
}

void HistoryView::fillChoices()
{
    const HistorySummary &summary = m_model->summary();
    QList<Choice> providers;
    for (const QString &provider : summary.providers)
        providers.append({m_names.provider(provider), QString(), provider});
    fillCombo(m_providerBox, tr("All providers"), providers,
              {m_names.provider(m_filter.provider), QString(), m_filter.provider});

    // With every provider, each entry names its provider: two may have a service of the same name.
    const bool anyProvider = m_filter.provider.isEmpty();
    const auto withProvider = [this, anyProvider](const QString &name, const QString &provider) {
        return anyProvider
            ? tr("%1 (%2)", "service or region (provider)").arg(name, m_names.provider(provider))
            : name;
    };
    QList<Choice> services;
    for (const auto &[provider, service] : summary.services) {
        if (anyProvider || provider == m_filter.provider)
            services.append({withProvider(m_names.service(provider, service, summary.regions), provider),
                             provider, service});
    }
    fillCombo(m_serviceBox, tr("All services"), services,
              {anyProvider ? tr("%1 (every provider)", "a service").arg(m_filter.service)
                           : m_names.service(m_filter.provider, m_filter.service, summary.regions),
               m_filter.provider, m_filter.service});
    QList<Choice> regions;
    for (const auto &[provider, region] : summary.regions) {
        if (anyProvider || provider == m_filter.provider)
            regions.append({withProvider(m_names.region(provider, region), provider), provider, region});
    }
    fillCombo(m_regionBox, tr("All regions"), regions,
              {anyProvider ? tr("%1 (every provider)", "a region").arg(m_filter.region)
                           : m_names.region(m_filter.provider, m_filter.region),
               m_filter.provider, m_filter.region});
}

void HistoryView::chooseRange(int index)
{
    m_range = allHistoryRanges[size_t(std::clamp(index, 0, int(allHistoryRanges.size()) - 1))];
    m_chartHeading->setText(chartHeading(m_range));
    queryEdited();
}

void HistoryView::chooseProvider(int index)
{
    const QString provider = m_providerBox->itemData(index, IdRole).toString();
    if (provider == m_filter.provider)
        return;
    m_filter.provider = provider;
    // Services and regions are a provider's: another provider's would leave nothing to count.
    m_filter.service.clear();
    m_filter.region.clear();
    queryEdited();
}

void HistoryView::chooseService(int index)
{
    m_filter.service = m_serviceBox->itemData(index, IdRole).toString();
    // A service is a provider's: choosing it chooses the provider too.
    const QString provider = m_serviceBox->itemData(index, ProviderRole).toString();
    if (!provider.isEmpty())
        m_filter.provider = provider;
    queryEdited();
}

void HistoryView::chooseRegion(int index)
{
    m_filter.region = m_regionBox->itemData(index, IdRole).toString();
    const QString provider = m_regionBox->itemData(index, ProviderRole).toString();
    if (!provider.isEmpty())
        m_filter.provider = provider;
    queryEdited();
}

void HistoryView::queryEdited()
{
    fillChoices();
    // The listed incidents belong to the old query's bars.
    clearBar();
    emit queryChanged(m_range, m_filter);
}

void HistoryView::summaryChanged()
{
    fillChoices();
    m_figures->showSummary(m_model->isLoaded() ? &m_model->summary() : nullptr);
    showCurrentBar(m_chart->currentBar());
}

void HistoryView::requestBar(int bar)
{
    const QModelIndex first = m_model->index(bar, 0);
    if (!first.isValid())
        return;
    emit bucketRequested(first.data(IncidentHistoryModel::BucketStartRole).toDateTime(),
                         first.data(IncidentHistoryModel::BucketEndRole).toDateTime());
}

void HistoryView::showCurrentBar(int bar)
{
    // The chart's tooltip in words under it, for the keyboard and for anyone who cannot hover.
    const QString description = m_model->barDescription(bar);
    m_barCaption->setText(bar < 0
                              ? tr("Point at a bar, or choose one with the arrow keys, to see its counts; "
                                   "click it or press Enter to list its incidents.")
                              : description.split(QLatin1Char('\n')).join(QStringLiteral(" · ")));
}

void HistoryView::setBucketIncidents(const QDateTime &from, const QDateTime &to,
                                     const QList<HistoryIncident> &incidents)
{
    const int row = m_model->rowOf(from);
    const QString period = row >= 0
        ? m_model->barTitle(row)
        : tr("%1 to %2", "two instants").arg(shortLocalTime(from), shortLocalTime(to));
    m_listHeading->setText(tr("&Incidents of %1: %2", "a bar's period, its number of incidents")
                               .arg(period, QLocale().toString(incidents.size())));
    const QSignalBlocker blocker(m_incidents);
    m_incidents->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QTreeWidgetItem *> items;
    for (const HistoryIncident &incident : incidents) {
        auto *item = new QTreeWidgetItem;
        // Set as data, never parsed: titles come from the feeds.
        item->setText(TitleColumn, incident.title);
        // The whole title where the column cuts it; <qt> makes the tip rich text, so escaped it reads as
        // written.
        item->setToolTip(TitleColumn, QStringLiteral("<qt>%1</qt>").arg(incident.title.toHtmlEscaped()));
        item->setText(ProviderColumn, m_names.provider(incident.provider));
        item->setIcon(SeverityColumn, statusIcon(incident.severity));
        item->setText(SeverityColumn, statusText(incident.severity));
        item->setText(StartedColumn, shortLocalTime(incident.startedAt, now));
        const qint64 lasted = incident.startedAt.secsTo(incident.isOpen() ? now : incident.endedAt);
        item->setText(DurationColumn,
                      incident.isOpen() ? tr("%1 so far").arg(durationText(lasted)) : durationText(lasted));
        // The title is where the row is entered: it speaks the whole incident, severity first.
        item->setData(TitleColumn, Qt::AccessibleTextRole,
                      tr("%1: %2, %3, started %4, lasted %5", "severity: title, provider, start, duration")
                          .arg(item->text(SeverityColumn), incident.title, item->text(ProviderColumn),
                               item->text(StartedColumn), item->text(DurationColumn)));
        item->setData(TitleColumn, ProviderRole, incident.provider);
        item->setData(TitleColumn, IdRole, incident.id);
        items.append(item);
    }
    m_incidents->addTopLevelItems(items);
}

void HistoryView::requestIncident(QTreeWidgetItem *item)
{
    if (!item)
        return;
    emit incidentRequested(item->data(TitleColumn, ProviderRole).toString(),
                           item->data(TitleColumn, IdRole).toString());
}

void HistoryView::showIncident(const Incident &incident)
{
    // The same incident again: the reader keeps their place.
    const int scrolled = m_details->verticalScrollBar()->value();
    m_details->setIncident({incident, false, m_names.cellNamer()});
    if (incident.key() == m_shownIncident)
        m_details->verticalScrollBar()->setValue(scrolled);
    m_shownIncident = incident.key();
}

void HistoryView::clearBar()
{
    m_incidents->clear();
    m_listHeading->setText(tr("&Incidents: choose a bar in the chart to list them"));
    m_details->clear();
    m_shownIncident.clear();
}

void HistoryView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString chosenFilter = csv;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export the incident history"),
                                     QDir(folder).filePath(QStringLiteral("outage-radar-history.csv")),
                                     csv + QStringLiteral(";;") + json, &chosenFilter);
    if (path.isEmpty())
        return;
    // Some dialogs leave the suffix to the caller; the format goes by it.
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter == json ? QStringLiteral(".json") : QStringLiteral(".csv");
    exportTo(path);
}

void HistoryView::exportTo(const QString &path)
{
    if (path.isEmpty())
        return;
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    emit exportRequested(path, json);
}

void HistoryView::setExportResult(const QString &message)
{
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
}

} // namespace radar
