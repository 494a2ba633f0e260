// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace radar {

class GridFilterModel;

/// Above the grid: the search box, "problems only", "watched only", the provider filter and the
/// column mode. It edits the filter model directly; whoever owns the settings listens to the models.
class GridFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit GridFilterBar(GridFilterModel *filter, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QToolButton *problemsOnlyButton() const { return m_problemsOnly; }
    QToolButton *watchedOnlyButton() const { return m_watchedOnly; }
    QToolButton *providersButton() const { return m_providers; }
    QComboBox *columnModeBox() const { return m_columns; }

    /// Ctrl+F: puts the cursor in the search box with its text selected.
    void focusSearch();

signals:
    /// Escape in the search box: the grid should take the focus back.
    void searchDone();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFilter();
    void fillProviderMenu();
    void updateCount();

    GridFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_problemsOnly = nullptr;
    QToolButton *m_watchedOnly = nullptr;
    QToolButton *m_providers = nullptr;
    QComboBox *m_columns = nullptr;
    QLabel *m_count = nullptr;
    QTimer m_searchDelay;
};

} // namespace radar
