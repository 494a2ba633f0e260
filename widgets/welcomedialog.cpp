// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include "domain/regioncatalog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace radar {

namespace {

constexpr int searchTextRole = Qt::UserRole + 4; // everything a search may match, in lower case

/// The cloud whose regions a catalog entry reports on, or an empty string for any other service.
QString cloudOf(const SourceConfig &source)
{
    switch (source.kind) {
    case FeedKind::AwsHealth:
    case FeedKind::AwsRss:
        return QStringLiteral("aws");
    case FeedKind::GoogleCloud:
        return QStringLiteral("gcp");
    case FeedKind::Azure:
        return QStringLiteral("azure");
    default:
        break;
    }
    for (const char *cloud : {"aws", "gcp", "azure"}) {
        if (source.id == QLatin1String(cloud))
            return source.id;
    }
    return {};
}

QLineEdit *filterEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder,
                      QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QListWidget *checkList(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setAccessibleDescription(WelcomeDialog::tr("Space checks or unchecks the current entry"));
    list->setUniformItemSizes(true);
    return list;
}

QListWidgetItem *checkItem(const QString &text, const QString &searchText, bool checked)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(searchTextRole, searchText.toLower());
    return item;
}

/// A hidden current item would still take Space: the current item moves to the first one shown.
void keepCurrentVisible(QListWidget *list)
{
    const QListWidgetItem *current = list->currentItem();
    if (current && !current->isHidden())
        return;
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden()) {
            list->setCurrentRow(row, QItemSelectionModel::NoUpdate);
            return;
        }
    }
}

} // namespace

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Outage Radar"));

    auto *headline = new QLabel(tr("Welcome to Outage Radar"), this);
    headline->setObjectName(QStringLiteral("welcomeHeadline"));
    QFont headlineFont = headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    headlineFont.setBold(true);
    headline->setFont(headlineFont);
    auto *summary =
        new QLabel(tr("Outage Radar watches the status pages of the cloud and online services you "
                      "depend on and tells you at a glance what is down, where, and since when. "
                      "Pick yours below; you can change them at any time in Settings."),
                   this);
    summary->setObjectName(QStringLiteral("welcomeSummary"));
    summary->setWordWrap(true);

    // Made in keyboard order: the services, the regions, then the buttons.
    auto *panes = new QHBoxLayout;
    panes->addWidget(createProviderPane(), 1);
    panes->addWidget(createRegionPane(), 1);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start &monitoring"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startMonitoringButton"));
    m_start->setDefault(true);
    m_skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_skip->setToolTip(tr("Monitor the usual services for now; Settings changes them later."));
    connect(buttons, &QDialogButtonBox::accepted, this, &WelcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WelcomeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(summary);
    layout->addSpacing(8);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);

    setTabOrder(m_providerFilter, m_providerList);
    setTabOrder(m_providerList, m_regionFilter);
    setTabOrder(m_regionFilter, m_regionList);
    setTabOrder(m_regionList, m_start);
    setTabOrder(m_start, m_skip);
    m_providerFilter->setFocus();

    resize(760, 560);
    updateVisibility();
}

QWidget *WelcomeDialog::createProviderPane()
{
    auto *pane = new QWidget(this);
    m_providerFilter =
        filterEdit(QStringLiteral("providerFilter"), tr("Search services"), tr("Search services"), pane);
    m_providerList = checkList(QStringLiteral("providerList"), tr("Services to monitor"), pane);
    auto *label = new QLabel(tr("&Services you depend on:"), pane);
    label->setBuddy(m_providerFilter);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_providerFilter);
    layout->addWidget(m_providerList, 1);

    connect(m_providerFilter, &QLineEdit::textChanged, this, &WelcomeDialog::updateVisibility);
    connect(m_providerList, &QListWidget::itemChanged, this, &WelcomeDialog::updateVisibility);
    return pane;
}

QWidget *WelcomeDialog::createRegionPane()
{
    m_regionPane = new QWidget(this);
    m_regionPane->setObjectName(QStringLiteral("regionPane"));
    m_regionFilter = filterEdit(QStringLiteral("regionFilter"), tr("Search regions"),
                                tr("Search regions: Frankfurt, us-east-1, …"), m_regionPane);
    m_regionList = checkList(QStringLiteral("regionList"), tr("Cloud regions you use"), m_regionPane);
    auto *label = new QLabel(tr("Cloud &regions you use (starred and watched):"), m_regionPane);
    label->setWordWrap(true);
    label->setBuddy(m_regionFilter);

    auto *layout = new QVBoxLayout(m_regionPane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_regionFilter);
    layout->addWidget(m_regionList, 1);

    connect(m_regionFilter, &QLineEdit::textChanged, this, &WelcomeDialog::updateVisibility);
    return m_regionPane;
}

