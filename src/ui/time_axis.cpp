// The publication time axis: one marker per publication, coloured by topic and stacked by month.
// Hover names the paper; a click selects it and scrolls the list to it; dragging across the band
// selects a date range (move it by dragging inside, resize at its edges, clear with the button);
// the wheel zooms around the pointer; dragging the year strip pans. Filtered-out markers fade.
#include "ui/time_axis.h"

#include <algorithm>
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

}  // namespace

void ShowTimeAxis(const ViewContext& ctx) {
    PublicationsState& s = ctx.state.publications;
    TimeAxisState& ax = s.axis;
    if (!ctx.index) return;
    const PublicationIndex& index = *ctx.index;
    const Profile& pr = ctx.profile;
    const Palette& p = ctx.theme.palette;
    if (index.MaxMonth() == 0) return;  // nothing dated

    // Full extent, padded, at least two years wide.
    float full_min = static_cast<float>(index.MinMonth()) - 3.0f, full_max = static_cast<float>(index.MaxMonth()) + 3.0f;
    if (full_max - full_min < 24.0f) {
        const float mid = (full_min + full_max) * 0.5f;
        full_min = mid - 12.0f;
        full_max = mid + 12.0f;
    }
    if (ax.target_max <= ax.target_min) {
        ax.target_min = ax.view_min = full_min;
        ax.target_max = ax.view_max = full_max;
    }
    bool moving = Approach(ax.view_min, ax.target_min, 14.0f, ctx.state.reduced_motion);
    moving |= Approach(ax.view_max, ax.target_max, 14.0f, ctx.state.reduced_motion);

    // Stack height of the busiest month.
    std::vector<int> stack_of(pr.publications.size(), 0);
    {
        std::vector<std::pair<int, std::size_t>> by_month;
        for (std::size_t i = 0; i < pr.publications.size(); ++i)
            if (index.Month(i)) by_month.emplace_back(index.Month(i), i);
        std::sort(by_month.begin(), by_month.end());
        for (std::size_t k = 1; k < by_month.size(); ++k)
            if (by_month[k].first == by_month[k - 1].first) stack_of[by_month[k].second] = stack_of[by_month[k - 1].second] + 1;
    }
    const int max_stack = pr.publications.empty() ? 0 : std::min(*std::max_element(stack_of.begin(), stack_of.end()), 8);

    const float band_h = 44.0f + static_cast<float>(max_stack) * kStack;
    const float labels_h = 22.0f;
    const float header_h = 26.0f;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float x0 = ctx.x + 8.0f, x1 = ctx.x + ctx.width - 8.0f;
    const float band_top = origin.y + header_h, band_bottom = band_top + band_h;
    const float base_y = band_bottom - 16.0f;
    auto x_of = [&](float month) { return x0 + (month - ax.view_min) / (ax.view_max - ax.view_min) * (x1 - x0); };
    auto month_at = [&](float x) { return ax.view_min + (x - x0) / (x1 - x0) * (ax.view_max - ax.view_min); };

    // Header: what the axis shows, the selected range and its clear button.
    DrawText(ctx.fonts.small_bold, ImVec2(ctx.x, origin.y + 3.0f), p.text_faint, "TIMELINE");
    const PublicationFilter& f = s.filter;
    std::string hint = ax.keyboard_focus ? "\xE2\x86\x90 \xE2\x86\x92 pan \xC2\xB7 + \xE2\x88\x92 zoom \xC2\xB7 Home: whole range"
                                         : "Drag to select a period \xC2\xB7 wheel to zoom";
    if (f.from_month || f.to_month) {
        hint = (f.from_month ? MonthLabel(f.from_month) : std::string("start")) + " \xE2\x80\x93 " +
               (f.to_month ? MonthLabel(f.to_month) : std::string("now"));
    }
    const float hint_x = ctx.x + 86.0f;
    DrawText(ctx.fonts.small, ImVec2(hint_x, origin.y + 3.0f), (f.from_month || f.to_month) ? p.accent : p.text_faint, hint);
    if (f.from_month || f.to_month) {
        ImGui::SetCursorScreenPos(ImVec2(hint_x + TextSize(ctx.fonts.small, hint).x + 8.0f, origin.y));
        PillStyle clear{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.danger, 0, ICON_TIMES, 6.0f, 2.0f};
        if (PillButton(ctx, "##clear-range", clear, "Clear period")) {
            s.filter.from_month = s.filter.to_month = 0;
            s.route_discrete = true;
        }
    }
    if (std::fabs(ax.target_min - full_min) > 0.5f || std::fabs(ax.target_max - full_max) > 0.5f) {
        const char* reset = "Reset zoom";
        ImGui::SetCursorScreenPos(ImVec2(ctx.x + ctx.width - PillSize(PillStyle{ctx.fonts.small_bold, 0, 0, 0, nullptr, 6.0f, 2.0f}, reset).x, origin.y));
        const bool reset_clicked =
            PillButton(ctx, "##reset-zoom", PillStyle{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.link, 0, nullptr, 6.0f, 2.0f}, reset);
        RecordTarget(ctx, "timeline:reset-zoom");  // present while zoomed or panned
        if (reset_clicked) {
            ax.target_min = full_min;
            ax.target_max = full_max;
        }
    }

    // The interactive area is a child window so the wheel zooms here instead of scrolling the page.
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, band_top));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##timeaxis", ImVec2(ctx.width, band_h + labels_h), false,
                      ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground |
                          ImGuiWindowFlags_NavFlattened);  // Tab reaches the axis like any control of the page
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(ctx.x, band_top), ImVec2(ctx.x + ctx.width, band_bottom), p.surface, 10.0f);
    dl->AddRect(ImVec2(ctx.x, band_top), ImVec2(ctx.x + ctx.width, band_bottom), p.border, 10.0f);
    dl->PushClipRect(ImVec2(ctx.x + 1.0f, band_top), ImVec2(ctx.x + ctx.width - 1.0f, band_bottom + labels_h), true);

    // Year and month ticks.
    const float span = ax.view_max - ax.view_min;
    const int first_year = static_cast<int>(std::floor(ax.view_min / 12.0f)), last_year = static_cast<int>(std::ceil(ax.view_max / 12.0f));
    for (int year = first_year; year <= last_year; ++year) {
        const float x = x_of(static_cast<float>(year * 12));
        dl->AddLine(ImVec2(x, band_top + 6.0f), ImVec2(x, band_bottom - 2.0f), p.border, 1.0f);
        const std::string label = std::to_string(year);
        if (span / 12.0f < 40.0f || year % 5 == 0)
            DrawText(ctx.fonts.small, ImVec2(x + 4.0f, band_bottom + 4.0f), p.text_faint, label);
        if (span <= 30.0f) {
            for (int m = 1; m < 12; ++m) {
                const float mx = x_of(static_cast<float>(year * 12 + m));
                dl->AddLine(ImVec2(mx, band_bottom - 6.0f), ImVec2(mx, band_bottom - 2.0f), p.border, 1.0f);
            }
        }
    }

    // Selection (while dragging, or the filter's range).
    int sel_from = f.from_month, sel_to = f.to_month;
    if (ax.drag == TimeAxisState::Drag::Select || ax.drag == TimeAxisState::Drag::Move || ax.drag == TimeAxisState::Drag::ResizeLeft ||
        ax.drag == TimeAxisState::Drag::ResizeRight) {
        sel_from = ax.drag_from;
        sel_to = ax.drag_to;
    }
    const bool has_selection = sel_from || sel_to;
    const float sel_x0 = has_selection ? x_of(static_cast<float>(sel_from ? sel_from : index.MinMonth()) - 0.5f) : 0.0f;
    const float sel_x1 = has_selection ? x_of(static_cast<float>(sel_to ? sel_to : index.MaxMonth()) + 0.5f) : 0.0f;
    if (has_selection) {
        dl->AddRectFilled(ImVec2(sel_x0, band_top + 1.0f), ImVec2(sel_x1, band_bottom - 1.0f), WithAlpha(p.accent, 0.12f));
        dl->AddLine(ImVec2(sel_x0, band_top + 1.0f), ImVec2(sel_x0, band_bottom - 1.0f), p.accent, 2.0f);
        dl->AddLine(ImVec2(sel_x1, band_top + 1.0f), ImVec2(sel_x1, band_bottom - 1.0f), p.accent, 2.0f);
    }

    // Markers: fade when filtered out, stacked by month.
    if (ax.alpha.size() != pr.publications.size()) ax.alpha.assign(pr.publications.size(), 1.0f);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool child_hovered = ImGui::IsWindowHovered();
    std::size_t hovered_pub = SIZE_MAX;
    float best = kMarker + 3.0f;
    for (std::size_t i = 0; i < pr.publications.size(); ++i) {
        if (!index.Month(i)) continue;
        moving |= Approach(ax.alpha[i], ctx.query.matches[i] ? 1.0f : 0.22f, 10.0f, ctx.state.reduced_motion);
        if (stack_of[i] > 8) continue;
        const float x = x_of(static_cast<float>(index.Month(i)));
        const float y = base_y - static_cast<float>(std::min(stack_of[i], 8)) * kStack;
        const float d = std::hypot(mouse.x - x, mouse.y - y);
        if (child_hovered && d < best) {
            best = d;
            hovered_pub = i;
        }
    }
    for (std::size_t i = 0; i < pr.publications.size(); ++i) {
        // Markers past the eighth of a month sit under the eighth: not drawn. Off-axis ones neither.
        if (!index.Month(i) || stack_of[i] > 8) continue;
        const Publication& pub = pr.publications[i];
        const float x = x_of(static_cast<float>(index.Month(i)));
        if (x < ctx.x - 10.0f || x > ctx.x + ctx.width + 10.0f) continue;
        const float y = base_y - static_cast<float>(std::min(stack_of[i], 8)) * kStack;
        ImU32 color = p.text_faint;
        if (!pub.topics.empty())
            for (std::size_t t = 0; t < pr.topics.size(); ++t)
                if (pr.topics[t].id == pub.topics.front()) color = ParseHexColor(pr.topics[t].color, FallbackAccent(t));
        const bool hot = i == hovered_pub, chosen = pub.id == s.selected;
        const float r = hot || chosen ? kMarker + 2.0f : kMarker;
        dl->AddCircleFilled(ImVec2(x, y), r + 1.5f, WithAlpha(p.surface, ax.alpha[i]), 12);  // a thin ring separates stacked markers
        dl->AddCircleFilled(ImVec2(x, y), r, WithAlpha(color, ax.alpha[i]), 12);
        if (chosen) dl->AddCircle(ImVec2(x, y), r + 3.0f, p.accent, 16, 2.0f);
    }
    dl->PopClipRect();

    // Interaction. One invisible button covers the band (select/move/resize) and the labels (pan).
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, band_top));
    ImGui::InvisibleButton("##axis", ImVec2(ctx.width, band_h + labels_h));
    RecordTarget(ctx, "timeline");
    FocusRing(ctx, ImVec2(ctx.x, band_top), ImVec2(ctx.x + ctx.width, band_bottom), 10.0f);
    const bool hovered = ImGui::IsItemHovered();
    const bool in_labels = mouse.y > band_bottom;
    const bool near_left = has_selection && std::fabs(mouse.x - sel_x0) < kEdge, near_right = has_selection && std::fabs(mouse.x - sel_x1) < kEdge;
    const bool inside_sel = has_selection && mouse.x > sel_x0 + kEdge && mouse.x < sel_x1 - kEdge;
    const int month_under = static_cast<int>(std::lround(month_at(mouse.x)));
    ImGuiIO& io = ImGui::GetIO();
    // The wheel over the axis zooms it and moves nothing else. ImGui scrolls windows in NewFrame, before
    // any widget runs, so the axis claims the wheel while hovered and keeps it for the next frames; only
    // a wheel it owned since the frame began zooms (not one that scrolled the page this frame and so
    // brought the axis under the pointer). A page scroll still going on keeps the wheel until it pauses.
    const ImGuiID axis_id = ImGui::GetItemID();
    const bool zoom_wheel = ImGui::GetKeyOwner(ImGuiKey_MouseWheelY) == axis_id;
    const bool pan_wheel = ImGui::GetKeyOwner(ImGuiKey_MouseWheelX) == axis_id;
    if (hovered && ImGui::GetCurrentContext()->WheelingWindow == nullptr) {
        ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelY);
        ImGui::SetItemKeyOwner(ImGuiKey_MouseWheelX);
    }

    // With the keyboard focus: Left/Right pan (the axis keeps those keys from moving the focus), + and -
    // zoom around the middle, Home shows the whole range again.
    ax.keyboard_focus = ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
    if (ImGui::IsItemFocused()) {
        for (const ImGuiKey key : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow}) ImGui::SetKeyOwner(key, axis_id);
        const float width_months = ax.target_max - ax.target_min;
        float shift = 0.0f, factor = 1.0f;
        if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, axis_id, ImGuiInputFlags_Repeat)) shift = -0.1f * width_months;
        if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, axis_id, ImGuiInputFlags_Repeat)) shift = 0.1f * width_months;
        if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd)) factor = 0.8f;
        if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract)) factor = 1.25f;
        if (factor != 1.0f) {
            const float mid = (ax.target_min + ax.target_max) * 0.5f;
            const float new_span = std::clamp(width_months * factor, 6.0f, (full_max - full_min) * 1.5f);
            ax.target_min = mid - new_span * 0.5f;
            ax.target_max = mid + new_span * 0.5f;
        }
        ax.target_min += shift;
        ax.target_max += shift;
        if (ImGui::IsKeyPressed(ImGuiKey_Home)) {
            ax.target_min = full_min;
            ax.target_max = full_max;
        }
    }

    if (hovered && ax.drag == TimeAxisState::Drag::None) {
        if (hovered_pub != SIZE_MAX) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        else if (near_left || near_right) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        else if (inside_sel || in_labels) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeAll);
        if (hovered_pub != SIZE_MAX) {
            const Publication& pub = pr.publications[hovered_pub];
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
        // Wheel: zoom around the pointer; a horizontal wheel (trackpad) pans.
        if (zoom_wheel && io.MouseWheel != 0.0f) {
            const float at = month_at(mouse.x);
            const float factor = std::pow(0.85f, io.MouseWheel);
            const float new_span = std::clamp((ax.target_max - ax.target_min) * factor, 6.0f, (full_max - full_min) * 1.5f);
            const float t = (at - ax.target_min) / (ax.target_max - ax.target_min);
            ax.target_min = at - t * new_span;
            ax.target_max = ax.target_min + new_span;
        }
        if (pan_wheel && io.MouseWheelH != 0.0f) {
            const float shift = -io.MouseWheelH * (ax.target_max - ax.target_min) * 0.1f;
            ax.target_min += shift;
            ax.target_max += shift;
        }
    }
    if (ImGui::IsItemActivated()) {
        ax.drag_anchor = month_at(mouse.x);
        ax.drag_from = f.from_month ? f.from_month : index.MinMonth();
        ax.drag_to = f.to_month ? f.to_month : index.MaxMonth();
        if (hovered_pub != SIZE_MAX) ax.drag = TimeAxisState::Drag::None;  // a click on a marker
        else if (in_labels || io.KeyShift) ax.drag = TimeAxisState::Drag::Pan;
        else if (near_left) ax.drag = TimeAxisState::Drag::ResizeLeft;
        else if (near_right) ax.drag = TimeAxisState::Drag::ResizeRight;
        else if (inside_sel) ax.drag = TimeAxisState::Drag::Move;
        else {
            ax.drag = TimeAxisState::Drag::Select;
            ax.drag_from = ax.drag_to = month_under;
        }
    }
    if (ImGui::IsItemActive() && ax.drag != TimeAxisState::Drag::None) {
        const float now = month_at(mouse.x);
        const int delta = static_cast<int>(std::lround(now - ax.drag_anchor));
        switch (ax.drag) {
            case TimeAxisState::Drag::Select: {
                const int anchor = static_cast<int>(std::lround(ax.drag_anchor));
                ax.drag_from = std::min(anchor, month_under);
                ax.drag_to = std::max(anchor, month_under);
                break;
            }
            case TimeAxisState::Drag::Move: {
                const int from = f.from_month ? f.from_month : index.MinMonth(), to = f.to_month ? f.to_month : index.MaxMonth();
                ax.drag_from = from + delta;
                ax.drag_to = to + delta;
                break;
            }
            case TimeAxisState::Drag::ResizeLeft: ax.drag_from = std::min(month_under, ax.drag_to); break;
            case TimeAxisState::Drag::ResizeRight: ax.drag_to = std::max(month_under, ax.drag_from); break;
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
    if (ImGui::IsItemDeactivated()) {
        const bool was_click = std::fabs(io.MouseDragMaxDistanceSqr[0]) < 16.0f;
        if (was_click && hovered_pub != SIZE_MAX) {
            const std::string& id = pr.publications[hovered_pub].id;
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
        } else if (ax.drag == TimeAxisState::Drag::Select || ax.drag == TimeAxisState::Drag::Move ||
                   ax.drag == TimeAxisState::Drag::ResizeLeft || ax.drag == TimeAxisState::Drag::ResizeRight) {
            s.filter.from_month = ax.drag_from;
            s.filter.to_month = ax.drag_to;
            s.route_discrete = true;
        }
        ax.drag = TimeAxisState::Drag::None;
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, band_bottom + labels_h));
    ImGui::Dummy(ImVec2(ctx.width, 4.0f));
    if (moving) ctx.state.animating = true;
}

}  // namespace portfolio::ui
