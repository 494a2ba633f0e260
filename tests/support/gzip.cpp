// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzip.h"

namespace {

/// CRC-32 as gzip wants it (IEEE, reflected); bitwise, since fixtures are small.
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.append(char((value >> shift) & 0xFFu));
}

} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    // qCompress() gives a 4-byte big-endian length, then a zlib stream: a 2-byte header,
    // raw deflate and a 4-byte Adler-32. gzip wants the raw deflate alone. For empty input
    // qCompress() gives only the length, so use the empty final block deflate would make.
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.size() > 10 ? zlib.mid(6, zlib.size() - 10) : QByteArray("\x03\x00", 2);

    // Magic, deflate, no flags, no time, no extra flags, unknown OS.
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    out += deflate;
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(quint64(data.size()) & 0xFFFFFFFFu));
    return out;
}
