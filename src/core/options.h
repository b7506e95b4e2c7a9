// The desktop program's command line, parsed without side effects so it can be tested.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace portfolio {

struct Options {
    std::string profile;             // --profile FILE (empty: the bundled profile)
    std::string theme = "auto";      // --theme light|dark|auto
    std::string state;               // --state TEXT: view and filters to open, as in "/publications?topic=video"
    std::string screenshot;          // --screenshot FILE.png: render, save, exit
    int width = 1280, height = 860;  // --size WxH (logical pixels)
    bool size_given = false;         // --size was on the command line (the saved window size is then not used)
    long frames = 0;                 // --frames N: exit after N frames (0 = run until closed)
    bool help = false;               // --help
    std::string export_html;         // --export-html DIR: write the portfolio as static HTML there and exit
    std::string site_url;            // --site-url URL: where that HTML is published (canonical links, sitemap)
    std::string export_shell;        // --shell FILE: the web page to put the HTML into (the web build's index.html)
};

struct ParsedOptions {
    Options options;
    std::string error;  // non-empty: print it with the usage and exit with code 2
};

ParsedOptions ParseCommandLine(const std::vector<std::string>& args);  // args without the program name
// The --help text; `default_profile` is the bundled profile's path as this binary finds it.
std::string Usage(const std::string& program, const std::string& default_profile);

}  // namespace portfolio
