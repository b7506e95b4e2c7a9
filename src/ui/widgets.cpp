// Small widgets the sections are built from: cards, pills, link buttons, icon buttons, headings, flow layout.
#include "ui/widgets.h"

#include "core/bidi.h"

#include <algorithm>

#include "core/links.h"
#include "ui/a11y.h"
#include "imgui_internal.h"  // the navigation state: which control has the keyboard focus, and whether it shows
#include "ui/icons.h"

namespace portfolio::ui {
namespace {

// Whether the last item has the keyboard focus and the keyboard is moving it (not after a click).
bool ShowsKeyboardFocus() { return ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight; }

// The ring itself: 3 px outside the shape, 2 px wide, in the theme's focus colour (ImGuiCol_NavHighlight, as
// ImGui draws its own), so a filled or bordered control keeps its own edge.
void DrawFocusRing(ImVec2 min, ImVec2 max, float rounding) {
    constexpr float kGap = 3.0f, kWidth = 2.0f;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - kGap, min.y - kGap), ImVec2(max.x + kGap, max.y + kGap),
                                        ImGui::GetColorU32(ImGuiCol_NavHighlight), rounding + kGap, 0, kWidth);
}

}  // namespace

float FontSize(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

std::string_view ShownText(std::string_view text, std::string& storage) {
    if (!HasRightToLeft(text)) return text;
    storage = VisualLine(text, IsRightToLeftParagraph(text));
    return storage;
}

ImVec2 TextSize(const ImFont* font, std::string_view text) {
    std::string storage;
    text = ShownText(text, storage);
    return font->CalcTextSizeA(FontSize(font), FLT_MAX, 0.0f, text.data(), text.data() + text.size());
}

void DrawText(const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text) {
    std::string storage;
    text = ShownText(text, storage);
    ImGui::GetWindowDrawList()->AddText(font, FontSize(font), ImVec2(Snap(pos.x), Snap(pos.y)), color,
                                        text.data(), text.data() + text.size());
}

void OpenLink(const ViewContext& ctx, const std::string& url) {
    const CheckedUrl checked = CheckUrl(url);
    if (checked.ok() && ctx.host.open_url) ctx.host.open_url(checked.url);
}

// ---- Card ------------------------------------------------------------------------------------------

Card::Card(const ViewContext& ctx, float x, float width, float padding)
    : ctx_(ctx), x_(x), width_(width), pad_(padding >= 0 ? padding : (ctx.compact ? 16.0f : ctx.theme.metrics.card_pad)) {
    top_ = ImGui::GetCursorScreenPos().y;
    focus_drawn_before_ = ImGui::GetCurrentContext()->NavIdIsAlive;
    splitter_.Split(ImGui::GetWindowDrawList(), 2);
    splitter_.SetCurrentChannel(ImGui::GetWindowDrawList(), 1);
    ImGui::SetCursorScreenPos(ImVec2(x_ + pad_, top_ + pad_));
    ImGui::BeginGroup();
}

Card::~Card() {
    ImGui::Dummy(ImVec2(0.0f, 0.0f));  // validates a cursor moved by the content (ImGui asserts otherwise)
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad_;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    splitter_.SetCurrentChannel(dl, 0);
    const Palette& p = ctx_.theme.palette;
    const float r = ctx_.theme.metrics.card_radius;
    const ImVec2 a(x_, top_), b(x_ + width_, bottom);
    const bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) && ImGui::IsMouseHoveringRect(a, b);
    // The focused control was drawn inside the card (ImGui marks the focus alive when its control is drawn).
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool focused = !focus_drawn_before_ && g.NavIdIsAlive && !g.NavDisableHighlight && g.NavWindow == g.CurrentWindow;
    if (focused) ctx_.state.focus.card = {a.x, a.y, b.x - a.x, b.y - a.y};
    const bool raised = hovered || focused;
    // Soft shadow: a shader effect under the page when the renderer has one, else widening layers.
    if (ctx_.state.effects.enabled) {
        ctx_.state.effects.shadows.push_back(
            ShadowEffect{a, b, r, raised ? 26.0f : 16.0f, raised ? 10.0f : 5.0f, WithAlpha(p.shadow, raised ? 2.2f : 1.6f)});
    } else {
        for (int i = 3; i >= 1; --i) {
            const float spread = static_cast<float>(i) * (raised ? 3.0f : 2.0f);
            dl->AddRectFilled(ImVec2(a.x - spread * 0.5f, a.y + spread * 0.6f), ImVec2(b.x + spread * 0.5f, b.y + spread * 1.2f),
                              p.shadow, r + spread);
        }
    }
    dl->AddRectFilled(a, b, p.surface, r);
    dl->AddRect(a, b, focused ? p.accent : hovered ? Mix(p.border, p.accent, 0.35f) : p.border, r, 0, focused ? 1.5f : 1.0f);
    splitter_.Merge(dl);
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(ImVec2(width_, bottom - top_));
}

