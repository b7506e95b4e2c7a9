// The keyboard help: a centred card over the dimmed page, in the page's own type and palette. The layout
// is measured first (rows wrap on phones), then the card is drawn and its content on top.
#include "ui/help_overlay.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "ui/a11y.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

struct Shortcut {
    const char* keys[2];  // one or two alternatives
    const char* action;
};

constexpr Shortcut kShortcuts[] = {
    {{"/", nullptr}, "Search the publications"},
    {{"Esc", nullptr}, "Clear the search, or close this"},
    {{"Tab", "Shift+Tab"}, "Move between links and buttons"},
    {{"Enter", "Space"}, "Open or press the focused item"},
    {{"?", nullptr}, "Show or hide these shortcuts"},
    {{"T", nullptr}, "Switch between light and dark"},
    {{"\xE2\x86\x90", "\xE2\x86\x92"}, "On the timeline: move earlier or later"},
    {{"+", "\xE2\x88\x92"}, "On the timeline: zoom in or out (Home: all)"},
};

struct Appearance {
    ThemeChoice choice;
    const char* id;
    const char* label;
};

constexpr Appearance kAppearances[] = {
    {ThemeChoice::Light, "light", "Light"},
    {ThemeChoice::Dark, "dark", "Dark"},
    {ThemeChoice::Auto, "auto", "System"},
};

constexpr float kCardWidth = 480.0f;
constexpr float kMargin = 16.0f;     // least space between the card and the window's edges
constexpr float kKeyGap = 6.0f;      // between two key caps of one row
constexpr float kRowGap = 10.0f;
constexpr float kColumnGap = 20.0f;  // between the keys and what they do

ImVec2 KeyCapSize(const ViewContext& ctx, const char* key) {
    const ImVec2 text = TextSize(ctx.fonts.small_bold, key);
    const float h = Snap(FontSize(ctx.fonts.small_bold) + 10.0f);
    return ImVec2(Snap(std::max(h, text.x + 16.0f)), h);
}

float KeysWidth(const ViewContext& ctx, const Shortcut& s) {
    float w = KeyCapSize(ctx, s.keys[0]).x;
    if (s.keys[1]) w += kKeyGap + KeyCapSize(ctx, s.keys[1]).x;
    return w;
}

// A key's name on a small plate with a slightly deeper lower edge, like a key seen from above.
void KeyCap(const ViewContext& ctx, ImVec2 pos, const char* key) {
    const Palette& p = ctx.theme.palette;
    const ImVec2 size = KeyCapSize(ctx, key);
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(pos.x, pos.y + 1.5f), ImVec2(end.x, end.y + 1.5f), p.border, 6.0f);
    dl->AddRectFilled(pos, end, p.surface_alt, 6.0f);
    dl->AddRect(pos, end, p.border, 6.0f);
    const ImVec2 ts = TextSize(ctx.fonts.small_bold, key);
    DrawText(ctx.fonts.small_bold, ImVec2(pos.x + (size.x - ts.x) * 0.5f, pos.y + (size.y - ts.y) * 0.5f), p.text, key);
}

float SegmentWidth(const ViewContext& ctx, const Appearance& a) { return Snap(TextSize(ctx.fonts.small_bold, a.label).x + 28.0f); }

float AppearanceSwitchWidth(const ViewContext& ctx) {
    float w = 6.0f;
    for (const Appearance& a : kAppearances) w += SegmentWidth(ctx, a);
    return w;
}

