#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace awb {

/// One prompt of a trigger suite and the agent that should take it.
struct TriggerPrompt
{
    enum class Source {
        User, ///< written, imported or edited by the user; saved with the suite
        Example, ///< the user line of an `<example>` block of `exampleAgent`; derived, never saved
    };

    QString text;
    QString expected; ///< the agent's name; empty: no custom agent should take it ("none")
    Source source = Source::User;
    QString exampleAgent; ///< for Source::Example: the agent whose description holds the example
    int exampleIndex = -1; ///< for Source::Example: which of its examples (0-based)

    bool expectsNone() const { return expected.isEmpty(); }
    bool isExample() const { return source == Source::Example; }

    static TriggerPrompt user(const QString &text, const QString &expected = {})
    {
        TriggerPrompt p;
        p.text = text;
        p.expected = expected;
        return p;
    }

    bool operator==(const TriggerPrompt &other) const = default;
};

using TriggerPrompts = QList<TriggerPrompt>;

} // namespace awb

Q_DECLARE_METATYPE(awb::TriggerPrompt)
