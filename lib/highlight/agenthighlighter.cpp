#include "agenthighlighter.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace awb {

namespace {

bool isBlank(QStringView s)
{
    for (const QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

int indentOf(const QString &text)
{
    int i = 0;
    while (i < text.size() && text.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

bool isKeywordScalar(QStringView v)
{
    static const QStringList words{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("True"),
                                   QStringLiteral("False"), QStringLiteral("TRUE"), QStringLiteral("FALSE"),
                                   QStringLiteral("null"), QStringLiteral("Null"), QStringLiteral("NULL"),
                                   QStringLiteral("~")};
    return words.contains(v.toString());
}

bool isNumberScalar(QStringView v)
{
    static const QRegularExpression number(
        QStringLiteral("^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$"));
    return number.match(v).hasMatch();
}

} // namespace

AgentHighlighter::AgentHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    buildFormats();
}

void AgentHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

QString AgentHighlighter::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fence: return QStringLiteral("fence");
    case Kind::Key: return QStringLiteral("key");
    case Kind::String: return QStringLiteral("string");
    case Kind::Number: return QStringLiteral("number");
    case Kind::Keyword: return QStringLiteral("keyword");
    case Kind::Comment: return QStringLiteral("comment");
    case Kind::Indicator: return QStringLiteral("indicator");
    case Kind::Escape: return QStringLiteral("escape");
    case Kind::Tag: return QStringLiteral("tag");
    case Kind::Role: return QStringLiteral("role");
    case Kind::Heading: return QStringLiteral("heading");
    case Kind::Emphasis: return QStringLiteral("emphasis");
    case Kind::Strong: return QStringLiteral("strong");
    case Kind::Code: return QStringLiteral("code");
    case Kind::Link: return QStringLiteral("link");
    case Kind::ListMarker: return QStringLiteral("list");
    case Kind::Quote: return QStringLiteral("quote");
    }
    return {};
}

void AgentHighlighter::buildFormats()
{
    auto make = [this](Kind kind, const QColor &light, const QColor &dark, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(m_dark ? dark : light);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        f.setProperty(KindProperty, int(kind));
        m_formats.insert(kind, f);
    };
    make(Kind::Fence, QColor(0x8a, 0x8f, 0x98), QColor(0x8a, 0x8f, 0x98), true);
    make(Kind::Key, QColor(0x1f, 0x5f, 0xb8), QColor(0x7a, 0xb4, 0xff), true);
    make(Kind::String, QColor(0x3a, 0x7d, 0x2c), QColor(0x9f, 0xd2, 0x86));
    make(Kind::Number, QColor(0xa0, 0x50, 0x00), QColor(0xe8, 0xa8, 0x6a));
    make(Kind::Keyword, QColor(0x8a, 0x3f, 0xb5), QColor(0xc9, 0x96, 0xf0), true);
    make(Kind::Comment, QColor(0x80, 0x80, 0x80), QColor(0x8c, 0x8c, 0x8c), false, true);
    make(Kind::Indicator, QColor(0xb0, 0x40, 0x40), QColor(0xf0, 0x8a, 0x8a), true);
    make(Kind::Escape, QColor(0xb0, 0x60, 0x00), QColor(0xff, 0xb8, 0x60), true);
    make(Kind::Tag, QColor(0x9b, 0x2f, 0x8f), QColor(0xe0, 0x8a, 0xd8), true);
    make(Kind::Role, QColor(0x00, 0x6e, 0x7a), QColor(0x6c, 0xd0, 0xdc), true);
    make(Kind::Heading, QColor(0x1f, 0x3f, 0x9f), QColor(0x9c, 0xb6, 0xff), true);
    make(Kind::Emphasis, m_dark ? QColor(0xdf, 0xe1, 0xe5) : QColor(0x30, 0x30, 0x30),
         QColor(0xdf, 0xe1, 0xe5), false, true);
    make(Kind::Strong, m_dark ? QColor(0xdf, 0xe1, 0xe5) : QColor(0x20, 0x20, 0x20), QColor(0xf0, 0xf0, 0xf0), true);
    make(Kind::Code, QColor(0x6b, 0x4e, 0x16), QColor(0xe0, 0xc0, 0x80));
    make(Kind::Link, QColor(0x1a, 0x66, 0xcc), QColor(0x6c, 0xa8, 0xf0));
    make(Kind::ListMarker, QColor(0xb0, 0x40, 0x40), QColor(0xf0, 0x8a, 0x8a), true);
    make(Kind::Quote, QColor(0x60, 0x60, 0x70), QColor(0xa0, 0xa0, 0xb0), false, true);
}

void AgentHighlighter::apply(int start, int length, Kind kind)
{
    if (length > 0)
        setFormat(start, length, m_formats.value(kind));
}

void AgentHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    int state = previous;
    if (currentBlock().blockNumber() == 0) {
        // Claude Code: a frontmatter only when the file starts with "---" and whitespace.
        if (text.startsWith(QLatin1String("---")) && isBlank(QStringView(text).mid(3))) {
            apply(0, 3, Kind::Fence);
            setCurrentBlockState(encode(Frontmatter));
            return;
        }
        state = encode(Body);
    }
    const int mode = state & 0xf;
    if (mode == Frontmatter || mode == BlockScalar) {
        // The first "---" anywhere ends the frontmatter, even in the middle of a value.
        const int fence = int(text.indexOf(QLatin1String("---")));
        if (fence < 0) {
            setCurrentBlockState(highlightYamlLine(text, int(text.size()), state));
            return;
        }
        highlightYamlLine(text, fence, state);
        apply(fence, 3, Kind::Fence);
        setCurrentBlockState(highlightMarkdownLine(text, fence + 3, encode(Body)));
        return;
    }
    setCurrentBlockState(highlightMarkdownLine(text, 0, state));
}

