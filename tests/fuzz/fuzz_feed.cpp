// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one adapter: RADAR_FUZZ_KIND names the feed kind ("aws", "gcp", ...), so
// each adapter gets its own executable and corpus from this one source. Every byte sequence must
// end in a Snapshot or a clear error: never a crash, a sanitizer report, a hang or an empty error.
#include "feeds/feedparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const radar::FeedKind kind = [] {
        const std::optional<radar::FeedKind> named = radar::feedKindFromName(QStringLiteral(RADAR_FUZZ_KIND));
        if (!named)
            std::abort(); // a target for a kind the app does not know: a build mistake
        return *named;
    }();
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const radar::FeedContext context {QStringLiteral("fuzz"),
                                      QUrl(QStringLiteral("https://status.example.test/feed"))};
    const radar::ParseResult result = radar::parseFeed(kind, body, context);
    if (!result.ok() && result.error.isEmpty())
        std::abort(); // a failure must say why
    // Detection runs on every pasted URL's content too.
    radar::detectFeedKind(body, context.url);
    return 0;
}
