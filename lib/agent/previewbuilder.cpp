#include "previewbuilder.h"

#include "agentlinter.h"
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QStringList>

namespace awb {

namespace {

struct Theme
{
    const char *text, *muted, *card, *border, *chip, *badge, *badgeText, *ok, *bad, *warn, *code, *user, *assistant;
};

constexpr Theme LightTheme { "#1f2328", "#656d76", "#f6f8fa", "#d0d7de", "#eaeef2", "#ddf4ff", "#0550ae", "#1a7f37",
    "#cf222e", "#9a6700", "#f6f8fa", "#ddf4ff", "#eaeef2" };
constexpr Theme DarkTheme { "#e6edf3", "#8d96a0", "#161b22", "#30363d", "#262c36", "#1c3553", "#a5d6ff", "#3fb950",
    "#f85149", "#d29922", "#161b22", "#1c3553", "#262c36" };

QString c(const char *color)
{
    return QLatin1String(color);
}

QString chip(const QString &text, const char *background, const char *color)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-family:monospace;\">&nbsp;%3&nbsp;</span>")
        .arg(c(background), c(color), PreviewBuilder::escape(text));
}

QString sectionTitle(const QString &title, const Theme &t)
{
    return QStringLiteral("<h4 style=\"color:%1; margin-top:16px; margin-bottom:4px;\">%2</h4>")
        .arg(c(t.muted), title.toHtmlEscaped());
}

QString modelBadge(const AgentDocument &doc, const ModelAliases &aliases, const Theme &t)
{
    const QString written = doc.model();
    const QString resolved = aliases.resolve(written);
    QString label;
    if (written.isEmpty())
        label = QCoreApplication::translate("awb::PreviewBuilder", "inherit (default) \u2192 %1").arg(resolved);
    else if (aliases.isAlias(written))
        label = QStringLiteral("%1 \u2192 %2").arg(written, resolved);
    else
        label = resolved;
    return chip(label, t.badge, t.badgeText);
}

QString toolChips(const AgentDocument &doc, const Theme &t)
{
    const ToolList tools = doc.tools();
    const ToolList disallowed = doc.disallowedTools();
    QStringList parts;
    if (tools.all || tools.entries.isEmpty())
        parts << chip(QCoreApplication::translate("awb::PreviewBuilder", "All tools"), t.chip, t.text);
    else
        for (const QString &tool : tools.entries)
            parts << chip(tool, t.chip, t.text);
    if (!disallowed.entries.isEmpty()) {
        parts << QStringLiteral("<span style=\"color:%1;\">%2</span>")
                     .arg(c(t.muted),
                         QCoreApplication::translate("awb::PreviewBuilder", "except", "all tools except these"));
        for (const QString &tool : disallowed.entries)
            parts << chip(tool, t.chip, t.bad);
    }
    return parts.join(QStringLiteral(" "));
}

QString card(
    const AgentDocument &doc, const QString &path, const QString &scope, const ModelAliases &aliases, const Theme &t)
{
    const QString name = doc.name();
    const QString hex = PreviewBuilder::colorHex(doc.color());
    const QString dot = hex.isEmpty()
        ? QStringLiteral("<span style=\"color:%1; font-size:x-large;\">\u25CB</span>").arg(c(t.muted))
        : QStringLiteral("<span style=\"color:%1; font-size:x-large;\">\u25CF</span>").arg(hex);
    const QString shownName = name.isEmpty()
        ? QStringLiteral("<span style=\"color:%1;\"><i>%2</i></span>")
              .arg(c(t.muted), QCoreApplication::translate("awb::PreviewBuilder", "(no name)"))
        : PreviewBuilder::escape(name);

    QString place = scope.isEmpty() ? QString() : scope.toHtmlEscaped();
    if (!path.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" \u00B7 ")) + path.toHtmlEscaped();

    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"1\" "
                                  "style=\"border-style:solid; border-color:%1; background-color:%2;\"><tr><td>")
                       .arg(c(t.border), c(t.card));
    html += QStringLiteral("<p style=\"margin:0;\">%1&nbsp;<span style=\"font-size:large; font-weight:700;\">%2"
                           "</span>&nbsp;&nbsp;%3</p>")
                .arg(dot, shownName, modelBadge(doc, aliases, t));
    html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0;\">%1</p>").arg(toolChips(doc, t));
    if (!place.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0; color:%1; font-size:small;\">%2</p>")
                    .arg(c(t.muted), place);
    html += QStringLiteral("</td></tr></table>");
    return html;
}

