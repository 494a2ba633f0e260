// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace radar {

namespace {

// The translators installed last; a later call replaces them instead of stacking more.
QPointer<QTranslator> ownTranslator;
QPointer<QTranslator> qtTranslator;

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

void installTranslations(const QString &language)
{
    // A language chosen in the settings wins over the system's, for dates and numbers too.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    // English is the source language but still needs its file for plurals ("1 source", "2 sources"),
    // so it is the fallback when the system's language has no translation.
    if (!own->load(locale, QStringLiteral("outage-radar"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !own->load(QStringLiteral(":/i18n/outage-radar_en"))) {
        delete own;
        own = nullptr;
    }
    replace(ownTranslator, own);

    // Qt's own strings (standard buttons, context menus): from the Qt installation on Linux, from
    // beside the executable where windeployqt and macdeployqt put them.
    auto *qt = new QTranslator(app);
    const QString appDir = QCoreApplication::applicationDirPath();
    bool loaded = false;
    for (const QString &folder :
         {QLibraryInfo::path(QLibraryInfo::TranslationsPath), appDir + QStringLiteral("/translations"),
          appDir + QStringLiteral("/../translations"),
          appDir + QStringLiteral("/../Resources/translations")}) {
        if (!loaded)
            loaded = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), folder);
    }
    if (!loaded) {
        delete qt;
        qt = nullptr;
    }
    replace(qtTranslator, qt);
}

QString translationLanguage()
{
    return ownTranslator ? ownTranslator->language() : QString();
}

} // namespace radar
