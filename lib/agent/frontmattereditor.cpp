#include "frontmattereditor.h"

#include "frontmatter.h"
#include "yamlreader.h"
#include "yamlwriter.h"

namespace awb {

namespace {

bool isBlankOrComment(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.isEmpty();
}

QString keyOfLine(QStringView line)
{
    if (line.isEmpty() || line.front().isSpace() || line.front() == QLatin1Char('#')
        || line.front() == QLatin1Char('-'))
        return {};
    qsizetype colon = -1;
    const QChar q = line.front();
    if (q == QLatin1Char('"') || q == QLatin1Char('\'')) {
        const qsizetype close = line.indexOf(q, 1);
        if (close < 0)
            return {};
        colon = close + 1;
        while (colon < line.size() && line.at(colon) == QLatin1Char(' '))
            ++colon;
        if (colon >= line.size() || line.at(colon) != QLatin1Char(':'))
            return {};
        return line.mid(1, close - 1).toString();
    }
    colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    if (colon + 1 < line.size() && !line.at(colon + 1).isSpace())
        return {};
    return line.left(colon).trimmed().toString();
}

YamlValue::Style styleOfValueText(QStringView rest, bool hasContinuation)
{
    const QStringView v = rest.trimmed();
    if (v.startsWith(QLatin1Char('"')))
        return YamlValue::Style::DoubleQuoted;
    if (v.startsWith(QLatin1Char('\'')))
        return YamlValue::Style::SingleQuoted;
    if (v.startsWith(QLatin1Char('|')))
        return YamlValue::Style::Literal;
    if (v.startsWith(QLatin1Char('>')))
        return YamlValue::Style::Folded;
    if (v.startsWith(QLatin1Char('[')) || v.startsWith(QLatin1Char('{')))
        return YamlValue::Style::Flow;
    if (v.isEmpty() && hasContinuation)
        return YamlValue::Style::Block;
    return YamlValue::Style::Plain;
}

/// The ` # comment` at the end of a one-line `key: value` (outside quotes), or empty.
QString trailingComment(QStringView line)
{
    while (!line.isEmpty() && (line.back() == QLatin1Char('\n') || line.back() == QLatin1Char('\r')))
        line.chop(1);
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    qsizetype i = colon + 1;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    if (i < line.size() && (line.at(i) == QLatin1Char('"') || line.at(i) == QLatin1Char('\''))) {
        const QChar quote = line.at(i);
        for (++i; i < line.size(); ++i) {
            if (quote == QLatin1Char('"') && line.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (line.at(i) == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < line.size() && line.at(i + 1) == quote) {
                    ++i; // '' inside single quotes
                    continue;
                }
                ++i;
                break;
            }
        }
    }
    // A comment needs whitespace before the '#'.
    for (; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('#') && i > 0
            && (line.at(i - 1) == QLatin1Char(' ') || line.at(i - 1) == QLatin1Char('\t'))) {
            qsizetype start = i - 1;
            while (start > colon + 1
                && (line.at(start - 1) == QLatin1Char(' ') || line.at(start - 1) == QLatin1Char('\t')))
                --start;
            return line.mid(start).toString();
        }
    }
    return {};
}

} // namespace

