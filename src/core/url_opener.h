// How the desktop hands a link to the system's browser: the argument vector of the opener program,
// computed without side effects so that what reaches the OS can be tested.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/os.h"

namespace portfolio {

// {program, url} for Linux (xdg-open) and macOS (open), started directly (posix_spawnp), never
// through a shell: the URL is one argument whatever characters it holds. On Windows {verb, url} for
// ShellExecute ("open"). Empty when CheckUrl refuses the URL (anything but http, https and mailto).
std::vector<std::string> OpenerArgv(std::string_view url, Os os);

}  // namespace portfolio
