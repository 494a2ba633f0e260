// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A private X server for tests of the real app: Xvfb on a display nobody uses, the environment
// for programs that should draw there, and screenshots with ImageMagick's `import`.

#include <QColor>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

class XSession
{
public:
    XSession() = default;
    XSession(const XSession &) = delete;
    XSession &operator=(const XSession &) = delete;
    ~XSession() { stop(); }

    /// Starts Xvfb; empty when it runs, otherwise why it cannot (for QSKIP).
    QString start(const QString &geometry = QStringLiteral("1024x700x24"))
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("import")).isEmpty())
            return QStringLiteral("needs Xvfb and ImageMagick's import (bash .ci/setup installs them)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory for screenshots");
        // Xvfb picks a free display itself (its lock files make that atomic, where probing for a
        // free socket here raced with the other tests' servers under ctest -j) and writes the
        // number to stdout once it accepts connections.
        m_server.setProgram(xvfb);
        m_server.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                               QStringLiteral("0"), geometry, QStringLiteral("-nolisten"),
                               QStringLiteral("tcp")});
        m_server.start();
        if (!m_server.waitForStarted())
            return QStringLiteral("Xvfb did not start");
        QByteArray announced;
        for (QDeadlineTimer deadline(15000); !announced.contains('\n') && !deadline.hasExpired();) {
            if (m_server.state() == QProcess::NotRunning)
                break;
            m_server.waitForReadyRead(100);
            announced += m_server.readAllStandardOutput();
        }
        bool ok = false;
        const int display = announced.trimmed().toInt(&ok);
        if (!ok || m_server.state() != QProcess::Running) {
            stop();
            return QStringLiteral("Xvfb did not announce a display: %1").arg(QString::fromLatin1(announced));
        }
        m_display = QStringLiteral(":%1").arg(display);
        return QString();
    }

    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    QString display() const { return m_display; }

    /// The system environment, drawing on this display with Qt's xcb platform.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPLAY"), m_display);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        return environment;
    }

    /// Runs `program` on this display to its end; its exit code, or -1 when it did not finish.
    int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(program, arguments);
        if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    }

    /// The whole screen; a null image when `import` failed.
    QImage screenshot() const
    {
        const QString file = m_dir.filePath(QStringLiteral("screen.png"));
        if (run(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file}) != 0)
            return {};
        return QImage(file);
    }

    /// Screenshots until `shown` holds or `timeoutMs` passed; the last screenshot.
    QImage awaitScreen(const std::function<bool(const QImage &)> &shown, int timeoutMs = 20000) const
    {
        QImage image;
        for (QDeadlineTimer deadline(timeoutMs); !deadline.hasExpired(); QTest::qWait(300)) {
            image = screenshot();
            if (!image.isNull() && shown(image))
                break;
        }
        return image;
    }

private:
    QProcess m_server;
    QString m_display;
    QTemporaryDir m_dir;
};

/// How many pixels of `image` are within a small distance of `colour`.
inline int pixelsOf(const QImage &image, const QColor &colour, int tolerance = 10)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int hits = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (qAbs(qRed(line[x]) - colour.red()) < tolerance
                && qAbs(qGreen(line[x]) - colour.green()) < tolerance
                && qAbs(qBlue(line[x]) - colour.blue()) < tolerance)
                ++hits;
        }
    }
    return hits;
}
