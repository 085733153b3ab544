#include "providerslog.h"

namespace awb {
// Warnings only by default: a person sees errors in words from the jobs; QT_LOGGING_RULES turns on the rest.
Q_LOGGING_CATEGORY(lcProviders, "awb.providers", QtWarningMsg)
} // namespace awb
