#pragma once

#include <QHash>
#include <QSyntaxHighlighter>

namespace awb {

/// The built-in highlighter for agent files: YAML frontmatter (found by Claude Code's rule: only
/// at the very start, ended by the first `---` anywhere), a Markdown body, and the `<example>`
/// vocabulary of descriptions.
class AgentHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Kind {
        Fence = 1,
        Key,
        String,
        Number,
        Keyword,
        Comment,
        Indicator,
        Escape,
        Tag,
        Role,
        Heading,
        Emphasis,
        Strong,
        Code,
        Link,
        ListMarker,
        Quote,
    };
    /// Every format this highlighter applies carries its Kind in this property (for tests and tools).
    static constexpr int KindProperty = QTextFormat::UserProperty + 17;

    explicit AgentHighlighter(QTextDocument *document);
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    static QString kindName(Kind kind);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum Mode { Frontmatter = 1, Body = 2, FencedCode = 3, BlockScalar = 4 };
    static int encode(Mode mode, int extra = 0) { return int(mode) | (extra << 4); }

    int highlightYamlLine(const QString &text, int end, int state);
    void highlightYamlValue(const QString &text, int start, int end, int keyIndent, int *nextState);
    void highlightDescriptionWords(const QString &text, int start, int end);
    int highlightMarkdownLine(const QString &text, int from, int state);
    void highlightInline(const QString &text, int from, int to);
    void apply(int start, int length, Kind kind);
    void buildFormats();

    QHash<Kind, QTextCharFormat> m_formats;
    bool m_dark = false;
};

} // namespace awb
