#include "highlighterfactory.h"

#include "agenthighlighter.h"

#ifdef AWB_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace awb {

#ifdef AWB_HAVE_KSYNTAXHIGHLIGHTING
static KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository shared; // loading definitions is costly: one per program
    return shared;
}
#endif

QSyntaxHighlighter *HighlighterFactory::create(QTextDocument *document, bool dark)
{
#ifdef AWB_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition markdown = repository().definitionForName(QStringLiteral("Markdown"));
    if (markdown.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                             : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(markdown);
        return highlighter;
    }
#endif
    auto *highlighter = new AgentHighlighter(document);
    highlighter->setDark(dark);
    return highlighter;
}

const char *HighlighterFactory::backendName()
{
#ifdef AWB_HAVE_KSYNTAXHIGHLIGHTING
    return "KSyntaxHighlighting";
#else
    return "built-in";
#endif
}

} // namespace awb
