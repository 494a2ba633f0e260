// SPDX-License-Identifier: GPL-3.0-or-later
#include "notificationlogview.h"

#include "item/notificationlogmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace radar {

/// Keeps the entries the filter box asks for, and marks the outcome so that it reads without colour:
/// a held back entry is italic, dimmed and has a pause symbol; a sent one has a check mark.
class NotificationLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    NotificationLogView::Filter filter() const { return m_filter; }
    void setFilter(NotificationLogView::Filter filter)
    {
        if (filter == m_filter)
            return;
        m_filter = filter;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() != NotificationLogModel::OutcomeColumn
            || (role != Qt::DecorationRole && role != Qt::FontRole && role != Qt::ForegroundRole))
            return QSortFilterProxyModel::data(index, role);
        const bool sent = index.siblingAtColumn(0).data(NotificationLogModel::SentRole).toBool();
        switch (role) {
        case Qt::DecorationRole:
            return QApplication::style()->standardIcon(sent ? QStyle::SP_DialogApplyButton
                                                            : QStyle::SP_MediaPause);
        case Qt::FontRole: {
            if (sent)
                return QSortFilterProxyModel::data(index, role);
            QFont font = QSortFilterProxyModel::data(index, role).value<QFont>();
            font.setItalic(true);
            return font;
        }
        default: {
            if (sent)
                return QSortFilterProxyModel::data(index, role);
            // Dimmed, yet well above the contrast of disabled text: the word still has to read.
            const QPalette palette = QApplication::palette();
            const QColor text = palette.color(QPalette::Text);
            const QColor base = palette.color(QPalette::Base);
            return QColor::fromRgbF(text.redF() * 0.65f + base.redF() * 0.35f,
                                    text.greenF() * 0.65f + base.greenF() * 0.35f,
                                    text.blueF() * 0.65f + base.blueF() * 0.35f);
        }
        }
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_filter == NotificationLogView::Filter::All)
            return true;
        const bool sent =
            sourceModel()->index(sourceRow, 0, sourceParent).data(NotificationLogModel::SentRole).toBool();
        return sent == (m_filter == NotificationLogView::Filter::Sent);
    }

private:
    NotificationLogView::Filter m_filter = NotificationLogView::Filter::All;
};

NotificationLogView::NotificationLogView(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notificationLogView"));

    auto *explanation = new QLabel(
        tr("Every notification Outage Radar sent, and each one it held back, with the rule that decided."),
        this);
    explanation->setObjectName(QStringLiteral("notificationLogExplanation"));
    explanation->setWordWrap(true);

    m_filterBox = new QComboBox(this);
    m_filterBox->setObjectName(QStringLiteral("notificationFilterBox"));
    m_filterBox->setAccessibleName(tr("Show notifications"));
    m_filterBox->setToolTip(tr("Lists every notification, only those sent, or only those held back"));
    m_filterBox->addItem(tr("All"), int(Filter::All));
    m_filterBox->addItem(tr("Sent"), int(Filter::Sent));
    m_filterBox->addItem(tr("Held back"), int(Filter::HeldBack));
    auto *filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filterBox);

    m_filter = new NotificationLogFilter(this);
    m_filter->setSourceModel(model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("notificationLog"));
    m_view->setAccessibleName(tr("Notification log"));
    m_view->setAccessibleDescription(
        tr("Notifications sent and held back, newest first. Enter opens the incidents of an entry."));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::StrongFocus);
    // The notification's text takes what the short columns leave. Sections come and go with the
    // model's columns (a reset forgets their modes): the text's is set whenever it is there.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto stretchText = [header] {
        if (header->count() > NotificationLogModel::NotificationColumn)
            header->setSectionResizeMode(NotificationLogModel::NotificationColumn, QHeaderView::Stretch);
    };
    connect(header, &QHeaderView::sectionCountChanged, this, stretchText);
    stretchText();

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("notificationLogEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *controls = new QHBoxLayout;
    controls->addWidget(explanation, 1);
    controls->addWidget(filterLabel);
    controls->addWidget(m_filterBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);

    // The page hands its focus to the list (below): the filter box comes after it, or Tab into the
    // page would go past the box to the list and never back.
    setTabOrder(m_view, m_filterBox);

    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(Filter(m_filterBox->currentData().toInt())); });
    connect(m_view, &QAbstractItemView::activated, this, &NotificationLogView::open);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &NotificationLogView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NotificationLogView::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &NotificationLogView::updateEmptyState);
    updateEmptyState();
}

NotificationLogView::Filter NotificationLogView::filter() const
{
    return m_filter->filter();
}

void NotificationLogView::setFilter(Filter filter)
{
    m_filter->setFilter(filter);
    m_filterBox->setCurrentIndex(m_filterBox->findData(int(filter)));
    updateEmptyState();
}

void NotificationLogView::open(const QModelIndex &index)
{
    const QStringList keys =
        index.siblingAtColumn(0).data(NotificationLogModel::IncidentKeysRole).toStringList();
    if (!keys.isEmpty())
        emit incidentRequested(keys);
}

void NotificationLogView::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    if (empty) {
        const bool nothingAtAll = !m_filter->sourceModel() || m_filter->sourceModel()->rowCount() == 0;
        if (nothingAtAll)
            m_empty->setText(tr("No notifications yet.\n\nWhen a service you watch has a problem, or another "
                                "one has a serious outage, the notification is listed here. So is each one "
                                "that was held back, with the reason."));
        else if (filter() == Filter::Sent)
            m_empty->setText(tr("No notification was sent yet: every one so far was held back."));
        else
            m_empty->setText(tr("No notification was held back: every one so far was sent."));
    }
    // Focus on the page goes to the list, or to the filter box while the list is not there.
    const bool hadFocus = m_view->hasFocus();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    setFocusProxy(empty ? static_cast<QWidget *>(m_filterBox) : m_view);
    if (hadFocus && empty)
        m_filterBox->setFocus();
}

} // namespace radar
