// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

/// `data` as one gzip member (RFC 1952), for fixtures served with Content-Encoding: gzip.
/// Built on qCompress() so the tests need not link zlib themselves.
QByteArray gzipCompress(const QByteArray &data);
