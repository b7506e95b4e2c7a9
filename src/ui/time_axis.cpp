// The publication time axis: one marker per publication, coloured by topic and stacked by month.
// Hover names the paper; a click selects it and scrolls the list to it; dragging across the band
// selects a date range (move it by dragging inside, resize at its edges, clear with the button);
// the wheel zooms around the pointer; dragging the year strip pans. Filtered-out markers fade.
#include "ui/time_axis.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/dates.h"
#include "imgui_internal.h"  // key ownership: the wheel over the axis is the axis's alone
#include "ui/icons.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

constexpr float kMarker = 5.0f;     // marker radius
constexpr float kStack = 12.0f;     // vertical step between markers of one month
constexpr float kEdge = 6.0f;       // grab zone of a selection edge, pixels

// Eases `value` towards `target`; returns true while still moving. Reduced motion snaps.
bool Approach(float& value, float target, float rate, bool reduced_motion) {
    const float dt = std::min(ImGui::GetIO().DeltaTime, 0.1f);
    if (reduced_motion || std::fabs(value - target) < 0.002f) {
        value = target;
        return false;
    }
    value += (target - value) * (1.0f - std::exp(-rate * dt));
    return true;
}

std::string MonthLabel(int key) { return FormatDate(DateOfMonthKey(key)); }

// The months the whole axis shows when not zoomed: the dated publications, padded, at least two years.
struct Extent {
    float min = 0.0f, max = 0.0f;
};

Extent FullExtent(const PublicationIndex& index) {
    Extent full{static_cast<float>(index.MinMonth()) - 3.0f, static_cast<float>(index.MaxMonth()) + 3.0f};
    if (full.max - full.min < 24.0f) {
        const float mid = (full.min + full.max) * 0.5f;
        full.min = mid - 12.0f;
        full.max = mid + 12.0f;
    }
    return full;
}

// Each publication's place in the stack of its month (0 at the bottom); the markers that can show are the
// dated ones at most 8 deep (those past the eighth sit under it). Once per profile: Reset clears them.
void BuildMarkers(TimeAxisState& ax, const Profile& pr, const PublicationIndex& index) {
    std::vector<int> stack_of(pr.publications.size(), 0);
    std::vector<std::pair<int, std::size_t>> by_month;
    for (std::size_t i = 0; i < pr.publications.size(); ++i)
        if (index.Month(i)) by_month.emplace_back(index.Month(i), i);
    std::sort(by_month.begin(), by_month.end());
    for (std::size_t k = 1; k < by_month.size(); ++k)
        if (by_month[k].first == by_month[k - 1].first) stack_of[by_month[k].second] = stack_of[by_month[k - 1].second] + 1;
    ax.markers.clear();
    ax.max_stack = 0;
    for (std::size_t i = 0; i < pr.publications.size(); ++i) {
        if (!index.Month(i) || stack_of[i] > 8) continue;
        const Publication& pub = pr.publications[i];
        int topic = -1;
        if (!pub.topics.empty())
            for (std::size_t t = 0; t < pr.topics.size(); ++t)
                if (pr.topics[t].id == pub.topics.front()) topic = static_cast<int>(t);
        ax.markers.push_back({i, stack_of[i], topic});
        ax.max_stack = std::max(ax.max_stack, stack_of[i]);
    }
    ax.markers_ready = true;
}

// Where the band and its labels sit, and the mapping between months and x. The mapping reads the view
// when called: a pan moves it in the middle of the frame.
struct AxisLayout {
    const TimeAxisState& ax;
    float x0, x1;                  // the months' span on screen
    float band_h, labels_h;
    float band_top, band_bottom;
    float base_y;                  // centre of the lowest marker of a month
    float XOf(float month) const { return x0 + (month - ax.view_min) / (ax.view_max - ax.view_min) * (x1 - x0); }
    float MonthAt(float x) const { return ax.view_min + (x - x0) / (x1 - x0) * (ax.view_max - ax.view_min); }
};

