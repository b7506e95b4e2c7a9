// Loading a profile: bytes in, a Profile plus a list of diagnostics out. Never throws, never aborts.
// Each diagnostic names what is wrong and where: a JSONPath ("$.publications[2].releaseDate") and line:column.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/image.h"
#include "core/profile.h"

namespace portfolio {

// Error: a value could not be used. Warning: it was used, changed or guessed at (a cut text, a link read as
// https). Note: an older or looser spelling was read as its current form (work[].company as name, "2020-3");
// shown like a warning but milder, and never an error.
enum class Severity { Error, Warning, Note };
const char* SeverityName(Severity severity);  // "error", "warning", "note"

struct DiagnosticCounts {
    std::size_t errors = 0, warnings = 0, notes = 0;
};

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string path;  // JSONPath of the offending value ("$" for the document)
    int line = 0;      // 1-based; 0 when unknown (e.g. the file could not be read)
    int column = 0;
    std::string message;
    std::string file;  // the file it is about ("profile.json", "refs.bib"), as the loader was given it
    std::string ToString() const;  // "$.a.b (line 3, column 7): message" (without the file)
};
DiagnosticCounts CountDiagnostics(const std::vector<Diagnostic>& diagnostics);

struct LoadLimits {
    std::size_t max_bytes = 16u << 20;      // whole document
    std::size_t max_string_bytes = 64u << 10;  // any one string; longer ones are cut
    std::size_t max_items = 50000;          // entries in any one list
    int max_depth = 64;                     // nesting of arrays/objects
};

struct LoadResult {
    std::string file;                     // where the profile came from (a path, or a name for text)
    Profile profile;                      // everything valid that could be read
    std::vector<Diagnostic> diagnostics;  // in document order
    bool document_ok = false;             // the bytes parsed as a JSON object
    // The images the profile names (basics.image, projects[].image), decoded, by their reference as
    // written. Filled by LoadProfileFromFile; a missing or unreadable image is a warning at its path.
    std::map<std::string, RgbaImage> images;
    // Other files the profile's text named and the loader read (or tried to): the "bibliography" .bib,
    // by its path. Filled by LoadProfileFromFile; the desktop watches them with the profile.
    std::vector<std::string> companion_files;
    std::size_t ErrorCount() const;  // notes and warnings are not errors
};

// Reads a file the profile names ("bibliography": "refs.bib") by that name, relative to the profile's
// folder; nullopt when it cannot be read. Given at most max_bytes + 1 bytes is enough (the rest is refused).
using TextFileReader = std::function<std::optional<std::string>(const std::string& name)>;

// `file` names the source in every diagnostic (the text of a dropped file, a test's inline profile).
// "bibliography" (a .bib file name, or {"bibtex": "..."}) adds the BibTeX entries after "publications";
// a file name is read through `read_file`, and without one it is reported as unreadable here.
// Diagnostics of the BibTeX name the .bib (or "<file> ($.bibliography.bibtex)" for the inline text) and
// its line:column, and come after the profile's own.
LoadResult LoadProfileFromText(std::string_view text, std::string_view file = "profile.json", const LoadLimits& limits = {},
                               const TextFileReader& read_file = {});
// Reads the file first; an unreadable file is one diagnostic at "$" with no position. A bibliography
// file is read from the profile's folder. Then reads the images the profile names, relative to the
// file's folder (LoadProfileImages).
LoadResult LoadProfileFromFile(const std::string& path, const LoadLimits& limits = {});
// A .bib dropped or opened alone: `current` with its publications replaced by the file's (ids and owner
// marks checked as the loader does). Diagnostics name `name`; images are not part of a Profile, so the
// caller keeps the ones it shows. document_ok is false only when the text is refused whole (too large).
LoadResult ApplyBibtexFile(const Profile& current, std::string_view text, std::string_view name, const LoadLimits& limits = {});
// The same for a .bib file on disk; an unreadable one is one error at "$" (document_ok false).
LoadResult ApplyBibtexFromFile(const Profile& current, const std::string& path, const LoadLimits& limits = {});
// Reads and decodes every image `loaded` names; `text` is the profile's source, for positions.
void LoadProfileImages(LoadResult& loaded, std::string_view text, const std::string& base_dir, const ImageLimits& limits = {});

}  // namespace portfolio