QString FrontmatterEditor::lineEnding(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return nl > 0 && text.at(nl - 1) == QLatin1Char('\r') ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

FrontmatterEditor::KeyBlock FrontmatterEditor::findKey(const QString &text, const QString &key)
{
    KeyBlock block;
    const FrontmatterSplit split = FrontmatterSplit::find(text);
    if (!split.found)
        return block;
    qsizetype pos = split.openEnd;
    const qsizetype limit = split.closeStart;
    while (pos < limit) {
        qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
        qsizetype lineEnd = (nl < 0 || nl >= limit) ? limit : nl + 1;
        const QStringView line = QStringView(text).mid(pos, lineEnd - pos);
        if (keyOfLine(line) == key) {
            block.found = true;
            block.start = pos;
            qsizetype end = lineEnd;
            qsizetype lastContent = lineEnd;
            bool continuation = false;
            while (end < limit) {
                nl = text.indexOf(QLatin1Char('\n'), end);
                const qsizetype next = (nl < 0 || nl >= limit) ? limit : nl + 1;
                const QStringView l = QStringView(text).mid(end, next - end);
                if (isBlankOrComment(l)) {
                    end = next;
                    continue;
                }
                if (!l.front().isSpace() && l.front() != QLatin1Char('-'))
                    break;
                // A `- item` at column 0 belongs to a block sequence value of this key.
                if (l.front() == QLatin1Char('-') && !keyOfLine(l).isEmpty())
                    break;
                continuation = true;
                end = next;
                lastContent = next;
            }
            block.end = lastContent;
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            block.style = styleOfValueText(line.mid(colon + 1), continuation);
            return block;
        }
        pos = lineEnd;
    }
    return block;
}

QString FrontmatterEditor::setField(const QString &text, const QString &key, const YamlValue &value)
{
    const QString eol = lineEnding(text);
    const FrontmatterSplit split = FrontmatterSplit::find(text);
    if (!split.found)
        return QStringLiteral("---") + eol + YamlWriter::entry(key, value, YamlValue::Style::Plain, eol) + eol
            + QStringLiteral("---") + eol + text;

    const KeyBlock block = findKey(text, key);
    if (block.found) {
        // An emptied value (`""`, as the form writes while a name is retyped) takes no style.
        const QString oldText = text.mid(block.start, block.end - block.start).trimmed();
        const QString valueText
            = oldText.mid(oldText.indexOf(QLatin1Char(':')) + 1).chopped(trailingComment(oldText).size()).trimmed();
        const bool emptyQuoted = valueText == QLatin1String("\"\"") || valueText == QLatin1String("''");
        QString replacement = YamlWriter::entry(key, value, emptyQuoted ? YamlValue::Style::Plain : block.style, eol);
        // Keep the block's own final line ending (or its absence, when the fence follows mid-line).
        const QStringView old = QStringView(text).mid(block.start, block.end - block.start);
        // A comment at the end of a one-line entry stays when the new value fits on one line.
        const QStringView oldLine = old.endsWith(QLatin1Char('\n')) ? old.chopped(1) : old;
        // Only when the line is valid YAML on its own: for the lenient retry, '# ...' is part of the value.
        if (!oldLine.contains(QLatin1Char('\n')) && !replacement.contains(QLatin1Char('\n'))) {
            const QString comment = trailingComment(oldLine);
            if (!comment.isEmpty() && YamlReader::parse(oldLine.toString().toUtf8()).ok)
                replacement += comment;
        }
        if (old.endsWith(QLatin1Char('\n')))
            replacement += eol;
        QString out = text;
        out.replace(block.start, block.end - block.start, replacement);
        return out;
    }
    QString insertion = YamlWriter::entry(key, value, YamlValue::Style::Plain, eol) + eol;
    qsizetype at = split.closeStart;
    if (split.closedMidLine)
        insertion.prepend(eol);
    QString out = text;
    out.insert(at, insertion);
    return out;
}

QString FrontmatterEditor::removeField(const QString &text, const QString &key)
{
    const KeyBlock block = findKey(text, key);
    if (!block.found)
        return text;
    QString out = text;
    out.remove(block.start, block.end - block.start);
    return out;
}

QString FrontmatterEditor::setBody(const QString &text, const QString &body)
{
    const FrontmatterSplit split = FrontmatterSplit::find(text);
    if (!split.found)
        return body;
    const QString eol = lineEnding(text);
    // Keep the blank line (or none) between the fence and the body that the file had.
    qsizetype keep = split.closeStart + 3;
    const qsizetype firstNl = text.indexOf(QLatin1Char('\n'), keep);
    if (firstNl >= 0 && firstNl < split.bodyStart)
        keep = split.bodyStart;
    QString normalized = body;
    if (eol == QLatin1String("\r\n")) {
        normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        normalized.replace(QLatin1String("\n"), QLatin1String("\r\n"));
    }
    QString out = text.left(keep);
    if (keep == split.closeStart + 3)
        out += eol + eol;
    return out + normalized;
}

} // namespace awb