AxisLayout MakeLayout(const ViewContext& ctx, const TimeAxisState& ax, int max_stack, float top) {
    const float band_h = 44.0f + static_cast<float>(max_stack) * kStack;
    const float labels_h = 22.0f;
    const float header_h = 26.0f;
    const float band_top = top + header_h, band_bottom = band_top + band_h;
    return AxisLayout{ax, ctx.x + 8.0f, ctx.x + ctx.width - 8.0f, band_h, labels_h, band_top, band_bottom, band_bottom - 16.0f};
}

// Header: what the axis shows, the selected range and its clear button, and Reset zoom while zoomed or panned.
void AxisHeader(const ViewContext& ctx, float top, const Extent& full) {
    PublicationsState& s = ctx.state.publications;
    TimeAxisState& ax = s.axis;
    const Palette& p = ctx.theme.palette;
    DrawText(ctx.fonts.small_bold, ImVec2(ctx.x, top + 3.0f), p.text_faint, "TIMELINE");
    const PublicationFilter& f = s.filter;
    std::string hint = ax.keyboard_focus ? "\xE2\x86\x90 \xE2\x86\x92 pan \xC2\xB7 + \xE2\x88\x92 zoom \xC2\xB7 Home: whole range"
                                         : "Drag to select a period \xC2\xB7 wheel to zoom";
    if (f.from_month || f.to_month) {
        hint = (f.from_month ? MonthLabel(f.from_month) : std::string("start")) + " \xE2\x80\x93 " +
               (f.to_month ? MonthLabel(f.to_month) : std::string("now"));
    }
    const float hint_x = ctx.x + 86.0f;
    DrawText(ctx.fonts.small, ImVec2(hint_x, top + 3.0f), (f.from_month || f.to_month) ? p.accent : p.text_faint, hint);
    if (f.from_month || f.to_month) {
        ImGui::SetCursorScreenPos(ImVec2(hint_x + TextSize(ctx.fonts.small, hint).x + 8.0f, top));
        PillStyle clear{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.danger, 0, ICON_TIMES, 6.0f, 2.0f};
        if (PillButton(ctx, "##clear-range", clear, "Clear period")) {
            s.filter.from_month = s.filter.to_month = 0;
            s.route_discrete = true;
        }
    }
    if (std::fabs(ax.target_min - full.min) > 0.5f || std::fabs(ax.target_max - full.max) > 0.5f) {
        const char* reset = "Reset zoom";
        ImGui::SetCursorScreenPos(ImVec2(ctx.x + ctx.width - PillSize(PillStyle{ctx.fonts.small_bold, 0, 0, 0, nullptr, 6.0f, 2.0f}, reset).x, top));
        const bool reset_clicked =
            PillButton(ctx, "##reset-zoom", PillStyle{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.link, 0, nullptr, 6.0f, 2.0f}, reset);
        RecordTarget(ctx, "timeline:reset-zoom");  // present while zoomed or panned
        if (reset_clicked) {
            ax.target_min = full.min;
            ax.target_max = full.max;
        }
    }
}

// Year and month ticks.
void Ticks(const ViewContext& ctx, ImDrawList* dl, const AxisLayout& l) {
    const Palette& p = ctx.theme.palette;
    const TimeAxisState& ax = l.ax;
    const float span = ax.view_max - ax.view_min;
    const int first_year = static_cast<int>(std::floor(ax.view_min / 12.0f)), last_year = static_cast<int>(std::ceil(ax.view_max / 12.0f));
    for (int year = first_year; year <= last_year; ++year) {
        const float x = l.XOf(static_cast<float>(year * 12));
        dl->AddLine(ImVec2(x, l.band_top + 6.0f), ImVec2(x, l.band_bottom - 2.0f), p.border, 1.0f);
        const std::string label = std::to_string(year);
        if (span / 12.0f < 40.0f || year % 5 == 0)
            DrawText(ctx.fonts.small, ImVec2(x + 4.0f, l.band_bottom + 4.0f), p.text_faint, label);
        if (span <= 30.0f) {
            for (int m = 1; m < 12; ++m) {
                const float mx = l.XOf(static_cast<float>(year * 12 + m));
                dl->AddLine(ImVec2(mx, l.band_bottom - 6.0f), ImVec2(mx, l.band_bottom - 2.0f), p.border, 1.0f);
            }
        }
    }
}

