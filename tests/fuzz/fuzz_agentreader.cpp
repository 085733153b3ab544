// libFuzzer target for the agent reader: any bytes must read, lint and format without crashing,
// and a formatted file must read back as the same agent.
#include "agent/agentdocument.h"
#include "agent/agentformatter.h"
#include "agent/agentlinter.h"
#include "agent/frontmattereditor.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const awb::AgentDocument doc = awb::AgentDocument::fromBytes(bytes);
    const awb::Diagnostics diagnostics = awb::AgentLinter::check(doc);
    for (const awb::Diagnostic &d : diagnostics) {
        if (d.fix.isValid() && (d.fix.start < 0 || d.fix.start + d.fix.length > doc.text().size())) {
            std::fprintf(stderr, "fix out of range: %s\n", qPrintable(d.code));
            std::abort();
        }
    }
    (void)doc.listingLine();
    (void)doc.examples();

    const awb::AgentFormatter::Result formatted = awb::AgentFormatter::format(doc);
    if (formatted.ok) {
        const awb::AgentDocument again = awb::AgentDocument::fromText(formatted.text);
        if (again.name() != doc.name() || again.description() != doc.description()
            || again.toolsShown() != doc.toolsShown() || again.loads() != doc.loads()) {
            std::fprintf(stderr, "fmt changed what Claude Code reads\n");
            std::abort();
        }
    }
    if (doc.loads()) {
        // A field edit must keep the agent loading with the same name.
        const QString edited = awb::FrontmatterEditor::setField(
            doc.text(), QStringLiteral("model"), awb::YamlValue::makeString(QStringLiteral("opus")));
        const awb::AgentDocument after = awb::AgentDocument::fromText(edited);
        if (after.loads() && after.name() != doc.name()) {
            std::fprintf(stderr, "editing model changed the name\n");
            std::abort();
        }
    }
    return 0;
}
