#pragma once

// Small PNG pictures for the demo apps' thumbnails: a bar chart on a tinted background,
// different for every app, encoded by hand (the sandbox links no GUI library).

#include <QByteArray>
#include <QString>

namespace odag::sandbox::demo {

QByteArray thumbnailPng(const QString &seed, int width = 96, int height = 64);

} // namespace odag::sandbox::demo
