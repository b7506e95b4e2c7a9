// The collaboration contact panel (availability with honest dates, e-mail with copy and compose,
// profiles), the problems panel for a malformed profile, and the footer.
#include <algorithm>

#include "core/availability.h"
#include "core/dates.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

const char* KindIcon(AvailabilityKind kind) {
    switch (kind) {
        case AvailabilityKind::Internship: return ICON_BRIEFCASE;
        case AvailabilityKind::Collaboration: return ICON_USERS;
        case AvailabilityKind::Chat: return ICON_COMMENTS;
        case AvailabilityKind::Position: return ICON_UNIVERSITY;
        default: return ICON_PAPER_PLANE;
    }
}

void AvailabilityItem(const ViewContext& ctx, const Availability& item, float x, float width) {
    const Palette& p = ctx.theme.palette;
    const AvailabilityStatus status = StatusOn(item, ctx.today);
    std::string label;
    PillStyle pill{ctx.fonts.small_bold, p.success_soft, p.success};
    switch (status) {
        case AvailabilityStatus::Open:
            label = item.end_date.IsSet() ? "Open until " + FormatDate(item.end_date) : "Open";
            break;
        case AvailabilityStatus::Upcoming:
            label = "From " + FormatDate(item.start_date);
            pill = PillStyle{ctx.fonts.small_bold, p.warning_soft, p.warning};
            break;
        case AvailabilityStatus::Closed:
            label = "Closed \xC2\xB7 ended " + FormatDate(item.end_date);
            pill = PillStyle{ctx.fonts.small_bold, p.surface_alt, p.text_faint};
            break;
    }
    const float y = ImGui::GetCursorScreenPos().y;
    DrawText(ctx.fonts.body, ImVec2(x, y + 2.0f), status == AvailabilityStatus::Closed ? p.text_faint : p.accent, KindIcon(item.kind));
    const float tx = x + 28.0f, tw = width - 28.0f;
    ImGui::SetCursorScreenPos(ImVec2(tx, y));
    Flow head(tx, tw, 10.0f, 4.0f);
    if (!item.title.empty()) {
        const ImVec2 ts = TextSize(ctx.fonts.body_bold, item.title);
        const ImVec2 at = head.Place(ImVec2(ts.x, FontSize(ctx.fonts.body_bold) + 6.0f));
        DrawText(ctx.fonts.body_bold, ImVec2(at.x, at.y + 2.0f), status == AvailabilityStatus::Closed ? p.text_muted : p.text, item.title);
        ImGui::Dummy(ImVec2(ts.x, FontSize(ctx.fonts.body_bold) + 6.0f));
    }
    head.Place(PillSize(pill, label));
    Pill("##status", pill, label);
    head.End();
    if (!item.description.empty()) {
        RichTextStyle style = BodyText(ctx);
        if (status == AvailabilityStatus::Closed) style.color = style.bold_color = p.text_faint;
        // A closed search is told in the past tense around the owner's own words.
        ImGui::SetCursorScreenPos(ImVec2(tx, ImGui::GetCursorScreenPos().y));
        Markup(ctx, item.description, style, tx, tw);
    }
}

}  // namespace

void ShowContact(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    const Basics& b = pr.basics;
    if (b.email.empty() && b.profiles.empty() && pr.availability.empty()) return;
    const Palette& p = ctx.theme.palette;
    SectionHeading(ctx, "contact", nullptr, "Get in touch");
    Card card(ctx, ctx.x, ctx.width);
    const float ix = card.InnerX(), iw = card.InnerWidth();
    const bool two_columns = !ctx.compact && iw > 620.0f && !pr.availability.empty();
    const float left_w = two_columns ? iw * 0.56f : iw;
    const float right_x = two_columns ? ix + left_w + 36.0f : ix;
    const float right_w = two_columns ? iw - left_w - 36.0f : iw;
    const float top = ImGui::GetCursorScreenPos().y;

    float left_bottom = top;
    if (!pr.availability.empty()) {
        TextLine(ctx, ctx.fonts.small_bold, p.text_faint, "OPEN TO", ix, left_w);
        for (std::size_t i = 0; i < pr.availability.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y + (i ? 8.0f : 2.0f)));
            AvailabilityItem(ctx, pr.availability[i], ix, left_w);
            ImGui::PopID();
        }
        left_bottom = ImGui::GetCursorScreenPos().y;
        if (two_columns) ImGui::GetWindowDrawList()->AddLine(ImVec2(ix + left_w + 18.0f, top), ImVec2(ix + left_w + 18.0f, left_bottom - 8.0f), p.border, 1.0f);
        ImGui::SetCursorScreenPos(ImVec2(right_x, two_columns ? top : left_bottom + 12.0f));
    }

    ImGui::BeginGroup();
    if (!b.email.empty()) {
        TextLine(ctx, ctx.fonts.small_bold, p.text_faint, "E-MAIL", right_x, right_w);
        TextLine(ctx, ctx.fonts.title, p.text, b.email, right_x, right_w);
        VerticalSpace(2.0f);
        ImGui::SetCursorScreenPos(ImVec2(right_x, ImGui::GetCursorScreenPos().y));
        const bool copied_recently = ctx.state.copied_what == "email" && ImGui::GetTime() - ctx.state.copied_at < 2.0;
        if (ActionButton(ctx, "##write", ICON_PAPER_PLANE, "Write an e-mail", true)) OpenLink(ctx, "mailto:" + b.email);
        ImGui::SameLine(0.0f, 10.0f);
        if (ActionButton(ctx, "##copy", copied_recently ? ICON_CHECK : ICON_COPY, copied_recently ? "Copied" : "Copy address", false)) {
            ImGui::SetClipboardText(b.email.c_str());
            ctx.state.copied_what = "email";
            ctx.state.copied_at = ImGui::GetTime();
        }
        VerticalSpace(10.0f);
    }
    if (!b.profiles.empty() || !b.url.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(right_x, ImGui::GetCursorScreenPos().y));
        TextLine(ctx, ctx.fonts.small_bold, p.text_faint, "ELSEWHERE", right_x, right_w);
        ImGui::SetCursorScreenPos(ImVec2(right_x, ImGui::GetCursorScreenPos().y));
        ShowProfileIcons(ctx, "contact");
    }
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(ix, std::max(ImGui::GetItemRectMax().y, left_bottom)));
    ImGui::Dummy(ImVec2(iw, 0.0f));
}

