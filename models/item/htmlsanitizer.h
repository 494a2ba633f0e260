// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace radar {

/// How much of a provider's text sanitizedHtml() reads (UTF-16 units); the rest becomes "…".
constexpr qsizetype sanitizedInputLimit = 64 * 1024;

/// Turns a provider's update text (HTML, Markdown or plain text, all untrusted) into rich text for
/// QTextDocument that holds only p, br, b, strong, i, em, ul, ol, li, a, code and pre, no attribute
/// but an http(s) href on a, and every other character escaped. Never fails; linear in the input.
QString sanitizedHtml(QStringView providerText);

/// The absolute http or https URL `href` names (entities already decoded), or an empty QUrl when it
/// names anything else (javascript:, data:, relative, protocol-relative, hidden whitespace, ...).
QUrl safeLinkTarget(QStringView href);

/// Whether a link may be opened: an absolute http or https URL with a host.
bool isOpenableLink(const QUrl &url);

} // namespace radar
