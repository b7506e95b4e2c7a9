// References: each one's words as a quotation, with the quote mark where the timeline has its rail, and
// who said it below.
#include "ui/entries.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/widgets.h"

namespace portfolio::ui {

void ShowReferences(const ViewContext& ctx) {
    SectionHeading(ctx, "references", nullptr, "References");
    const Palette& p = ctx.theme.palette;
    const float x = ctx.x + kEntryIndent, w = ctx.width - kEntryIndent;
    const std::vector<Reference>& references = ctx.profile.references;
    for (std::size_t i = 0; i < references.size(); ++i) {
        const Reference& r = references[i];
        ImGui::PushID(static_cast<int>(i));
        const float top = ImGui::GetCursorScreenPos().y;
        DrawText(ctx.fonts.body, ImVec2(ctx.x, top + 3.0f), WithAlpha(p.accent, 0.7f), ICON_QUOTE_LEFT);
        ImGui::SetCursorScreenPos(ImVec2(x, top));
        ImGui::BeginGroup();
        RichTextStyle words = BodyText(ctx);
        words.regular = ctx.fonts.body_italic;  // a quotation: the referee's words, not the owner's
        words.color = p.text;
        if (!r.reference.empty()) Markup(ctx, r.reference, words, x, w);
        if (!r.name.empty()) TextLine(ctx, ctx.fonts.small_bold, p.text_muted, "\xE2\x80\x94 " + r.name, x, w);
        ImGui::EndGroup();
        RecordTarget(ctx, "references:" + std::to_string(i));
        ImGui::PopID();
        VerticalSpace(16.0f);
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 16.0f);
}

void ReferencesText(const Profile& p, std::string& out) {
    for (const auto& r : p.references) out += r.name + r.reference;
}

}  // namespace portfolio::ui
