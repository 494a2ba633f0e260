// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddates.h"

#include <QStringList>

#include <optional>

namespace radar::feeddates {

namespace {

// RFC 822 §5.1 zones, in minutes east of UTC; military letters other than Z are too ambiguous in
// practice (RFC 1123 says to treat them as -0000), so only Z is accepted.
int namedZoneOffset(QStringView zone, bool &known)
{
    struct Zone
    {
        const char *name;
        int minutes;
    };
    static constexpr Zone zones[] = {
        {"UT", 0},        {"UTC", 0},        {"GMT", 0},       {"Z", 0},
        {"EST", -5 * 60}, {"EDT", -4 * 60},  {"CST", -6 * 60}, {"CDT", -5 * 60},
        {"MST", -7 * 60}, {"MDT", -6 * 60},  {"PST", -8 * 60}, {"PDT", -7 * 60},
        {"CET", 60},      {"CEST", 2 * 60},  {"BST", 60},      {"IST", 5 * 60 + 30},
        {"JST", 9 * 60},  {"AEST", 10 * 60}, {"AEDT", 11 * 60}};
    for (const Zone &entry : zones) {
        if (zone.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0) {
            known = true;
            return entry.minutes;
        }
    }
    known = false;
    return 0;
}

int zoneOffsetMinutes(QStringView zone, bool &ok)
{
    if (zone.size() == 5 && (zone[0] == u'+' || zone[0] == u'-')) {
        bool hoursOk = false;
        bool minutesOk = false;
        const int hours = zone.mid(1, 2).toInt(&hoursOk);
        const int minutes = zone.mid(3, 2).toInt(&minutesOk);
        ok = hoursOk && minutesOk && hours < 24 && minutes < 60;
        return (zone[0] == u'-' ? -1 : 1) * (hours * 60 + minutes);
    }
    return namedZoneOffset(zone, ok);
}

int monthNumber(QStringView name)
{
    static constexpr const char *months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                             "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) {
        if (name.left(3).compare(QLatin1StringView(months[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

QDateTime assemble(int year, int month, int day, QStringView clock, int offsetMinutes)
{
    const QStringList parts = clock.toString().split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return {};
    bool hourOk = false;
    bool minuteOk = false;
    bool secondOk = true;
    const QTime time(parts[0].toInt(&hourOk), parts[1].toInt(&minuteOk),
                     parts.size() == 3 ? parts[2].toInt(&secondOk) : 0);
    const QDate date(year, month, day);
    if (!hourOk || !minuteOk || !secondOk || !time.isValid() || !date.isValid())
        return {};
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetMinutes * 60).toUTC();
}

/// `count` ASCII digits at `at` as a number; -1 when one is not a digit.
int digitsAt(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// The shape nearly every feed sends, "2024-05-01T12:34:56", up to three digits of fraction, and
/// "Z" or "+02:00", read by hand: QDateTime's general ISO parser was a tenth of an adapter's time.
/// Anything else (other separators, finer fractions, no zone, an invalid date) is left to it.
std::optional<QDateTime> commonIso8601(QStringView text)
{
    if (text.size() < 20 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':'
        || text[16] != u':')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype at = 19;
    int milliseconds = 0;
    if (text[at] == u'.') {
        const qsizetype start = ++at;
        int scale = 100;
        while (at < text.size() && at - start < 3 && digitsAt(text, at, 1) >= 0) {
            milliseconds += digitsAt(text, at, 1) * scale;
            scale /= 10;
            ++at;
        }
        // No digit, or a fourth one (Qt rounds those): the general parser's call.
        if (at == start || at >= text.size() || digitsAt(text, at, 1) >= 0)
            return std::nullopt;
    }
    int offsetSeconds = 0;
    if (text[at] == u'Z') {
        ++at;
    } else if ((text[at] == u'+' || text[at] == u'-') && at + 6 == text.size() && text[at + 3] == u':') {
        const int hours = digitsAt(text, at + 1, 2);
        const int minutes = digitsAt(text, at + 4, 2);
        if (hours < 0 || minutes < 0)
            return std::nullopt;
        offsetSeconds = (text[at] == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        at += 6;
    }
    if (at != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, milliseconds);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace

QDateTime fromRfc822(QStringView text)
{
    // "Wed,  8 Mar 2017 13:16:09 PST" -> [8, Mar, 2017, 13:16:09, PST] once the weekday is dropped.
    QString normalised = text.toString().simplified();
    const qsizetype comma = normalised.indexOf(u',');
    if (comma >= 0 && comma <= 10)
        normalised = normalised.mid(comma + 1).trimmed();
    const QStringList parts = normalised.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 4 || parts.size() > 5)
        return {};
    bool dayOk = false;
    bool yearOk = false;
    const int day = parts[0].toInt(&dayOk);
    const int month = monthNumber(parts[1]);
    int year = parts[2].toInt(&yearOk);
    if (!dayOk || !yearOk || month == 0)
        return {};
    if (year < 100)
        year += year < 50 ? 2000 : 1900; // RFC 822's two-digit years
    bool zoneOk = parts.size() == 4; // no zone at all: UTC
    const int offset = parts.size() == 5 ? zoneOffsetMinutes(parts[4], zoneOk) : 0;
    if (!zoneOk)
        return {};
    return assemble(year, month, day, parts[3], offset);
}

QDateTime fromIso8601(QStringView text)
{
    const QStringView bare = text.trimmed();
    if (std::optional<QDateTime> common = commonIso8601(bare))
        return *common;
    const QString trimmed = bare.toString();
    if (trimmed.size() < 10 || !trimmed[0].isDigit())
        return {};
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeSpec(Qt::UTC);
    return parsed.toUTC();
}

QDateTime fromEpoch(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return {};
    } else {
        return {};
    }
    if (number <= 0 || number > 1e15)
        return {};
    const qint64 milliseconds = number > 1e11 ? qint64(number) : qint64(number * 1000.0);
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

QDateTime fromJavaScript(QStringView text)
{
    // "Sat Jun 11 2022 18:55:50 GMT+0000 (Coordinated Universal Time)"
    QString plain = text.toString();
    const qsizetype paren = plain.indexOf(u'(');
    if (paren >= 0)
        plain.truncate(paren);
    const QStringList parts = plain.simplified().split(u' ');
    if (parts.size() != 6 || !parts[5].startsWith(QLatin1StringView("GMT")))
        return {};
    bool dayOk = false;
    bool yearOk = false;
    const int day = parts[2].toInt(&dayOk);
    const int year = parts[3].toInt(&yearOk);
    const int month = monthNumber(parts[1]);
    bool zoneOk = true;
    const QStringView zone = QStringView(parts[5]).mid(3);
    const int offset = zone.isEmpty() ? 0 : zoneOffsetMinutes(zone, zoneOk);
    if (!dayOk || !yearOk || month == 0 || !zoneOk)
        return {};
    return assemble(year, month, day, parts[4], offset);
}

QDateTime fromAny(QStringView text)
{
    if (QDateTime iso = fromIso8601(text); iso.isValid())
        return iso;
    if (QDateTime rfc = fromRfc822(text); rfc.isValid())
        return rfc;
    return fromJavaScript(text);
}

} // namespace radar::feeddates
