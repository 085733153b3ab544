#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace awb {

/// Just enough TOML for Codex agent files: top-level string, integer and boolean keys.
class TomlWriter
{
public:
    void add(const QString &key, const QString &value);
    void addMultiline(const QString &key, const QString &value);
    QString text() const { return m_text; }

    static QString basicString(const QString &value);

private:
    QString m_text;
};

class TomlReader
{
public:
    struct Result
    {
        bool ok = false;
        QList<QPair<QString, QVariant>> values; ///< top-level keys, in order
        QStringList tables;                     ///< `[table]` headers seen (not read)
        QString errorString;
        int errorLine = 0;
    };
    static Result read(const QString &text);
};

} // namespace awb
