// SPDX-License-Identifier: GPL-3.0-or-later
// fake_desktop: the two D-Bus services of a freedesktop session that Qt's tray icon and
// notifications talk to, for tests of the real app on a headless machine (Xvfb, no desktop).
//
//   fake_desktop LOG [--click-after MS]
//
// On the session bus it owns
//   org.kde.StatusNotifierWatcher at /StatusNotifierWatcher: RegisterStatusNotifierItem,
//     RegisterStatusNotifierHost, signal StatusNotifierItemRegistered, properties
//     RegisteredStatusNotifierItems, IsStatusNotifierHostRegistered (true) and ProtocolVersion (0).
//     Qt reads IsStatusNotifierHostRegistered through QDBusInterface, which only knows properties
//     that Introspect lists: QtDBus lists these itself.
//   org.freedesktop.Notifications at /org/freedesktop/Notifications: Notify (ids 1, 2, 3…),
//     GetCapabilities (body, actions), GetServerInformation, CloseNotification, signals
//     NotificationClosed and ActionInvoked.
// With both names owned it prints "ready" and a line break on stdout. Every event becomes one JSON
// line appended to LOG, flushed at once:
//   {"event":"ready"}
//   {"event":"RegisterStatusNotifierItem","service":"org.kde.StatusNotifierItem-123-1","sender":":1.5"}
//   {"event":"RegisterStatusNotifierHost","service":"..."}
//   {"event":"Notify","id":1,"app_name":"outage-radar","replaces_id":0,"app_icon":"...","summary":"...",
//    "body":"...","actions":["default","Default"],"hints":{"urgency":1},"timeout":10000}
//   {"event":"CloseNotification","id":1}
//   {"event":"ActionInvoked","id":1,"action":"default"}     (only with --click-after)
// --click-after MS: MS milliseconds after each Notify, "click" it: emit ActionInvoked(id, "default")
// (Qt's QSystemTrayIcon turns that into messageClicked) and then NotificationClosed(id, 2).
// It exits (code 0) on SIGTERM or SIGINT, and when stdin reaches its end if stdin is a pipe, a
// socket or a terminal (QProcess's default), not when it is /dev/null (a shell's `&`). It exits
// with 1 when there is no session bus or a name is taken (a real desktop runs), 64 on bad usage.
//
// Typical use, all inside one private bus:
//   dbus-run-session -- sh -c 'fake_desktop /tmp/log & sleep 1; Xvfb :91 & sleep 1;
//                              DISPLAY=:91 QT_QPA_PLATFORM=xcb outage-radar --data-dir ...'
// From a test: start it with QProcess (under dbus-run-session), wait for "ready" on its stdout, run
// the app with the same DBUS_SESSION_BUS_ADDRESS, read LOG; closing its stdin ends it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

class EventLog
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
    QString errorString() const { return m_file.errorString(); }
    void write(const QJsonObject &event)
    {
        m_file.write(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
        m_file.flush(); // a test reads the file while this runs
    }

private:
    QFile m_file;
};

class StatusNotifierWatcher : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ registeredItems)
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
public:
    explicit StatusNotifierWatcher(EventLog &log)
        : m_log(log)
    { }
    QStringList registeredItems() const { return m_items; }
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }

public slots:
    void RegisterStatusNotifierItem(const QString &service)
    {
        // An item names its bus name, or (as some toolkits do) only its object path on the caller's.
        const QString sender = message().service();
        const QString item = service.startsWith(u'/') ? sender + service : service;
        if (!m_items.contains(item))
            m_items.append(item);
        m_log.write({{QStringLiteral("event"), QStringLiteral("RegisterStatusNotifierItem")},
                     {QStringLiteral("service"), service},
                     {QStringLiteral("sender"), sender}});
        emit StatusNotifierItemRegistered(item);
    }
    void RegisterStatusNotifierHost(const QString &service)
    {
        m_log.write({{QStringLiteral("event"), QStringLiteral("RegisterStatusNotifierHost")},
                     {QStringLiteral("service"), service}});
    }

signals:
    void StatusNotifierItemRegistered(const QString &service);
    void StatusNotifierItemUnregistered(const QString &service);
    void StatusNotifierHostRegistered();

private:
    EventLog &m_log;
    QStringList m_items;
};

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    NotificationServer(EventLog &log, int clickAfterMilliseconds)
        : m_log(log)
        , m_clickAfter(clickAfterMilliseconds)
    { }