int AgentHighlighter::highlightYamlLine(const QString &text, int end, int state)
{
    const QStringView line = QStringView(text).left(end);
    const int indent = indentOf(text);
    if ((state & 0xf) == BlockScalar) {
        const int keyIndent = (state >> 4) - 1;
        if (isBlank(line) || indent > keyIndent) {
            apply(0, end, Kind::String);
            highlightDescriptionWords(text, 0, end);
            return state;
        }
    }
    if (isBlank(line))
        return encode(Frontmatter);
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(QLatin1Char('#'))) {
        apply(0, end, Kind::Comment);
        return encode(Frontmatter);
    }
    int pos = indent;
    int nextState = encode(Frontmatter);
    // "- item"
    while (pos < end && text.at(pos) == QLatin1Char('-') && (pos + 1 == end || text.at(pos + 1) == QLatin1Char(' '))) {
        apply(pos, 1, Kind::Indicator);
        pos += 1;
        while (pos < end && text.at(pos) == QLatin1Char(' '))
            ++pos;
    }
    static const QRegularExpression keyRe(QStringLiteral("^(\"[^\"]*\"|'[^']*'|[^\\s#:\"'\\[\\]{},][^:#]*?)\\s*:(?=\\s|$)"));
    const QRegularExpressionMatch m = keyRe.match(QStringView(text).left(end).mid(pos));
    if (m.hasMatch()) {
        apply(pos, int(m.capturedLength(1)), Kind::Key);
        const int valueStart = pos + int(m.capturedLength(0));
        highlightYamlValue(text, valueStart, end, indent, &nextState);
        return nextState;
    }
    // A continuation line of a multi-line plain scalar, or a sequence item's value.
    highlightYamlValue(text, pos, end, indent - 1, &nextState);
    return nextState;
}

