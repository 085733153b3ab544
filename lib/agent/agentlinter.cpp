#include "agentlinter.h"

#include "fieldtable.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace awb {

namespace {

using Severity = Diagnostic::Severity;

qsizetype lineLength(const QString &text, qsizetype start)
{
    qsizetype end = text.indexOf(QLatin1Char('\n'), start);
    if (end < 0)
        end = text.size();
    if (end > start && text.at(end - 1) == QLatin1Char('\r'))
        --end;
    return end - start;
}

/// Edit distance, ignoring case, of two short words (tool and key names).
int levenshtein(const QString &a, const QString &b)
{
    QVarLengthArray<char16_t, 64> lowerB(b.size());
    for (qsizetype j = 0; j < b.size(); ++j)
        lowerB[j] = b.at(j).toLower().unicode();
    QVarLengthArray<int, 64> rowA(b.size() + 1), rowB(b.size() + 1);
    int *prev = rowA.data();
    int *cur = rowB.data();
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        const char16_t ai = a.at(i - 1).toLower().unicode();
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = ai == lowerB[j - 1] ? 0 : 1;
            cur[j] = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closest(const QString &word, const QStringList &candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    for (const QString &c : candidates) {
        // The distance is at least the difference in length.
        if (std::abs(c.size() - word.size()) > maxDistance)
            continue;
        const int d = levenshtein(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$` as PCRE matches it: '$' also matches before a final newline.
bool isLowercaseHyphenated(QStringView name)
{
    if (name.endsWith(QLatin1Char('\n')))
        name.chop(1);
    bool needAlnum = true; // at the start and after each hyphen
    for (const QChar c : name) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            needAlnum = false;
        else if (c == QLatin1Char('-') && !needAlnum)
            needAlnum = true;
        else
            return false;
    }
    return !needAlnum;
}

/// A backslash before 't', 'u', '"' or another backslash.
bool hasLiteralEscape(QStringView text)
{
    for (qsizetype at = text.indexOf(QLatin1Char('\\')); at >= 0 && at + 1 < text.size();
         at = text.indexOf(QLatin1Char('\\'), at + 1)) {
        const QChar next = text.at(at + 1);
        if (next == QLatin1Char('t') || next == QLatin1Char('u') || next == QLatin1Char('"')
            || next == QLatin1Char('\\'))
            return true;
    }
    return false;
}

bool isAsciiWordChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

/// Whether `text` holds `word` (lowercase ASCII) as a whole word, ignoring ASCII case. A hit is
/// also a hit of `\bword\b` under QRegularExpression::CaseInsensitiveOption (whose `\b` knows
/// ASCII word characters only), so it can settle a regular expression without running it.
bool containsAsciiWord(QStringView text, QLatin1StringView word)
{
    const qsizetype last = text.size() - word.size();
    for (qsizetype i = 0; i <= last; ++i) {
        if ((text.at(i).unicode() | 0x20) != word.front().unicode())
            continue;
        qsizetype k = 1;
        while (k < word.size() && text.at(i + k).unicode() < 0x80
            && (text.at(i + k).unicode() | 0x20) == uchar(word.at(k).toLatin1()))
            ++k;
        if (k == word.size() && (i == 0 || !isAsciiWordChar(text.at(i - 1)))
            && (i + k == text.size() || !isAsciiWordChar(text.at(i + k))))
            return true;
    }
    return false;
}

class Checker
{
public:
    Checker(const AgentDocument &doc, const ModelAliases &aliases)
        : m_doc(doc)
        , m_aliases(aliases)
        , m_text(doc.text())
    { }

    /// Offset of a 1-based line. The index grows only as far as the lines asked for: diagnostics
    /// concern the frontmatter, and files can have many thousand lines of body.
    qsizetype lineStart(int line1)
    {
        if (line1 < 1)
            return 0;
        while (m_lineStarts.size() < line1 && m_indexed < m_text.size()) {
            const qsizetype newline = m_text.indexOf(QLatin1Char('\n'), m_indexed);
            if (newline < 0) {
                m_indexed = m_text.size();
                break;
            }
            m_lineStarts.append(newline + 1);
            m_indexed = newline + 1;
        }
        return line1 - 1 < m_lineStarts.size() ? m_lineStarts.at(line1 - 1) : m_text.size();
    }

    Diagnostics run();

private:
    /// A diagnostic from `column` (1-based) to `endColumn` on `line`, by default to the line's end.
    Diagnostic &add(
        const QString &code, Severity severity, int line, const QString &message, int column = 1, int endColumn = -1)
    {
        Diagnostic d;
        d.code = code;
        d.severity = severity;
        d.line = std::max(1, line);
        const qsizetype start = lineStart(d.line);
        const int length = int(lineLength(m_text, start));
        d.column = std::clamp(column, 1, length + 1);
        d.endLine = d.line;
        d.endColumn = endColumn < 0 ? length + 1 : std::clamp(endColumn, d.column, length + 1);
        d.message = message;
        m_out.append(d);
        return m_out.last();
    }
    /// Column (1-based) where the value of a `key: value` line starts; 1 when the line has no colon.
    int valueColumn(int line)
    {
        const qsizetype start = lineStart(line);
        const QStringView lineText = QStringView(m_text).mid(start, lineLength(m_text, start));
        qsizetype colon = lineText.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return 1;
        ++colon;
        while (colon < lineText.size()
            && (lineText.at(colon) == QLatin1Char(' ') || lineText.at(colon) == QLatin1Char('\t')))
            ++colon;
        return colon < lineText.size() ? int(colon) + 1 : 1;
    }
    /// Column (1-based) of `needle` on `line` at or after the value, or 0.
    int columnOf(int line, const QString &needle)
    {
        const qsizetype start = lineStart(line);
        const QStringView lineText = QStringView(m_text).mid(start, lineLength(m_text, start));
        const qsizetype at = lineText.indexOf(needle, valueColumn(line) - 1);
        return at < 0 ? 0 : int(at) + 1;
    }
    /// A diagnostic about a key's value: from the value to the end of the line.
    Diagnostic &addAtValue(const QString &code, Severity severity, int line, const QString &message)
    {
        return add(code, severity, line, message, valueColumn(line));
    }
    int keyLine(const QString &key) const
    {
        // Known keys sit near the top; unknown keys are looked up by entry, not by name.
        for (const auto &entry : m_doc.frontmatter().entries()) {
            if (entry.key == key)
                return m_doc.fileLine(entry.keyLine);
        }
        return m_doc.frontmatterFirstLine();
    }
    /// A fix that replaces the value part of a one-line `key: value` on `line`.
    TextFix valueFix(int line, const QString &label, const QString &newValueText)
    {
        const qsizetype start = lineStart(line);
        const qsizetype len = lineLength(m_text, start);
        const QString lineText = m_text.mid(start, len);
        const qsizetype colon = lineText.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return {};
        return { label, start + colon + 1, len - colon - 1, QLatin1Char(' ') + newValueText };
    }

    void checkStructure();
    void checkName();
    void checkDescription();
    void checkTools(const QString &key);
    void checkEnums();
    void checkBody();
    void checkUnknownKeys();

    const AgentDocument &m_doc;
    const ModelAliases &m_aliases;
    const QString &m_text;
    Diagnostics m_out;
    QVarLengthArray<qsizetype, 64> m_lineStarts { 0 };
    qsizetype m_indexed = 0; ///< text before this offset is in m_lineStarts
};

void Checker::checkStructure()
{
    using Skip = AgentDocument::SkipReason;
    const Skip skip = m_doc.skipReason();
    if (m_doc.hadInvalidUtf8()) {
        // Point at the first replaced byte.
        const qsizetype bad = std::max<qsizetype>(0, m_text.indexOf(QChar::ReplacementCharacter));
        const int line = int(QStringView(m_text).left(bad).count(QLatin1Char('\n'))) + 1;
        const int column = int(bad - lineStart(line)) + 1;
        add(QStringLiteral("invalid-utf8"), Severity::Warning, line,
            QStringLiteral("The file is not valid UTF-8; the bad bytes read as U+FFFD (�) here and wherever else "
                           "they occur. Convert the file to UTF-8 (for example: iconv -f latin1 -t utf-8)"),
            column, column + 1);
    }
    switch (skip) {
    case Skip::ByteOrderMark:
        add(QStringLiteral("skipped-bom"), Severity::Error, 1,
            QStringLiteral("Claude Code skips this file: it starts with a UTF-8 byte order mark, so the "
                           "frontmatter is not at byte 0"))
            .fix
            = { QStringLiteral("Remove the byte order mark"), 0, 1, QString() };
        return;
    case Skip::LeadingBlankLine: {
        const qsizetype fence = m_text.indexOf(QLatin1String("---"));
        add(QStringLiteral("skipped-leading-blank"), Severity::Error, 1,
            QStringLiteral("Claude Code skips this file: the frontmatter must start at the very first byte, "
                           "but blank lines or spaces come before '---'"))
            .fix
            = { QStringLiteral("Remove what comes before '---'"), 0, fence, QString() };
        return;
    }
    case Skip::NoFrontmatter:
        add(QStringLiteral("skipped-no-frontmatter"), Severity::Error, 1,
            QStringLiteral("Claude Code skips this file: it has no frontmatter. Start it with '---', then "
                           "'name:' and 'description:' lines, then '---'"));
        return;
    case Skip::Unclosed:
        add(QStringLiteral("skipped-unclosed-frontmatter"), Severity::Error, 1,
            QStringLiteral("Claude Code skips this file: the frontmatter opened on line 1 is never closed "
                           "by a line holding '---'"));
        return;
    case Skip::Unparseable: {
        // Would the retry have worked with LF line endings?
        if (m_text.contains(QLatin1String("\r\n"))) {
            QString lf = m_text;
            lf.replace(QLatin1String("\r\n"), QLatin1String("\n"));
            if (AgentDocument::fromText(lf).readMode() == AgentDocument::ReadMode::Lenient) {
                add(QStringLiteral("crlf-breaks-retry"), Severity::Error, m_doc.yamlErrorLine(),
                    QStringLiteral("Claude Code skips this file: its YAML needs Claude Code's quoting retry "
                                   "(%1), and that retry does not work on CRLF line endings")
                        .arg(m_doc.yamlError()),
                    m_doc.yamlErrorColumn())
                    .fix
                    = { QStringLiteral("Convert line endings to LF"), 0, m_text.size(), lf };
                return;
            }
        }
        add(QStringLiteral("skipped-unparseable"), Severity::Error, m_doc.yamlErrorLine(),
            QStringLiteral("Claude Code skips this file: the frontmatter is not valid YAML (%1), and its "
                           "quoting retry cannot repair it. Indent continuation lines, or quote the value")
                .arg(m_doc.yamlError()),
            m_doc.yamlErrorColumn());
        return;
    }
    case Skip::NotAMapping:
        add(QStringLiteral("skipped-not-a-mapping"), Severity::Error, m_doc.frontmatterFirstLine(),
            QStringLiteral("Claude Code skips this file: %1").arg(m_doc.skipMessage()));
        return;
    default:
        break;
    }
    if (m_doc.readMode() == AgentDocument::ReadMode::Lenient) {
        for (const auto &change : m_doc.retryChanges()) {
            const int line = m_doc.fileLine(change.line);
            addAtValue(QStringLiteral("lenient-only"), Severity::Warning, line,
                QStringLiteral("'%1' is not valid YAML as written (%2). Claude Code loads it only through its "
                               "quoting retry; other tools and YAML readers reject the file")
                    .arg(change.key, m_doc.yamlError()))
                .fix
                = [&] {
                      const qsizetype start = lineStart(line);
                      return TextFix { QStringLiteral("Quote the value"), start, lineLength(m_text, start),
                          change.after };
                  }();
        }
    }
    if (m_doc.split().found && m_doc.split().closedMidLine) {
        const int line = int(QStringView(m_text).left(m_doc.split().closeStart).count(QLatin1Char('\n'))) + 1;
        // Keys written after the cut are lost to Claude Code.
        QStringList lost;
        static const QRegularExpression keyLine(
            QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):"), QRegularExpression::MultilineOption);
        const qsizetype nextFence = m_text.indexOf(QLatin1String("\n---"), m_doc.split().closeStart + 3);
        const QString after
            = m_text.mid(m_doc.split().closeStart + 3, nextFence < 0 ? -1 : nextFence - m_doc.split().closeStart - 3);
        auto it = keyLine.globalMatch(after);
        while (it.hasNext())
            lost.append(it.next().captured(1));
        QString message = QStringLiteral("The '---' in this line ends the frontmatter for Claude Code: the rest of "
                                         "the value is cut off");
        if (!lost.isEmpty())
            message += QStringLiteral(", and %1 below become%2 part of the body")
                           .arg(lost.join(QStringLiteral(", ")), lost.size() == 1 ? QStringLiteral("s") : QString());
        const qsizetype start = lineStart(line);
        const int dashColumn = int(m_doc.split().closeStart - start) + 1;
        Diagnostic &d
            = add(QStringLiteral("dashes-truncate"), Severity::Warning, line, message, dashColumn, dashColumn + 3);
        const QString lineText = m_text.mid(start, lineLength(m_text, start));
        static const QRegularExpression simple(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+(.*)$"));
        const QRegularExpressionMatch m = simple.match(lineText);
        if (m.hasMatch() && !m.captured(2).startsWith(QLatin1Char('"'))
            && !m.captured(2).startsWith(QLatin1Char('\''))) {
            d.fix = { QStringLiteral("Quote the value so '---' cannot end the frontmatter"), start, lineText.size(),
                m.captured(1) + QStringLiteral(": ") + YamlWriter::doubleQuoted(m.captured(2).trimmed()) };
        }
    }
}

void Checker::checkName()
{
    using Skip = AgentDocument::SkipReason;
    const YamlValue *v = m_doc.field(QStringLiteral("name"));
    const int line = keyLine(QStringLiteral("name"));
    switch (m_doc.skipReason()) {
    case Skip::NoName:
        add(QStringLiteral("skipped-no-name"), Severity::Error, m_doc.frontmatterFirstLine(),
            QStringLiteral("Claude Code skips this file silently: it has no 'name'. Add a line such as "
                           "'name: my-agent'"));
        return;
    case Skip::NameNotString:
        addAtValue(QStringLiteral("skipped-name-not-string"), Severity::Error, line,
            QStringLiteral("Claude Code skips this file silently: 'name' is a %1, not a string. Quote it")
                .arg(v->kindName()))
            .fix
            = valueFix(line, QStringLiteral("Quote the name"), YamlWriter::doubleQuoted(v->text()));
        return;
    case Skip::NameStartsWithDash:
        addAtValue(QStringLiteral("skipped-name-dash"), Severity::Error, line,
            QStringLiteral("Claude Code skips this file: 'name' starts with '-'"))
            .fix
            = valueFix(line, QStringLiteral("Remove the leading '-'"),
                YamlWriter::scalar(YamlValue::makeString(AgentLinter::suggestedName(v->text()))));
        return;
    default:
        break;
    }
    if (!v || !v->isString())
        return;
    const QString name = v->text();
    if (name.contains(QLatin1Char(':'))) {
        addAtValue(QStringLiteral("name-colon"), Severity::Warning, line,
            QStringLiteral("'name' contains ':', which newer Claude Code releases reserve for plugin agents "
                           "(plugin:agent) and reject"))
            .fix
            = valueFix(line, QStringLiteral("Use '%1'").arg(AgentLinter::suggestedName(name)),
                AgentLinter::suggestedName(name));
    } else {
        if (!isLowercaseHyphenated(name)) {
            const QString suggestion = AgentLinter::suggestedName(name);
            Diagnostic &d = addAtValue(QStringLiteral("name-style"), Severity::Warning, line,
                QStringLiteral("'name' should be lowercase letters, digits and hyphens "
                               "(Claude Code loads '%1', but other tools and file names expect "
                               "'%2')")
                    .arg(name, suggestion));
            if (!suggestion.isEmpty())
                d.fix = valueFix(line, QStringLiteral("Rename to '%1'").arg(suggestion), suggestion);
        }
    }
}

void Checker::checkDescription()
{
    using Skip = AgentDocument::SkipReason;
    const YamlValue *v = m_doc.field(QStringLiteral("description"));
    const int line = keyLine(QStringLiteral("description"));
    if (m_doc.skipReason() == Skip::NoDescription) {
        add(QStringLiteral("skipped-no-description"), Severity::Error, v ? line : m_doc.frontmatterFirstLine(),
            QStringLiteral("Claude Code skips this file silently: 'description' is missing or empty. Say when "
                           "the main model should delegate to this agent"));
        return;
    }
    if (m_doc.skipReason() == Skip::DescriptionNotString) {
        Diagnostic &d = addAtValue(QStringLiteral("skipped-description-not-string"), Severity::Error, line,
            QStringLiteral("Claude Code skips this file silently: 'description' is a %1, not a "
                           "string. Quote it")
                .arg(v->kindName()));
        if (v->isScalar())
            d.fix = valueFix(line, QStringLiteral("Quote the description"), YamlWriter::doubleQuoted(v->text()));
        return;
    }
    if (!v || !v->isString())
        return;
    const QString description = m_doc.description();
    const int tokens = AgentLinter::estimateTokens(description);
    if (tokens > AgentLinter::LongDescriptionTokens) {
        addAtValue(QStringLiteral("long-description"), Severity::Warning, line,
            QStringLiteral("The description is about %1 tokens; Claude Code sends it with every turn of every "
                           "conversation. Move detail into the body and keep the trigger guidance")
                .arg(tokens));
    } else if (tokens > AgentLinter::LongDescriptionTokens / 2) {
        addAtValue(QStringLiteral("long-description"), Severity::Info, line,
            QStringLiteral("The description is about %1 tokens, paid on every turn of every conversation").arg(tokens));
    }
    // The usual wording settles the next two checks without a regular expression.
    const bool saysProactively = containsAsciiWord(description, QLatin1StringView("proactively"));
    static const QRegularExpression guidance(
        QStringLiteral("<example>|proactively|use (this agent )?(when|for|to|after|before)|must be used|"
                       "invoke (when|for)|delegate|trigger"),
        QRegularExpression::CaseInsensitiveOption);
    if (!saysProactively && !guidance.match(description).hasMatch()) {
        addAtValue(QStringLiteral("no-trigger-guidance"), Severity::Info, line,
            QStringLiteral("The description does not say when to use the agent: add <example> blocks, or a "
                           "sentence such as 'Use proactively when ...'"));
    }
    // Meant to run unasked ("automatically", "after every change") but not saying the words
    // the main model acts on.
    static const QRegularExpression unasked(
        QStringLiteral("\\b(automatically|proactive|without being asked|unprompted|after (every|each|any) "
                       "(change|edit|commit|modification)|whenever (code|a file|files) (is|are) (changed|written|"
                       "modified))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression proactively(
        QStringLiteral("\\bproactively\\b|must be used"), QRegularExpression::CaseInsensitiveOption);
    if (!saysProactively) {
        const QRegularExpressionMatch intent = unasked.match(description);
        if (intent.hasMatch() && !proactively.match(description).hasMatch()) {
            Diagnostic &d = addAtValue(QStringLiteral("proactive-not-said"), Severity::Info, line,
                QStringLiteral("The description says the agent should act '%1', but Claude Code's main model delegates "
                               "unasked only when told: say 'Use proactively ...'")
                    .arg(intent.captured(0)));
            // One-line plain or quoted values: put the words in front.
            const qsizetype start = lineStart(line) + valueColumn(line) - 1;
            const QChar first = start < m_text.size() ? m_text.at(start) : QChar();
            const bool quoted = first == QLatin1Char('"') || first == QLatin1Char('\'');
            if (v->style() == YamlValue::Style::Plain || v->style() == YamlValue::Style::DoubleQuoted
                || v->style() == YamlValue::Style::SingleQuoted)
                d.fix = { QStringLiteral("Start with 'Use proactively.'"), start + (quoted ? 1 : 0), 0,
                    QStringLiteral("Use proactively. ") };
        }
    }
    if (v->style() == YamlValue::Style::Plain) {
        if (hasLiteralEscape(v->text())) {
            addAtValue(QStringLiteral("literal-escapes"), Severity::Info, line,
                QStringLiteral("Only '\\n' is turned into a line break; other escapes such as '\\t', '\\u00e9', "
                               "'\\\\' or '\\\"' stay literal in an unquoted description"));
        }
    }
}

void Checker::checkTools(const QString &key)
{
    const YamlValue *v = m_doc.field(key);
    if (!v)
        return;
    const int line = keyLine(key);
    if (v->isMapping()) {
        addAtValue(QStringLiteral("tools-type"), Severity::Warning, line,
            QStringLiteral("'%1' should be a comma-separated string or a list, not a mapping").arg(key));
        return;
    }
    const ToolList list = ToolList::fromYaml(v);
    for (const QString &entry : list.entries) {
        if (FieldTable::isKnownTool(entry))
            continue;
        const QString base = ToolList::baseName(entry);
        const QString suggestion = closest(base, FieldTable::knownTools(), 2);
        QString message = QStringLiteral("'%1' is not a Claude Code tool").arg(entry);
        if (!suggestion.isEmpty())
            message += QStringLiteral("; did you mean '%1'?").arg(suggestion);
        else
            message += QStringLiteral(" (MCP tools are written mcp__server__tool)");
        // The entry's own spot: on the key's line, or on a `- entry` line below it.
        int entryLine = line;
        int column = columnOf(line, entry);
        for (int l = line + 1; column == 0 && l < m_doc.fileLine(0) + 10000; ++l) {
            const qsizetype start = lineStart(l);
            if (start >= m_doc.split().closeStart)
                break;
            const QStringView lineText = QStringView(m_text).mid(start, lineLength(m_text, start));
            if (!lineText.isEmpty() && !lineText.front().isSpace() && lineText.front() != QLatin1Char('-'))
                break;
            const qsizetype at = lineText.indexOf(entry);
            if (at >= 0) {
                entryLine = l;
                column = int(at) + 1;
            }
        }
        Diagnostic &d = column > 0 ? add(QStringLiteral("unknown-tool"), Severity::Warning, entryLine, message, column,
                            column + int(entry.size()))
                                   : addAtValue(QStringLiteral("unknown-tool"), Severity::Warning, line, message);
        if (column > 0 && !suggestion.isEmpty() && entry.startsWith(base))
            d.fix = { QStringLiteral("Use '%1'").arg(suggestion), lineStart(entryLine) + column - 1, base.size(),
                suggestion };
    }
    if (list.fromString && v->text().contains(QLatin1Char(','))) {
        for (const QString &part : v->text().split(QLatin1Char(','))) {
            const QString t = part.trimmed();
            // Without whitespace (and without commas, split off above) it stays one entry.
            if (std::none_of(t.begin(), t.end(), [](QChar c) { return c.isSpace(); }))
                continue;
            if (ToolList::splitToolString(t).size() > 1) {
                addAtValue(QStringLiteral("tools-space-split"), Severity::Warning, line,
                    QStringLiteral("Claude Code splits tool lists on spaces too: '%1' becomes %2")
                        .arg(t, ToolList::splitToolString(t).join(QStringLiteral(" and "))));
            }
        }
    }
}

void Checker::checkEnums()
{
    for (const FieldSpec &spec : FieldTable::fields()) {
        const YamlValue *v = m_doc.field(spec.key);
        if (!v || v->isNull())
            continue;
        const int line = keyLine(spec.key);
        const QString text = v->isScalar() ? v->text() : v->describe();
        switch (spec.type) {
        case FieldType::Color:
            if (!spec.values.contains(text)) {
                static const QList<QPair<QString, QString>> near {
                    { QStringLiteral("magenta"), QStringLiteral("pink") },
                    { QStringLiteral("violet"), QStringLiteral("purple") },
                    { QStringLiteral("teal"), QStringLiteral("cyan") },
                    { QStringLiteral("gold"), QStringLiteral("yellow") },
                    { QStringLiteral("lime"), QStringLiteral("green") },
                    { QStringLiteral("navy"), QStringLiteral("blue") },
                    { QStringLiteral("indigo"), QStringLiteral("purple") },
                    { QStringLiteral("amber"), QStringLiteral("orange") },
                };
                QString suggestion = spec.values.contains(text.toLower()) ? text.toLower() : QString();
                for (const auto &pair : near) {
                    if (pair.first == text.toLower())
                        suggestion = pair.second;
                }
                Diagnostic &d = addAtValue(QStringLiteral("color-dropped"), Severity::Warning, line,
                    QStringLiteral("color '%1' is not one Claude Code accepts (%2); it is dropped")
                        .arg(text, spec.values.join(QStringLiteral(", "))));
                if (!suggestion.isEmpty())
                    d.fix = valueFix(line, QStringLiteral("Use '%1'").arg(suggestion), suggestion);
            }
            break;
        case FieldType::Enum:
            if (!v->isString() || !spec.values.contains(text)) {
                const QString suggestion = v->isScalar() ? closest(text, spec.values, 2) : QString();
                QString message = QStringLiteral("%1 '%2' is not one of %3; Claude Code ignores it")
                                      .arg(spec.key, text, spec.values.join(QStringLiteral(", ")));
                if (!suggestion.isEmpty())
                    message += QStringLiteral(". Did you mean '%1'?").arg(suggestion);
                Diagnostic &d = addAtValue(QStringLiteral("invalid-value"), Severity::Warning, line, message);
                if (!suggestion.isEmpty())
                    d.fix = valueFix(line, QStringLiteral("Use '%1'").arg(suggestion), suggestion);
            }
            break;
        case FieldType::EnumOrInteger:
            if (!(v->kind() == YamlValue::Kind::Int || spec.values.contains(text))) {
                const QString suggestion = v->isScalar() ? closest(text, spec.values, 2) : QString();
                Diagnostic &d = addAtValue(QStringLiteral("invalid-value"), Severity::Warning, line,
                    QStringLiteral("effort '%1' is not one of %2 or a number; Claude Code ignores it")
                        .arg(text, spec.values.join(QStringLiteral(", "))));
                if (!suggestion.isEmpty())
                    d.fix = valueFix(line, QStringLiteral("Use '%1'").arg(suggestion), suggestion);
            }
            break;
        case FieldType::PositiveInteger:
            if (v->kind() != YamlValue::Kind::Int || v->toInt() <= 0) {
                addAtValue(QStringLiteral("invalid-value"), Severity::Warning, line,
                    QStringLiteral("%1 '%2' is not a positive whole number; Claude Code ignores it")
                        .arg(spec.key, text));
            }
            break;
        case FieldType::Boolean:
            if (v->kind() != YamlValue::Kind::Bool) {
                // YAML 1.1 spellings are strings in YAML 1.2, which Claude Code reads.
                static const QStringList yes { QStringLiteral("yes"), QStringLiteral("on"), QStringLiteral("y") };
                static const QStringList no { QStringLiteral("no"), QStringLiteral("off"), QStringLiteral("n") };
                const QString meant = yes.contains(text.toLower()) ? QStringLiteral("true")
                    : no.contains(text.toLower())                  ? QStringLiteral("false")
                                                                   : QString();
                Diagnostic &d = addAtValue(QStringLiteral("invalid-value"), Severity::Warning, line,
                    QStringLiteral("%1 '%2' is not true or false; Claude Code ignores it").arg(spec.key, text));
                if (!meant.isEmpty())
                    d.fix = valueFix(line, QStringLiteral("Use '%1'").arg(meant), meant);
            }
            break;
        case FieldType::Model:
            if (!v->isScalar() || text.trimmed().isEmpty()) {
                break;
            } else if (!m_aliases.isAlias(text) && !text.startsWith(QLatin1String("claude-"))) {
                addAtValue(QStringLiteral("unknown-model"), Severity::Info, line,
                    QStringLiteral("model '%1' is not an alias (%2) nor a Claude model id; Claude Code passes it "
                                   "on as it is")
                        .arg(text, FieldTable::modelAliases().join(QStringLiteral(", "))));
            }
            break;
        case FieldType::Hooks:
            if (!v->isMapping()) {
                addAtValue(QStringLiteral("invalid-value"), Severity::Warning, line,
                    QStringLiteral("hooks should be a mapping of hook events (PreToolUse, PostToolUse, Stop, ...); "
                                   "Claude Code ignores it"));
            }
            break;
        case FieldType::McpServers:
            if (!v->isSequence() && !v->isMapping()) {
                addAtValue(QStringLiteral("invalid-value"), Severity::Warning, line,
                    QStringLiteral("mcpServers should be a list of server names or definitions"));
            }
            break;
        default:
            break;
        }
    }
}

void Checker::checkBody()
{
    // Scan rather than copy: bodies are most of a file's bytes.
    const QStringView rest = QStringView(m_text).mid(m_doc.split().bodyStart);
    const bool blank = std::all_of(rest.begin(), rest.end(), [](QChar c) { return c.isSpace(); });
    if (blank) {
        const int line = int(QStringView(m_text).left(m_doc.split().bodyStart).count(QLatin1Char('\n'))) + 1;
        add(QStringLiteral("empty-body"), Severity::Warning, line,
            QStringLiteral("The body is empty, so the agent runs without a system prompt. Write its instructions "
                           "below the frontmatter"));
    }
}

void Checker::checkUnknownKeys()
{
    for (const auto &entry : m_doc.frontmatter().entries()) {
        if (FieldTable::find(entry.key))
            continue;
        QStringList known;
        for (const FieldSpec &spec : FieldTable::fields())
            known.append(spec.key);
        const QString suggestion = closest(entry.key, known, 2);
        QString message = QStringLiteral("Claude Code ignores the key '%1'").arg(entry.key);
        if (!suggestion.isEmpty())
            message += QStringLiteral("; did you mean '%1'?").arg(suggestion);
        add(QStringLiteral("unknown-key"), Severity::Info, m_doc.fileLine(entry.keyLine), message);
    }
}

Diagnostics Checker::run()
{
    checkStructure();
    const auto skip = m_doc.skipReason();
    if (m_doc.frontmatter().isMapping()) {
        checkName();
        checkDescription();
        if (skip == AgentDocument::SkipReason::None || skip == AgentDocument::SkipReason::NameStartsWithDash) {
            checkTools(QStringLiteral("tools"));
            checkTools(QStringLiteral("disallowedTools"));
            checkEnums();
            checkUnknownKeys();
        }
    }
    if (m_doc.split().found)
        checkBody();
    std::stable_sort(
        m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    return m_out;
}

} // namespace

int AgentLinter::estimateTokens(const QString &text)
{
    return int(std::ceil(double(text.size()) / 3.6));
}

QString AgentLinter::suggestedName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

Diagnostics AgentLinter::check(const AgentDocument &doc, const ModelAliases &aliases)
{
    return Checker(doc, aliases).run();
}

} // namespace awb
