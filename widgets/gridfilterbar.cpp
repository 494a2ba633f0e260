// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridfilterbar.h"

#include "item/gridfiltermodel.h"
#include "item/healthgridmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace radar {

namespace {
// Typing a word filters once, not once per letter.
constexpr std::chrono::milliseconds searchDelay {150};
} // namespace

GridFilterBar::GridFilterBar(GridFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
{
    setObjectName(QStringLiteral("gridFilterBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search services, regions, providers, incidents (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the grid"));
    m_search->setAccessibleDescription(tr("Shows the rows whose service, provider or incidents match, or the "
                                          "regions whose name matches; Escape clears it"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200); // what the settings keep
    m_search->installEventFilter(this);

    m_problemsOnly = new QToolButton(this);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setText(tr("&Problems only"));
    m_problemsOnly->setToolTip(tr("Show only cells that are degraded or worse, or not up to date (Alt+P)"));
    m_problemsOnly->setCheckable(true);

    m_watchedOnly = new QToolButton(this);
    m_watchedOnly->setObjectName(QStringLiteral("watchedOnly"));
    m_watchedOnly->setText(tr("Wa&tched only"));
    m_watchedOnly->setToolTip(
        tr("Show only what you starred: services, regions or cells (Ctrl+D stars a cell)"));
    m_watchedOnly->setCheckable(true);

    m_providers = new QToolButton(this);
    m_providers->setObjectName(QStringLiteral("providerFilter"));
    m_providers->setText(tr("P&roviders"));
    m_providers->setToolTip(tr("Choose which providers the grid shows"));
    m_providers->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_providers);
    connect(menu, &QMenu::aboutToShow, this, &GridFilterBar::fillProviderMenu);
    m_providers->setMenu(menu);

    auto *columnsLabel = new QLabel(tr("&Columns:"), this);
    m_columns = new QComboBox(this);
    m_columns->setObjectName(QStringLiteral("columnMode"));
    m_columns->addItem(tr("Provider regions"));
    m_columns->addItem(tr("Geography"));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setToolTip(tr("One column per provider region, or one per place (AWS us-east-1, Google Cloud "
                             "us-east4 and Azure East US are all in Virginia)"));
    columnsLabel->setBuddy(m_columns);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("filterCount"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_problemsOnly);
    layout->addWidget(m_watchedOnly);
    layout->addWidget(m_providers);
    layout->addWidget(m_count);
    layout->addSpacing(12);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_columns);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelay);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { m_filter->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        m_filter->setSearch(m_search->text());
    });
    // The clear button changes the text without an edit.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_searchDelay.stop();
            m_filter->setSearch(text);
        }
    });
    connect(m_problemsOnly, &QToolButton::toggled, m_filter, &GridFilterModel::setProblemsOnly);
    connect(m_watchedOnly, &QToolButton::toggled, m_filter, &GridFilterModel::setWatchedOnly);
    HealthGridModel *grid = m_filter->gridModel();
    connect(m_columns, &QComboBox::currentIndexChanged, grid, [grid](int index) {
        grid->setColumnMode(index == 1 ? HealthGridModel::ColumnMode::Geography
                                       : HealthGridModel::ColumnMode::ProviderRegions);
    });
    connect(grid, &HealthGridModel::columnModeChanged, this, [this](HealthGridModel::ColumnMode mode) {
        m_columns->setCurrentIndex(mode == HealthGridModel::ColumnMode::Geography ? 1 : 0);
    });
    connect(m_filter, &GridFilterModel::filterChanged, this, &GridFilterBar::showFilter);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &GridFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &GridFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &GridFilterBar::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &GridFilterBar::updateCount);
    m_columns->setCurrentIndex(grid->columnMode() == HealthGridModel::ColumnMode::Geography ? 1 : 0);
    showFilter();
}

void GridFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool GridFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_search->clear();
        emit searchDone();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void GridFilterBar::showFilter()
{
    // The model may have been set from the settings: the controls follow it without echoing back.
    const GridFilterModel::Filter filter = m_filter->filter();
    if (m_search->text().trimmed() != filter.search && !m_searchDelay.isActive())
        m_search->setText(filter.search);
    const QSignalBlocker problems(m_problemsOnly);
    const QSignalBlocker watched(m_watchedOnly);
    m_problemsOnly->setChecked(filter.problemsOnly);
    m_watchedOnly->setChecked(filter.watchedOnly);
    m_providers->setText(filter.hiddenProviders.isEmpty()
                             ? tr("P&roviders")
                             : tr("P&roviders (%n hidden)", nullptr, int(filter.hiddenProviders.size())));
    updateCount();
}

void GridFilterBar::fillProviderMenu()
{
    QMenu *menu = m_providers->menu();
    menu->clear();
    const HealthGridModel *grid = m_filter->gridModel();
    const QStringList hidden = m_filter->filter().hiddenProviders;
    menu->addAction(tr("Show all"), this, [this] {
        GridFilterModel::Filter filter = m_filter->filter();
        filter.hiddenProviders.clear();
        m_filter->setFilter(filter);
    });
    menu->addSeparator();
    for (int row = 0; row < grid->rowCount(); ++row) {
        if (!grid->isGroupRow(row))
            continue;
        const QString provider = grid->providerOf(row);
        QAction *action = menu->addAction(grid->headerData(row, Qt::Vertical).toString());
        action->setCheckable(true);
        action->setChecked(!hidden.contains(provider));
        connect(action, &QAction::toggled, this,
                [this, provider](bool shown) { m_filter->setProviderHidden(provider, !shown); });
    }
}

void GridFilterBar::updateCount()
{
    // When rows are hidden, say how many, so an empty grid is never a mystery.
    const HealthGridModel *grid = m_filter->gridModel();
    m_count->setVisible(m_filter->isFiltering());
    m_count->setText(tr("%1 of %n row(s)", nullptr, grid->rowCount()).arg(m_filter->rowCount()));
}

} // namespace radar
