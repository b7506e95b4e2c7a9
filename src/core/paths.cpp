// Where the desktop program's files live.
#include "core/paths.h"

#include <filesystem>

namespace portfolio {

std::string FileNameOf(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string FolderOf(std::string_view path) {
    const std::size_t slash = path.find_last_of("/\\");
    if (slash == std::string_view::npos) return {};
    return std::string(slash == 0 ? path.substr(0, 1) : path.substr(0, slash));
}
namespace {

bool IsAbsolute(const std::string& path) {
    return (!path.empty() && (path[0] == '/' || path[0] == '\\')) || (path.size() > 2 && path[1] == ':');
}

}  // namespace

DataPaths FindDataPaths(const std::string& exe_dir, const std::string& installed_data_dir, const DataPaths& build_tree,
                        const std::function<bool(const std::string& path)>& exists) {
    DataPaths found = build_tree;
    if (installed_data_dir.empty()) return found;
    if (exe_dir.empty() && !IsAbsolute(installed_data_dir)) return found;
    const std::filesystem::path joined = IsAbsolute(installed_data_dir) ? std::filesystem::path(installed_data_dir)
                                                                          : std::filesystem::path(exe_dir) / installed_data_dir;
    const std::string dir = joined.lexically_normal().generic_string();  // "<prefix>/share/portfolio", no "bin/.."
    if (exists(dir + "/fonts/Inter-Regular.ttf")) found.asset_dir = dir;
    if (exists(dir + "/profile.json")) found.profile = dir + "/profile.json";
    return found;
}

std::string WindowStateFile(Os os, const UserDirs& dirs) {
    switch (os) {
        case Os::Linux:
            if (!dirs.xdg_config_home.empty() && dirs.xdg_config_home[0] == '/') return dirs.xdg_config_home + "/portfolio/window.json";
            return dirs.home.empty() ? std::string() : dirs.home + "/.config/portfolio/window.json";
        case Os::MacOS:
            return dirs.home.empty() ? std::string() : dirs.home + "/Library/Application Support/portfolio/window.json";
        case Os::Windows:
            return dirs.appdata.empty() ? std::string() : dirs.appdata + "\\portfolio\\window.json";
    }
    return {};
}

}  // namespace portfolio