QString problemSummary(const Diagnostics &diagnostics)
{
    int counts[3] = { 0, 0, 0 };
    for (const Diagnostic &d : diagnostics)
        ++counts[int(d.severity)];
    QStringList parts;
    if (counts[0])
        parts << (counts[0] == 1 ? QCoreApplication::translate("awb::PreviewBuilder", "1 error")
                                 : QCoreApplication::translate("awb::PreviewBuilder", "%1 errors").arg(counts[0]));
    if (counts[1])
        parts << (counts[1] == 1 ? QCoreApplication::translate("awb::PreviewBuilder", "1 warning")
                                 : QCoreApplication::translate("awb::PreviewBuilder", "%1 warnings").arg(counts[1]));
    if (counts[2])
        parts << (counts[2] == 1 ? QCoreApplication::translate("awb::PreviewBuilder", "1 note")
                                 : QCoreApplication::translate("awb::PreviewBuilder", "%1 notes").arg(counts[2]));
    return parts.join(QStringLiteral(", "));
}

QString loadStatus(const AgentDocument &doc, const Diagnostics &diagnostics, const Theme &t)
{
    QString html;
    if (doc.loads())
        html = QStringLiteral("<p style=\"color:%1; font-weight:700; margin-top:12px;\">\u2713 %2</p>")
                   .arg(c(t.ok), QCoreApplication::translate("awb::PreviewBuilder", "Loads in Claude Code"));
    else
        html = QStringLiteral("<p style=\"color:%1; font-weight:700; margin-top:12px;\">\u2717 %2</p>"
                              "<p style=\"color:%1;\">%3</p>")
                   .arg(c(t.bad), QCoreApplication::translate("awb::PreviewBuilder", "Claude Code skips this file"),
                       PreviewBuilder::escape(doc.skipMessage()));
    const QString summary = problemSummary(diagnostics);
    if (!summary.isEmpty())
        html += QStringLiteral("<p style=\"color:%1; font-size:small;\">%2</p>")
                    .arg(c(t.muted), QCoreApplication::translate("awb::PreviewBuilder", "Problems: %1").arg(summary));
    return html;
}

QString codeBox(const QString &escapedText, const Theme &t)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"background-color:%1;\">"
                          "<tr><td style=\"font-family:monospace; white-space:pre-wrap;\">%2</td></tr></table>")
        .arg(c(t.code), escapedText);
}

QString listing(const AgentDocument &doc, const Theme &t)
{
    QString html = sectionTitle(QCoreApplication::translate("awb::PreviewBuilder", "What the main model sees"), t);
    if (doc.loads())
        html += codeBox(PreviewBuilder::escape(doc.listingLine()), t);
    else
        html += QStringLiteral("<p style=\"color:%1;\"><i>%2</i></p>")
                    .arg(c(t.muted),
                        QCoreApplication::translate("awb::PreviewBuilder", "Nothing: the file is not listed."));
    return html;
}

QString tokens(const AgentDocument &doc, int count, const Theme &t)
{
    const char *color = count > AgentLinter::LongDescriptionTokens ? t.warn : t.muted;
    return QStringLiteral("<p style=\"color:%1; font-size:small;\">%2</p>")
        .arg(c(color),
            QCoreApplication::translate("awb::PreviewBuilder",
                "Description: about %1 tokens (%2 characters), sent with every turn of "
                "every conversation.")
                .arg(count)
                .arg(doc.description().size()));
}

QString bubble(const QString &who, const QString &text, bool fromUser, const Theme &t)
{
    const QString cell = QStringLiteral("<td width=\"80%\" style=\"background-color:%1;\"><p style=\"margin:0; "
                                        "color:%2; font-size:small;\"><b>%3</b></p><p style=\"margin:0;\">%4</p></td>")
                             .arg(c(fromUser ? t.user : t.assistant), c(t.muted), who, PreviewBuilder::escape(text));
    const QString spacer = QStringLiteral("<td width=\"20%\"></td>");
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" style=\"margin-top:4px;\"><tr>"
                          "%1%2</tr></table>")
        .arg(fromUser ? cell : spacer, fromUser ? spacer : cell);
}

