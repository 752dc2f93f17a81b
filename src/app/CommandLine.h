#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

namespace odag::app {

// What the user asked for on the command line.
struct CommandLine
{
    QString profile;        // --profile NAME
    bool sandbox = false;   // --sandbox
    QString screenshotPath; // --screenshot PATH
    QString view;           // --view NAME
    QString language;       // --lang CODE
    QString sandboxDataDir; // --sandbox-data DIR
    QString tenantUrl;      // --tenant URL (API key from ODAG_API_KEY)

    // Parses the arguments of `app`. Handles --help and --version itself (prints and
    // returns an exit code); returns an exit code with a message on stderr on bad input.
    static std::optional<int> parse(QCoreApplication &app, CommandLine &out);
    // True when argv asks only for --help or --version: no display is needed for that.
    static bool wantsInfoOnly(int argc, char **argv);
    static bool wantsScreenshot(int argc, char **argv);
};

} // namespace odag::app
