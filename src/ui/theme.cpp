// The visual identity: palette (light and dark), type scale, spacing rhythm, and ImGui style from them.
#include "ui/theme.h"

#include <array>

namespace portfolio::ui {
namespace {

constexpr ImU32 Rgb(unsigned hex, unsigned alpha = 255) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

}  // namespace

Theme MakeTheme(ThemeMode mode) {
    Theme t;
    t.mode = mode;
    Palette& p = t.palette;
    if (mode == ThemeMode::Light) {
        p.page = Rgb(0xF6F4EF);
        p.surface = Rgb(0xFFFFFF);
        p.surface_alt = Rgb(0xF1EEE7);
        p.border = Rgb(0xE4DFD5);
        p.shadow = Rgb(0x3A3020, 14);
        p.text = Rgb(0x1F1D1A);
        p.text_muted = Rgb(0x5B574F);
        p.text_faint = Rgb(0x6F695F);  // 4.5:1 on the page and on cards (WCAG AA for small text)
        p.accent = Rgb(0x3553C6);
        p.accent_text = Rgb(0xFFFFFF);
        p.accent_soft = Rgb(0xE7EBFA);
        p.link = Rgb(0x2C47B8);
        p.success = Rgb(0x23824F);
        p.success_soft = Rgb(0xE2F3E8);
        p.warning = Rgb(0x9A6200);
        p.warning_soft = Rgb(0xFBF0D9);
        p.danger = Rgb(0xB42318);
        p.danger_soft = Rgb(0xFCE8E6);
        p.owner_mark = Rgb(0x3553C6, 150);
    } else {
        p.page = Rgb(0x111318);
        p.surface = Rgb(0x1A1D24);
        p.surface_alt = Rgb(0x232732);
        p.border = Rgb(0x2C313D);
        p.shadow = Rgb(0x000000, 60);
        p.text = Rgb(0xECEAE4);
        p.text_muted = Rgb(0xADA89E);
        p.text_faint = Rgb(0x948E84);  // 5:1 on cards, 5.6:1 on the page
        p.accent = Rgb(0x8FA3FF);
        p.accent_text = Rgb(0x10131A);
        p.accent_soft = Rgb(0x252C45);
        p.link = Rgb(0xA5B5FF);
        p.success = Rgb(0x6CCB94);
        p.success_soft = Rgb(0x1C3226);
        p.warning = Rgb(0xE6B450);
        p.warning_soft = Rgb(0x352A14);
        p.danger = Rgb(0xFF8A7A);
        p.danger_soft = Rgb(0x3A1E1B);
        p.owner_mark = Rgb(0x8FA3FF, 170);
    }
    return t;
}

void ApplyStyle(const Theme& theme, ImGuiStyle& style) {
    const Palette& p = theme.palette;
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.FramePadding = ImVec2(12, 8);
    style.FrameRounding = 10;
    style.FrameBorderSize = 1;
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 10;
    style.ScrollbarRounding = 8;
    style.GrabRounding = 8;
    style.PopupRounding = 10;
    style.PopupBorderSize = 1;
    style.WindowPadding = ImVec2(0, 0);
    style.ChildBorderSize = 0;
    style.TabRounding = 8;
    style.AntiAliasedLines = true;
    style.AntiAliasedFill = true;
    style.HoverDelayNormal = 0.35f;
    ImVec4* c = style.Colors;
    auto v = [](ImU32 col) { return ImGui::ColorConvertU32ToFloat4(col); };
    c[ImGuiCol_Text] = v(p.text);
    c[ImGuiCol_TextDisabled] = v(p.text_faint);
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);  // the background shader shows through
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = v(p.surface);
    c[ImGuiCol_Border] = v(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = v(p.surface);
    c[ImGuiCol_FrameBgHovered] = v(p.surface_alt);
    c[ImGuiCol_FrameBgActive] = v(p.surface_alt);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = v(WithAlpha(p.text_faint, 0.45f));
    c[ImGuiCol_ScrollbarGrabHovered] = v(WithAlpha(p.text_faint, 0.7f));
    c[ImGuiCol_ScrollbarGrabActive] = v(p.text_muted);
    c[ImGuiCol_Button] = v(p.surface);
    c[ImGuiCol_ButtonHovered] = v(p.accent_soft);
    c[ImGuiCol_ButtonActive] = v(p.accent_soft);
    c[ImGuiCol_Header] = v(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = v(p.accent_soft);
    c[ImGuiCol_HeaderActive] = v(p.accent_soft);
    c[ImGuiCol_CheckMark] = v(p.accent);
    c[ImGuiCol_TextSelectedBg] = v(WithAlpha(p.accent, 0.25f));
    c[ImGuiCol_NavHighlight] = v(p.accent);
    c[ImGuiCol_Separator] = v(p.border);
}

ImU32 ParseHexColor(std::string_view hex, ImU32 fallback) {
    if (hex.empty() || hex[0] != '#') return fallback;
    auto nibble = [](char ch) -> int {
        if (ch >= '0' && ch <= '9') return ch - '0';
        if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
        if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
        return -1;
    };
    int rgb[3];
    if (hex.size() == 7) {
        for (int i = 0; i < 3; ++i) {
            const int hi = nibble(hex[static_cast<std::size_t>(1 + 2 * i)]);
            const int lo = nibble(hex[static_cast<std::size_t>(2 + 2 * i)]);
            if (hi < 0 || lo < 0) return fallback;
            rgb[i] = hi * 16 + lo;
        }
    } else if (hex.size() == 4) {
        for (int i = 0; i < 3; ++i) {
            const int n = nibble(hex[static_cast<std::size_t>(1 + i)]);
            if (n < 0) return fallback;
            rgb[i] = n * 17;
        }
    } else {
        return fallback;
    }
    return IM_COL32(rgb[0], rgb[1], rgb[2], 255);
}

ImU32 FallbackAccent(std::size_t index) {
    static constexpr std::array<unsigned, 6> colors = {0x5B7FE0, 0xD9962B, 0x36A57A, 0xC8553D, 0x8A63D2, 0x2A9BB5};
    return Rgb(colors[index % colors.size()]);
}

ImU32 WithAlpha(ImU32 color, float alpha) {
    const unsigned a = static_cast<unsigned>(static_cast<float>((color >> IM_COL32_A_SHIFT) & 0xFF) * alpha + 0.5f);
    return (color & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 Mix(ImU32 a, ImU32 b, float t) {
    const ImVec4 x = ImGui::ColorConvertU32ToFloat4(a);
    const ImVec4 y = ImGui::ColorConvertU32ToFloat4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t,
                                                 x.w + (y.w - x.w) * t));
}

}  // namespace portfolio::ui
