#include "DemoThumbnail.h"

#include "ScriptModel.h"

#include <QtEndian>

#include <array>

namespace odag::sandbox::demo {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char b : data)
        c = table[(c ^ quint8(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void chunk(QByteArray &png, const char *type, const QByteArray &data)
{
    char be[4];
    qToBigEndian(quint32(data.size()), be);
    png.append(be, 4);
    const QByteArray body = QByteArray(type, 4) + data;
    png.append(body);
    qToBigEndian(crc32(body), be);
    png.append(be, 4);
}

} // namespace

QByteArray thumbnailPng(const QString &seed, int width, int height)
{
    const quint32 h = stableHash(seed);
    const int r = 60 + int(h % 140);
    const int g = 60 + int((h >> 8) % 140);
    const int b = 60 + int((h >> 16) % 140);
    const int bars = 5;
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            const int bar = x * bars / width;
            const int inBar = (x * bars) % width;
            const int barHeight = height / 4 + int((h >> (bar * 3)) % quint32(height / 2));
            const bool filled = inBar > width / 10 && y >= height - barHeight - 4 && y < height - 4;
            const int shade = 235 - y / 3;
            raw.append(char(filled ? r : shade));
            raw.append(char(filled ? g : shade));
            raw.append(char(filled ? b : shade + 10 > 255 ? 255 : shade + 10));
        }
    }
    QByteArray ihdr(13, '\0');
    qToBigEndian(quint32(width), ihdr.data());
    qToBigEndian(quint32(height), ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // colour type: RGB
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    chunk(png, "IHDR", ihdr);
    // qCompress writes a zlib stream after a 4-byte length of its own.
    chunk(png, "IDAT", qCompress(raw, 9).mid(4));
    chunk(png, "IEND", QByteArray());
    return png;
}

} // namespace odag::sandbox::demo
