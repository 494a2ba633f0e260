// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/healthstate.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace radar {

/// The tray icon: its symbol and tooltip tell the worst current status; its menu reaches everything.
/// Does nothing visible where the desktop has no tray (available() says so).
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    static bool available();

    /// Shows the overall status and the worst problems among `cells` (which may hold only the
    /// problems: the others are ignored anyway); while `offlineReason` is set, the one
    /// offline state instead, since every source failing then says nothing about the providers.
    void update(Status overall, const QList<CellState> &cells, const QList<SourceState> &sources,
                const QString &offlineReason = QString());
    void setWindowVisible(bool visible);
    void showMessage(const QString &title, const QString &text);

    QString toolTip() const { return m_toolTip; }
    Status shownStatus() const { return m_shown; }
    bool showsOffline() const { return m_offline; }

signals:
    void toggleWindowRequested();
    void showWindowRequested();
    void refreshRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_showAction = nullptr;
    QString m_toolTip;
    Status m_shown = Status::Unknown;
    bool m_offline = false;
};

} // namespace radar
