// The type scale: Inter at several sizes and weights with Fork Awesome icons merged in, rasterised
// for the display's pixel density. Glyph ranges cover Latin, Latin Extended, punctuation and every
// character the profile uses.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/font_faces.h"
#include "core/host.h"
#include "imgui.h"

namespace portfolio::ui {

struct Fonts {
    ImFont* body = nullptr;         // 16 px regular, with icons
    ImFont* body_italic = nullptr;  // 16 px italic
    ImFont* body_bold = nullptr;    // 16 px semibold (icons beside it are drawn with body)
    ImFont* small = nullptr;        // 13.5 px regular, with icons
    ImFont* small_bold = nullptr;   // 12.5 px semibold (badges, labels)
    ImFont* title = nullptr;        // 18 px semibold (publication and card titles)
    ImFont* heading = nullptr;      // 26 px bold (section titles, the avatar's initials)
    ImFont* display = nullptr;      // 44 px bold (the owner's name, nothing else)
    ImFont* icons_large = nullptr;  // 19 px icons only (social buttons)
    bool from_files = false;        // false when the font files were missing and ImGui's default is used
    ImVector<ImWchar> text_ranges;  // glyph ranges; the atlas reads them until it is built
    ImVector<ImWchar> title_ranges; // heading: ASCII and the title text only
    ImVector<ImWchar> name_ranges;  // display: the name's characters only
    std::string title_text;         // the name and section titles (what heading draws)
    std::string name_text;          // what display draws
    std::map<std::string, std::string> font_files;  // Inter's and the icons' bytes, which the atlas reads
};

// A fallback font file's bytes (core/font_faces.h), owned by the caller until the atlas is built again.
struct FontBytes {
    const unsigned char* data = nullptr;
    int size = 0;
    int font_no = 0;  // face in a .ttc collection
    float scale = 1.0f;  // size against Inter's
};
// Per FaceWeight, the fallback files merged after Inter into every role of that weight.
using FallbackFonts = std::array<std::vector<FontBytes>, kFaceWeights>;

// Adds the fonts to io.Fonts (which must be empty). `scale` is the pixel density (1 on standard screens);
// sizes stay in logical pixels through FontGlobalScale-free rasterisation at size * scale.
// Returns false (and uses ImGui's built-in font for every role) when a file cannot be read.
// `fallback` fills in what Inter lacks (CJK, Arabic, Hebrew...): each role merges the files of its weight.
// `title_text` is all heading draws (the name, section titles) and `name_text` all display draws (the
// name): they get only those characters (and heading ASCII), the large sizes being costly to rasterise.
// The builder's characters as glyph ranges (pairs, then 0), as ImGui's BuildRanges gives them; that one
// asks for each of the 65,536 bits in turn, which at start-up on the web (baseline code, three builders)
// took a few ms. Whole words without a change are skipped here.
void BuildRanges(const ImFontGlyphRangesBuilder& builder, ImVector<ImWchar>& out);

bool LoadFonts(ImGuiIO& io, const std::string& asset_dir, std::string_view extra_text, std::string_view title_text,
               std::string_view name_text, float scale, const FallbackFonts& fallback, Fonts& out, std::string& error);

// The fallback font files a profile needs, each kept once for every rebuild of the atlas: read from the
// installed font packages on the desktop, fetched as slices next to the page on the web (host.fetch).
// On the web the atlas is built first with what is at hand; the characters it still lacks then ask for
// their slices (RequestMissing), and the atlas is built again when they arrive.
class FallbackStore {
public:
    FallbackStore();
    // The bytes to merge for `text`. Desktop: every file its characters need (core/font_faces.h
    // PlanFallback), read now. Web: the slices asked for so far that `text` still needs and that have
    // arrived. A file that cannot be had is left out.
    FallbackFonts Prepare(std::string_view text, const HostServices& host);
    // Web: asks for the slices of characters the built atlas lacks (`missing`, UTF-8); those already at
    // hand from an earlier profile are merged at the next rebuild without a fetch.
    void RequestMissing(std::string_view missing, const HostServices& host);
    // True once after a fetched file arrived (or failed) since the last call: time to rebuild the atlas.
    bool TakeArrived();
    std::size_t Loaded() const;   // files at hand
    std::size_t Pending() const;  // asked for, not arrived
    std::size_t Failed() const;   // could not be read or fetched
    std::size_t LoadedBytes() const;

private:
    enum class FileState { Here, Pending, Failed };
    struct File {
        std::string key;
        FileState state = FileState::Pending;
        std::string bytes;
    };
    // A few files a profile at most: a list searched in order (no map code in the web download).
    struct Files {
        std::vector<File> list;
        bool arrived = false;
        File* Find(std::string_view key);
        std::size_t Count(FileState state) const;
    };
    std::shared_ptr<Files> files_;
    FallbackPlan planned_;  // web: the slices asked for, per weight  // shared with fetches in flight, which may outlive the app
};

// The characters of `text` (and of the title text, for the title roles) that a role's font cannot draw (after the atlas is built): each is drawn as the
// missing-glyph box. Invisible format characters (core/font_faces.h) never count.
std::vector<char32_t> MissingGlyphs(const Fonts& fonts, std::string_view text);

}  // namespace portfolio::ui