bool DraggingRange(TimeAxisState::Drag drag) {
    return drag == TimeAxisState::Drag::Select || drag == TimeAxisState::Drag::Move || drag == TimeAxisState::Drag::ResizeLeft ||
           drag == TimeAxisState::Drag::ResizeRight;
}

// The period on the band: the one being dragged, else the filter's; its edges on screen.
struct Selection {
    bool shown = false;
    float x0 = 0.0f, x1 = 0.0f;
};

Selection SelectionOnBand(const TimeAxisState& ax, const PublicationFilter& f, const PublicationIndex& index, const AxisLayout& l) {
    int sel_from = f.from_month, sel_to = f.to_month;
    if (DraggingRange(ax.drag)) {
        sel_from = ax.drag_from;
        sel_to = ax.drag_to;
    }
    const bool has_selection = sel_from || sel_to;
    const float sel_x0 = has_selection ? l.XOf(static_cast<float>(sel_from ? sel_from : index.MinMonth()) - 0.5f) : 0.0f;
    const float sel_x1 = has_selection ? l.XOf(static_cast<float>(sel_to ? sel_to : index.MaxMonth()) + 0.5f) : 0.0f;
    return Selection{has_selection, sel_x0, sel_x1};
}

void DrawSelection(const ViewContext& ctx, ImDrawList* dl, const AxisLayout& l, const Selection& sel) {
    if (!sel.shown) return;
    const Palette& p = ctx.theme.palette;
    dl->AddRectFilled(ImVec2(sel.x0, l.band_top + 1.0f), ImVec2(sel.x1, l.band_bottom - 1.0f), WithAlpha(p.accent, 0.12f));
    dl->AddLine(ImVec2(sel.x0, l.band_top + 1.0f), ImVec2(sel.x0, l.band_bottom - 1.0f), p.accent, 2.0f);
    dl->AddLine(ImVec2(sel.x1, l.band_top + 1.0f), ImVec2(sel.x1, l.band_bottom - 1.0f), p.accent, 2.0f);
}

// Fades each marker towards its filtered state (sets `moving` while one still fades) and returns the
// marker nearest the pointer within reach, or SIZE_MAX.
// Only the markers that can show are faded (the others' alpha is never read).
std::size_t FadeAndFindHovered(const ViewContext& ctx, const AxisLayout& l, bool& moving) {
    const Profile& pr = ctx.profile;
    const PublicationIndex& index = *ctx.index;
    TimeAxisState& ax = ctx.state.publications.axis;
    if (ax.alpha.size() != pr.publications.size()) ax.alpha.assign(pr.publications.size(), 1.0f);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool child_hovered = ImGui::IsWindowHovered();
    std::size_t hovered_pub = SIZE_MAX;
    float best = kMarker + 3.0f;
    for (const TimeAxisState::Marker& m : ax.markers) {
        const std::size_t i = m.pub;
        moving |= Approach(ax.alpha[i], ctx.query.matches[i] ? 1.0f : 0.22f, 10.0f, ctx.state.reduced_motion);
        const float x = l.XOf(static_cast<float>(index.Month(i)));
        const float y = l.base_y - static_cast<float>(m.stack) * kStack;
        const float d = std::hypot(mouse.x - x, mouse.y - y);
        if (child_hovered && d < best) {
            best = d;
            hovered_pub = i;
        }
    }
    return hovered_pub;
}

