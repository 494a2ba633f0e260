// SPDX-License-Identifier: GPL-3.0-or-later
#include "traycontroller.h"

#include "statuspainter.h"

#include "item/statustext.h"

#include <QMenu>
#include <QSet>
#include <QSystemTrayIcon>

#include <algorithm>

namespace radar {

namespace {
constexpr int problemsInToolTip = 3;
}

TrayController::TrayController(QObject *parent)
    : QObject(parent)
{
    // Offscreen and bare X sessions have no tray; creating an icon there only produces warnings.
    if (!available())
        return;
    m_menu = new QMenu();
    m_showAction = m_menu->addAction(tr("Open dashboard"), this, &TrayController::showWindowRequested);
    m_menu->addAction(tr("Refresh now"), this, &TrayController::refreshRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit Outage Radar"), this, &TrayController::quitRequested);

    m_icon = new QSystemTrayIcon(statusIcon(Status::Unknown), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
    });
    m_icon->show();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::update(Status overall, const QList<CellState> &cells, const QList<SourceState> &sources,
                            const QString &offlineReason)
{
    m_shown = overall;
    m_offline = !offlineReason.isEmpty();
    if (m_offline) {
        m_toolTip = tr("Outage Radar: offline") + QLatin1Char('\n') + offlineReason + QLatin1Char('\n')
            + tr("The last known data is not up to date.");
        if (m_icon) {
            m_icon->setIcon(offlineIcon());
            m_icon->setToolTip(m_toolTip);
        }
        return;
    }

    // A provider's own row only names a problem its services don't already name (an incident on
    // operational components, say); otherwise "GitHub" and "GitHub Actions" would say the same thing.
    QList<CellState> problems;
    QSet<QString> providersWithServiceProblems;
    for (const CellState &cell : cells) {
        if (severityRank(cell.status) >= severityRank(Status::Degraded) && !cell.key.isProviderSummary())
            providersWithServiceProblems.insert(cell.key.provider);
    }
    for (const CellState &cell : cells) {
        if (severityRank(cell.status) >= severityRank(Status::Degraded)
            && !(cell.key.isProviderSummary() && providersWithServiceProblems.contains(cell.key.provider)))
            problems.append(cell);
    }
    std::stable_sort(problems.begin(), problems.end(), [](const CellState &a, const CellState &b) {
        return severityRank(a.status) > severityRank(b.status);
    });
    const auto failing = std::count_if(sources.cbegin(), sources.cend(), [](const SourceState &source) {
        return source.health == SourceHealth::Failing || source.health == SourceHealth::Stale;
    });

    QStringList lines {tr("Outage Radar: %1").arg(statusText(overall))};
    for (int i = 0; i < problems.size() && i < problemsInToolTip; ++i) {
        const CellState &cell = problems[i];
        const QString subject = cell.key.isProviderSummary()
            ? cell.providerName
            : tr("%1 %2").arg(cell.providerName, cell.serviceName);
        lines << tr("%1: %2").arg(subject, statusText(cell.status).toLower());
    }
    if (problems.size() > problemsInToolTip)
        lines << tr("and %n more problem(s)", nullptr, int(problems.size() - problemsInToolTip));
    if (failing > 0)
        lines << tr("%n source(s) of %1 not up to date", nullptr, int(failing)).arg(sources.size());

    m_toolTip = lines.join(QLatin1Char('\n'));
    if (m_icon) {
        m_icon->setIcon(statusIcon(overall));
        m_icon->setToolTip(m_toolTip);
    }
}

void TrayController::setWindowVisible(bool visible)
{
    if (m_showAction)
        m_showAction->setEnabled(!visible);
}

void TrayController::showMessage(const QString &title, const QString &text)
{
    if (m_icon)
        m_icon->showMessage(title, text, statusIcon(m_shown));
}

} // namespace radar
