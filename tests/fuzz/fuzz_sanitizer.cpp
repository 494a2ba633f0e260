// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the rich text sanitiser: any byte sequence, read as UTF-8, must come out as
// allowlisted, balanced markup whose only attribute is an http(s) href on an a. Anything else is
// a finding (abort), as are crashes, sanitizer reports and hangs.
#include "item/htmlsanitizer.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>

namespace {

bool isAllowedHref(QStringView attributes)
{
    const QStringView prefix = u" href=\"";
    if (!attributes.startsWith(prefix) || !attributes.endsWith(u'"'))
        return false;
    const QStringView url = attributes.sliced(prefix.size(), attributes.size() - prefix.size() - 1);
    if (!url.startsWith(u"http://") && !url.startsWith(u"https://"))
        return false;
    for (const QChar c : url) {
        if (c == u'"' || c == u'<' || c == u'>' || c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return true;
}

bool keepsThePromise(const QString &html)
{
    static const QStringList allowed {"p",  "br", "b",  "strong", "i",    "em",
                                      "ul", "ol", "li", "a",      "code", "pre"};
    QStringList open;
    for (qsizetype at = 0; at < html.size(); ++at) {
        if (html[at] == u'>')
            return false; // a > outside a tag
        if (html[at] != u'<')
            continue;
        const qsizetype end = html.indexOf(u'>', at);
        if (end < 0)
            return false;
        const QStringView tag = QStringView(html).sliced(at + 1, end - at - 1);
        const bool closing = tag.startsWith(u'/');
        const QStringView body = closing ? tag.sliced(1) : tag;
        qsizetype nameEnd = 0;
        while (nameEnd < body.size() && body[nameEnd] != u' ')
            ++nameEnd;
        const QString name = body.first(nameEnd).toString();
        const QStringView attributes = body.sliced(nameEnd);
        if (!allowed.contains(name) || name.contains(u'<'))
            return false;
        if (!attributes.isEmpty() && (closing || name != u"a" || !isAllowedHref(attributes)))
            return false;
        if (name != u"br") {
            if (!closing)
                open.append(name);
            else if (open.isEmpty() || open.takeLast() != name)
                return false;
        }
        at = end;
    }
    return open.isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString output = radar::sanitizedHtml(input);
    if (!keepsThePromise(output))
        std::abort();
    // Output grows at most by a constant factor of the (capped) input.
    if (output.size() > 10 * radar::sanitizedInputLimit)
        std::abort();
    return 0;
}
