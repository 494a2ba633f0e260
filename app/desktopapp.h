// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "engine.h"

#include "item/healthgridmodel.h"
#include "item/sourcelistmodel.h"
#include "policy/healthstate.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace radar {

class AppSettings;
class MainWindow;
class TrayController;

/// The composition root of the windowed app: owns the engine (and its io thread), the health
/// state, the models, the window and the tray, and wires them together.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    DesktopApp(const Options &options, AppSettings &settings, QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Returns false, with `error` set, when the sources cannot be loaded.
    bool start(QString &error);

    MainWindow *window() const { return m_window.get(); }

private:
    void applySnapshot(const QString &sourceId, const Snapshot &snapshot);
    void applyFailure(const QString &sourceId, const SourceError &error);
    void publish();
    void toggleWindow();
    void showWindow();
    void quit();
    void saveSession();

    Options m_options;
    AppSettings &m_settings;
    HealthState m_state;
    HealthGridModel m_gridModel;
    SourceListModel m_sourceModel;
    std::unique_ptr<MainWindow> m_window;
    TrayController *m_tray = nullptr;
    Engine m_engine;
    QTimer m_freshnessTimer;
};

} // namespace radar
