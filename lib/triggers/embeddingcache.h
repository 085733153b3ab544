#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace awb {

/// Embedding vectors on disk, one small binary file per (model, text): the name is the SHA-256 of the
/// model name and the text, under a folder per model. Reads and writes are atomic per file; a corrupt
/// or short file is treated as missing.
class EmbeddingCache
{
public:
    /// `folder` empty: QStandardPaths::CacheLocation + "/embeddings".
    explicit EmbeddingCache(const QString &folder = {});

    QString folder() const { return m_folder; }
    static QString key(const QString &model, const QString &text);

    bool contains(const QString &model, const QString &text) const;
    QList<float> get(const QString &model, const QString &text) const; ///< empty when missing
    bool put(const QString &model, const QString &text, const QList<float> &vector, QString *errorString = nullptr);

private:
    QString pathFor(const QString &model, const QString &text) const;
    QString m_folder;
};

} // namespace awb