// ImDrawList::AddCircleFilled(c, r, col, 12), the same points, with the 12 directions computed once
// (ImGui takes a cosf and a sinf per point and call: a third of the axis's cost with 2,000 markers).
void FilledCircle12(ImDrawList* dl, ImVec2 c, float r, ImU32 col) {
    constexpr int kPoints = 12;
    static const std::array<ImVec2, kPoints> directions = [] {
        std::array<ImVec2, kPoints> d{};
        const float a_max = (IM_PI * 2.0f) * (static_cast<float>(kPoints) - 1.0f) / static_cast<float>(kPoints);
        for (int i = 0; i < kPoints; ++i) {  // as ImDrawList::_PathArcToN from 0 to a_max in kPoints - 1 segments
            const float a = 0.0f + (static_cast<float>(i) / static_cast<float>(kPoints - 1)) * (a_max - 0.0f);
            d[static_cast<std::size_t>(i)] = ImVec2(std::cos(a), std::sin(a));
        }
        return d;
    }();
    if ((col & IM_COL32_A_MASK) == 0 || r < 0.5f) return;
    for (const ImVec2& d : directions) dl->PathLineTo(ImVec2(c.x + d.x * r, c.y + d.y * r));
    dl->PathFillConvex(col);
}

// Markers: fade when filtered out, stacked by month.
void DrawMarkers(const ViewContext& ctx, ImDrawList* dl, const AxisLayout& l, std::size_t hovered_pub) {
    const Profile& pr = ctx.profile;
    const PublicationIndex& index = *ctx.index;
    const Palette& p = ctx.theme.palette;
    const PublicationsState& s = ctx.state.publications;
    // Per frame, not per marker: each topic's colour, and the selected publication.
    std::vector<ImU32> topic_colors(pr.topics.size());
    for (std::size_t t = 0; t < pr.topics.size(); ++t) topic_colors[t] = ParseHexColor(pr.topics[t].color, FallbackAccent(t));
    const ImDrawListFlags flags = dl->Flags;
    std::size_t selected = SIZE_MAX;
    for (std::size_t i = 0; !s.selected.empty() && i < pr.publications.size() && selected == SIZE_MAX; ++i)
        if (pr.publications[i].id == s.selected) selected = i;
    for (const TimeAxisState::Marker& m : s.axis.markers) {
        // Off-axis markers are not drawn.
        const std::size_t i = m.pub;
        const float x = l.XOf(static_cast<float>(index.Month(i)));
        if (x < ctx.x - 10.0f || x > ctx.x + ctx.width + 10.0f) continue;
        const float y = l.base_y - static_cast<float>(m.stack) * kStack;
        const ImU32 color = m.topic < 0 ? p.text_faint : topic_colors[static_cast<std::size_t>(m.topic)];
        const bool hot = i == hovered_pub, chosen = i == selected;
        const float r = hot || chosen ? kMarker + 2.0f : kMarker;
        // A thin ring of the card's own colour separates stacked markers. Its outer edge meets the card,
        // where an anti-aliased edge would not show: filled without, a third of the marker's vertices.
        dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;
        FilledCircle12(dl, ImVec2(x, y), r + 1.5f, WithAlpha(p.surface, s.axis.alpha[i]));
        dl->Flags = flags;
        FilledCircle12(dl, ImVec2(x, y), r, WithAlpha(color, s.axis.alpha[i]));
        if (chosen) dl->AddCircle(ImVec2(x, y), r + 3.0f, p.accent, 16, 2.0f);
    }
}

// What the pointer is over, read once the axis's button exists: it picks the cursor and what a press starts.
struct Pointer {
    ImVec2 mouse;
    bool hovered = false;          // the axis's button
    bool in_labels = false;        // the year strip below the band (pans)
    bool near_left = false, near_right = false, inside_sel = false;
    int month_under = 0;
    std::size_t marker = SIZE_MAX;  // the hovered publication
};

Pointer PointerOver(const AxisLayout& l, const Selection& sel, std::size_t hovered_pub) {
    Pointer ptr;
    ptr.mouse = ImGui::GetIO().MousePos;
    ptr.hovered = ImGui::IsItemHovered();
    ptr.in_labels = ptr.mouse.y > l.band_bottom;
    ptr.near_left = sel.shown && std::fabs(ptr.mouse.x - sel.x0) < kEdge;
    ptr.near_right = sel.shown && std::fabs(ptr.mouse.x - sel.x1) < kEdge;
    ptr.inside_sel = sel.shown && ptr.mouse.x > sel.x0 + kEdge && ptr.mouse.x < sel.x1 - kEdge;
    ptr.month_under = static_cast<int>(std::lround(l.MonthAt(ptr.mouse.x)));
    ptr.marker = hovered_pub;
    return ptr;
}

