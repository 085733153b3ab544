#include "triggerslog.h"

namespace awb {
Q_LOGGING_CATEGORY(lcTriggers, "awb.triggers")
}