// ---- Flow ------------------------------------------------------------------------------------------

Flow::Flow(float x, float width, float gap_x, float gap_y)
    : x0_(x), right_(x + width), gap_x_(gap_x), gap_y_(gap_y), x_(x), y_(ImGui::GetCursorScreenPos().y) {}

ImVec2 Flow::Place(ImVec2 size) {
    if (any_ && x_ + size.x > right_ + 0.5f) {
        x_ = x0_;
        y_ += row_h_ + gap_y_;
        row_h_ = 0.0f;
    }
    const ImVec2 pos(x_, y_);
    ImGui::SetCursorScreenPos(pos);
    x_ += size.x + gap_x_;
    row_h_ = std::max(row_h_, size.y);
    any_ = true;
    return pos;
}

void Flow::End() {
    ImGui::SetCursorScreenPos(ImVec2(x0_, y_));
    ImGui::Dummy(ImVec2(0.0f, any_ ? row_h_ : 0.0f));
}

// ---- Pills and buttons -------------------------------------------------------------------------------

ImVec2 PillSize(const PillStyle& style, std::string_view text) {
    float w = TextSize(style.font, text).x;
    if (style.icon) w += TextSize(style.IconFont(), style.icon).x + (text.empty() ? 0.0f : 6.0f);
    return ImVec2(Snap(w + 2 * style.pad_x), Snap(FontSize(style.font) + 2 * style.pad_y));
}

namespace {

// A pill at the cursor: a button when `interactive`, with its focus ring (recorded when ctx is given).
bool DrawPill(const ViewContext* ctx, const char* id, const PillStyle& style, std::string_view text, bool interactive) {
    const ImVec2 size = PillSize(style, text);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = false, hovered = false;
    if (interactive) {
        clicked = ImGui::InvisibleButton(id, size);
        hovered = ImGui::IsItemHovered();
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (ctx) FocusRing(*ctx, size.y * 0.5f);
        else if (ShowsKeyboardFocus()) DrawFocusRing(pos, ImVec2(pos.x + size.x, pos.y + size.y), size.y * 0.5f);
        a11y::Describe(a11y::Role::Button, text);
    } else {
        ImGui::Dummy(size);
        a11y::Text(text);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = hovered ? Mix(style.background, style.text, 0.08f) : style.background;
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, size.y * 0.5f);
    if (style.border) dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), style.border, size.y * 0.5f);
    float x = pos.x + style.pad_x;
    if (style.icon) {
        DrawText(style.IconFont(), ImVec2(x, pos.y + style.pad_y), style.text, style.icon);
        x += TextSize(style.IconFont(), style.icon).x + 6.0f;
    }
    DrawText(style.font, ImVec2(x, pos.y + style.pad_y), style.text, text);
    return clicked;
}

}  // namespace

