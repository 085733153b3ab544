#pragma once

#include "example.h"
#include "frontmatter.h"
#include "lenientretry.h"
#include "toollist.h"
#include "yamlvalue.h"

#include <QByteArray>
#include <QString>

namespace awb {

/// One agent definition file, read the way Claude Code 2.1 reads it.
/// A value: holds the file's text, what Claude Code would make of it, and why.
class AgentDocument
{
public:
    /// How the frontmatter was read.
    enum class ReadMode {
        NoFrontmatter, ///< no block at byte 0 (or never closed)
        Strict,        ///< valid YAML as written
        Lenient,       ///< only after Claude Code's quoting retry
        Unparseable,   ///< neither attempt parsed
    };

    /// Why Claude Code would not list the agent.
    enum class SkipReason {
        None,
        ByteOrderMark,
        LeadingBlankLine,
        NoFrontmatter,
        Unclosed,
        Unparseable,
        NotAMapping,
        NoName,
        NameNotString,
        NameStartsWithDash,
        NoDescription,
        DescriptionNotString,
    };

    /// Files larger than this are not read (agent files are a few KB).
    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    AgentDocument() = default;
    static AgentDocument fromText(const QString &text, const QString &path = {});
    /// Decodes UTF-8 as Node does (invalid bytes become U+FFFD) and remembers that it happened.
    static AgentDocument fromBytes(const QByteArray &bytes, const QString &path = {});
    /// Reads a file; on failure `ioError()` says why in words a person can act on.
    static AgentDocument fromFile(const QString &path);

    QString path() const { return m_path; }
    const QString &text() const { return m_text; }
    QString ioError() const { return m_ioError; }
    bool hadInvalidUtf8() const { return m_invalidUtf8; }
    /// The text as it should be written back: UTF-8 of `text()` (unchanged bytes round-trip).
    QByteArray toBytes() const;

    const FrontmatterSplit &split() const { return m_split; }
    QString frontmatterText() const { return m_split.frontmatter(m_text); }
    ReadMode readMode() const { return m_readMode; }
    QString yamlError() const { return m_yamlError; }
    int yamlErrorLine() const { return m_yamlErrorLine; } ///< 1-based file line, or 0
    int yamlErrorColumn() const { return m_yamlErrorColumn; }
    const QList<LenientRetry::Change> &retryChanges() const { return m_retryChanges; }
    /// 1-based file line of a 0-based frontmatter line.
    int fileLine(int frontmatterLine) const { return m_frontmatterFirstLine + frontmatterLine + 1; }
    int frontmatterFirstLine() const { return m_frontmatterFirstLine + 1; }

    const YamlValue &frontmatter() const { return m_root; }
    const YamlValue *field(const QString &key) const;
    QStringList keys() const;

    bool loads() const { return m_skip == SkipReason::None; }
    SkipReason skipReason() const { return m_skip; }
    QString skipMessage() const;
    static QString skipReasonCode(SkipReason reason);

    QString name() const;        ///< the name as written, if it is a string
    QString description() const; ///< as Claude Code sends it (after `\n` unescaping)
    ToolList tools() const;
    ToolList disallowedTools() const;
    QString model() const;       ///< as written; empty when absent or empty
    QString color() const;       ///< only a color Claude Code keeps
    QString scalarField(const QString &key) const;
    QString body() const;        ///< the system prompt: the body, trimmed
    QString rawBody() const { return m_split.body(m_text); }
    QList<AgentExample> examples() const;

    QString toolsShown() const;
    QString listingLine() const;

    bool operator==(const AgentDocument &other) const { return m_text == other.m_text && m_path == other.m_path; }

private:
    void read();

    QString m_path;
    QString m_text;
    QString m_ioError;
    bool m_invalidUtf8 = false;
    FrontmatterSplit m_split;
    ReadMode m_readMode = ReadMode::NoFrontmatter;
    QString m_yamlError;
    int m_yamlErrorLine = 0;
    int m_yamlErrorColumn = 0;
    QList<LenientRetry::Change> m_retryChanges;
    int m_frontmatterFirstLine = 0;
    YamlValue m_root;
    SkipReason m_skip = SkipReason::NoFrontmatter;
};

} // namespace awb