// The wheel over the axis zooms it and moves nothing else. ImGui scrolls windows in NewFrame, before
// any widget runs, so the axis claims the wheel while hovered and keeps it for the next frames; only
// a wheel it owned since the frame began zooms (not one that scrolled the page this frame and so
// brought the axis under the pointer). A page scroll still going on keeps the wheel until it pauses.
struct Wheels {
    bool zoom = false, pan = false;  // the vertical and horizontal wheels are the axis's this frame
};

Wheels ClaimWheels(ImGuiID axis_id, bool hovered) {
    const Wheels owned{ImGui::GetKeyOwner(ImGuiKey_MouseWheelY) == axis_id, ImGui::GetKeyOwner(ImGuiKey_MouseWheelX) == axis_id};
    if (hovered && ImGui::GetCurrentContext()->WheelingWindow == nullptr) {
        ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
        ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelX);
    }
    return owned;
}

// With the keyboard focus: Left/Right pan (the axis keeps those keys from moving the focus), + and -
// zoom around the middle, Home shows the whole range again.
void KeyboardPanZoom(TimeAxisState& ax, ImGuiID axis_id, const Extent& full) {
    ax.keyboard_focus = ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
    if (!ImGui::IsItemFocused()) return;
    for (const ImGuiKey key : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow}) ImGui::SetKeyOwner(key, axis_id);
    const float width_months = ax.target_max - ax.target_min;
    float shift = 0.0f, factor = 1.0f;
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, axis_id, ImGuiInputFlags_Repeat)) shift = -0.1f * width_months;
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, axis_id, ImGuiInputFlags_Repeat)) shift = 0.1f * width_months;
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) factor = 0.8f;
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) factor = 1.25f;
    if (factor != 1.0f) {
        const float mid = (ax.target_min + ax.target_max) * 0.5f;
        const float new_span = std::clamp(width_months * factor, 6.0f, (full.max - full.min) * 1.5f);
        ax.target_min = mid - new_span * 0.5f;
        ax.target_max = mid + new_span * 0.5f;
    }
    ax.target_min += shift;
    ax.target_max += shift;
    if (ImGui::IsKeyPressed(ImGuiKey_Home)) {
        ax.target_min = full.min;
        ax.target_max = full.max;
    }
}