bool Pill(const char* id, const PillStyle& style, std::string_view text, bool interactive) {
    return DrawPill(nullptr, id, style, text, interactive);
}

bool PillButton(const ViewContext& ctx, const char* id, const PillStyle& style, std::string_view text) {
    return DrawPill(&ctx, id, style, text, true);
}

bool LinkButton(const ViewContext& ctx, const char* icon, std::string_view label, const std::string& url, Flow* flow) {
    const Palette& p = ctx.theme.palette;
    PillStyle style{ctx.fonts.small, p.surface_alt, p.text, 0, icon, 11.0f, 5.0f};
    const ImVec2 size = PillSize(style, label);
    if (flow) flow->Place(size);
    ImGui::PushID(url.c_str());
    ImGui::PushID(label.data(), label.data() + label.size());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##link", size);
    const bool hovered = ImGui::IsItemHovered();
    FocusRing(ctx, size.y * 0.5f);
    a11y::Describe(a11y::Role::Link, label, 0, url);
    ImGui::PopID();
    ImGui::PopID();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = hovered ? p.accent_soft : p.surface_alt;
    const ImU32 fg = hovered ? p.link : p.text;
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, size.y * 0.5f);
    float x = pos.x + style.pad_x;
    if (icon) {
        DrawText(style.font, ImVec2(x, pos.y + style.pad_y), hovered ? p.link : p.text_muted, icon);
        x += TextSize(style.font, icon).x + 6.0f;
    }
    DrawText(style.font, ImVec2(x, pos.y + style.pad_y), fg, label);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ctx.state.hovered_link = url;
    }
    if (clicked) OpenLink(ctx, url);
    return clicked;
}

bool IconButton(const ViewContext& ctx, const char* id, const char* icon, std::string_view tooltip, const std::string& url,
                float diameter) {
    const Palette& p = ctx.theme.palette;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(diameter, diameter));
    const bool hovered = ImGui::IsItemHovered();
    FocusRing(ctx, diameter * 0.5f);
    a11y::Describe(url.empty() ? a11y::Role::Button : a11y::Role::Link, tooltip, 0, url);  // the icon says nothing to a reader
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 center(pos.x + diameter * 0.5f, pos.y + diameter * 0.5f);
    dl->AddCircleFilled(center, diameter * 0.5f, hovered ? p.accent : p.surface, 32);
    dl->AddCircle(center, diameter * 0.5f - 0.5f, hovered ? p.accent : p.border, 32, 1.0f);
    const ImFont* font = ctx.fonts.icons_large;
    const ImVec2 ts = TextSize(font, icon);
    DrawText(font, ImVec2(center.x - ts.x * 0.5f, center.y - ts.y * 0.5f), hovered ? p.accent_text : p.text_muted, icon);
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::PushFont(ctx.fonts.small);
        ImGui::SetTooltip("%.*s", static_cast<int>(tooltip.size()), tooltip.data());
        ImGui::PopFont();
    }
    if (clicked && !url.empty()) OpenLink(ctx, url);
    return clicked;
}

// An action button's pill: its label in the 16 px semibold, its icon from the 16 px regular (the same
// glyphs: the semibold carries no icons, ui/fonts.cpp).
PillStyle ActionStyle(const ViewContext& ctx, const char* icon, bool primary) {
    const Palette& p = ctx.theme.palette;
    return PillStyle{ctx.fonts.body_bold, primary ? p.accent : p.surface, primary ? p.accent_text : p.text,
                     primary ? 0u : p.border, icon, 16.0f, 9.0f, ctx.fonts.body};
}

