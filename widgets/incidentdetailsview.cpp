// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentdetailsview.h"

#include "item/htmlsanitizer.h"

#include <QDesktopServices>
#include <QTextDocument>

namespace radar {

namespace {

// QTextDocument::loadResource() reads local files and data: URLs itself when the view's
// loadResource() returns nothing; this document never loads anything at all.
class ResourcelessDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return QVariant(); }
};

} // namespace

IncidentDetailsView::IncidentDetailsView(QWidget *parent)
    : QTextBrowser(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("incidentDetails"));
    setAccessibleName(tr("Incident details"));
    setAccessibleDescription(tr("The selected incident's severity, times and affected services, and the "
                                "provider's updates, newest first"));
    setDocument(new ResourcelessDocument(this));
    // Links are handed to openLink() only: never followed inside the view, never opened unchecked.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction); // includes reaching links with Tab
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QTextBrowser::anchorClicked, this, &IncidentDetailsView::openLink);
    clear();
}

void IncidentDetailsView::setIncident(const IncidentDetailsInput &input)
{
    setHtml(incidentDetailsHtml(input, QDateTime::currentDateTimeUtc()));
}

void IncidentDetailsView::clear()
{
    setHtml(
        QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("Select an incident to see its details and the provider's updates.").toHtmlEscaped()));
}

QVariant IncidentDetailsView::loadResource(int, const QUrl &)
{
    return QVariant();
}

void IncidentDetailsView::openLink(const QUrl &url)
{
    if (isOpenableLink(url) && m_opener)
        m_opener(url);
}

} // namespace radar
