// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicelist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace radar {

namespace {

QPushButton *toggleButton(const QString &text, const QString &objectName, const QString &description,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setAccessibleDescription(description);
    button->setAutoDefault(false); // Enter belongs to the dialog's default button
    return button;
}

} // namespace

ChoiceList::ChoiceList(const Text &text, QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(text.list);
    m_list->setAccessibleName(text.accessibleName);
    m_list->setToolTip(text.toolTip);
    // An item view's description is its own: assistive technology does not fall back to the tooltip.
    m_list->setAccessibleDescription(text.toolTip);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::itemChanged, this, &ChoiceList::changed);

    auto *title = new QLabel(text.title, this);
    title->setBuddy(m_list);
    auto *all = toggleButton(text.selectAll, text.all, tr("Ticks every entry of the list"), this);
    auto *none = toggleButton(text.selectNone, text.none, tr("Unticks every entry of the list"), this);
    connect(all, &QPushButton::clicked, this, [this] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [this] { checkAll(Qt::Unchecked); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void ChoiceList::setChoices(const QList<QPair<QString, QString>> &choices)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &[id, name] : choices) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(IdRole, id);
        item->setToolTip(id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList ChoiceList::checkedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(IdRole).toString());
    }
    return ids.size() == m_list->count() ? QStringList() : ids;
}

bool ChoiceList::nothingChecked() const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            return false;
    }
    return m_list->count() > 0;
}

int ChoiceList::count() const
{
    return m_list->count();
}

void ChoiceList::checkAll(Qt::CheckState state)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(state);
    }
    emit changed();
}

} // namespace radar
