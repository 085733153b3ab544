#pragma once

#include <QString>

namespace awb {

/// Turns Markdown into an HTML fragment for QTextDocument's rich-text subset, safely: raw HTML in
/// the source is shown as text, images become a text placeholder (nothing is ever loaded), and
/// every character of the source is escaped. Reentrant: safe on any thread.
class MarkdownRenderer
{
public:
    /// The inner part of a `<body>`: block elements only, no `<html>` or `<head>`. Inline code gets
    /// `codeBackground` (a CSS colour) when given; links take their colour from the page's `a` rule.
    static QString toHtmlFragment(const QString &markdown, const QString &codeBackground = {});
    /// The placeholder text an image with this source is replaced by.
    static QString imagePlaceholder(const QString &source);

private:
    static QString renderMarkdown(const QString &markdown, const QString &codeBackground);
};

} // namespace awb
