// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's banners: strips across the top for news that should not be missed (offline,
// what happened while away, a history or settings problem, no tray), each with its own button.
#include "mainwindow.h"

#include "statuspainter.h"

#include "item/awaydigesttext.h"
#include "item/statustext.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>

namespace radar {

void MainWindow::createBanners()
{
    auto *retry = new QPushButton(tr("Try &again"), this);
    retry->setObjectName(QStringLiteral("retryButton"));
    retry->setToolTip(tr("Asks every source again now"));
    connect(retry, &QPushButton::clicked, this, &MainWindow::refreshRequested);
    m_offlineBanner = createBanner(QStringLiteral("offlineBanner"), tr("Offline"), m_offlineText, retry);
    auto *symbol = new QLabel(m_offlineBanner);
    symbol->setPixmap(offlineIcon().pixmap(24, 24));
    static_cast<QBoxLayout *>(m_offlineBanner->layout())->insertWidget(0, symbol);

    auto *dismissAway = new QPushButton(tr("&Dismiss"), this);
    dismissAway->setObjectName(QStringLiteral("dismissAwayButton"));
    m_awayBanner =
        createBanner(QStringLiteral("awayBanner"), tr("While you were away"), m_awayText, dismissAway);
    m_awayText->setTextFormat(Qt::RichText);
    m_awayText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_awayText->setAccessibleName(tr("While you were away"));
    m_awayText->setAccessibleDescription(
        tr("Tab reaches each incident's link; Enter opens it in the history."));
    connect(dismissAway, &QPushButton::clicked, m_awayBanner, &QWidget::hide);
    connect(m_awayText, &QLabel::linkActivated, this, [this](const QString &link) {
        if (const std::optional<IncidentRef> incident = incidentFromLink(QUrl(link))) {
            showHistory();
            emit historyIncidentRequested(incident->provider, incident->id);
        }
    });

    auto *dismissHistory = new QPushButton(tr("D&ismiss"), this);
    m_historyBanner =
        createBanner(QStringLiteral("historyBanner"), tr("History problem"), m_historyText, dismissHistory);
    connect(dismissHistory, &QPushButton::clicked, m_historyBanner, &QWidget::hide);

    auto *dismissTray = new QPushButton(tr("Dis&miss"), this);
    dismissTray->setObjectName(QStringLiteral("dismissTrayButton"));
    m_trayBanner = createBanner(QStringLiteral("trayBanner"), tr("No system tray"), m_trayText, dismissTray);
    m_trayText->setTextFormat(Qt::PlainText);
    connect(dismissTray, &QPushButton::clicked, m_trayBanner, &QWidget::hide);

    auto *dismissSettings = new QPushButton(tr("Dismi&ss"), this);
    dismissSettings->setObjectName(QStringLiteral("dismissSettingsButton"));
    m_settingsBanner = createBanner(QStringLiteral("settingsBanner"), tr("Settings problem"), m_settingsText,
                                    dismissSettings);
    m_settingsText->setTextFormat(Qt::PlainText);
    connect(dismissSettings, &QPushButton::clicked, m_settingsBanner, &QWidget::hide);
}

QWidget *MainWindow::createBanner(const QString &objectName, const QString &accessibleName, QLabel *&text,
                                  QWidget *button)
{
    auto *banner = new QWidget(this);
    banner->setObjectName(objectName);
    banner->setAccessibleName(accessibleName);
    // Drawn in the tooltip's colours by role, not by value, so that a new theme repaints it too.
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(banner);
    text = new QLabel(banner);
    text->setForegroundRole(QPalette::ToolTipText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
    button->setParent(banner);
    if (button->toolTip().isEmpty())
        button->setAccessibleDescription(tr("Hides this message"));
    layout->addWidget(button, 0, Qt::AlignTop);
    banner->hide();
    return banner;
}

void MainWindow::showAwayDigest(const QString &html)
{
    m_awayText->setText(html);
    // A screen reader hears the digest itself, in words, as the description.
    m_awayText->setAccessibleDescription(
        tr("%1 Tab reaches each incident's link; Enter opens it in the history.", "the digest in words")
            .arg(QTextDocumentFragment::fromHtml(html).toPlainText()));
    m_awayBanner->show();
}

void MainWindow::setSettingsProblem(const QString &message)
{
    m_settingsText->setText(message);
    m_settingsBanner->setVisible(!message.isEmpty());
}

void MainWindow::setHistoryProblem(const QString &message)
{
    m_historyText->setText(message);
    m_historyBanner->setVisible(!message.isEmpty());
}

void MainWindow::setTrayUnavailable(const QString &message)
{
    m_trayText->setText(message);
    m_trayBanner->setVisible(!message.isEmpty());
}

void MainWindow::setOffline(const QString &reason, const QDateTime &nextAttempt)
{
    m_offline = !reason.isEmpty();
    m_offlineBanner->setVisible(m_offline);
    if (!m_offline)
        return;
    QString text = tr("<b>You appear to be offline.</b> %1 The last known data stays visible, marked "
                      "as not up to date, and no alerts are raised while the connection is gone.")
                       .arg(reason.toHtmlEscaped());
    if (nextAttempt.isValid())
        text += QLatin1Char(' ') + tr("Next try at %1.").arg(shortLocalTime(nextAttempt));
    m_offlineText->setText(text);
}

QList<QWidget *> MainWindow::bannerControls() const
{
    // In each banner, left to right: its text when it takes the focus (links), then its button.
    QList<QWidget *> controls;
    for (QWidget *banner : {m_offlineBanner, m_awayBanner, m_historyBanner, m_trayBanner, m_settingsBanner}) {
        for (QWidget *control : banner->findChildren<QWidget *>()) {
            if (control->focusPolicy() & Qt::TabFocus)
                controls.append(control);
        }
    }
    return controls;
}

} // namespace radar
