// Files handed to the app: their kind by name, and the choice among dropped files.
#include "core/drop.h"

#include <cctype>
#include <filesystem>
#include <system_error>

namespace portfolio {
namespace {

// Why a dropped path is not a profile, or "" when it is one.
std::string Refusal(const std::string& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) return "not found";
    if (std::filesystem::is_directory(status)) return "a folder";
    if (!std::filesystem::is_regular_file(status)) return "not a regular file";
    if (KindOfFile(path) == FileKind::Bibliography) return "a .bib bibliography";
    if (KindOfFile(path) != FileKind::Profile) return "not a .json file";
    return "";
}

std::string Quoted(const std::string& path) { return "\"" + path + "\""; }

}  // namespace

FileKind KindOfFile(std::string_view name) {
    std::string ext = std::filesystem::path(name).extension().string();  // "" for ".json" alone: a hidden file
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".json") return FileKind::Profile;
    return ext == ".bib" ? FileKind::Bibliography : FileKind::Unknown;
}

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
    if (decision.open.empty()) {  // no profile: the first .bib, if any, goes over the profile on screen
        for (std::size_t i = 0; i < paths.size() && decision.bibliography.empty(); ++i) {
            if (Refusal(paths[i]) != "a .bib bibliography") continue;
            decision.bibliography = paths[i];
            passed_over.erase(passed_over.begin() + static_cast<std::ptrdiff_t>(i));
        }
    }
    std::string list;
    for (const std::string& p : passed_over) list += (list.empty() ? "" : ", ") + p;
    if (!decision.bibliography.empty()) {
        if (!passed_over.empty())
            decision.message = "showing the publications of " + Quoted(decision.bibliography) + ", the first .bib file of the drop; passed over " + list;
    } else if (decision.open.empty()) {
        decision.message = paths.size() == 1
            ? "not opened: " + list + ". Drop a profile .json file; the current profile stays on screen"
            : "not opened: none of the " + std::to_string(paths.size()) + " dropped files is a profile .json file: " + list +
                  ". The current profile stays on screen";
    } else if (!passed_over.empty()) {
        decision.message = "opening " + Quoted(decision.open) + ", the first .json file of the drop; passed over " + list;
    }
    return decision;
}

}  // namespace portfolio
