// libFuzzer target for SimpleYamlReader: whenever it answers, libfyaml must read the same text
// to the same values, styles and positions.
#include "../agent/yamlsame.h"
#include "agent/simpleyamlreader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<awb::YamlParseResult> simple = awb::SimpleYamlReader::parse(bytes);
    if (!simple)
        return 0;
    const awb::YamlParseResult full = awb::YamlReader::parseWithLibfyaml(bytes);
    if (!full.ok) {
        std::fprintf(stderr, "libfyaml refuses what the fast reader read: %s\n", qPrintable(full.errorString));
        std::abort();
    }
    const QString difference = awb::test::yamlDifference(simple->root, full.root);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "differs from libfyaml: %s\n", qPrintable(difference));
        std::abort();
    }
    return 0;
}