void MarkerTooltip(const ViewContext& ctx, const Publication& pub) {
    ImGui::PushFont(ctx.fonts.small_bold);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(360.0f);
    ImGui::TextUnformatted(pub.name.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PushFont(ctx.fonts.small);
    ImGui::TextDisabled("%s%s%s", pub.publisher.c_str(), pub.publisher.empty() ? "" : "  \xC2\xB7  ", FormatDate(pub.release_date).c_str());
    ImGui::PopFont();
    ImGui::EndTooltip();
    ImGui::PopFont();
}

// Hovered and not dragging: the cursor shows what a press would do, a marker names its paper, and the
// wheel zooms around the pointer (a horizontal wheel, as on a trackpad, pans).
void HoverFeedback(const ViewContext& ctx, const AxisLayout& l, const Pointer& ptr, const Wheels& wheels, const Extent& full) {
    TimeAxisState& ax = ctx.state.publications.axis;
    const ImGuiIO& io = ImGui::GetIO();
    if (ptr.marker != SIZE_MAX) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    else if (ptr.near_left || ptr.near_right) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    else if (ptr.inside_sel || ptr.in_labels) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
    if (ptr.marker != SIZE_MAX) MarkerTooltip(ctx, ctx.profile.publications[ptr.marker]);
    if (wheels.zoom && io.MouseWheel != 0.0f) {
        const float at = l.MonthAt(ptr.mouse.x);
        const float factor = std::pow(0.85f, io.MouseWheel);
        const float new_span = std::clamp((ax.target_max - ax.target_min) * factor, 6.0f, (full.max - full.min) * 1.5f);
        const float t = (at - ax.target_min) / (ax.target_max - ax.target_min);
        ax.target_min = at - t * new_span;
        ax.target_max = ax.target_min + new_span;
    }
    if (wheels.pan && io.MouseWheelH != 0.0f) {
        const float shift = -io.MouseWheelH * (ax.target_max - ax.target_min) * 0.1f;
        ax.target_min += shift;
        ax.target_max += shift;
    }
}

// A press on the axis: a marker is a click; on the year strip (or with Shift) a pan; at an edge of the
// period a resize; inside it a move; elsewhere a new period.
void StartDrag(TimeAxisState& ax, const PublicationFilter& f, const PublicationIndex& index, const AxisLayout& l, const Pointer& ptr) {
    ax.drag_anchor = l.MonthAt(ptr.mouse.x);
    ax.drag_from = f.from_month ? f.from_month : index.MinMonth();
    ax.drag_to = f.to_month ? f.to_month : index.MaxMonth();
    if (ptr.marker != SIZE_MAX) ax.drag = TimeAxisState::Drag::None;  // a click on a marker
    else if (ptr.in_labels || ImGui::GetIO().KeyShift) ax.drag = TimeAxisState::Drag::Pan;
    else if (ptr.near_left) ax.drag = TimeAxisState::Drag::ResizeLeft;
    else if (ptr.near_right) ax.drag = TimeAxisState::Drag::ResizeRight;
    else if (ptr.inside_sel) ax.drag = TimeAxisState::Drag::Move;
    else {
        ax.drag = TimeAxisState::Drag::Select;
        ax.drag_from = ax.drag_to = ptr.month_under;
    }
}

void ContinueDrag(TimeAxisState& ax, const PublicationFilter& f, const PublicationIndex& index, const AxisLayout& l, const Pointer& ptr) {
    const float now = l.MonthAt(ptr.mouse.x);
    const int delta = static_cast<int>(std::lround(now - ax.drag_anchor));
    switch (ax.drag) {
        case TimeAxisState::Drag::Select: {
            const int anchor = static_cast<int>(std::lround(ax.drag_anchor));
            ax.drag_from = std::min(anchor, ptr.month_under);
            ax.drag_to = std::max(anchor, ptr.month_under);
            break;
        }
        case TimeAxisState::Drag::Move: {
            const int from = f.from_month ? f.from_month : index.MinMonth(), to = f.to_month ? f.to_month : index.MaxMonth();
            ax.drag_from = from + delta;
            ax.drag_to = to + delta;
            break;
        }
        case TimeAxisState::Drag::ResizeLeft: ax.drag_from = std::min(ptr.month_under, ax.drag_to); break;
        case TimeAxisState::Drag::ResizeRight: ax.drag_to = std::max(ptr.month_under, ax.drag_from); break;
        case TimeAxisState::Drag::Pan: {
            const float shift = ax.drag_anchor - now;
            ax.target_min += shift;
            ax.target_max += shift;
            ax.view_min += shift;
            ax.view_max += shift;
            break;
        }
        default: break;
    }
    if (ax.drag == TimeAxisState::Drag::Pan) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
}

// The release: a click on a marker selects it (or lets it go), a click on empty band clears the period,
// and a drag of the period becomes the filter's.
void EndDrag(const ViewContext& ctx, std::size_t hovered_pub) {
    PublicationsState& s = ctx.state.publications;
    TimeAxisState& ax = s.axis;
    const PublicationFilter& f = s.filter;
    const bool was_click = std::fabs(ImGui::GetIO().MouseDragMaxDistanceSqr[0]) < 16.0f;
    if (was_click && hovered_pub != SIZE_MAX) {
        const std::string& id = ctx.profile.publications[hovered_pub].id;
        s.selected = s.selected == id ? std::string() : id;
        if (!s.selected.empty()) {
            s.scroll_to_selected = id;
            if (!ctx.query.matches[hovered_pub]) {  // make sure the chosen paper is in the list
                s.filter.ClearFilters();
                s.search[0] = '\0';
            }
        }
        s.route_discrete = true;
    } else if (was_click && ax.drag == TimeAxisState::Drag::Select) {
        // A plain click on empty band clears the period.
        if (f.from_month || f.to_month) {
            s.filter.from_month = s.filter.to_month = 0;
            s.route_discrete = true;
        }
    } else if (DraggingRange(ax.drag)) {
        s.filter.from_month = ax.drag_from;
        s.filter.to_month = ax.drag_to;
        s.route_discrete = true;
    }
    ax.drag = TimeAxisState::Drag::None;
}

}  // namespace

