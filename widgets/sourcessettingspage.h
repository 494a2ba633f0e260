// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/providercatalog.h"
#include "policy/healthstate.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace radar {

class SourceEditDialog;
class SourceSettingsModel;

/// The settings dialog's Sources page: the provider catalog and the user's own sources in one
/// searchable table, each switched on or off, edited, removed, with its health and last error.
/// It only edits values: adding by URL is asked for with addByUrlRequested(), and the caller
/// saves sources() (and the secrets in them).
class SourcesSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesSettingsPage(QWidget *parent = nullptr);

    void setCatalog(const QList<CatalogEntry> &catalog);
    /// Shows the configured sources; emits nothing.
    void setSources(const QList<SourceConfig> &sources);
    /// The configured sources as edited (SourceSettingsModel::sources()).
    QList<SourceConfig> sources() const;
    /// The health and last error of each source, matched by id.
    void setSourceStates(const QList<SourceState> &states);
    /// Adds a source (or updates and switches on the row of the same feed), selects it and
    /// scrolls to it; emits changed().
    void addSource(const SourceConfig &source);

    /// The row of the model (not of the view) that is current, or -1.
    int currentRow() const;
    /// Makes the source with that id current, clearing a search that hides it.
    bool selectSource(const QString &id);
    /// Opens the edit dialog for the current source, window-modal, and returns at once; accepting
    /// the dialog applies its values. nullptr when no source is current.
    SourceEditDialog *editCurrent();
    /// Switches the current catalog source off, or asks whether to remove the current source of the
    /// user's own (the question is window-modal; the row goes when it is confirmed).
    void removeCurrent();

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *countLabel() const { return m_count; }
    SourceSettingsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }

signals:
    /// The user changed the sources.
    void changed();
    /// The user asked to add a source by its URL; the answer comes back through addSource().
    void addByUrlRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleCurrent();
    void fitColumns();
    void updateButtons();
    void updateCount();

    SourceSettingsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace radar
