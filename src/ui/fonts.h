// The type scale: Inter at several sizes and weights with Fork Awesome icons merged in, rasterised
// for the display's pixel density. Glyph ranges cover Latin, Latin Extended, punctuation and every
// character the profile uses.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"

namespace portfolio::ui {

struct Fonts {
    ImFont* body = nullptr;         // 16 px regular, with icons
    ImFont* body_italic = nullptr;  // 16 px italic
    ImFont* body_bold = nullptr;    // 16 px semibold, with icons
    ImFont* small = nullptr;        // 13.5 px regular, with icons
    ImFont* small_bold = nullptr;   // 12.5 px semibold (badges, labels)
    ImFont* title = nullptr;        // 18 px semibold (publication and card titles)
    ImFont* heading = nullptr;      // 26 px bold (section titles), with icons
    ImFont* display = nullptr;      // 44 px bold (the owner's name)
    ImFont* icons_large = nullptr;  // 19 px icons only (social buttons)
    bool from_files = false;        // false when the font files were missing and ImGui's default is used
    ImVector<ImWchar> text_ranges;  // glyph ranges; the atlas reads them until it is built
};

// Adds the fonts to io.Fonts (which must be empty). `scale` is the pixel density (1 on standard screens);
// sizes stay in logical pixels through FontGlobalScale-free rasterisation at size * scale.
// Returns false (and uses ImGui's built-in font for every role) when a file cannot be read.
bool LoadFonts(ImGuiIO& io, const std::string& asset_dir, std::string_view extra_text, float scale, Fonts& out,
               std::string& error);

}  // namespace portfolio::ui