void WelcomeDialog::setCatalog(const QList<CatalogEntry> &catalog)
{
    m_catalog = catalog;
    {
        const QSignalBlocker blocker(m_providerList);
        m_providerList->clear();
        m_regionList->clear();
        QStringList clouds;
        for (const CatalogEntry &entry : catalog) {
            const QString name = entry.source.name.isEmpty() ? entry.source.id : entry.source.name;
            QListWidgetItem *item = checkItem(name, name + u' ' + entry.source.id, entry.enabledByDefault);
            item->setData(SourceIdRole, entry.source.id);
            item->setToolTip(entry.source.url.host());
            m_providerList->addItem(item);
            const QString cloud = cloudOf(entry.source);
            if (!cloud.isEmpty() && !clouds.contains(cloud)) {
                clouds.append(cloud);
                addRegions(cloud, name);
            }
        }
    }
    m_providerList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    m_regionList->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    updateVisibility();
}

void WelcomeDialog::addRegions(const QString &cloud, const QString &cloudName)
{
    for (const RegionInfo &region : RegionCatalog::builtIn().regions(cloud)) {
        const QString text = region.id == u"global"
            ? tr("%1: services not tied to a region", "a cloud").arg(cloudName)
            : tr("%1: %2 (%3)", "a cloud: a region's name (its id)").arg(cloudName, region.name, region.id);
        const QString searchText =
            QStringList {text, region.place, region.country, region.otherNames.join(u' ')}.join(u' ');
        QListWidgetItem *item = checkItem(text, searchText, false);
        item->setData(ProviderRole, cloud);
        item->setData(RegionIdRole, region.id);
        item->setToolTip(region.place);
        m_regionList->addItem(item);
    }
}

QStringList WelcomeDialog::enabledSourceIds() const
{
    QStringList ids;
    if (m_skipped) {
        for (const CatalogEntry &entry : m_catalog) {
            if (entry.enabledByDefault)
                ids.append(entry.source.id);
        }
        return ids;
    }
    for (int row = 0; row < m_providerList->count(); ++row) {
        const QListWidgetItem *item = m_providerList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(SourceIdRole).toString());
    }
    return ids;
}

QList<WatchList::Entry> WelcomeDialog::watchEntries() const
{
    QList<WatchList::Entry> entries;
    if (m_skipped)
        return entries;
    const QStringList clouds = checkedClouds();
    for (int row = 0; row < m_regionList->count(); ++row) {
        const QListWidgetItem *item = m_regionList->item(row);
        const QString cloud = item->data(ProviderRole).toString();
        if (item->checkState() == Qt::Checked && clouds.contains(cloud))
            entries.append(WatchList::region(cloud, item->data(RegionIdRole).toString()));
    }
    return entries;
}

void WelcomeDialog::accept()
{
    m_skipped = false;
    QDialog::accept();
}

void WelcomeDialog::reject()
{
    m_skipped = true;
    QDialog::reject();
}

QStringList WelcomeDialog::checkedClouds() const
{
    QStringList clouds;
    for (int row = 0; row < m_providerList->count(); ++row) {
        const QListWidgetItem *item = m_providerList->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        for (const CatalogEntry &entry : m_catalog) {
            if (entry.source.id == item->data(SourceIdRole).toString()) {
                const QString cloud = cloudOf(entry.source);
                if (!cloud.isEmpty() && !clouds.contains(cloud))
                    clouds.append(cloud);
            }
        }
    }
    return clouds;
}

void WelcomeDialog::updateVisibility()
{
    const QString providerSearch = m_providerFilter->text().trimmed().toLower();
    bool anyChecked = false;
    for (int row = 0; row < m_providerList->count(); ++row) {
        QListWidgetItem *item = m_providerList->item(row);
        item->setHidden(!item->data(searchTextRole).toString().contains(providerSearch));
        anyChecked = anyChecked || item->checkState() == Qt::Checked;
    }
    keepCurrentVisible(m_providerList);

    const QStringList clouds = checkedClouds();
    const QString regionSearch = m_regionFilter->text().trimmed().toLower();
    for (int row = 0; row < m_regionList->count(); ++row) {
        QListWidgetItem *item = m_regionList->item(row);
        item->setHidden(!clouds.contains(item->data(ProviderRole).toString())
                        || !item->data(searchTextRole).toString().contains(regionSearch));
    }
    keepCurrentVisible(m_regionList);
    m_regionPane->setVisible(!clouds.isEmpty());

    // Nothing to monitor is not a start; Skip keeps the usual services.
    m_start->setEnabled(anyChecked);
    m_start->setToolTip(anyChecked ? tr("Watches the checked services and stars the checked regions.")
                                   : tr("Check at least one service, or skip to keep the usual ones."));
}

} // namespace radar
