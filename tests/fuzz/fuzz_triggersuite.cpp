// libFuzzer target for the trigger-suite reader and the prompt imports (text, CSV, JSON, and the
// sniffing of Auto): any bytes give prompts or a message. A suite that reads must save and read
// back as the same suite.
#include "triggers/triggersuite.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    using Format = awb::TriggerSuite::ImportFormat;
    for (const Format format : { Format::Auto, Format::Text, Format::Csv, Format::Json }) {
        awb::TriggerPrompts prompts;
        QString error;
        if (!awb::TriggerSuite::parse(bytes, format, &prompts, &error) && error.isEmpty()) {
            std::fprintf(stderr, "an import failed without a message\n");
            std::abort();
        }
    }
    awb::TriggerSuite suite;
    QString error;
    if (!awb::TriggerSuite::fromJson(bytes, &suite, &error)) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "the suite failed to read without a message\n");
            std::abort();
        }
        return 0;
    }
    awb::TriggerSuite again;
    if (!awb::TriggerSuite::fromJson(suite.toJson(), &again, &error) || again.prompts() != suite.prompts()
        || again.includeExamples() != suite.includeExamples()) {
        std::fprintf(stderr, "a saved suite reads back differently: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}
