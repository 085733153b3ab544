#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QString>

struct fy_node;

namespace awb {

/// Result of parsing one YAML document.
struct YamlParseResult
{
    bool ok = false;
    YamlValue root;
    QString errorString;
    int errorLine = -1;   ///< 0-based, in the parsed text
    int errorColumn = -1; ///< 0-based
};

/// Parses YAML 1.2 with the core schema (libfyaml underneath): `42` is a number,
/// `yes` a string, duplicate keys and bad indentation are errors.
class YamlReader
{
public:
    static YamlParseResult parse(const QByteArray &utf8);
    /// The same, always through libfyaml (parse() first tries SimpleYamlReader, which answers for
    /// most frontmatter in a fraction of the time).
    static YamlParseResult parseWithLibfyaml(const QByteArray &utf8);
    /// The core-schema type of a plain scalar, as a value with kind set.
    static YamlValue resolvePlain(const QString &text);

private:
    struct Context
    {
        int aliasExpansions = 0; ///< nodes produced by expanding aliases
        bool aliasError = false;
        bool duplicateKey = false;
        int duplicateLine = -1;
        QString duplicateName;
        QByteArrayView input; ///< the text being parsed
    };
    /// Aliases may expand to at most this many nodes, so "billion laughs" input fails fast
    /// (Claude Code's YAML reader refuses such input too).
    static constexpr int MaxAliasExpansion = 1000;
    static YamlValue convert(fy_node *node, int depth, Context &ctx, bool inAlias);
    static YamlValue convertScalar(fy_node *node, const Context &ctx);
};

} // namespace awb
