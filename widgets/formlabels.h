// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace radar {

/// A form's label whose mnemonic (&) gives `buddy` the focus.
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);
/// A quiet, wrapped line under a field that says what it does or means.
QLabel *hintLabel(const QString &text, QWidget *parent);

} // namespace radar
