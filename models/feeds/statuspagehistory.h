// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The update paragraphs inside the HTML of Statuspage's history.atom and history.rss entries, and
// the dates they carry (no year, a zone label). Part of the RSS/Atom history adapter.
namespace radar::rsshistory {

/// One update of a Statuspage history entry, as in
/// `<p><small>Nov <var data-var='date'>14</var>, <var data-var='time'>14:07</var> PST</small><br>
/// <strong>Resolved</strong> - text</p>`.
struct Paragraph
{
    QString when; // the <small> text without tags: "Nov 14, 14:07 PST"; empty when unreadable
    QString word; // the <strong> text: "Resolved", "In progress", "Update"
    QString text; // what follows " - ", as HTML
};

/// The update paragraphs of an entry's HTML in the feed's order (newest first). Empty when the
/// HTML has no paragraph that starts with a <small> date and a <strong> word.
QList<Paragraph> updateParagraphs(QStringView html);

/// The UTC offset, in seconds, a feed date is written in ("...-08:00", "... -0800", "... PDT");
/// std::nullopt when the date has none or cannot be read.
std::optional<int> offsetOfDate(QStringView date);

/// The instant of a paragraph's `when` ("Nov 14, 14:07 PST", "Jan  1, 09:09 PST"). The text has no
/// year: it is the year that puts the update nearest `reference` (the entry's updated, else published
/// instant). Not "the last year before it": history.rss dates an entry by its resolution, and a
/// postmortem posted days later must not move a year back. The zone label gives the offset, but
/// when the entry's own offset (`entryOffset`) is the other half of the label's standard/daylight
/// pair, the entry wins: old pages say "PST" in summer while their dates say -0700. A label
/// feeddates does not know falls back to the entry's offset. Null when it cannot be derived.
QDateTime updateInstant(QStringView when, const QDateTime &reference, std::optional<int> entryOffset);

} // namespace radar::rsshistory
