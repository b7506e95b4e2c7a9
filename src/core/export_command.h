// `--export-html DIR`: the portfolio as static HTML (core/html_export), for the desktop binary and for
// the web build's own tool (src/export_main.cpp), which puts the twin into the page's index.html.
#pragma once

#include <cstdio>
#include <string>

#include "core/options.h"

namespace portfolio {

// Loads `profile_path`, reports its problems on `err` (file, JSONPath, line:column) and writes what it
// can show; prints what it wrote on `out`. Returns the exit code: 0 written, 1 a file could not be read
// or written (or the profile is not a JSON object), 2 a bad --site-url.
int RunExportCommand(const Options& options, const std::string& profile_path, std::FILE* out, std::FILE* err);

}  // namespace portfolio
