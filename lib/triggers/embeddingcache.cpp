#include "embeddingcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace awb {

namespace {

constexpr quint32 Magic = 0x41574245; // "AWBE"

QString modelFolderName(const QString &model)
{
    // Model names hold slashes and colons ("nomic-embed-text:latest", "org/model"); keep them readable but safe.
    QString safe;
    for (const QChar c : model)
        safe.append(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.') ? c : QLatin1Char('_'));
    return safe.left(80);
}

} // namespace

EmbeddingCache::EmbeddingCache(const QString &folder)
    : m_folder(folder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/embeddings")
            : folder)
{ }

QString EmbeddingCache::key(const QString &model, const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(model.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString EmbeddingCache::pathFor(const QString &model, const QString &text) const
{
    const QString k = key(model, text);
    return m_folder + QLatin1Char('/') + modelFolderName(model) + QLatin1Char('/') + k.left(2) + QLatin1Char('/') + k
        + QStringLiteral(".vec");
}

bool EmbeddingCache::contains(const QString &model, const QString &text) const
{
    return !get(model, text).isEmpty();
}

QList<float> EmbeddingCache::get(const QString &model, const QString &text) const
{
    QFile file(pathFor(model, text));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&file);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0;
    quint32 count = 0;
    in >> magic >> count;
    if (magic != Magic || count == 0 || count > 1u << 16
        || file.size() != qint64(sizeof(quint32) * 2 + sizeof(float) * count))
        return {};
    QList<float> vector(count);
    for (quint32 i = 0; i < count; ++i)
        in >> vector[i];
    if (in.status() != QDataStream::Ok)
        return {};
    return vector;
}

bool EmbeddingCache::put(const QString &model, const QString &text, const QList<float> &vector, QString *errorString)
{
    const QString path = pathFor(model, text);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (errorString)
            *errorString = QStringLiteral("cannot create the cache folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << Magic << quint32(vector.size());
    for (const float value : vector)
        out << value;
    if (!file.commit()) {
        if (errorString)
            *errorString = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace awb
