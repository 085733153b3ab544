#pragma once

#include "triggeragent.h"
#include "triggerprompt.h"

#include <QByteArray>

namespace awb {

/// The prompts of one library and the agent each should reach. A value.
///
/// Only user prompts are stored; the example prompts of the agents join through `allPrompts()` so
/// they always follow the descriptions. Saved as JSON (docs/triggers-format.md):
/// `{"format":"agent-workbench-trigger-suite","version":1,"includeExamples":true,"prompts":[...]}`.
class TriggerSuite
{
public:
    static constexpr int FormatVersion = 1;
    static QString formatName() { return QStringLiteral("agent-workbench-trigger-suite"); }

    enum class ImportFormat { Auto, Text, Csv, Json };

    const TriggerPrompts &prompts() const { return m_prompts; }
    void setPrompts(const TriggerPrompts &prompts) { m_prompts = prompts; }
    void add(const TriggerPrompt &prompt) { m_prompts.append(prompt); }
    void add(const TriggerPrompts &prompts) { m_prompts.append(prompts); }
    void replace(int index, const TriggerPrompt &prompt);
    void remove(int index);
    int size() const { return int(m_prompts.size()); }
    bool isEmpty() const { return m_prompts.isEmpty(); }

    /// Whether the agents' example prompts join the suite (default: yes).
    bool includeExamples() const { return m_includeExamples; }
    void setIncludeExamples(bool include) { m_includeExamples = include; }

    /// The example prompts first (in agent order, then example order), then the user prompts.
    /// A user prompt with the same text and expectation as an example is not repeated.
    TriggerPrompts allPrompts(const TriggerAgents &agents) const;
    /// The user line of each `<example>` block, expected for the agent that holds it.
    static TriggerPrompts examplePrompts(const TriggerAgents &agents);

    QByteArray toJson() const;
    /// Reads the suite format; on failure returns false, says why in `errorString` and leaves
    /// `suite` unchanged.
    static bool fromJson(const QByteArray &json, TriggerSuite *suite, QString *errorString);
    bool save(const QString &path, QString *errorString) const;
    /// A missing file is not an error: `suite` becomes empty and `true` is returned.
    static bool load(const QString &path, TriggerSuite *suite, QString *errorString);

    /// Plain text, one prompt per line (blank lines and lines starting with `#` skipped); all expect none
    /// unless a line is `prompt<TAB>agent`.
    static bool parseText(const QByteArray &bytes, TriggerPrompts *prompts, QString *errorString);
    /// CSV with a header `prompt,expected` (RFC 4180 quoting: commas, quotes and newlines inside quotes);
    /// an empty `expected` means none.
    static bool parseCsv(const QByteArray &bytes, TriggerPrompts *prompts, QString *errorString);
    /// The suite format, or an array of strings, or an array of `{"prompt"|"text", "expected"}` objects.
    static bool parseJson(const QByteArray &bytes, TriggerPrompts *prompts, QString *errorString);
    /// Auto picks by extension (.csv, .json, anything else is text) and, for Auto, sniffs JSON content.
    static bool parse(const QByteArray &bytes, ImportFormat format, TriggerPrompts *prompts, QString *errorString);
    static bool importFile(const QString &path, TriggerPrompts *prompts, QString *errorString);

    bool operator==(const TriggerSuite &other) const = default;

private:
    TriggerPrompts m_prompts;
    bool m_includeExamples = true;
};

} // namespace awb
