#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace awb::JsonFile {

/// Reads `path` whole and hands its bytes to `parse`; a read or parse failure becomes one message
/// naming the file ("cannot read PATH: why" or "PATH: why").
bool read(const QString &path, const std::function<bool(const QByteArray &, QString *)> &parse, QString *error);

/// Writes `bytes` to `path` atomically (QSaveFile), creating the folder when `makeFolder` is set:
/// the file is either the old one or the new one, never a mix.
bool write(const QString &path, const QByteArray &bytes, QString *error, bool makeFolder = true);

} // namespace awb::JsonFile
