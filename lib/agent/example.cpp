#include "example.h"

#include <QRegularExpression>

namespace awb {

namespace {

QString firstOf(const QList<AgentExample::Turn> &turns, AgentExample::Turn::Role role)
{
    for (const auto &turn : turns) {
        if (turn.role == role)
            return turn.text;
    }
    return {};
}

void setFirstOf(QList<AgentExample::Turn> &turns, AgentExample::Turn::Role role, const QString &text)
{
    for (auto &turn : turns) {
        if (turn.role == role) {
            turn.text = text;
            return;
        }
    }
    // Keep user before assistant when adding the missing one.
    if (role == AgentExample::Turn::Role::User)
        turns.prepend({role, text});
    else
        turns.append({role, text});
}

QString unquote(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2) {
        const QChar first = text.front();
        const QChar last = text.back();
        if ((first == QLatin1Char('"') && last == QLatin1Char('"'))
            || (first == QChar(0x201c) && last == QChar(0x201d))) {
            return text.mid(1, text.size() - 2);
        }
    }
    return text;
}

QString quote(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

AgentExample parseBlock(QString inner)
{
    AgentExample example;
    static const QRegularExpression commentaryRe(
        QStringLiteral("<commentary>([\\s\\S]*?)(</commentary>|$)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList commentaries;
    QRegularExpressionMatch m;
    while ((m = commentaryRe.match(inner)).hasMatch()) {
        commentaries.append(m.captured(1).trimmed());
        inner.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("\n"));
    }
    example.commentary = commentaries.join(QStringLiteral("\n"));

    // Markers start a line; in one-line blocks they may follow any whitespace.
    const bool oneLine = !inner.trimmed().contains(QLatin1Char('\n'));
    static const QRegularExpression lineMarker(
        QStringLiteral("(?:^|\\n)[ \\t]*(context|user|assistant)[ \\t]*:[ \\t]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inlineMarker(QStringLiteral("(?:^|\\s)(context|user|assistant)\\s*:\\s*"),
                                                 QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression &marker = oneLine ? inlineMarker : lineMarker;

    QString currentKind;
    qsizetype segmentStart = 0;
    auto flush = [&](qsizetype end) {
        const QString text = inner.mid(segmentStart, end - segmentStart).trimmed();
        if (currentKind.isEmpty() || currentKind == QLatin1String("context")) {
            if (!text.isEmpty())
                example.context = example.context.isEmpty() ? text : example.context + QLatin1Char('\n') + text;
        } else {
            const auto role = currentKind == QLatin1String("user") ? AgentExample::Turn::Role::User
                                                                   : AgentExample::Turn::Role::Assistant;
            example.turns.append({role, unquote(text)});
        }
    };
    auto it = marker.globalMatch(inner);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        flush(match.capturedStart(1) - (match.captured(0).startsWith(QLatin1Char('\n')) ? 0 : 0));
        currentKind = match.captured(1).toLower();
        segmentStart = match.capturedEnd(0);
    }
    flush(inner.size());
    return example;
}

} // namespace

QString AgentExample::user() const
{
    return firstOf(turns, Turn::Role::User);
}

QString AgentExample::assistant() const
{
    return firstOf(turns, Turn::Role::Assistant);
}

void AgentExample::setUser(const QString &text)
{
    setFirstOf(turns, Turn::Role::User, text);
}

void AgentExample::setAssistant(const QString &text)
{
    setFirstOf(turns, Turn::Role::Assistant, text);
}

QList<AgentExample> ExampleCodec::parse(const QString &description, QList<Span> *spans)
{
    static const QRegularExpression blockRe(QStringLiteral("<example>([\\s\\S]*?)</example>"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<AgentExample> examples;
    auto it = blockRe.globalMatch(description);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        examples.append(parseBlock(match.captured(1)));
        if (spans)
            spans->append({match.capturedStart(), match.capturedEnd()});
    }
    return examples;
}

QString ExampleCodec::write(const AgentExample &example)
{
    QStringList lines{QStringLiteral("<example>")};
    if (!example.context.isEmpty())
        lines.append(QStringLiteral("Context: ") + example.context);
    for (const auto &turn : example.turns) {
        const QString role = turn.role == AgentExample::Turn::Role::User ? QStringLiteral("user")
                                                                          : QStringLiteral("assistant");
        lines.append(role + QStringLiteral(": ") + quote(turn.text));
    }
    if (!example.commentary.isEmpty()) {
        lines.append(QStringLiteral("<commentary>"));
        lines.append(example.commentary);
        lines.append(QStringLiteral("</commentary>"));
    }
    lines.append(QStringLiteral("</example>"));
    return lines.join(QLatin1Char('\n'));
}

QString ExampleCodec::replaceExamples(const QString &description, const QList<AgentExample> &examples)
{
    QList<Span> spans;
    parse(description, &spans);
    QStringList blocks;
    for (const auto &example : examples)
        blocks.append(write(example));
    const QString joined = blocks.join(QStringLiteral("\n\n"));

    if (spans.isEmpty()) {
        if (blocks.isEmpty())
            return description;
        QString prefix = description;
        while (!prefix.isEmpty() && prefix.back().isSpace())
            prefix.chop(1);
        return prefix.isEmpty() ? joined : prefix + QStringLiteral("\n\n") + joined;
    }
    QString prefix = description.left(spans.first().start);
    const QString suffix = description.mid(spans.last().end);
    if (blocks.isEmpty()) {
        while (!prefix.isEmpty() && prefix.back().isSpace())
            prefix.chop(1);
        return prefix + suffix;
    }
    return prefix + joined + suffix;
}

} // namespace awb
