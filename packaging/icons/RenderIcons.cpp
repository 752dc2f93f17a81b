// odag-render-icons: renders the application's SVG icon into every raster form the
// installers need, at build time, so no binary icon is ever committed or drawn by hand:
//   <out>/hicolor/<N>x<N>/apps/<name>.png   freedesktop icon theme sizes (Linux)
//   <out>/<name>.ico                        Windows (PNG-compressed entries, Vista and later)
//   <out>/<name>.icns                       macOS (PNG-compressed entries)
// The .ico and .icns containers are written here rather than by ImageMagick/iconutil so
// the same tool works on every CI system and on this machine, where it is tested.

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "odag-render-icons: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

template <typename T>
void put(QByteArray &out, T value, bool bigEndian)
{
    char raw[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, raw);
    else
        qToLittleEndian(value, raw);
    out.append(raw, sizeof(T));
}

// ICONDIR + ICONDIRENTRY table + PNG payloads; a width/height byte of 0 means 256.
QByteArray icoFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    put<quint16>(out, 0, false);
    put<quint16>(out, 1, false); // type: icon
    put<quint16>(out, quint16(images.size()), false);
    quint32 offset = quint32(6 + 16 * images.size());
    for (const auto &[size, data] : images) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        put<quint16>(out, 1, false);  // colour planes
        put<quint16>(out, 32, false); // bits per pixel
        put<quint32>(out, quint32(data.size()), false);
        put<quint32>(out, offset, false);
        offset += quint32(data.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// 'icns' header, then one (OSType, length, PNG) element per size.
QByteArray icnsFile(const std::vector<std::pair<QByteArray, QByteArray>> &elements)
{
    QByteArray body;
    for (const auto &[type, data] : elements) {
        body.append(type);
        put<quint32>(body, quint32(8 + data.size()), true);
        body.append(data);
    }
    QByteArray out("icns");
    put<quint32>(out, quint32(8 + body.size()), true);
    return out + body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: odag-render-icons <icon.svg> <output-dir> <icon-name>\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "odag-render-icons: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    svg.setAspectRatioMode(Qt::KeepAspectRatio);
    const QDir out(args.at(2));
    const QString name = args.at(3);

    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString dir = QStringLiteral("hicolor/%1x%1/apps").arg(size);
        if (!out.mkpath(dir)) {
            std::fprintf(stderr, "odag-render-icons: cannot create %s\n", qPrintable(out.filePath(dir)));
            return 1;
        }
        if (!writeFile(out.filePath(dir + QLatin1Char('/') + name + QStringLiteral(".png")), png(render(svg, size))))
            return 1;
    }

    std::vector<std::pair<int, QByteArray>> ico;
    for (int size : {16, 20, 24, 32, 40, 48, 64, 128, 256})
        ico.emplace_back(size, png(render(svg, size)));
    if (!writeFile(out.filePath(name + QStringLiteral(".ico")), icoFile(ico)))
        return 1;

    // The PNG-carrying icns types: icp4 16, icp5 32, icp6 64, ic07 128, ic08 256, ic09 512,
    // ic10 1024 (512@2x), ic11 32 (16@2x), ic12 64 (32@2x), ic13 256 (128@2x), ic14 512 (256@2x).
    const std::vector<std::pair<QByteArray, int>> icnsTypes = {
        {"icp4", 16},  {"icp5", 32},  {"icp6", 64},  {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    std::vector<std::pair<QByteArray, QByteArray>> icns;
    for (const auto &[type, size] : icnsTypes)
        icns.emplace_back(type, png(render(svg, size)));
    if (!writeFile(out.filePath(name + QStringLiteral(".icns")), icnsFile(icns)))
        return 1;
    return 0;
}
