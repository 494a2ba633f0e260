// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/notificationpolicy.h"

#include <QAbstractTableModel>

#include <optional>

namespace radar {

/// The notification log, newest first: what was sent and what was held back, and why.
class NotificationLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, NotificationColumn, OutcomeColumn, RuleColumn, ColumnCount };
    enum Role {
        IncidentKeysRole = Qt::UserRole + 1, // QStringList of Incident::key()
        SentRole, // bool
        StatusRole, // radar::Status as int
    };

    explicit NotificationLogModel(QObject *parent = nullptr);

    /// Adds entries given oldest first (as the policy returns them) at the top; the oldest rows
    /// beyond NotificationPolicy::logLimit go.
    void append(const QList<Notification> &entries);
    void clear();
    std::optional<Notification> entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Notification &entry, int column) const;
    QVariant toolTip(const Notification &entry, int column) const;

    QList<Notification> m_entries; // newest first
};

} // namespace radar
