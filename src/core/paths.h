// Where the desktop program's files live: its data (fonts, bundled profile) next to the installed
// binary or in the build tree, and the user's config folder. Pure: the caller supplies the facts.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/os.h"

namespace portfolio {

// The last part of a path ("people/ada.json" -> "ada.json") and the folder before it ("people"; "" for a
// bare name). Both separators count ('/' and '\\'). Plain string work: the UI needs no file system.
std::string FileNameOf(std::string_view path);
std::string FolderOf(std::string_view path);

struct DataPaths {
    std::string asset_dir;  // folder holding fonts/
    std::string profile;    // the bundled profile.json
};

// The installed layout first: `installed_data_dir` (relative to the binary's folder, like
// "../share/portfolio", or absolute) holding fonts/ and profile.json. Each of the two falls back to
// the build tree's path when the installed one does not exist (`exists` tells).
DataPaths FindDataPaths(const std::string& exe_dir, const std::string& installed_data_dir, const DataPaths& build_tree,
                        const std::function<bool(const std::string& path)>& exists);

struct UserDirs {  // from the environment; empty when unset
    std::string home;             // $HOME
    std::string xdg_config_home;  // $XDG_CONFIG_HOME
    std::string appdata;          // %APPDATA%
};

// The file that keeps the window's size and position: $XDG_CONFIG_HOME/portfolio/window.json (only an
// absolute $XDG_CONFIG_HOME counts, as the XDG spec says), else ~/.config/portfolio/window.json on
// Linux; ~/Library/Application Support/portfolio/window.json on macOS; %APPDATA%\portfolio\window.json
// on Windows. Empty when the folder cannot be known (then nothing is remembered).
std::string WindowStateFile(Os os, const UserDirs& dirs);

}  // namespace portfolio
