// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "net/pollscheduler.h"

namespace radar {

Engine::Engine(FetchPolicy policy, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<radar::Snapshot>();
    qRegisterMetaType<radar::SourceError>();
    qRegisterMetaType<QList<radar::SourceConfig>>();

    m_thread.setObjectName(QStringLiteral("io"));
    m_scheduler = new PollScheduler(policy);
    m_scheduler->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_scheduler, &QObject::deleteLater);
    connect(m_scheduler, &PollScheduler::snapshotReady, this, &Engine::snapshotReady);
    connect(m_scheduler, &PollScheduler::sourceUnchanged, this, &Engine::sourceUnchanged);
    connect(m_scheduler, &PollScheduler::refreshProgress, this, &Engine::refreshProgress);
    connect(m_scheduler, &PollScheduler::sourceFailed, this, &Engine::sourceFailed);
    connect(m_scheduler, &PollScheduler::nextAttemptScheduled, this, &Engine::nextAttemptScheduled);
    connect(m_scheduler, &PollScheduler::cycleFinished, this, &Engine::cycleFinished);
    m_thread.start();
}

Engine::~Engine()
{
    shutDown();
}

void Engine::setSources(const QList<SourceConfig> &sources)
{
    QMetaObject::invokeMethod(m_scheduler,
                              [scheduler = m_scheduler, sources] { scheduler->setSources(sources); });
}

void Engine::setFetchPolicy(const FetchPolicy &policy)
{
    QMetaObject::invokeMethod(m_scheduler,
                              [scheduler = m_scheduler, policy] { scheduler->setFetchPolicy(policy); });
}

void Engine::start()
{
    QMetaObject::invokeMethod(m_scheduler, &PollScheduler::start);
}

void Engine::refreshNow()
{
    QMetaObject::invokeMethod(m_scheduler, &PollScheduler::pollAll);
}

void Engine::shutDown()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_scheduler, &PollScheduler::stop);
    m_thread.quit();
    m_thread.wait();
}

} // namespace radar
