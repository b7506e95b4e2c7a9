// The type scale: Inter at several sizes and weights with Fork Awesome icons merged in.
#include "ui/fonts.h"

#include <cstdio>

namespace portfolio::ui {
namespace {

bool Readable(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::fclose(f);
    return true;
}

}  // namespace

bool LoadFonts(ImGuiIO& io, const std::string& asset_dir, std::string_view extra_text, float scale, Fonts& out,
               std::string& error) {
    const std::string dir = asset_dir + "/fonts/";
    const char* files[] = {"Inter-Regular.otf", "Inter-Italic.otf", "Inter-SemiBold.otf", "Inter-Bold.otf", "icons.ttf"};
    for (const char* f : files) {
        if (!Readable(dir + f)) {
            error = "font file missing: " + dir + f + " (the app falls back to ImGui's built-in font)";
            ImFont* fallback = io.Fonts->AddFontDefault();
            out.body = out.body_italic = out.body_bold = out.small = out.small_bold = fallback;
            out.title = out.heading = out.display = out.icons_large = fallback;
            out.from_files = false;
            return false;
        }
    }

    // Text ranges: Latin + Latin Extended + punctuation, plus whatever the profile itself contains.
    ImVector<ImWchar>& text_ranges = out.text_ranges;
    text_ranges.clear();
    ImFontGlyphRangesBuilder builder;
    // Rasterising is the slowest part of start-up on the web, so only Latin-1, punctuation and the
    // profile's own characters go into the atlas; the font files carry Latin Extended for other profiles.
    static const ImWchar base_ranges[] = {0x0020, 0x00FF, 0x2010, 0x2027, 0x2030, 0x203A, 0x20AC, 0x20AC,
                                          0x2190, 0x2193, 0x2212, 0x2212, 0};
    builder.AddRanges(base_ranges);
    builder.AddText(extra_text.data(), extra_text.data() + extra_text.size());
    builder.BuildRanges(&text_ranges);
    static const ImWchar icon_ranges[] = {0xF000, 0xF3FF, 0};

    ImFontConfig cfg;
    cfg.OversampleH = scale >= 2.0f ? 1 : 2;  // dense screens need no horizontal oversampling
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    const float s = scale > 0.0f ? scale : 1.0f;
    auto add = [&](const char* file, float size, bool with_icons, float icon_size_ratio = 0.9f) {
        ImFont* font = io.Fonts->AddFontFromFileTTF((dir + file).c_str(), size * s, &cfg, text_ranges.Data);
        if (with_icons) {
            ImFontConfig icons;
            icons.MergeMode = true;
            icons.PixelSnapH = true;
            icons.GlyphMinAdvanceX = size * s * 1.05f;
            icons.GlyphOffset = ImVec2(0, size * s * 0.04f);
            io.Fonts->AddFontFromFileTTF((dir + "icons.ttf").c_str(), size * s * icon_size_ratio, &icons, icon_ranges);
        }
        return font;
    };
    out.body = add("Inter-Regular.otf", 16.0f, true);
    out.body_italic = add("Inter-Italic.otf", 16.0f, false);
    out.body_bold = add("Inter-SemiBold.otf", 16.0f, true);
    out.small = add("Inter-Regular.otf", 13.5f, true);
    out.small_bold = add("Inter-SemiBold.otf", 12.5f, true);
    out.title = add("Inter-SemiBold.otf", 18.0f, true);
    out.heading = add("Inter-Bold.otf", 26.0f, true, 0.8f);
    out.display = add("Inter-Bold.otf", 44.0f, false);
    {
        ImFontConfig icons;
        icons.PixelSnapH = true;
        out.icons_large = io.Fonts->AddFontFromFileTTF((dir + "icons.ttf").c_str(), 19.0f * s, &icons, icon_ranges);
    }
    out.from_files = true;
    io.FontGlobalScale = 1.0f / s;
    io.FontDefault = out.body;
    return true;
}

}  // namespace portfolio::ui