void AgentHighlighter::highlightYamlValue(const QString &text, int start, int end, int keyIndent, int *nextState)
{
    int pos = start;
    while (pos < end && (text.at(pos) == QLatin1Char(' ') || text.at(pos) == QLatin1Char('\t')))
        ++pos;
    if (pos >= end)
        return;
    const QChar first = text.at(pos);
    if (first == QLatin1Char('|') || first == QLatin1Char('>')) {
        int i = pos + 1;
        while (i < end && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+') || text.at(i).isDigit()))
            ++i;
        if (isBlank(QStringView(text).mid(i, end - i)) || QStringView(text).mid(i, end - i).trimmed().startsWith(u'#')) {
            apply(pos, i - pos, Kind::Indicator);
            if (i < end && !isBlank(QStringView(text).mid(i, end - i)))
                apply(i, end - i, Kind::Comment);
            *nextState = encode(BlockScalar, std::max(0, keyIndent) + 1);
            return;
        }
    }
    if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
        int i = pos + 1;
        while (i < end) {
            if (first == QLatin1Char('"') && text.at(i) == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (text.at(i) == first) {
                if (first == QLatin1Char('\'') && i + 1 < end && text.at(i + 1) == QLatin1Char('\'')) {
                    i += 2;
                    continue;
                }
                break;
            }
            ++i;
        }
        const int close = std::min(i + 1, end);
        apply(pos, close - pos, Kind::String);
        if (first == QLatin1Char('"')) {
            for (int k = pos + 1; k + 1 < close; ++k) {
                if (text.at(k) == QLatin1Char('\\')) {
                    apply(k, 2, Kind::Escape);
                    ++k;
                }
            }
        }
        highlightDescriptionWords(text, pos + 1, close - 1);
        if (close < end) {
            const int hash = int(text.indexOf(QLatin1Char('#'), close));
            if (hash >= 0 && hash < end)
                apply(hash, end - hash, Kind::Comment);
        }
        return;
    }
    if (first == QLatin1Char('[') || first == QLatin1Char('{')) {
        for (int i = pos; i < end; ++i) {
            const QChar c = text.at(i);
            if (QStringLiteral("[]{},").contains(c))
                apply(i, 1, Kind::Indicator);
            else if (!c.isSpace())
                apply(i, 1, Kind::String);
        }
        return;
    }
    if (first == QLatin1Char('&') || first == QLatin1Char('*')) {
        int i = pos + 1;
        while (i < end && !text.at(i).isSpace())
            ++i;
        apply(pos, i - pos, Kind::Keyword);
        highlightYamlValue(text, i, end, keyIndent, nextState);
        return;
    }
    // Plain scalar, up to a " #" comment.
    int valueEnd = end;
    for (int i = pos; i < end; ++i) {
        if (text.at(i) == QLatin1Char('#') && i > pos && text.at(i - 1).isSpace()) {
            apply(i, end - i, Kind::Comment);
            valueEnd = i;
            break;
        }
    }
    const QStringView value = QStringView(text).mid(pos, valueEnd - pos).trimmed();
    if (isKeywordScalar(value))
        apply(pos, int(value.size()), Kind::Keyword);
    else if (isNumberScalar(value))
        apply(pos, int(value.size()), Kind::Number);
    else {
        apply(pos, valueEnd - pos, Kind::String);
        // Claude Code turns a literal \n into a line break in descriptions.
        for (int k = pos; k + 1 < valueEnd; ++k) {
            if (text.at(k) == QLatin1Char('\\') && text.at(k + 1) == QLatin1Char('n'))
                apply(k, 2, Kind::Escape);
        }
        highlightDescriptionWords(text, pos, valueEnd);
    }
}

void AgentHighlighter::highlightDescriptionWords(const QString &text, int start, int end)
{
    static const QRegularExpression tag(QStringLiteral("</?(example|commentary)>"));
    static const QRegularExpression role(
        QStringLiteral("(?:^|\\\\n|(?<=^\\s{1,40}))(Context|user|assistant|User|Assistant)(?=:)"));
    if (end <= start)
        return;
    const QString slice = text.mid(start, end - start);
    auto tags = tag.globalMatch(slice);
    while (tags.hasNext()) {
        const auto m = tags.next();
        apply(start + int(m.capturedStart()), int(m.capturedLength()), Kind::Tag);
    }
    // Roles start the value, follow a literal \n, or start an indented block-scalar line.
    static const QRegularExpression roleAt(QStringLiteral("(^\\s*|\\\\n)(Context|user|assistant|User|Assistant):"));
    Q_UNUSED(role);
    auto roles = roleAt.globalMatch(slice);
    while (roles.hasNext()) {
        const auto m = roles.next();
        apply(start + int(m.capturedStart(2)), int(m.capturedLength(2)) + 1, Kind::Role);
    }
}

int AgentHighlighter::highlightMarkdownLine(const QString &text, int from, int state)
{
    const QStringView line = QStringView(text).mid(from);
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(`{3,}|~{3,})"));
    if ((state & 0xf) == FencedCode) {
        const int openLength = (state >> 4) & 0xff;
        const bool tilde = (state >> 12) & 1;
        apply(from, int(line.size()), Kind::Code);
        const QRegularExpressionMatch m = fence.match(line);
        if (m.hasMatch() && m.capturedLength(1) >= openLength && (m.captured(1).front() == QLatin1Char('~')) == tilde
            && isBlank(line.mid(m.capturedEnd(0))))
            return encode(Body);
        return state;
    }
    const QRegularExpressionMatch open = fence.match(line);
    if (open.hasMatch()) {
        apply(from, int(line.size()), Kind::Code);
        const bool tilde = open.captured(1).front() == QLatin1Char('~');
        return encode(FencedCode, int(open.capturedLength(1)) | (tilde ? 0x100 : 0));
    }
    static const QRegularExpression heading(QStringLiteral("^#{1,6}(\\s|$)"));
    if (heading.match(line).hasMatch()) {
        apply(from, int(line.size()), Kind::Heading);
        return encode(Body);
    }
    static const QRegularExpression quote(QStringLiteral("^\\s*>"));
    if (quote.match(line).hasMatch()) {
        apply(from, int(line.size()), Kind::Quote);
        return encode(Body);
    }
    int inlineFrom = from;
    static const QRegularExpression list(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s"));
    const QRegularExpressionMatch lm = list.match(line);
    if (lm.hasMatch()) {
        apply(from + int(lm.capturedStart(1)), int(lm.capturedLength(1)), Kind::ListMarker);
        inlineFrom = from + int(lm.capturedEnd(0));
    }
    highlightInline(text, inlineFrom, int(text.size()));
    return encode(Body);
}

void AgentHighlighter::highlightInline(const QString &text, int from, int to)
{
    if (from >= to)
        return;
    const QString slice = text.mid(from, to - from);
    struct Rule
    {
        QRegularExpression re;
        Kind kind;
    };
    static const QList<Rule> rules{
        {QRegularExpression(QStringLiteral("\\*\\*[^*\\s][^*]*\\*\\*|__[^_\\s][^_]*__")), Kind::Strong},
        {QRegularExpression(QStringLiteral("(?<![*\\w])\\*[^*\\s][^*]*\\*(?!\\*)|(?<![_\\w])_[^_\\s][^_]*_(?![_\\w])")),
         Kind::Emphasis},
        {QRegularExpression(QStringLiteral("\\[[^\\]]+\\]\\([^)\\s]*\\)|<https?://[^>\\s]+>")), Kind::Link},
        {QRegularExpression(QStringLiteral("</?(example|commentary)>")), Kind::Tag},
        {QRegularExpression(QStringLiteral("`[^`]+`")), Kind::Code}, // last: code wins over the rest
    };
    for (const Rule &rule : rules) {
        auto it = rule.re.globalMatch(slice);
        while (it.hasNext()) {
            const auto m = it.next();
            apply(from + int(m.capturedStart()), int(m.capturedLength()), rule.kind);
        }
    }
}

} // namespace awb
