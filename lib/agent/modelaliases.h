#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace awb {

/// Claude Code's model aliases and what they resolve to. Data, not code: seeded with the
/// values of the current Claude Code release and editable by the user.
class ModelAliases
{
public:
    ModelAliases(); ///< seeded with the defaults
    static const ModelAliases &defaults();

    QString resolve(const QString &model) const; ///< alias (any case), `inherit`, empty, or a full id
    bool isAlias(const QString &model) const;
    QString sessionModel() const { return m_sessionModel; }
    void setSessionModel(const QString &id) { m_sessionModel = id; }
    void setAlias(const QString &alias, const QString &id);
    QList<QPair<QString, QString>> aliases() const { return m_aliases; }

    /// Reads and writes `{"sessionModel": "...", "aliases": {"opus": "..."}}`.
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;

private:
    QList<QPair<QString, QString>> m_aliases;
    QString m_sessionModel;
};

} // namespace awb