QString examples(const QList<AgentExample> &list, const Theme &t)
{
    if (list.isEmpty())
        return {};
    QString html
        = sectionTitle(QCoreApplication::translate("awb::PreviewBuilder", "Examples (%1)").arg(list.size()), t);
    for (const AgentExample &example : list) {
        if (!example.context.isEmpty())
            html += QStringLiteral("<p style=\"color:%1; font-size:small; margin-top:8px;\"><i>%2</i> %3</p>")
                        .arg(c(t.muted), QCoreApplication::translate("awb::PreviewBuilder", "Context:"),
                            PreviewBuilder::escape(example.context));
        for (const AgentExample::Turn &turn : example.turns) {
            const bool user = turn.role == AgentExample::Turn::Role::User;
            html += bubble(user ? QCoreApplication::translate("awb::PreviewBuilder", "user")
                                : QCoreApplication::translate("awb::PreviewBuilder", "assistant"),
                turn.text, user, t);
        }
        if (!example.commentary.isEmpty())
            html += QStringLiteral("<p style=\"color:%1; font-size:small; margin-top:4px;\"><i>%2</i> %3</p>")
                        .arg(c(t.muted), QCoreApplication::translate("awb::PreviewBuilder", "Why:"),
                            PreviewBuilder::escape(example.commentary));
    }
    return html;
}

QString systemPrompt(const AgentDocument &doc, const Theme &t)
{
    QString html = sectionTitle(QCoreApplication::translate("awb::PreviewBuilder", "System prompt"), t);
    const QString body = doc.body();
    if (body.isEmpty())
        return html
            + QStringLiteral("<p style=\"color:%1;\"><i>%2</i></p>")
                  .arg(c(t.muted),
                      QCoreApplication::translate("awb::PreviewBuilder",
                          "The body is empty: the agent runs without a system prompt of its own."));
    return html + MarkdownRenderer::toHtmlFragment(body, c(t.chip));
}

} // namespace

QString PreviewBuilder::escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1String("<br />"));
    return out;
}

QString PreviewBuilder::colorHex(const QString &agentColor)
{
    static const QList<QPair<QString, QString>> table {
        { QStringLiteral("red"), QStringLiteral("#e5484d") },
        { QStringLiteral("blue"), QStringLiteral("#3b82f6") },
        { QStringLiteral("green"), QStringLiteral("#22a55b") },
        { QStringLiteral("yellow"), QStringLiteral("#e5b800") },
        { QStringLiteral("purple"), QStringLiteral("#8b5cf6") },
        { QStringLiteral("orange"), QStringLiteral("#f97316") },
        { QStringLiteral("pink"), QStringLiteral("#ec4899") },
        { QStringLiteral("cyan"), QStringLiteral("#06b6d4") },
    };
    for (const auto &entry : table) {
        if (entry.first == agentColor)
            return entry.second;
    }
    return {};
}

Preview PreviewBuilder::build(
    const QString &fileText, const QString &path, const QString &scope, const ModelAliases &aliases)
{
    return build(fileText, path, scope, aliases, Options());
}

Preview PreviewBuilder::build(const QString &fileText, const QString &path, const QString &scope,
    const ModelAliases &aliases, const Options &options)
{
    const Theme &t = options.dark ? DarkTheme : LightTheme;
    Preview preview;
    preview.document = AgentDocument::fromText(fileText, path);
    preview.diagnostics = AgentLinter::check(preview.document, aliases);
    preview.listingLine = preview.document.listingLine();
    preview.descriptionTokens = AgentLinter::estimateTokens(preview.document.description());
    preview.scope = scope;

    const AgentDocument &doc = preview.document;
    QString html = QStringLiteral("<html><head><style type=\"text/css\">p { white-space: pre-wrap; } "
                                  "pre { background-color:%1; } a { color:%2; }</style></head>"
                                  "<body style=\"color:%3;\">")
                       .arg(c(t.code), c(t.badgeText), c(t.text));
    html += card(doc, path, scope, aliases, t);
    html += loadStatus(doc, preview.diagnostics, t);
    html += listing(doc, t);
    html += tokens(doc, preview.descriptionTokens, t);
    html += examples(doc.examples(), t);
    html += systemPrompt(doc, t);
    html += QStringLiteral("</body></html>");
    preview.html = html;
    return preview;
}

} // namespace awb
