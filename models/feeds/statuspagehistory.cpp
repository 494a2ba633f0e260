// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspagehistory.h"

#include "feeddates.h"

#include <QStringList>

namespace radar::rsshistory {

namespace {

// The update dates have no year. These are the years tried around the entry's: back far enough to
// reach a 29 February, ahead by one for a postmortem posted in the new year.
constexpr int yearsBack = 4;
constexpr int yearsAhead = 1;

const QLatin1StringView smallOpen("<small>");
const QLatin1StringView smallClose("</small>");
const QLatin1StringView strongOpen("<strong>");
const QLatin1StringView strongClose("</strong>");

// Zone labels that name the standard and the daylight time of one zone, as feeddates knows them.
struct ZonePair
{
    QLatin1StringView standard;
    QLatin1StringView daylight;
};
constexpr ZonePair zonePairs[] = {
    {QLatin1StringView("PST"), QLatin1StringView("PDT")},
    {QLatin1StringView("MST"), QLatin1StringView("MDT")},
    {QLatin1StringView("CST"), QLatin1StringView("CDT")},
    {QLatin1StringView("EST"), QLatin1StringView("EDT")},
    {QLatin1StringView("GMT"), QLatin1StringView("BST")},
    {QLatin1StringView("CET"), QLatin1StringView("CEST")},
    {QLatin1StringView("AEST"), QLatin1StringView("AEDT")},
};

QString withoutTags(QStringView html)
{
    QString plain;
    plain.reserve(html.size());
    bool inTag = false;
    for (const QChar character : html) {
        if (character == u'<')
            inTag = true;
        else if (character == u'>')
            inTag = false;
        else if (!inTag)
            plain.append(character);
    }
    return plain;
}

// The "<p>" right before the <small> at `small` (spaces allowed between), or -1.
qsizetype paragraphStart(QStringView html, qsizetype small)
{
    qsizetype end = small;
    while (end > 0 && html[end - 1].isSpace())
        --end;
    if (end >= 3 && html.mid(end - 3, 3).compare(QLatin1StringView("<p>"), Qt::CaseInsensitive) == 0)
        return end - 3;
    return -1;
}

QStringView withoutParagraphEnd(QStringView html)
{
    html = html.trimmed();
    if (html.endsWith(QLatin1StringView("</p>"), Qt::CaseInsensitive))
        html.chop(4);
    return html.trimmed();
}

// `body` starts right after "<small>" and ends where the next paragraph starts.
Paragraph readParagraph(QStringView body)
{
    Paragraph paragraph;
    const qsizetype dateEnd = body.indexOf(smallClose, 0, Qt::CaseInsensitive);
    const qsizetype wordStart = dateEnd < 0 ? -1 : body.indexOf(strongOpen, dateEnd, Qt::CaseInsensitive);
    const qsizetype wordEnd = wordStart < 0 ? -1 : body.indexOf(strongClose, wordStart, Qt::CaseInsensitive);
    const qsizetype gapStart = dateEnd + smallClose.size();
    // Only a line break may stand between the date and the word.
    if (wordEnd < 0 || !withoutTags(body.mid(gapStart, wordStart - gapStart)).trimmed().isEmpty()) {
        paragraph.text = withoutParagraphEnd(body).toString();
        return paragraph;
    }
    paragraph.when = withoutTags(body.left(dateEnd)).simplified();
    const qsizetype wordTextStart = wordStart + strongOpen.size();
    paragraph.word = withoutTags(body.mid(wordTextStart, wordEnd - wordTextStart)).simplified();
    QStringView rest = body.mid(wordEnd + strongClose.size()).trimmed();
    if (rest.startsWith(u'-'))
        rest = rest.mid(1);
    paragraph.text = withoutParagraphEnd(rest).toString();
    return paragraph;
}

std::optional<int> zoneOffset(QStringView zone)
{
    const QDateTime at = feeddates::fromRfc822(QStringLiteral("1 Jan 2000 00:00 ") + zone.toString());
    if (!at.isValid())
        return std::nullopt;
    return int(at.secsTo(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)));
}

std::optional<int> offsetFor(const QString &label, std::optional<int> entryOffset)
{
    if (label.isEmpty())
        return entryOffset.value_or(0);
    const std::optional<int> labelled = zoneOffset(label);
    if (!labelled)
        return entryOffset;
    if (!entryOffset || *entryOffset == *labelled)
        return labelled;
    for (const ZonePair &pair : zonePairs) {
        QLatin1StringView sibling;
        if (label.compare(pair.standard, Qt::CaseInsensitive) == 0)
            sibling = pair.daylight;
        else if (label.compare(pair.daylight, Qt::CaseInsensitive) == 0)
            sibling = pair.standard;
        else
            continue;
        if (zoneOffset(QString(sibling)) == entryOffset)
            return entryOffset;
    }
    return labelled;
}

int monthNumber(QStringView name)
{
    static constexpr const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (name.left(3).compare(QLatin1StringView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// "Nov 14, 14:07 PST", "Jan  1, 09:09 PST", "Dec 29, 2019 - 2:20 PM PST".
struct When
{
    int month = 0;
    int day = 0;
    int year = 0; // 0: none written
    QTime time;
    QString zone;
};

std::optional<When> readWhen(QStringView text)
{
    QString normalised = text.toString();
    normalised.replace(u',', u' ');
    QStringList parts = normalised.split(u' ', Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("-"));
    if (parts.size() < 3)
        return std::nullopt;
    When when;
    bool dayOk = false;
    when.month = monthNumber(parts[0]);
    when.day = parts[1].toInt(&dayOk);
    qsizetype next = 2;
    if (parts[next].size() == 4 && !parts[next].contains(u':'))
        when.year = parts[next++].toInt();
    if (when.month == 0 || !dayOk || next >= parts.size())
        return std::nullopt;
    const QStringList clock = parts[next++].split(u':');
    bool hourOk = false;
    bool minuteOk = false;
    int hour = clock.size() == 2 ? clock[0].toInt(&hourOk) : -1;
    const int minute = clock.size() == 2 ? clock[1].toInt(&minuteOk) : -1;
    if (next < parts.size() && hour >= 1 && hour <= 12) {
        if (parts[next].compare(QLatin1StringView("AM"), Qt::CaseInsensitive) == 0) {
            hour %= 12;
            ++next;
        } else if (parts[next].compare(QLatin1StringView("PM"), Qt::CaseInsensitive) == 0) {
            hour = hour % 12 + 12;
            ++next;
        }
    }
    when.time = QTime(hour, minute);
    if (!hourOk || !minuteOk || !when.time.isValid())
        return std::nullopt;
    if (next < parts.size())
        when.zone = parts[next];
    return when;
}

} // namespace

QList<Paragraph> updateParagraphs(QStringView html)
{
    struct Start
    {
        qsizetype paragraph; // the "<p>"
        qsizetype content; // right after "<small>"
    };
    QList<Start> starts;
    for (qsizetype at = html.indexOf(smallOpen, 0, Qt::CaseInsensitive); at >= 0;
         at = html.indexOf(smallOpen, at + smallOpen.size(), Qt::CaseInsensitive)) {
        const qsizetype paragraph = paragraphStart(html, at);
        if (paragraph >= 0)
            starts.append({paragraph, at + smallOpen.size()});
    }
    QList<Paragraph> paragraphs;
    bool anyReadable = false;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].paragraph : html.size();
        paragraphs.append(readParagraph(html.mid(starts[i].content, end - starts[i].content)));
        anyReadable = anyReadable || !paragraphs.constLast().word.isEmpty();
    }
    return anyReadable ? paragraphs : QList<Paragraph>();
}

std::optional<int> offsetOfDate(QStringView date)
{
    const QString text = date.trimmed().toString();
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.timeSpec() == Qt::LocalTime ? std::nullopt : std::optional<int>(iso.offsetFromUtc());
    if (!feeddates::fromRfc822(text).isValid())
        return std::nullopt;
    const QString zone = text.section(u' ', -1, -1, QString::SectionSkipEmpty);
    if (zone.contains(u':'))
        return std::nullopt; // no zone written: the last part is the time
    return zoneOffset(zone);
}

QDateTime updateInstant(QStringView when, const QDateTime &reference, std::optional<int> entryOffset)
{
    const std::optional<When> parts = readWhen(when);
    if (!parts)
        return {};
    const std::optional<int> offset = offsetFor(parts->zone, entryOffset);
    if (!offset)
        return {};
    if (parts->year > 0) {
        const QDate date(parts->year, parts->month, parts->day);
        return date.isValid() ? QDateTime(date, parts->time, Qt::OffsetFromUTC, *offset).toUTC()
                              : QDateTime();
    }
    if (!reference.isValid())
        return {};
    // The year that puts the update nearest its entry's date: updates come before the entry's date
    // or, for postmortems, days after it, never half a year away.
    const int referenceYear = reference.toOffsetFromUtc(*offset).date().year();
    QDateTime nearest;
    qint64 nearestDistance = 0;
    for (int year = referenceYear - yearsBack; year <= referenceYear + yearsAhead; ++year) {
        const QDate date(year, parts->month, parts->day);
        if (!date.isValid())
            continue;
        const QDateTime at = QDateTime(date, parts->time, Qt::OffsetFromUTC, *offset).toUTC();
        const qint64 distance = qAbs(at.secsTo(reference));
        if (!nearest.isValid() || distance < nearestDistance) {
            nearest = at;
            nearestDistance = distance;
        }
    }
    return nearest;
}

} // namespace radar::rsshistory
