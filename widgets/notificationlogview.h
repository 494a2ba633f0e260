// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace radar {

class NotificationLogFilter;

/// The notification log: every notification that was sent and every one that was held back, with
/// the rule that decided, newest first as the model lists them. Shows any model with the columns
/// and roles of NotificationLogModel; Enter or a double-click on an entry asks for its incidents.
class NotificationLogView : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, Sent, HeldBack };

    explicit NotificationLogView(QAbstractItemModel *model, QWidget *parent = nullptr);

    Filter filter() const;
    void setFilter(Filter filter);

    QTreeView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filterBox; }
    /// Stands in for the list while it shows nothing, and says why.
    QLabel *emptyLabel() const { return m_empty; }

signals:
    /// The entry's incidents, as Incident::key() ("provider\nid"); never empty.
    void incidentRequested(const QStringList &incidentKeys);

private:
    void open(const QModelIndex &index);
    void updateEmptyState();

    NotificationLogFilter *m_filter = nullptr;
    QComboBox *m_filterBox = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace radar