// Light | Dark | System as one segmented control; the chosen segment is a raised surface.
void AppearanceSwitch(const ViewContext& ctx, ImVec2 pos, float height) {
    const Palette& p = ctx.theme.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + AppearanceSwitchWidth(ctx), pos.y + height), p.surface_alt, height * 0.5f);
    float x = pos.x + 3.0f;
    for (const Appearance& a : kAppearances) {
        const ImVec2 seg_pos(x, pos.y + 3.0f);
        const ImVec2 seg_size(SegmentWidth(ctx, a), height - 6.0f);
        const ImVec2 seg_end(seg_pos.x + seg_size.x, seg_pos.y + seg_size.y);
        ImGui::SetCursorScreenPos(seg_pos);
        ImGui::PushID(a.id);
        const bool clicked = ImGui::InvisibleButton("##appearance", seg_size);
        ImGui::PopID();
        RecordTarget(ctx, std::string("theme-choice:") + a.id);
        a11y::Describe(a11y::Role::Toggle, std::string("Theme: ") + a.label, ctx.state.theme_choice == a.choice ? a11y::kChecked : 0);
        FocusRing(ctx, seg_size.y * 0.5f);
        const bool hovered = ImGui::IsItemHovered();
        const bool chosen = ctx.state.theme_choice == a.choice;
        if (clicked) ctx.state.theme_choice = a.choice;
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (chosen) {
            dl->AddRectFilled(ImVec2(seg_pos.x, seg_pos.y + 1.0f), ImVec2(seg_end.x, seg_end.y + 1.0f), p.shadow, seg_size.y * 0.5f);
            dl->AddRectFilled(seg_pos, seg_end, p.surface, seg_size.y * 0.5f);
            dl->AddRect(seg_pos, seg_end, p.border, seg_size.y * 0.5f);
        }
        const ImVec2 ts = TextSize(ctx.fonts.small_bold, a.label);
        DrawText(ctx.fonts.small_bold, ImVec2(seg_pos.x + (seg_size.x - ts.x) * 0.5f, seg_pos.y + (seg_size.y - ts.y) * 0.5f),
                 chosen || hovered ? p.text : p.text_muted, a.label);
        x += seg_size.x;
    }
}

// The card's measures: its width, the keys' column, each row's height (an action may wrap on a phone).
struct HelpLayout {
    float card_w = 0, pad = 0, inner_w = 0, action_x = 0, action_w = 0, cap_h = 0, body = 0;
    float row_h[std::size(kShortcuts)] = {};
    float title_h = 0, subtitle_h = 0, switch_h = 0, card_h = 0;
};

HelpLayout MeasureHelp(const ViewContext& ctx, const ImGuiViewport* vp) {
    HelpLayout l;
    l.card_w = std::min(kCardWidth, vp->Size.x - 2.0f * kMargin);
    l.pad = ctx.compact ? 20.0f : 28.0f;
    l.inner_w = l.card_w - 2.0f * l.pad;
    float keys_w = 0.0f;
    for (const Shortcut& s : kShortcuts) keys_w = std::max(keys_w, KeysWidth(ctx, s));
    l.action_x = keys_w + kColumnGap;
    l.action_w = std::max(40.0f, l.inner_w - l.action_x);
    l.cap_h = KeyCapSize(ctx, "T").y;
    l.body = FontSize(ctx.fonts.small);
    float rows_h = 0.0f;
    for (std::size_t i = 0; i < std::size(kShortcuts); ++i) {
        const char* action = kShortcuts[i].action;
        const float text_h = ctx.fonts.small->CalcTextSizeA(l.body, FLT_MAX, l.action_w, action).y;
        l.row_h[i] = std::max(l.cap_h, text_h) + kRowGap;
        rows_h += l.row_h[i];
    }
    l.title_h = FontSize(ctx.fonts.title);
    l.subtitle_h = FontSize(ctx.fonts.small);
    l.switch_h = Snap(FontSize(ctx.fonts.small_bold) + 18.0f);
    l.card_h = l.pad + l.title_h + 6.0f + l.subtitle_h + 22.0f + rows_h + 10.0f + 1.0f + 18.0f + l.switch_h + l.pad;
    return l;
}