void ShowTimeAxis(const ViewContext& ctx) {
    PublicationsState& s = ctx.state.publications;
    TimeAxisState& ax = s.axis;
    if (!ctx.index) return;
    const PublicationIndex& index = *ctx.index;
    const Profile& pr = ctx.profile;
    const Palette& p = ctx.theme.palette;
    if (index.MaxMonth() == 0) return;  // nothing dated

    const Extent full = FullExtent(index);
    if (ax.target_max <= ax.target_min) {
        ax.target_min = ax.view_min = full.min;
        ax.target_max = ax.view_max = full.max;
    }
    bool moving = Approach(ax.view_min, ax.target_min, 14.0f, ctx.state.reduced_motion);
    moving |= Approach(ax.view_max, ax.target_max, 14.0f, ctx.state.reduced_motion);

    // The band is as tall as the busiest month's stack.
    if (!ax.markers_ready) BuildMarkers(ax, pr, index);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const AxisLayout l = MakeLayout(ctx, ax, ax.max_stack, origin.y);
    AxisHeader(ctx, origin.y, full);

    // The interactive area is a child window so the wheel zooms here instead of scrolling the page.
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, l.band_top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##timeaxis", ImVec2(ctx.width, l.band_h + l.labels_h), false,
                      ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground |
                          ImGuiWindowFlags_NavFlattened);  // Tab reaches the axis like any control of the page
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(ctx.x, l.band_top), ImVec2(ctx.x + ctx.width, l.band_bottom), p.surface, 10.0f);
    dl->AddRect(ImVec2(ctx.x, l.band_top), ImVec2(ctx.x + ctx.width, l.band_bottom), p.border, 10.0f);
    dl->PushClipRect(ImVec2(ctx.x + 1.0f, l.band_top), ImVec2(ctx.x + ctx.width - 1.0f, l.band_bottom + l.labels_h), true);
    Ticks(ctx, dl, l);
    const Selection sel = SelectionOnBand(ax, s.filter, index, l);
    DrawSelection(ctx, dl, l, sel);
    const std::size_t hovered_pub = FadeAndFindHovered(ctx, l, moving);
    DrawMarkers(ctx, dl, l, hovered_pub);
    dl->PopClipRect();

    // Interaction. One invisible button covers the band (select/move/resize) and the labels (pan).
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, l.band_top));
    ImGui::InvisibleButton("##axis", ImVec2(ctx.width, l.band_h + l.labels_h));
    RecordTarget(ctx, "timeline");
    FocusRing(ctx, ImVec2(ctx.x, l.band_top), ImVec2(ctx.x + ctx.width, l.band_bottom), 10.0f);
    const Pointer ptr = PointerOver(l, sel, hovered_pub);
    const ImGuiID axis_id = ImGui::GetItemID();
    const Wheels wheels = ClaimWheels(axis_id, ptr.hovered);
    KeyboardPanZoom(ax, axis_id, full);
    if (ptr.hovered && ax.drag == TimeAxisState::Drag::None) HoverFeedback(ctx, l, ptr, wheels, full);
    if (ImGui::IsItemActivated()) StartDrag(ax, s.filter, index, l, ptr);
    if (ImGui::IsItemActive() && ax.drag != TimeAxisState::Drag::None) ContinueDrag(ax, s.filter, index, l, ptr);
    if (ImGui::IsItemDeactivated()) EndDrag(ctx, hovered_pub);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, l.band_bottom + l.labels_h));
    ImGui::Dummy(ImVec2(ctx.width, 4.0f));
    if (moving) ctx.state.animating = true;
}

}  // namespace portfolio::ui
