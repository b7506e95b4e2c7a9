#include "platform/drop.h"

#include <cctype>
#include <filesystem>
#include <system_error>

namespace portfolio::platform {
namespace {

bool EndsWithJson(const std::string& path) {
    static constexpr char kExt[] = ".json";
    constexpr std::size_t n = sizeof kExt - 1;
    if (path.size() <= n) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (std::tolower(static_cast<unsigned char>(path[path.size() - n + i])) != kExt[i]) return false;
    return true;
}

// Why a dropped path is not a profile, or "" when it is one.
std::string Refusal(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) return "not found";
    if (std::filesystem::is_directory(status)) return "a folder";
    if (!std::filesystem::is_regular_file(status)) return "not a regular file";
    if (!EndsWithJson(path)) return "not a .json file";
    return "";
}

std::string Quoted(const std::string& path) { return "\"" + path + "\""; }

}  // namespace

DropDecision ChooseDroppedProfile(const std::vector<std::string>& paths) {
    DropDecision decision;
    if (paths.empty()) {
        decision.message = "nothing to open: the drop held no files";
        return decision;
    }
    std::vector<std::string> passed_over;  // "path" (reason), in drop order
    for (const std::string& path : paths) {
        const std::string why = Refusal(path);
        if (why.empty() && decision.open.empty()) decision.open = path;
        else passed_over.push_back(Quoted(path) + (why.empty() ? " (only one profile is opened at a time)" : " (" + why + ")"));
    }
    std::string list;
    for (const std::string& p : passed_over) list += (list.empty() ? "" : ", ") + p;
    if (decision.open.empty()) {
        decision.message = paths.size() == 1
            ? "not opened: " + list + ". Drop a profile .json file; the current profile stays on screen"
            : "not opened: none of the " + std::to_string(paths.size()) + " dropped files is a profile .json file: " + list +
                  ". The current profile stays on screen";
    } else if (!passed_over.empty()) {
        decision.message = "opening " + Quoted(decision.open) + ", the first .json file of the drop; passed over " + list;
    }
    return decision;
}

}  // namespace portfolio::platform
