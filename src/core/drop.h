// Files the owner hands the app (dropped on the desktop window; later chosen on the web page): what a
// file is by its name, and which dropped file is opened as the profile, or why none is. Pure but for
// reading the file system's metadata, so it is tested without a window.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace portfolio {

// What a file holds, judged by its name's extension (any case).
// Profile: ".json" (a profile or a JSON Resume). Bibliography: ".bib" (BibTeX), read by ApplyBibtexFile
// into the profile on screen, or named by a profile's "bibliography".
enum class FileKind { Unknown, Profile, Bibliography };
FileKind KindOfFile(std::string_view name);

struct DropDecision {
    std::string open;     // the file to open as the profile; "" when the drop holds none
    // A .bib to show over the profile on screen (its publications replace the profile's), when the drop
    // holds no profile; "" otherwise.
    std::string bibliography;
    std::string message;  // a line for the terminal: why nothing is opened, or which files were passed over; "" when all is plain
};

// The first dropped path that is a regular file of kind Profile is opened; the others are passed over
// and named in the message. Without a profile in the drop, the first .bib is the bibliography to show
// over the profile on screen. When there is neither (an image, a folder, a text file), nothing is
// opened: the profile on screen and the files watched stay as they were.
DropDecision ChooseDroppedProfile(const std::vector<std::string>& paths);

}  // namespace portfolio
