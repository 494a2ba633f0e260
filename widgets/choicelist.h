// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace radar {

/// A list of things to show or not (a feed's components, its regions), each with a check box and
/// all checked at first, with "select all" and "select none" buttons beside it.
class ChoiceList : public QWidget
{
    Q_OBJECT
public:
    /// Where an item keeps its id; its text is the display name.
    static constexpr int IdRole = Qt::UserRole;

    /// The words and object names of one list: `list` and `all`/`none` name the list and buttons.
    struct Text
    {
        QString title; // with a mnemonic: "Co&mponents to show:"
        QString accessibleName;
        QString toolTip;
        QString selectAll; // button texts, with mnemonics
        QString selectNone;
        QString list; // object names
        QString all;
        QString none;
    };

    explicit ChoiceList(const Text &text, QWidget *parent = nullptr);

    /// Shows (id, display name) pairs, in order, all checked; emits nothing.
    void setChoices(const QList<QPair<QString, QString>> &choices);
    /// The checked ids, in order, or none when every item is checked: "everything, including what
    /// the feed adds later".
    QStringList checkedIds() const;
    /// True when there are items and none of them is checked.
    bool nothingChecked() const;
    int count() const;

    QListWidget *list() const { return m_list; }

signals:
    /// An item was checked or unchecked.
    void changed();

private:
    void checkAll(Qt::CheckState state);

    QListWidget *m_list = nullptr;
};

} // namespace radar
