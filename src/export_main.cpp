// The web build's HTML export, run by Node at build time (src/web.cmake): the desktop binary's
// --export-html without a window, compiled to WebAssembly like the app so the web build needs no
// native compiler. Puts the twin into the page's index.html (--shell) and writes the publication pages,
// robots.txt and sitemap.xml next to it.
// Usage: node portfolio_export.js --profile FILE --export-html DIR [--shell web/index.html] [--site-url URL]
#include <cstdio>
#include <string>
#include <vector>

#include "core/export_command.h"
#include "core/options.h"

int main(int argc, char** argv) {
    using namespace portfolio;
    const ParsedOptions parsed = ParseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty() || parsed.options.export_html.empty() || parsed.options.profile.empty()) {
        std::fprintf(stderr, "portfolio_export: %s\nUsage: portfolio_export --profile FILE --export-html DIR [--shell FILE] [--site-url URL]\n",
                     parsed.error.empty() ? "--profile and --export-html are needed" : parsed.error.c_str());
        return 2;
    }
    return RunExportCommand(parsed.options, parsed.options.profile, stdout, stderr);
}
