// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/incidentdetails.h"

#include <QTextBrowser>

#include <functional>

namespace radar {

/// The details pane: one incident's summary and updates as sanitised rich text. Loads no resource
/// of any kind, and opens only http and https links, only when the user activates one.
class IncidentDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    /// Opens a link outside the app; returns whether it did.
    using LinkOpener = std::function<bool(const QUrl &)>;

    explicit IncidentDetailsView(QWidget *parent = nullptr);

    void setIncident(const IncidentDetailsInput &input);
    /// Shows the placeholder that asks for a selection. (Hides QTextEdit::clear(), which would
    /// leave the pane blank.)
    void clear();

    /// What opens a link that passed the check: QDesktopServices::openUrl unless replaced.
    void setLinkOpener(LinkOpener opener) { m_opener = std::move(opener); }

    /// Nothing is ever fetched: no image, stylesheet or remote document.
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void openLink(const QUrl &url);

    LinkOpener m_opener;
};

} // namespace radar
