// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcessettingspage.h"

#include "item/sourcesettingsmodel.h"
#include "sourceeditdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace radar {

namespace {

/// A last error can be a paragraph; its tooltip has all of it.
constexpr int maximumErrorColumnWidth = 280;

} // namespace

SourcesSettingsPage::SourcesSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sourcesSettingsPage"));

    m_model = new SourceSettingsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SourceSettingsModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SourceSettingsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    // Made in keyboard order: the search, the table, the buttons.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sourceSearchEdit"));
    m_search->setAccessibleName(tr("Search sources"));
    m_search->setPlaceholderText(tr("Search sources"));
    m_search->setToolTip(tr("Matches the name, id, address and kind of each source (Ctrl+F)."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setAccessibleName(tr("Sources"));
    m_table->setAccessibleDescription(tr("Every configured source. Space switches the current one on or off, "
                                         "Enter edits it, Delete removes it."));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // No indicator: the rows keep the catalog's order until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);

    m_add = new QPushButton(tr("&Add by URL…"), this);
    m_add->setObjectName(QStringLiteral("addSourceButton"));
    m_add->setAccessibleName(tr("Add a source by URL"));
    m_add->setToolTip(
        tr("Paste the address of a status page: its kind is detected and you pick what to show."));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editSourceButton"));
    m_edit->setAccessibleName(tr("Edit the source"));
    m_edit->setToolTip(tr("Name, address, interval, what to show and credentials (Enter)."));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeSourceButton"));
    m_remove->setAccessibleName(tr("Remove the source"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sourceCountLabel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &SourcesSettingsPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SourcesSettingsPage::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &SourcesSettingsPage::editCurrent);
    connect(m_add, &QPushButton::clicked, this, &SourcesSettingsPage::addByUrlRequested);
    connect(m_edit, &QPushButton::clicked, this, &SourcesSettingsPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &SourcesSettingsPage::removeCurrent);
    connect(m_model, &SourceSettingsModel::dataChanged, this, &SourcesSettingsPage::updateButtons);
    connect(m_model, &SourceSettingsModel::modelReset, this, &SourcesSettingsPage::updateButtons);
    connect(m_model, &SourceSettingsModel::edited, this, &SourcesSettingsPage::updateCount);
    connect(m_model, &SourceSettingsModel::edited, this, &SourcesSettingsPage::changed);

    updateCount();
    updateButtons();
}

void SourcesSettingsPage::setCatalog(const QList<CatalogEntry> &catalog)
{
    m_model->setCatalog(catalog);
    updateCount();
    fitColumns();
}

void SourcesSettingsPage::setSources(const QList<SourceConfig> &sources)
{
    m_model->setSources(sources);
    updateCount();
    fitColumns();
}

void SourcesSettingsPage::fitColumns()
{
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(
        SourceSettingsModel::ErrorColumn,
        std::min(m_table->columnWidth(SourceSettingsModel::ErrorColumn), maximumErrorColumnWidth));
}

QList<SourceConfig> SourcesSettingsPage::sources() const
{
    return m_model->sources();
}

void SourcesSettingsPage::setSourceStates(const QList<SourceState> &states)
{
    m_model->setStates(states);
}

void SourcesSettingsPage::addSource(const SourceConfig &source)
{
    const int row = m_model->addSource(source);
    selectSource(m_model->configAt(row).id);
}

int SourcesSettingsPage::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

bool SourcesSettingsPage::selectSource(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, SourceSettingsModel::NameColumn));
    if (!index.isValid()) {
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(row, SourceSettingsModel::NameColumn));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

SourceEditDialog *SourcesSettingsPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return nullptr;
    auto *dialog = new SourceEditDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSource(m_model->configAt(row),
                      m_model->isCatalogRow(row) ? SourceOrigin::Catalog : SourceOrigin::Custom);
    // The rows may move (a search, a sort, a new source) while the dialog is open.
    const QPersistentModelIndex target(m_model->index(row, 0));
    connect(dialog, &SourceEditDialog::accepted, this, [this, dialog, target] {
        if (target.isValid())
            m_model->updateSource(target.row(), dialog->source());
    });
    dialog->open();
    return dialog;
}

void SourcesSettingsPage::removeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    if (m_model->isCatalogRow(row)) {
        m_model->removeSource(row);
        return;
    }
    const SourceConfig source = m_model->configAt(row);
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Remove Source"),
                        tr("Remove %1 from the sources?").arg(source.name), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeSourceQuestion"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setInformativeText(tr("Outage Radar stops watching %1. To watch it again, add it by its URL.")
                                     .arg(source.url.toDisplayString()));
    QPushButton *remove = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    question->setDefaultButton(question->addButton(QMessageBox::Cancel));
    const QPersistentModelIndex target(m_model->index(row, 0));
    connect(question, &QMessageBox::finished, this, [this, question, remove, target] {
        if (question->clickedButton() == remove && target.isValid())
            m_model->removeSource(target.row());
    });
    question->open();
}

void SourcesSettingsPage::toggleCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, SourceSettingsModel::NameColumn);
    const bool enabled = m_model->configAt(row).enabled;
    m_model->setData(name, enabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool SourcesSettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        // From the search straight into what it found.
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->index(0, SourceSettingsModel::NameColumn));
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched != m_table || (key->modifiers() != Qt::NoModifier && key->modifiers() != Qt::KeypadModifier))
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    // Whichever column is current: the view alone would only toggle on the check box's own cell.
    case Qt::Key_Space:
    case Qt::Key_Select:
        toggleCurrent();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editCurrent();
        return true;
    case Qt::Key_Delete:
        removeCurrent();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void SourcesSettingsPage::updateButtons()
{
    const int row = currentRow();
    const bool catalog = m_model->isCatalogRow(row);
    m_edit->setEnabled(row >= 0);
    // A catalog entry is not removed but switched off, and then back to the catalog's settings.
    m_remove->setText(catalog ? tr("S&witch off") : tr("&Remove"));
    m_remove->setToolTip(catalog ? tr("Stops watching this provider and forgets your changes to it (Delete).")
                                 : tr("Removes this source (Delete)."));
    m_remove->setEnabled(row >= 0 && (!catalog || m_model->configAt(row).enabled));
}

void SourcesSettingsPage::updateCount()
{
    m_count->setText(tr("%1 of %n source(s) on", nullptr, m_model->rowCount()).arg(m_model->enabledCount()));
}

} // namespace radar
