// Live reload for the desktop program: noticing that the profile file changed on disk, deciding what
// the page shows afterwards, and keeping the visitor's place. Pure functions except StampFile.
#pragma once

#include <compare>
#include <cstdint>
#include <map>
#include <string>
#include <vector>
#include <string_view>

#include "core/load.h"

namespace portfolio {

// What can be learnt about a file without reading it: enough to notice an edit.
struct FileStamp {
    bool exists = false;
    std::int64_t modified = 0;  // last write time, in the file system clock's ticks
    std::uintmax_t size = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

// Reads the stamp of a file (never throws: a missing or unreadable file has exists == false).
FileStamp StampFile(const std::string& path);

// Decides, from stamps taken at regular polls, when a file has changed and is worth reading again:
// only once the new stamp has stayed the same for one poll, so a file caught while an editor is
// still writing it is read after the editor is done.
class FileWatch {
public:
    explicit FileWatch(FileStamp loaded) : loaded_(loaded) {}
    // Feeds the stamp seen now; true when the file should be reloaded (and `now` becomes the loaded stamp).
    bool Poll(const FileStamp& now);

private:
    FileStamp loaded_;   // the version last read
    FileStamp pending_;  // a different version seen at the previous poll
    bool has_pending_ = false;
};

// The files one profile on screen is read from (the profile, the .bib it names, a .bib shown over it),
// each watched as FileWatch does. Poll is true when any of them changed and settled.
class FileSetWatch {
public:
    // Starts watching `paths` as they are now (stamped here: call it before reading them, or right after).
    void Watch(const std::vector<std::string>& paths);
    bool Poll();
    const std::vector<std::string>& Paths() const { return paths_; }

private:
    std::vector<std::string> paths_;
    std::vector<FileWatch> watches_;
};

struct ReloadResult {
    LoadResult shown;          // the profile and diagnostics the page shows now
    bool kept_previous = false; // the new file could not be shown (not a JSON object, or no basics.name): `shown.profile` is the last good one
    bool parsed = false;        // when kept: the new file was a JSON object (it lacked a name)
    std::size_t errors = 0;     // in the new file
    std::size_t warnings = 0;
    std::size_t notes = 0;      // older spellings read as their current form: not problems
};

// What the page shows after the file changed. When the new text parsed, the new profile with its
// diagnostics (even if some fields are invalid: everything valid is shown). When it did not (a half
// typed edit, a syntax error, an empty or missing file, or a profile with no basics.name), the last good profile stays on screen with
// the new file's diagnostics and a note saying so; if there never was a good one, the new result.
ReloadResult ApplyReload(const LoadResult& previous, LoadResult fresh);

// One line for the terminal: "reloaded FILE (2 problems, 1 warning)" or
// "FILE is not valid JSON; still showing the last good profile (1 problem)". `verb` is "reloaded" or "opened".
std::string DescribeReload(std::string_view verb, const std::string& path, const ReloadResult& result);

// Where to scroll after the page was rebuilt from a changed profile, so the visitor keeps reading the
// same thing: the same offset into the lowest section (still in the page) that started above the top
// of the view or just below it (within kAnchorSlack, as after a jump to a section); the same scroll
// position when there is none. Sections map ids to their content y.
inline constexpr float kAnchorSlack = 48.0f;
float AnchorScroll(const std::map<std::string, float>& sections_before, float scroll_before,
                   const std::map<std::string, float>& sections_after);

}  // namespace portfolio
