// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the app's SVG icon into what each platform's installer wants, so that
// the SVG stays the only drawn source: hicolor PNGs for Linux, an .ico for the Windows executable
// and installer, an .icns for the macOS bundle. Both containers hold PNG images, which every
// supported Windows and macOS version reads.
//
// Usage: radar-iconrender SVG OUTPUT_DIR
// Writes OUTPUT_DIR/hicolor/<n>x<n>/apps/outage-radar.png, OUTPUT_DIR/outage-radar.ico and
// OUTPUT_DIR/outage-radar.icns.
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "radar-iconrender: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

void appendLittle16(QByteArray &out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 2);
}

void appendLittle32(QByteArray &out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), 4);
}

void appendBig32(QByteArray &out, quint32 value)
{
    const quint32 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), 4);
}

/// ICONDIR, one ICONDIRENTRY per image, then the PNGs. A width or height of 256 is written as 0.
QByteArray icoFile(const std::map<int, QByteArray> &pngs)
{
    QByteArray out;
    appendLittle16(out, 0); // reserved
    appendLittle16(out, 1); // type: icon
    appendLittle16(out, quint16(pngs.size()));
    quint32 offset = 6 + 16 * quint32(pngs.size());
    for (const auto &[size, png] : pngs) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittle16(out, 1); // colour planes
        appendLittle16(out, 32); // bits per pixel
        appendLittle32(out, quint32(png.size()));
        appendLittle32(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &entry : pngs)
        out.append(entry.second);
    return out;
}

/// 'icns', the file's length, then one chunk per size: its OSType, its length with the 8-byte
/// header, the PNG.
QByteArray icnsFile(const std::map<int, QByteArray> &pngs)
{
    static const std::map<int, const char *> types {{16, "icp4"},  {32, "icp5"},  {64, "icp6"},
                                                    {128, "ic07"}, {256, "ic08"}, {512, "ic09"},
                                                    {1024, "ic10"}};
    QByteArray chunks;
    for (const auto &[size, type] : types) {
        const auto png = pngs.find(size);
        if (png == pngs.end())
            continue;
        chunks.append(type, 4);
        appendBig32(chunks, quint32(png->second.size() + 8));
        chunks.append(png->second);
    }
    QByteArray out("icns");
    appendBig32(out, quint32(chunks.size() + 8));
    return out + chunks;
}

} // namespace

int main(int argc, char *argv[])
{
    // No QGuiApplication: the icon has no text, and the raster painter needs no display (the tool
    // runs during builds, where there is none).
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: radar-iconrender SVG OUTPUT_DIR\n");
        return 64;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "radar-iconrender: %s is not a readable SVG\n", qPrintable(args.at(1)));
        return 65;
    }
    const QString out = args.at(2);
    std::map<int, QByteArray> pngs;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024})
        pngs[size] = renderPng(svg, size);

    bool ok = true;
    // hicolor stops at 512; 1024 is only for the macOS bundle.
    for (const auto &[size, png] : pngs) {
        if (size <= 512)
            ok &= write(QStringLiteral("%1/hicolor/%2x%2/apps/outage-radar.png").arg(out).arg(size), png);
    }
    std::map<int, QByteArray> ico;
    for (const int size : {16, 24, 32, 48, 64, 256})
        ico[size] = pngs[size];
    ok &= write(out + QStringLiteral("/outage-radar.ico"), icoFile(ico));
    ok &= write(out + QStringLiteral("/outage-radar.icns"), icnsFile(pngs));
    return ok ? 0 : 73;
}