bool ActionButton(const ViewContext& ctx, const char* id, const char* icon, std::string_view label, bool primary) {
    const Palette& p = ctx.theme.palette;
    const PillStyle style = ActionStyle(ctx, icon, primary);
    const ImVec2 size = PillSize(style, label);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    FocusRing(ctx, 10.0f);
    a11y::Describe(a11y::Role::Button, label);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = style.background;
    if (hovered) bg = primary ? Mix(p.accent, p.text, 0.15f) : p.accent_soft;
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, 10.0f);
    if (style.border) dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), style.border, 10.0f);
    float x = pos.x + style.pad_x;
    if (icon) {
        DrawText(style.IconFont(), ImVec2(x, pos.y + style.pad_y), style.text, icon);
        x += TextSize(style.IconFont(), icon).x + 6.0f;
    }
    DrawText(style.font, ImVec2(x, pos.y + style.pad_y), style.text, label);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return clicked;
}

void SectionHeading(const ViewContext& ctx, const char* section_id, const char* icon, std::string_view title,
                    std::string_view subtitle) {
    const Palette& p = ctx.theme.palette;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ctx.state.section_y[section_id] = ImGui::GetCursorPosY();
    if (ctx.state.scroll_to == section_id) {
        ImGui::SetScrollY(std::max(0.0f, ImGui::GetCursorPosY() - 24.0f));
        ctx.state.scroll_to.clear();
    }
    float x = ctx.x;
    if (icon) {
        DrawText(ctx.fonts.heading, ImVec2(x, start.y + 2.0f), p.accent, icon);
        x += TextSize(ctx.fonts.heading, icon).x + 12.0f;
    }
    DrawText(ctx.fonts.heading, ImVec2(x, start.y), p.text, title);
    float h = FontSize(ctx.fonts.heading) + 6.0f;
    if (!subtitle.empty()) {
        DrawText(ctx.fonts.small, ImVec2(ctx.x, start.y + h + 2.0f), p.text_muted, subtitle);
        h += FontSize(ctx.fonts.small) + 6.0f;
    }
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(ctx.x, start.y + h + 6.0f), ImVec2(ctx.x + 36.0f, start.y + h + 9.0f), p.accent, 2.0f);
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(ctx.width, h + 24.0f));
    a11y::Heading(2, title);
    if (!subtitle.empty()) a11y::Text(subtitle);
}

void TextLine(const ViewContext&, const ImFont* font, ImU32 color, std::string_view logical, float x, float width, int heading) {
    std::string storage;
    const std::string_view text = ShownText(logical, storage);  // a screen reader gets the logical order
    const ImVec2 start(x, ImGui::GetCursorScreenPos().y);
    const float size = FontSize(font);
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, width, text.data(), text.data() + text.size());
    ImGui::GetWindowDrawList()->AddText(font, size, start, color, text.data(), text.data() + text.size(), width);
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, ts.y));
    if (heading > 0) a11y::Heading(heading, logical);
    else a11y::Text(logical);
}

void VerticalSpace(float pixels) { ImGui::Dummy(ImVec2(0.0f, pixels)); }

void RecordTarget(const ViewContext& ctx, const std::string& name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ctx.state.targets[name] = {a.x, a.y, b.x - a.x, b.y - a.y};
    if (ShowsKeyboardFocus()) ctx.state.focus.target = name;
}

void FocusRing(const ViewContext& ctx, float rounding) { FocusRing(ctx, ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), rounding); }

void FocusRing(const ViewContext& ctx, ImVec2 min, ImVec2 max, float rounding) {
    if (AddFocusStop(ctx)) DrawFocusRing(ctx, min, max, rounding);
}

bool AddFocusStop(const ViewContext& ctx) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    ctx.state.focus.stops.push_back(FocusStop{ImGui::GetItemID(), g.CurrentWindow->ID, g.CurrentFocusScopeId, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    return ShowsKeyboardFocus();
}

void DrawFocusRing(const ViewContext& ctx, ImVec2 min, ImVec2 max, float rounding) {
    DrawFocusRing(min, max, rounding);
    ctx.state.focus.ring = {min.x, min.y, max.x - min.x, max.y - min.y};
}

}  // namespace portfolio::ui
