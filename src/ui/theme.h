// The visual identity: palette (light and dark), type scale, spacing rhythm, and ImGui style from them.
#pragma once

#include <string_view>

#include "imgui.h"

namespace portfolio::ui {

enum class ThemeMode { Light, Dark };

struct Palette {
    ImU32 page, surface, surface_alt, border, shadow;
    ImU32 text, text_muted, text_faint;
    ImU32 accent, accent_text, accent_soft, link;
    ImU32 success, success_soft, warning, warning_soft, danger, danger_soft;
    ImU32 owner_mark;  // underline under the owner's name in author lists
};

struct Metrics {  // the spacing rhythm, in unscaled pixels
    float column_max = 880.0f;  // content column width on wide windows
    float gutter = 32.0f;       // side margin on desktop
    float gutter_compact = 18.0f;
    float section_gap = 56.0f;  // between sections
    float block_gap = 20.0f;    // between cards
    float card_pad = 22.0f;
    float card_radius = 14.0f;
    float chip_radius = 999.0f;
    float line_height = 1.55f;  // body text line height as a multiple of the font size
};

struct Theme {
    ThemeMode mode = ThemeMode::Light;
    Palette palette{};
    Metrics metrics{};
};

Theme MakeTheme(ThemeMode mode);
void ApplyStyle(const Theme& theme, ImGuiStyle& style);
// "#rrggbb"/"#rgb" -> colour; fallback when empty or malformed.
ImU32 ParseHexColor(std::string_view hex, ImU32 fallback);
// Topic/project colours when the profile gives none: a calm, distinguishable set.
ImU32 FallbackAccent(std::size_t index);
ImU32 WithAlpha(ImU32 color, float alpha);
ImU32 Mix(ImU32 a, ImU32 b, float t);  // t = 0 -> a, 1 -> b

}  // namespace portfolio::ui
