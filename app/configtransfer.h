// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/configfile.h"

#include <QString>
#include <QStringList>

namespace radar {

class AppSettings;

/// Moves the shareable configuration between the settings and a JSON file: what the headless
/// --export-config/--import-config and the Settings dialog's Export…/Import… have in common.
namespace ConfigTransfer {

/// The configuration as the app runs it: the configured sources (the catalog's defaults when the
/// user never chose), the watch list and the notification rules.
SharedConfig current(const AppSettings &settings);

struct Written
{
    QString error; // empty on success: says which file and why
    QString summary; // "Wrote 12 sources, 3 watch-list entries and the notification rules to FILE"
};
/// Writes current(settings) to `path` ("-": standard output) atomically: a failed write leaves
/// any earlier file as it was.
Written exportTo(const AppSettings &settings, const QString &path);

struct Read
{
    ConfigImport import;
    bool missing = false; // the file could not be read at all; import.problems says why
};
/// Reads and validates `path`, refusing oversized files before reading them whole.
Read readFile(const QString &path);

/// Makes a valid import the saved configuration; a section the document leaves out stays as it is.
void apply(const ConfigImport &import, AppSettings &settings);
/// What an import holds, and which of its sources wait for a secret, in one or two sentences.
QString summary(const ConfigImport &import);

} // namespace ConfigTransfer

} // namespace radar
