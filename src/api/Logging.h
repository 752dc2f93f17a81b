#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)         // odag.api: client decisions (retries, waits)
Q_DECLARE_LOGGING_CATEGORY(lcApiExchange) // odag.api.exchange: one line per HTTP exchange
