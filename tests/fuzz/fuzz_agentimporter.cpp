// libFuzzer target for the importers: any bytes, read as every importable format (Codex TOML,
// agents JSON, OpenCode, Copilot, Gemini CLI, Cursor, Claude Code), must give an agent or a clear
// error. An imported agent, written as a Claude Code file, must read back under the same name,
// and must export to every format without crashing.
#include "agent/agentdocument.h"
#include "export/agentexporter.h"
#include "export/agentimporter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

void checkAgent(const awb::ImportedAgent &imported, const awb::ExportFormatInfo &from)
{
    if (imported.fileName.isEmpty() || imported.fileName.contains(QLatin1Char('/'))
        || imported.fileName.contains(QLatin1Char('\\')))
        fail("unsafe file name", imported.fileName);
    (void)imported.report.toText();
    (void)imported.report.toJson();

    const QString markdown = imported.agent.toClaudeMarkdown();
    const awb::AgentDocument doc = awb::AgentDocument::fromText(markdown);
    if (doc.loads() && doc.name() != imported.agent.name)
        fail("name changed on the way back", from.id + QStringLiteral(": ") + imported.agent.name);
    for (const awb::ExportFormatInfo &to : awb::ExportFormats::all())
        (void)awb::AgentExporter::exportAgent(doc, to.format);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const awb::ExportFormatInfo &info : awb::ExportFormats::all()) {
        if (!info.importable)
            continue;
        const QString fileName = awb::ExportFormats::relativePath(info.format, QStringLiteral("fuzzed"));
        const awb::AgentImporter::Result result = awb::AgentImporter::import(bytes, info.format, fileName);
        if (!result.ok) {
            if (result.errorString.isEmpty())
                fail("failed without a message", info.id);
            continue;
        }
        for (const awb::ImportedAgent &imported : result.agents)
            checkAgent(imported, info);
    }
    return 0;
}