void ShowDiagnostics(const ViewContext& ctx) {
    if (ctx.diagnostics.empty()) return;
    const Palette& p = ctx.theme.palette;
    std::size_t errors = 0;
    for (const Diagnostic& d : ctx.diagnostics) errors += d.severity == Severity::Error;
    const std::size_t warnings = ctx.diagnostics.size() - errors;
    VerticalSpace(8.0f);
    const float top = ImGui::GetCursorScreenPos().y;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImDrawListSplitter split;
    split.Split(dl, 2);
    split.SetCurrentChannel(dl, 1);
    const float pad = 16.0f, ix = ctx.x + pad, iw = ctx.width - 2 * pad;
    ImGui::SetCursorScreenPos(ImVec2(ix, top + pad));
    ImGui::BeginGroup();
    std::string title = std::string(ICON_EXCLAMATION) + "  ";
    if (errors) title += std::to_string(errors) + (errors == 1 ? " problem" : " problems");
    if (errors && warnings) title += " and ";
    if (warnings) title += std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
    title += " in the profile";
    const ImU32 tone = errors ? p.danger : p.warning;
    TextLine(ctx, ctx.fonts.body_bold, tone, title, ix, iw - 90.0f);
    const float header_y = ImGui::GetItemRectMin().y;
    ImGui::SetCursorScreenPos(ImVec2(ix + iw - 80.0f, header_y - 4.0f));
    if (Pill("##toggle", PillStyle{ctx.fonts.small, p.surface, p.text_muted, p.border}, ctx.state.diagnostics_open ? "Hide" : "Show", true))
        ctx.state.diagnostics_open = !ctx.state.diagnostics_open;
    ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetItemRectMax().y + 6.0f));
    if (ctx.state.diagnostics_open) {
        TextLine(ctx, ctx.fonts.small, p.text_muted, "The page shows everything that could be read. Fix these in the profile JSON:", ix, iw);
        const std::size_t shown = std::min<std::size_t>(ctx.diagnostics.size(), 40);
        for (std::size_t i = 0; i < shown; ++i) {
            const Diagnostic& d = ctx.diagnostics[i];
            const std::string where = d.line > 0 ? "line " + std::to_string(d.line) + ":" + std::to_string(d.column) : std::string("file");
            const float y = ImGui::GetCursorScreenPos().y;
            DrawText(ctx.fonts.small_bold, ImVec2(ix, y), d.severity == Severity::Error ? p.danger : p.warning, where);
            ImGui::SetCursorScreenPos(ImVec2(ix + 96.0f, y));
            TextLine(ctx, ctx.fonts.small, p.text, d.path + "  \xE2\x80\x94  " + d.message, ix + 96.0f, iw - 96.0f);
        }
        if (shown < ctx.diagnostics.size())
            TextLine(ctx, ctx.fonts.small, p.text_muted, "\xE2\x80\xA6 and " + std::to_string(ctx.diagnostics.size() - shown) + " more", ix, iw);
    }
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    split.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(ImVec2(ctx.x, top), ImVec2(ctx.x + ctx.width, bottom), errors ? p.danger_soft : p.warning_soft, 12.0f);
    dl->AddRect(ImVec2(ctx.x, top), ImVec2(ctx.x + ctx.width, bottom), WithAlpha(tone, 0.35f), 12.0f);
    split.Merge(dl);
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, top));
    ImGui::Dummy(ImVec2(ctx.width, bottom - top + 8.0f));
}

void ShowFooter(const ViewContext& ctx) {
    const Palette& p = ctx.theme.palette;
    VerticalSpace(40.0f);
    const float y = ImGui::GetCursorScreenPos().y;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(ctx.x, y), ImVec2(ctx.x + ctx.width, y), p.border, 1.0f);
    VerticalSpace(14.0f);
    const std::string text = "\xC2\xA9 " + std::to_string(ctx.today.year) + " " + ctx.profile.basics.name +
                             "   \xC2\xB7   Rendered with Dear ImGui from one JSON profile";
    TextLine(ctx, ctx.fonts.small, p.text_faint, text, ctx.x, ctx.width);
    VerticalSpace(28.0f);
}

}  // namespace portfolio::ui