// The page dims behind a raised card.
void DrawHelpCard(const ViewContext& ctx, ImDrawList* dl, const ImGuiViewport* vp, ImVec2 a, ImVec2 b) {
    const Palette& p = ctx.theme.palette;
    const bool light = ctx.theme.mode == ThemeMode::Light;
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y), WithAlpha(light ? p.text : IM_COL32_BLACK, light ? 0.30f : 0.55f));
    for (int i = 8; i >= 1; --i) {  // a soft shadow: wide faint layers under narrower ones, a little below the card
        const float spread = static_cast<float>(i) * 3.0f;
        dl->AddRectFilled(ImVec2(a.x - spread, a.y - spread * 0.5f), ImVec2(b.x + spread, b.y + spread * 1.5f), WithAlpha(p.shadow, 0.55f),
                          ctx.theme.metrics.card_radius + spread);
    }
    dl->AddRectFilled(a, b, p.surface, ctx.theme.metrics.card_radius);
    dl->AddRect(a, b, p.border, ctx.theme.metrics.card_radius);
}

// One row per shortcut: the keys, then what they do. Returns the y below the rows.
float DrawShortcutRows(const ViewContext& ctx, ImDrawList* dl, const HelpLayout& l, float x, float y) {
    for (std::size_t i = 0; i < std::size(kShortcuts); ++i) {
        const Shortcut& s = kShortcuts[i];
        float kx = x;
        for (const char* key : s.keys) {
            if (!key) continue;
            KeyCap(ctx, ImVec2(kx, y), key);
            kx += KeyCapSize(ctx, key).x + kKeyGap;
        }
        const float text_y = y + std::max(0.0f, (l.cap_h - l.body) * 0.5f);
        dl->AddText(ctx.fonts.small, l.body, ImVec2(x + l.action_x, Snap(text_y)), ctx.theme.palette.text, s.action, nullptr, l.action_w);
        y += l.row_h[i];
    }
    return y;
}

}  // namespace

void ShowHelpOverlay(const ViewContext& ctx, bool& open) {
    if (!open) return;
    const Palette& p = ctx.theme.palette;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::Begin("##help", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollWithMouse);
    if (ImGui::IsWindowAppearing()) ImGui::SetWindowFocus();  // Tab starts inside the help
    ImDrawList* dl = ImGui::GetWindowDrawList();

    const HelpLayout l = MeasureHelp(ctx, vp);
    const ImVec2 a(Snap(vp->Pos.x + (vp->Size.x - l.card_w) * 0.5f), Snap(vp->Pos.y + std::max(kMargin, (vp->Size.y - l.card_h) * 0.42f)));
    const ImVec2 b(a.x + l.card_w, a.y + l.card_h);
    DrawHelpCard(ctx, dl, vp, a, b);

    // Title, and a close button in the corner.
    const float x = a.x + l.pad;
    float y = a.y + l.pad;
    DrawText(ctx.fonts.title, ImVec2(x, y), p.text, "Keyboard shortcuts");
    DrawText(ctx.fonts.small, ImVec2(x, y + l.title_h + 6.0f), p.text_muted, "The whole page works without a mouse.");
    ImGui::SetCursorScreenPos(ImVec2(b.x - l.pad - 30.0f + 8.0f, a.y + l.pad - 8.0f));
    if (IconButton(ctx, "##help-close", ICON_TIMES, "Close (Esc)", "", 30.0f)) open = false;
    RecordTarget(ctx, "help:close");
    y = DrawShortcutRows(ctx, dl, l, x, y + (l.title_h + 6.0f + l.subtitle_h + 22.0f));

    // The theme: light, dark, or the system's.
    y += 10.0f;
    dl->AddLine(ImVec2(x, y), ImVec2(x + l.inner_w, y), p.border, 1.0f);
    y += 1.0f + 18.0f;
    DrawText(ctx.fonts.small_bold, ImVec2(x, y + (l.switch_h - FontSize(ctx.fonts.small_bold)) * 0.5f), p.text_faint, "APPEARANCE");
    AppearanceSwitch(ctx, ImVec2(x + l.inner_w - AppearanceSwitchWidth(ctx), y), l.switch_h);

    // Esc or a click beside the card closes it.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool beside = mouse.x < a.x || mouse.x > b.x || mouse.y < a.y || mouse.y > b.y;
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) || (beside && ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)))
        open = false;
    ImGui::SetCursorScreenPos(vp->Pos);
    ImGui::Dummy(ImVec2(0.0f, 0.0f));
    ImGui::End();
}

}  // namespace portfolio::ui
