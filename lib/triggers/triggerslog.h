#pragma once

#include <QLoggingCategory>

namespace awb {
Q_DECLARE_LOGGING_CATEGORY(lcTriggers)
}
