#include "Logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "odag.sandbox")
