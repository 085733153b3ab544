#include "chatlog.h"

namespace awb {
Q_LOGGING_CATEGORY(lcChat, "awb.chat", QtInfoMsg)
} // namespace awb
