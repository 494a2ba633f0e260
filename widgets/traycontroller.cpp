// SPDX-License-Identifier: GPL-3.0-or-later
#include "traycontroller.h"

#include "quietlengthmenu.h"

#include "domain/incident.h"
#include "item/statustext.h"

#include <QCoreApplication>
#include <QMenu>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>

namespace radar {

namespace {

/// "AWS EC2 (N. Virginia)": who has the problem, with the region where it is a region's.
QString problemSubject(const CellState &cell)
{
    const bool regional = !cell.regionName.isEmpty() && cell.key.region != globalRegion();
    if (cell.key.isProviderSummary()) {
        return regional ? QCoreApplication::translate("radar::TrayController", "%1 (%2)")
                              .arg(cell.providerName, cell.regionName)
                        : cell.providerName;
    }
    // "AWS Amplify" names its provider already; "Actions" needs "GitHub" in front.
    if (cell.serviceName.startsWith(cell.providerName + QLatin1Char(' ')))
        return regional ? QCoreApplication::translate("radar::TrayController", "%1 (%2)")
                              .arg(cell.serviceName, cell.regionName)
                        : cell.serviceName;
    return regional ? QCoreApplication::translate("radar::TrayController", "%1 %2 (%3)")
                          .arg(cell.providerName, cell.serviceName, cell.regionName)
                    : QCoreApplication::translate("radar::TrayController", "%1 %2")
                          .arg(cell.providerName, cell.serviceName);
}

QString problemText(const CellState &cell)
{
    return QCoreApplication::translate("radar::TrayController", "%1: %2")
        .arg(problemSubject(cell), statusText(cell.status).toLower());
}

/// The problems worth naming, worst first: a provider's own row only when it names a problem its
/// services don't already name (an incident on operational components, say); otherwise "GitHub"
/// and "GitHub Actions" would say the same thing.
QList<CellState> distinctProblems(const QList<CellState> &cells)
{
    QSet<QString> providersWithServiceProblems;
    for (const CellState &cell : cells) {
        if (severityRank(cell.status) >= severityRank(Status::Degraded) && !cell.key.isProviderSummary())
            providersWithServiceProblems.insert(cell.key.provider);
    }
    QList<CellState> problems;
    for (const CellState &cell : cells) {
        if (severityRank(cell.status) >= severityRank(Status::Degraded)
            && !(cell.key.isProviderSummary() && providersWithServiceProblems.contains(cell.key.provider)))
            problems.append(cell);
    }
    // The caller's order is any order: by name within a status, so the list does not reshuffle.
    std::stable_sort(problems.begin(), problems.end(), [](const CellState &a, const CellState &b) {
        if (a.status != b.status)
            return severityRank(a.status) > severityRank(b.status);
        return problemSubject(a).localeAwareCompare(problemSubject(b)) < 0;
    });
    return problems;
}

/// Whether the problems menu would show `a` as it shows `b`. The rest of a cell (its data time
/// above all) changes on every poll; rebuilding for it would only replace entries under the cursor.
bool sameInMenu(const QList<CellState> &a, const QList<CellState> &b)
{
    if (a.size() != b.size()) // the count is in the title and in "and N more"
        return false;
    for (int i = 0; i < a.size() && i < TrayController::problemsInMenu; ++i) {
        const CellState &x = a[i];
        const CellState &y = b[i];
        if (x.key != y.key || x.status != y.status || x.providerName != y.providerName
            || x.serviceName != y.serviceName || x.regionName != y.regionName
            || x.incidentIds != y.incidentIds)
            return false;
    }
    return true;
}

/// Menu text shows a single '&' as a mnemonic; names such as "AT&T" must keep theirs.
QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
{
    buildMenu();
    m_trayCheck = new QTimer(this);
    m_trayCheck->setObjectName(QStringLiteral("trayCheck"));
    m_trayCheck->setInterval(trayCheckIntervalMs);
    connect(m_trayCheck, &QTimer::timeout, this, &TrayController::checkTray);
    // Offscreen and bare X sessions have no tray; creating an icon there only produces warnings.
    if (available())
        showIcon();
    else
        m_trayCheck->start();
}

TrayController::~TrayController() = default;

bool TrayController::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::checkTray()
{
    ++m_trayChecksMade;
    if (available()) {
        m_trayCheck->stop();
        showIcon();
        emit trayAvailableChanged(true);
    } else if (m_trayChecksMade >= trayChecks) {
        m_trayCheck->stop();
    }
}

void TrayController::showIcon()
{
    // What update() has shown so far, since it had no icon to show it on.
    m_icon = new QSystemTrayIcon(trayIcon(m_iconState), this);
    m_icon->setToolTip(m_toolTip);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::messageClicked);
    m_icon->show();
}

void TrayController::buildMenu()
{
    // Always enabled: it also raises a window hidden behind others.
    m_menu->addAction(tr("&Open dashboard"), this, &TrayController::showWindowRequested)
        ->setObjectName(QStringLiteral("openDashboard"));
    m_menu->addAction(tr("&Refresh now"), this, &TrayController::refreshRequested)
        ->setObjectName(QStringLiteral("refreshNow"));

    m_pauseMenu = m_menu->addMenu(tr("P&ause notifications"));
    m_pauseMenu->setObjectName(QStringLiteral("pauseMenu"));
    m_pausedLine = m_pauseMenu->addAction(QString());
    m_pausedLine->setObjectName(QStringLiteral("pausedUntil"));
    m_pausedLine->setEnabled(false);
    m_pausedLine->setVisible(false);
    addQuietLengthActions(m_pauseMenu,
                          {QuietLength::OneHour, QuietLength::FourHours, QuietLength::UntilTomorrow},
                          [this](QuietLength length) { emit pauseRequested(length); });
    m_pauseMenu->addSeparator();
    m_resumeAction =
        m_pauseMenu->addAction(tr("&Resume notifications"), this, &TrayController::resumeRequested);
    m_resumeAction->setObjectName(QStringLiteral("resume"));
    m_resumeAction->setEnabled(false);

    m_problemsMenu = m_menu->addMenu(QString());
    m_problemsMenu->setObjectName(QStringLiteral("problemsMenu"));
    // Open, the menu keeps its entries: what changed meanwhile shows once it closes, or the next
    // time it opens. The signals, not isVisible(): a tray that draws the menu itself (D-Bus)
    // never shows this widget. After the close, not during it: the entry picked is still to run.
    connect(m_problemsMenu, &QMenu::aboutToShow, this, [this] {
        if (!sameInMenu(m_problems, m_problemsInMenu))
            rebuildProblemsMenu();
        m_problemsMenuOpen = true;
    });
    connect(m_problemsMenu, &QMenu::aboutToHide, this, [this] {
        m_problemsMenuOpen = false;
        QTimer::singleShot(0, this, [this] {
            if (!m_problemsMenuOpen && !sameInMenu(m_problems, m_problemsInMenu))
                rebuildProblemsMenu();
        });
    });
    rebuildProblemsMenu();

    m_menu->addSeparator();
    m_menu->addAction(tr("&Settings…"), this, &TrayController::settingsRequested)
        ->setObjectName(QStringLiteral("settings"));
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit Outage Radar"), this, &TrayController::quitRequested)
        ->setObjectName(QStringLiteral("quit"));
}

void TrayController::update(const TrayStatus &status)
{
    const QDateTime now = status.now.isValid() ? status.now : QDateTime::currentDateTimeUtc();
    const bool noneFresh = !status.sources.isEmpty()
        && std::none_of(status.sources.cbegin(), status.sources.cend(), [](const SourceState &source) {
               return source.health == SourceHealth::Fresh || source.health == SourceHealth::Pending;
           });

    const QList<CellState> problems = distinctProblems(status.problems);
    TrayIconState icon;
    icon.status = status.overall;
    icon.paused = status.pausedUntil.isValid() && status.pausedUntil > now;
    if (!status.offlineReason.isEmpty()) {
        icon.kind = TrayIconState::Offline;
    } else if (noneFresh) {
        icon.kind = TrayIconState::Stale;
    } else {
        icon.problems = int(problems.size());
    }

    m_problems = problems;
    if (!m_problemsMenuOpen && !sameInMenu(m_problems, m_problemsInMenu))
        rebuildProblemsMenu();
    updatePauseMenu(icon.paused ? status.pausedUntil : QDateTime(), now);
    if (icon != m_iconState) {
        m_iconState = icon;
        if (m_icon)
            m_icon->setIcon(trayIcon(m_iconState));
    }
    const QString toolTip = makeToolTip(status, now);
    if (m_icon && toolTip != m_toolTip)
        m_icon->setToolTip(toolTip);
    m_toolTip = toolTip;
}

QString TrayController::makeToolTip(const TrayStatus &status, const QDateTime &now) const
{
    QStringList lines;
    switch (m_iconState.kind) {
    case TrayIconState::Offline:
        lines << tr("Outage Radar: offline") << status.offlineReason;
        break;
    case TrayIconState::Stale:
        lines << tr("Outage Radar: data not up to date");
        break;
    case TrayIconState::StatusKind:
        lines << tr("Outage Radar: %1").arg(statusText(status.overall));
        for (int i = 0; i < m_problems.size() && i < problemsInToolTip; ++i)
            lines << problemText(m_problems[i]);
        if (m_problems.size() > problemsInToolTip)
            lines << tr("and %n more problem(s)", nullptr, int(m_problems.size() - problemsInToolTip));
        break;
    }

    // The age of what is shown: the newest fresh data, or while none is fresh the newest there is.
    const bool anyFresh = m_iconState.kind == TrayIconState::StatusKind;
    QDateTime updated;
    int notUpToDate = 0;
    bool pending = false;
    for (const SourceState &source : status.sources) {
        if (source.health == SourceHealth::Failing || source.health == SourceHealth::Stale)
            ++notUpToDate;
        pending = pending || source.health == SourceHealth::Pending;
        if ((!anyFresh || source.health == SourceHealth::Fresh) && source.status.lastSuccess.isValid()
            && (!updated.isValid() || source.status.lastSuccess > updated))
            updated = source.status.lastSuccess;
    }
    const int sources = int(status.sources.size());
    if (!updated.isValid()) {
        if (pending)
            lines << tr("Waiting for the first data");
        else if (notUpToDate > 0)
            lines << tr("%n source(s) of %1 not up to date", nullptr, notUpToDate).arg(sources);
    } else if (updated.secsTo(now) < 60) {
        lines << (notUpToDate > 0
                      ? tr("Updated just now, %n source(s) of %1 not up to date", nullptr, notUpToDate)
                            .arg(sources)
                      : tr("Updated just now"));
    } else {
        const QString age = durationText(updated.secsTo(now));
        lines << (notUpToDate > 0
                      ? tr("Updated %1 ago, %n source(s) of %2 not up to date", nullptr, notUpToDate)
                            .arg(age)
                            .arg(sources)
                      : tr("Updated %1 ago").arg(age));
    }

    if (m_iconState.paused)
        lines << tr("Notifications paused until %1").arg(shortLocalTime(status.pausedUntil, now));
    if (!lines.isEmpty())
        lines.first() = labelled(lines.first());
    return lines.join(QLatin1Char('\n'));
}

void TrayController::rebuildProblemsMenu()
{
    m_problemsInMenu = m_problems;
    m_problemsMenu->clear();
    const int count = int(m_problems.size());
    m_problemsMenu->setTitle(count > 0 ? tr("&Problems (%n)", nullptr, count) : tr("&Problems"));
    if (count == 0) {
        m_problemsMenu->addAction(tr("No problems"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < count && i < problemsInMenu; ++i) {
        const CellState &cell = m_problemsInMenu[i];
        QStringList incidentKeys;
        for (const QString &id : cell.incidentIds)
            incidentKeys << incidentKey(cell.key.provider, id);
        m_problemsMenu->addAction(
            statusIcon(cell.status), menuText(problemText(cell)), this,
            [this, key = cell.key, incidentKeys] { emit problemRequested(key, incidentKeys); });
    }
    if (count > problemsInMenu) {
        m_problemsMenu->addSeparator();
        m_problemsMenu->addAction(tr("and %n more…", nullptr, count - problemsInMenu), this,
                                  &TrayController::showWindowRequested);
    }
}

void TrayController::updatePauseMenu(const QDateTime &pausedUntil, const QDateTime &now)
{
    const bool paused = pausedUntil.isValid();
    m_pausedLine->setVisible(paused);
    if (paused)
        m_pausedLine->setText(tr("Paused until %1").arg(shortLocalTime(pausedUntil, now)));
    m_resumeAction->setEnabled(paused);
}

void TrayController::showMessage(const QString &title, const QString &text, Status status)
{
    if (m_icon)
        m_icon->showMessage(labelled(title), text, statusIcon(status));
}

void TrayController::setLabel(const QString &label)
{
    m_label = label;
}

QString TrayController::labelled(const QString &text) const
{
    //: The label (the demo's "DEMO") before the tray's tooltip and every notification's title
    return m_label.isEmpty() ? text : tr("%1: %2").arg(m_label, text);
}

} // namespace radar
