#pragma once

#include <QList>
#include <QString>

namespace awb {

/// One `<example>` block of a description: the situation, the exchange, and why it delegates.
struct AgentExample
{
    struct Turn
    {
        enum class Role { User, Assistant };
        Role role = Role::User;
        QString text;
        bool operator==(const Turn &other) const = default;
    };

    QString context;
    QList<Turn> turns;
    QString commentary;

    QString user() const;      ///< the first user turn
    QString assistant() const; ///< the first assistant turn
    void setUser(const QString &text);
    void setAssistant(const QString &text);

    bool operator==(const AgentExample &other) const = default;
};

/// Finds and writes `<example>` blocks inside a description.
class ExampleCodec
{
public:
    struct Span
    {
        qsizetype start = 0; ///< offset of `<example>` in the description
        qsizetype end = 0;   ///< offset just after `</example>`
    };

    static QList<AgentExample> parse(const QString &description, QList<Span> *spans = nullptr);
    static QString write(const AgentExample &example);
    /// The description with its examples replaced by `examples` (the text around them is kept).
    static QString replaceExamples(const QString &description, const QList<AgentExample> &examples);
};

} // namespace awb
