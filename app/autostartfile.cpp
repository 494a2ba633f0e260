// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostartfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace radar::autostart::file {

bool write(const QString &path, const QString &content, QString &error)
{
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        error = QCoreApplication::translate("radar::Autostart", "cannot create the folder %1")
                    .arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        error = QCoreApplication::translate("radar::Autostart", "cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool remove(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    error = QCoreApplication::translate("radar::Autostart", "cannot remove %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace radar::autostart::file
