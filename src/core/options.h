// The desktop program's command line, parsed without side effects so it can be tested.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace portfolio {

struct Options {
    std::string profile;             // --profile FILE (empty: the bundled profile)
    std::string theme = "auto";      // --theme light|dark|auto
    std::string screenshot;          // --screenshot FILE.png: render, save, exit
    int width = 1280, height = 860;  // --size WxH
    long frames = 0;                 // --frames N: exit after N frames (0 = run until closed)
    bool help = false;               // --help
};

struct ParsedOptions {
    Options options;
    std::string error;  // non-empty: print it with the usage and exit with code 2
};

ParsedOptions ParseCommandLine(const std::vector<std::string>& args);  // args without the program name
std::string Usage(const std::string& program);

}  // namespace portfolio
