// The visitor's own profile on the web: the footer's invitation to open one (a resume.json, profile JSON
// or .bib, chosen or dropped, read in the browser and never uploaded) and, while one is shown, the bar
// above the page that names it and leads back to the profile the page was built with.
#include "ui/icons.h"
#include "ui/widgets.h"

namespace portfolio::ui {

void ShowVisitorBanner(const ViewContext& ctx) {
    if (ctx.state.visitor_file.empty()) return;
    const Palette& p = ctx.theme.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float pad = 14.0f;
    const std::string text = "Previewing your file \xE2\x80\x9C" + ctx.state.visitor_file +
                             "\xE2\x80\x9D: read in this browser, nothing was uploaded.";
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(ctx.x + pad, start.y + pad));
    TextLine(ctx, ctx.fonts.body, p.text, text, ctx.x + pad, ctx.width - 2 * pad);
    ImGui::SetCursorScreenPos(ImVec2(ctx.x + pad, ImGui::GetCursorScreenPos().y + 8.0f));
    // Asked for after the frame (App::FinishFrame): the profile this frame draws must stay until it ends.
    if (ActionButton(ctx, "##bundled", ICON_UNDO, "Back to the bundled profile", true)) ctx.state.open_bundled = true;
    RecordTarget(ctx, "visitor:bundled");
    const float bottom = ImGui::GetItemRectMax().y + pad;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(ImVec2(ctx.x, start.y), ImVec2(ctx.x + ctx.width, bottom), p.accent_soft, 12.0f);
    dl->AddRect(ImVec2(ctx.x, start.y), ImVec2(ctx.x + ctx.width, bottom), WithAlpha(p.accent, 0.35f), 12.0f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, bottom));
    ImGui::Dummy(ImVec2(ctx.width, 18.0f));
}

void ShowOwnProfileInvite(const ViewContext& ctx) {
    if (!ctx.host.choose_file) return;  // the desktop takes dropped files; it has no chooser
    const Palette& p = ctx.theme.palette;
    const char* hint = "Try it with your own data: drop a resume.json, a profile JSON or a .bib file on this page, or";
    const float hint_w = TextSize(ctx.fonts.small, hint).x;
    const float y = ImGui::GetCursorScreenPos().y;
    const bool one_line = hint_w + 200.0f < ctx.width;
    TextLine(ctx, ctx.fonts.small, p.text_faint, hint, ctx.x, one_line ? hint_w + 4.0f : ctx.width);
    ImGui::SetCursorScreenPos(one_line ? ImVec2(ctx.x + hint_w + 10.0f, y - 9.0f) : ImVec2(ctx.x, ImGui::GetCursorScreenPos().y + 6.0f));
    if (ActionButton(ctx, "##choose", ICON_FOLDER_OPEN, "Open a file", false)) ctx.host.choose_file();
    RecordTarget(ctx, "visitor:choose");
    TextLine(ctx, ctx.fonts.small, p.text_faint, "Nothing is uploaded: the file is read in your browser.", ctx.x, ctx.width);
    VerticalSpace(6.0f);
}

}  // namespace portfolio::ui
