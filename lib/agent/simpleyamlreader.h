#pragma once

#include "yamlreader.h"

#include <QByteArrayView>

#include <optional>

namespace awb {

/// A fast reader for the YAML that agent frontmatter nearly always is: a block mapping of simple
/// keys whose values are one-line plain or quoted scalars, one-line flow lists, block lists of such
/// scalars, and literal or folded block scalars.
///
/// It answers only when it is sure: for anything outside that subset (anchors, tags, nested
/// mappings, multi-line plain or quoted scalars, tabs, unusual escapes, errors of any kind) it
/// returns nothing and YamlReader asks libfyaml. When it answers, the result is the one libfyaml
/// gives, values, styles and positions alike; tst_simpleyamlreader and fuzz_simpleyamlreader
/// compare the two.
class SimpleYamlReader
{
public:
    static std::optional<YamlParseResult> parse(QByteArrayView utf8);

private:
    class Parser;
};

} // namespace awb
