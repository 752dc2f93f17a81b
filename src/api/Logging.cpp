#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "odag.api")
Q_LOGGING_CATEGORY(lcApiExchange, "odag.api.exchange")
