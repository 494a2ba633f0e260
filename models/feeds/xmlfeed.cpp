// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlfeed.h"

#include <QXmlStreamReader>

namespace radar::xmlfeed {

namespace {

const QString atomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");
const QString dublinCoreNamespace = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString contentNamespace = QStringLiteral("http://purl.org/rss/1.0/modules/content/");

// Markup inside a text element is a few levels deep at most (xhtml lists, tables).
constexpr int maxTextDepth = 32;

// Statuspage's history.rss carries raw carriage returns inside a description, and archived Azure
// feeds use CRLF; the model keeps plain line feeds.
QString withoutCarriageReturns(QString text)
{
    text.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

bool looksLikeHtml(const QByteArray &body)
{
    QByteArray head = body.left(512).trimmed().toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head = head.mid(3).trimmed();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

class Reader
{
public:
    enum class Depth { Document, HeadOnly };

    Reader(const QByteArray &body, int maxItems, Depth depth)
        : m_xml(body)
        , m_maxItems(maxItems)
        , m_depth(depth)
    { }

    Document read()
    {
        Document document;
        if (!m_xml.readNextStartElement())
            return failure(QStringLiteral("no XML element found"));
        const QStringView root = m_xml.name();
        if (root == QLatin1StringView("rss")) {
            m_format = Format::Rss;
            while (!m_done && m_xml.readNextStartElement()) {
                if (isPlain(QLatin1StringView("channel")) && !document.channel)
                    document.channel = readRssChannel();
                else
                    m_xml.skipCurrentElement();
            }
        } else if (root == QLatin1StringView("feed")) {
            m_format = Format::Atom;
            m_atomWithoutNamespace = m_xml.namespaceUri().isEmpty();
            document.channel = readAtomFeed();
        } else if (root.compare(QLatin1StringView("html"), Qt::CaseInsensitive) == 0) {
            return failure(QStringLiteral("got an HTML page instead of a feed"));
        } else {
            return failure(
                QStringLiteral("expected <rss><channel> or an Atom <feed>, found <%1>").arg(root.left(40)));
        }
        if (m_depth == Depth::HeadOnly)
            return document;
        while (!m_xml.atEnd())
            m_xml.readNext();
        if (m_xml.hasError())
            return failure(QString());
        if (!document.channel)
            return failure(QStringLiteral("expected <rss><channel>: the <rss> element holds no <channel>"));
        if (m_droppedItems > 0)
            document.warnings.append(QStringLiteral("only the first %1 of %2 items were read")
                                         .arg(m_maxItems)
                                         .arg(m_maxItems + m_droppedItems));
        return document;
    }

    std::optional<Format> format() const { return m_format; }

private:
    Document failure(const QString &message)
    {
        Document document;
        if (m_xml.hasError())
            document.error = QStringLiteral("malformed XML at line %1: %2")
                                 .arg(m_xml.lineNumber())
                                 .arg(m_xml.errorString());
        else
            document.error = message;
        return document;
    }

    bool isPlain(QLatin1StringView name) const
    {
        return m_xml.namespaceUri().isEmpty() && m_xml.name() == name;
    }

    bool isAtom(QLatin1StringView name) const
    {
        const QStringView space = m_xml.namespaceUri();
        return m_xml.name() == name
            && (space == atomNamespace || (m_atomWithoutNamespace && space.isEmpty()));
    }

    bool is(const QString &space, QLatin1StringView name) const
    {
        return m_xml.namespaceUri() == space && m_xml.name() == name;
    }

    // The text of the current element and of any elements inside it (an Atom xhtml content, markup
    // that was not escaped). Not readElementText(IncludeChildElements): it recurses once per level,
    // and a hostile feed nests deep enough to overflow the stack.
    QString text()
    {
        QString text;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                text += m_xml.text();
                break;
            case QXmlStreamReader::StartElement:
                if (++depth > maxTextDepth)
                    m_xml.raiseError(
                        QStringLiteral("elements nested deeper than %1 levels").arg(maxTextDepth));
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            default:
                break;
            }
        }
        return withoutCarriageReturns(text);
    }

    QString attribute(QLatin1StringView name) const
    {
        return m_xml.attributes().value(name).toString().trimmed();
    }

    // Past the cap, items are skipped but still parsed, so a broken tail is still reported.
    bool roomForItem(const Channel &channel)
    {
        if (channel.items.size() < m_maxItems)
            return true;
        ++m_droppedItems;
        m_xml.skipCurrentElement();
        return false;
    }

    Channel readRssChannel()
    {
        Channel channel;
        channel.format = Format::Rss;
        while (m_xml.readNextStartElement()) {
            if (isPlain(QLatin1StringView("title"))) {
                const QString title = text();
                if (channel.title.isEmpty())
                    channel.title = title;
            } else if (isPlain(QLatin1StringView("link")) || is(atomNamespace, QLatin1StringView("link"))) {
                const QString href = attribute(QLatin1StringView("href"));
                if (!href.isEmpty())
                    channel.otherLinks.append(href);
                const QString link = text().trimmed();
                if (channel.link.isEmpty())
                    channel.link = link;
            } else if (isPlain(QLatin1StringView("generator"))) {
                channel.generator = text().trimmed();
            } else if (isPlain(QLatin1StringView("lastBuildDate"))) {
                channel.updated = text().trimmed();
            } else if (isPlain(QLatin1StringView("pubDate"))) {
                const QString date = text().trimmed();
                if (channel.updated.isEmpty())
                    channel.updated = date;
            } else if (isPlain(QLatin1StringView("item"))) {
                if (roomForItem(channel))
                    channel.items.append(readRssItem());
                if (m_depth == Depth::HeadOnly) {
                    m_done = true;
                    break;
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return channel;
    }

    Item readRssItem()
    {
        Item item;
        QString encoded;
        while (m_xml.readNextStartElement()) {
            if (isPlain(QLatin1StringView("title")))
                item.title = text();
            else if (isPlain(QLatin1StringView("link")))
                item.link = text().trimmed();
            else if (isPlain(QLatin1StringView("guid")))
                item.id = text().trimmed();
            else if (isPlain(QLatin1StringView("description")))
                item.description = text();
            else if (isPlain(QLatin1StringView("pubDate")))
                item.published = text().trimmed();
            else if (isPlain(QLatin1StringView("updated")))
                item.updated = text().trimmed();
            else if (isPlain(QLatin1StringView("category")))
                item.categories.append(text().trimmed());
            else if (is(dublinCoreNamespace, QLatin1StringView("date")) && item.published.isEmpty())
                item.published = text().trimmed();
            else if (is(contentNamespace, QLatin1StringView("encoded")))
                encoded = text();
            else
                m_xml.skipCurrentElement();
        }
        if (item.description.trimmed().isEmpty())
            item.description = encoded;
        return item;
    }

    Channel readAtomFeed()
    {
        Channel channel;
        channel.format = Format::Atom;
        while (m_xml.readNextStartElement()) {
            if (isAtom(QLatin1StringView("id"))) {
                channel.id = text().trimmed();
            } else if (isAtom(QLatin1StringView("title"))) {
                channel.title = text();
            } else if (isAtom(QLatin1StringView("updated"))) {
                channel.updated = text().trimmed();
            } else if (isAtom(QLatin1StringView("generator"))) {
                channel.generator = text().trimmed();
            } else if (isAtom(QLatin1StringView("link"))) {
                readAtomLink(channel.link, &channel.otherLinks);
            } else if (isAtom(QLatin1StringView("author"))) {
                while (m_xml.readNextStartElement()) {
                    if (isAtom(QLatin1StringView("name")) && channel.author.isEmpty())
                        channel.author = text().trimmed();
                    else
                        m_xml.skipCurrentElement();
                }
            } else if (isAtom(QLatin1StringView("entry"))) {
                if (roomForItem(channel))
                    channel.items.append(readAtomEntry());
                if (m_depth == Depth::HeadOnly)
                    break;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        return channel;
    }

    // The alternate link is the page a person reads; "self", "related" and the like are not.
    void readAtomLink(QString &alternate, QStringList *others)
    {
        const QString rel = attribute(QLatin1StringView("rel"));
        const QString href = attribute(QLatin1StringView("href"));
        m_xml.skipCurrentElement();
        if ((rel.isEmpty() || rel == QLatin1StringView("alternate")) && alternate.isEmpty())
            alternate = href;
        else if (others && !href.isEmpty())
            others->append(href);
    }

    Item readAtomEntry()
    {
        Item item;
        QString summary;
        while (m_xml.readNextStartElement()) {
            if (isAtom(QLatin1StringView("id"))) {
                item.id = text().trimmed();
            } else if (isAtom(QLatin1StringView("title"))) {
                item.title = text();
            } else if (isAtom(QLatin1StringView("link"))) {
                readAtomLink(item.link, nullptr);
            } else if (isAtom(QLatin1StringView("content"))) {
                item.description = text();
            } else if (isAtom(QLatin1StringView("summary"))) {
                summary = text();
            } else if (isAtom(QLatin1StringView("published"))) {
                item.published = text().trimmed();
            } else if (isAtom(QLatin1StringView("updated"))) {
                item.updated = text().trimmed();
            } else if (isAtom(QLatin1StringView("category"))) {
                const QString term = attribute(QLatin1StringView("term"));
                m_xml.skipCurrentElement();
                if (!term.isEmpty())
                    item.categories.append(term);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (item.description.trimmed().isEmpty())
            item.description = summary;
        return item;
    }

    QXmlStreamReader m_xml;
    const int m_maxItems;
    const Depth m_depth;
    std::optional<Format> m_format;
    bool m_atomWithoutNamespace = false;
    bool m_done = false;
    int m_droppedItems = 0;
};

} // namespace

Document read(const QByteArray &body, int maxItems)
{
    if (body.trimmed().isEmpty())
        return {std::nullopt, QStringLiteral("empty response"), {}};
    if (looksLikeHtml(body))
        return {std::nullopt, QStringLiteral("got an HTML page instead of a feed"), {}};
    return Reader(body, maxItems, Reader::Depth::Document).read();
}

Head readHead(const QByteArray &body)
{
    Head head;
    if (body.trimmed().isEmpty() || looksLikeHtml(body))
        return head;
    Reader reader(body, 1, Reader::Depth::HeadOnly);
    const Document document = reader.read();
    head.format = reader.format();
    if (!document.channel)
        return head;
    const Channel &channel = *document.channel;
    head.title = channel.title.trimmed();
    head.link = channel.link;
    head.otherLinks = channel.otherLinks;
    head.generator = channel.generator;
    if (!channel.items.isEmpty())
        head.firstItemId = channel.items.constFirst().id;
    return head;
}

bool containsWord(QStringView text, QStringView word)
{
    if (word.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(word, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + word.size();
        const bool startsWord = at == 0 || !text[at - 1].isLetterOrNumber();
        const bool endsWord = end >= text.size() || !text[end].isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

Document readRss(const QByteArray &body, int maxItems, const QString &wrongKind)
{
    Document document = read(body, maxItems);
    if (!document.channel) {
        if (document.error.startsWith(QLatin1StringView("expected")))
            document.error = wrongKind;
    } else if (document.channel->format != Format::Rss) {
        document.channel.reset();
        document.error = wrongKind + QStringLiteral(", found an Atom <feed>");
    }
    return document;
}

} // namespace radar::xmlfeed