public slots:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        const uint id = replaces_id != 0 ? replaces_id : ++m_lastId;
        m_log.write({{QStringLiteral("event"), QStringLiteral("Notify")},
                     {QStringLiteral("id"), qint64(id)},
                     {QStringLiteral("app_name"), app_name},
                     {QStringLiteral("replaces_id"), qint64(replaces_id)},
                     {QStringLiteral("app_icon"), app_icon},
                     {QStringLiteral("summary"), summary},
                     {QStringLiteral("body"), body},
                     {QStringLiteral("actions"), QJsonArray::fromStringList(actions)},
                     {QStringLiteral("hints"), hintsJson(hints)},
                     {QStringLiteral("timeout"), timeout}});
        if (m_clickAfter >= 0)
            QTimer::singleShot(m_clickAfter, this, [this, id] { click(id); });
        return id;
    }
    QStringList GetCapabilities() const { return {QStringLiteral("body"), QStringLiteral("actions")}; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion) const
    {
        vendor = QStringLiteral("Outage Radar tests");
        version = QStringLiteral("1.0");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake_desktop");
    }
    void CloseNotification(uint id)
    {
        m_log.write({{QStringLiteral("event"), QStringLiteral("CloseNotification")},
                     {QStringLiteral("id"), qint64(id)}});
        emit NotificationClosed(id, 3); // closed by a call to CloseNotification
    }

signals:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString &action_key);

private:
    void click(uint id)
    {
        m_log.write({{QStringLiteral("event"), QStringLiteral("ActionInvoked")},
                     {QStringLiteral("id"), qint64(id)},
                     {QStringLiteral("action"), QStringLiteral("default")}});
        emit ActionInvoked(id, QStringLiteral("default"));
        emit NotificationClosed(id, 2); // dismissed by the user, as a real server does after a click
    }

    static QJsonObject hintsJson(const QVariantMap &hints)
    {
        QJsonObject result;
        for (auto hint = hints.cbegin(); hint != hints.cend(); ++hint) {
            // Structures (image-data) arrive undemarshalled: their signature stands in for them.
            if (hint->metaType() == QMetaType::fromType<QDBusArgument>())
                result.insert(hint.key(), hint->value<QDBusArgument>().currentSignature());
            else
                result.insert(hint.key(), QJsonValue::fromVariant(*hint));
        }
        return result;
    }

    EventLog &m_log;
    int m_clickAfter = -1;
    uint m_lastId = 0;
};

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGTERM, SIGINT})
        ::sigaction(signal, &action, nullptr);
}

/// Quits when stdin ends, when that means something: a pipe (QProcess), a socket or a terminal.
void quitAtEndOfInput(QCoreApplication &app)
{
    struct stat status = {};
    if (::fstat(STDIN_FILENO, &status) != 0
        || !(S_ISFIFO(status.st_mode) || S_ISSOCK(status.st_mode) || ::isatty(STDIN_FILENO)))
        return;
    auto *notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            notifier->setEnabled(false);
            QCoreApplication::quit();
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A stand-in tray watcher and notification server on the "
                                                    "D-Bus session bus, logging to LOG as JSON lines."));
    parser.addHelpOption();
    const QCommandLineOption clickAfter(
        QStringLiteral("click-after"),
        QStringLiteral("Click each notification MS milliseconds after it came."), QStringLiteral("MS"));
    parser.addOption(clickAfter);
    parser.addPositionalArgument(QStringLiteral("LOG"),
                                 QStringLiteral("The file the events are appended to."));
    parser.process(app);
    bool isNumber = true;
    const int clickAfterMilliseconds =
        parser.isSet(clickAfter) ? parser.value(clickAfter).toInt(&isNumber) : -1;
    if (parser.positionalArguments().size() != 1 || !isNumber
        || (parser.isSet(clickAfter) && clickAfterMilliseconds < 0)) {
        std::fputs("usage: fake_desktop LOG [--click-after MS]\n", stderr);
        return 64;
    }
    EventLog log;
    if (!log.open(parser.positionalArguments().constFirst())) {
        std::fprintf(stderr, "fake_desktop: cannot open the log: %s\n", qPrintable(log.errorString()));
        return 64;
    }

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "fake_desktop: no session bus (%s); run it under dbus-run-session\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    StatusNotifierWatcher watcher(log);
    NotificationServer notifications(log, clickAfterMilliseconds);
    const auto exported = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
        | QDBusConnection::ExportAllProperties;
    if (!bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher, exported)
        || !bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications, exported)) {
        std::fprintf(stderr, "fake_desktop: cannot export the objects: %s\n",
                     qPrintable(bus.lastError().message()));
        return 1;
    }
    for (const char *name : {"org.kde.StatusNotifierWatcher", "org.freedesktop.Notifications"}) {
        if (!bus.registerService(QLatin1StringView(name))) {
            std::fprintf(
                stderr, "fake_desktop: cannot own %s: another program does (a desktop on this bus?)\n", name);
            return 1;
        }
    }
    quitOnSignals(app);
    quitAtEndOfInput(app);
    log.write({{QStringLiteral("event"), QStringLiteral("ready")}});
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

#include "fakedesktop.moc"
