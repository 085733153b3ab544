#pragma once

class QSyntaxHighlighter;
class QTextDocument;

namespace awb {

/// The one place that decides which highlighter the source views get: KDE's
/// KSyntaxHighlighting (Markdown definition) when built with it, the built-in AgentHighlighter
/// otherwise. The highlighter is parented to the document.
class HighlighterFactory
{
public:
    static QSyntaxHighlighter *create(QTextDocument *document, bool dark);
    /// "KSyntaxHighlighting" or "built-in", for About boxes and bug reports.
    static const char *backendName();
};

} // namespace awb
