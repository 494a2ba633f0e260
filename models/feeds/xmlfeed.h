// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace radar::xmlfeed {

enum class Format : quint8 { Rss, Atom };

/// One RSS <item> or Atom <entry>, its text as the feed wrote it (entities and CDATA decoded,
/// carriage returns turned into line feeds, nothing trimmed).
struct Item
{
    QString id; // RSS guid, Atom id
    QString title;
    QString link; // RSS link; Atom link rel="alternate" (or without rel)
    QString description; // RSS description; Atom content, else summary
    QString published; // RSS pubDate (dc:date when absent), Atom published
    QString updated; // Atom updated; the <updated> of AWS's 2017 RSS items
    QStringList categories; // RSS category text, Atom category term
};

/// An RSS 2.0 <channel> or an Atom <feed> with its items in document order.
struct Channel
{
    Format format = Format::Rss;
    QString id; // Atom feed id
    QString title; // the first title: AWS's 2017 channels carry a second one
    QString link; // RSS channel link; Atom link rel="alternate"
    QStringList otherLinks; // href of RSS <link href=.../> and atom:link elements
    QString generator;
    QString author; // Atom author name
    QString updated; // RSS lastBuildDate (else pubDate), Atom updated
    QList<Item> items;
};

/// A Channel, or one line saying why there is none; warnings name what was left out.
struct Document
{
    std::optional<Channel> channel;
    QString error; // "empty response", "malformed XML at line 3: ...", "expected <rss><channel> ..."
    QStringList warnings;
};

/// Reads an RSS 2.0 or Atom 1.0 document with QXmlStreamReader, keeping the first `maxItems` items.
/// Elements it does not know are skipped; the whole document must still be well-formed.
Document read(const QByteArray &body, int maxItems);

/// read() for adapters that accept RSS only: a document that is not RSS comes back without a
/// channel and with `wrongKind` as its error ("not an Azure status feed: expected <rss><channel>",
/// with ", found an Atom <feed>" added for Atom); XML errors are kept as they are.
Document readRss(const QByteArray &body, int maxItems, const QString &wrongKind);

/// What detection needs: the root format and the channel's own fields, plus the first item's id,
/// read without going past the first item.
struct Head
{
    std::optional<Format> format; // empty when the bytes are no RSS or Atom document
    QString title;
    QString link;
    QStringList otherLinks;
    QString generator;
    QString firstItemId;
};
Head readHead(const QByteArray &body);

/// True when `text` holds `word` as a whole word, ignoring case ("outage" in "Partial Outage:",
/// not in "outaged").
bool containsWord(QStringView text, QStringView word);

} // namespace radar::xmlfeed
