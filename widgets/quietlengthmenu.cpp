// SPDX-License-Identifier: GPL-3.0-or-later
#include "quietlengthmenu.h"

#include <QCoreApplication>
#include <QMenu>

namespace radar {

namespace {

QString quietLengthText(QuietLength length)
{
    switch (length) {
    case QuietLength::OneHour:
        return QCoreApplication::translate("radar::QuietLengthMenu", "For &%n hour(s)", nullptr, 1);
    case QuietLength::FourHours:
        return QCoreApplication::translate("radar::QuietLengthMenu", "For &%n hour(s)", nullptr, 4);
    case QuietLength::UntilTomorrow:
        return QCoreApplication::translate("radar::QuietLengthMenu", "Until tomorrow &morning");
    case QuietLength::UntilResolved:
        return QCoreApplication::translate("radar::QuietLengthMenu", "Until &resolved");
    }
    return QString();
}

} // namespace

QString quietLengthObjectName(QuietLength length)
{
    switch (length) {
    case QuietLength::OneHour:
        return QStringLiteral("quietOneHour");
    case QuietLength::FourHours:
        return QStringLiteral("quietFourHours");
    case QuietLength::UntilTomorrow:
        return QStringLiteral("quietUntilTomorrow");
    case QuietLength::UntilResolved:
        return QStringLiteral("quietUntilResolved");
    }
    return QString();
}

QList<QAction *> addQuietLengthActions(QMenu *menu, const QList<QuietLength> &lengths,
                                       const std::function<void(QuietLength)> &chosen)
{
    QList<QAction *> actions;
    for (QuietLength length : lengths) {
        QAction *action = menu->addAction(quietLengthText(length));
        action->setObjectName(quietLengthObjectName(length));
        // The entry is the context: the callback lives exactly as long as the entry can be picked.
        QObject::connect(action, &QAction::triggered, action, [chosen, length] { chosen(length); });
        actions << action;
    }
    return actions;
}

} // namespace radar
