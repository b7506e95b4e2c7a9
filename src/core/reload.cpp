// Live reload for the desktop program: change detection, what to show, and keeping the visitor's place.
#include "core/reload.h"

#include <filesystem>
#include <system_error>

namespace portfolio {

FileStamp StampFile(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    FileStamp stamp;
    const fs::file_time_type modified = fs::last_write_time(path, ec);
    if (ec) return stamp;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return stamp;
    stamp.exists = true;
    stamp.modified = static_cast<std::int64_t>(modified.time_since_epoch().count());
    stamp.size = size;
    return stamp;
}

bool FileWatch::Poll(const FileStamp& now) {
    if (now == loaded_) {
        has_pending_ = false;  // changed and changed back before it settled: nothing to do
        return false;
    }
    if (!has_pending_ || !(now == pending_)) {
        pending_ = now;
        has_pending_ = true;
        return false;
    }
    loaded_ = now;
    has_pending_ = false;
    return true;
}

void FileSetWatch::Watch(const std::vector<std::string>& paths) {
    paths_ = paths;
    watches_.clear();
    for (const std::string& path : paths_) watches_.emplace_back(StampFile(path));
}

bool FileSetWatch::Poll() {
    bool changed = false;
    for (std::size_t i = 0; i < paths_.size(); ++i) changed = watches_[i].Poll(StampFile(paths_[i])) || changed;  // every watch polled
    return changed;
}

ReloadResult ApplyReload(const LoadResult& previous, LoadResult fresh) {
    ReloadResult result;
    const DiagnosticCounts counts = CountDiagnostics(fresh.diagnostics);
    result.errors = counts.errors;
    result.warnings = counts.warnings;
    result.notes = counts.notes;
    // Worth showing: it parsed and names its owner. A file that parsed but lost basics.name (an edit
    // that broke the header, "{}") would otherwise replace the page with a nameless one.
    const auto showable = [](const LoadResult& r) { return r.document_ok && !r.profile.basics.name.empty(); };
    if (showable(fresh) || !showable(previous)) {
        result.shown = std::move(fresh);
        return result;
    }
    result.kept_previous = true;
    result.parsed = fresh.document_ok;
    result.shown.file = fresh.file;
    result.shown.profile = previous.profile;
    result.shown.images = previous.images;  // the last good profile's photo stays with it
    result.shown.document_ok = true;
    result.shown.diagnostics = std::move(fresh.diagnostics);
    result.shown.diagnostics.push_back(Diagnostic{Severity::Warning, "$", 0, 0,
                                                  "the page still shows the last version of the profile that could be read; "
                                                  "fix the problem above to see your edits", fresh.file});
    return result;
}

std::string DescribeReload(std::string_view verb, const std::string& path, const ReloadResult& result) {
    auto count = [](std::size_t n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); };
    std::string counts = count(result.errors, "problem", "problems");
    if (result.warnings) counts += ", " + count(result.warnings, "warning", "warnings");
    if (result.notes) counts += ", " + count(result.notes, "note", "notes");
    if (result.kept_previous)
        return path + (result.parsed ? " has no basics.name to show" : " is not valid JSON") +
               "; still showing the last good profile (" + counts + ")";
    return std::string(verb) + " " + path + " (" + counts + ")";
}

float AnchorScroll(const std::map<std::string, float>& sections_before, float scroll_before,
                   const std::map<std::string, float>& sections_after) {
    const std::string* anchor = nullptr;
    float anchor_y = 0.0f;
    for (const auto& [id, y] : sections_before) {
        if (y > scroll_before + kAnchorSlack || !sections_after.count(id)) continue;
        if (!anchor || y > anchor_y) {
            anchor = &id;
            anchor_y = y;
        }
    }
    if (!anchor) return scroll_before;
    const float scroll = sections_after.at(*anchor) + (scroll_before - anchor_y);
    return scroll > 0.0f ? scroll : 0.0f;
}

}  // namespace portfolio
