#include "providerslog.h"

namespace awb {
Q_LOGGING_CATEGORY(lcProviders, "awb.providers", QtInfoMsg)
} // namespace awb
