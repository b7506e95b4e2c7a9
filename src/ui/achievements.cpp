// Awards and certificates: one titled entry per line of the résumé, with its date at the right, who gave
// it, and the owner's words; an icon stands where the timeline has its rail, so the sections read alike.
#include "core/dates.h"
#include "ui/entries.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

// One entry: the icon in the left column, then the title row, the giver and the summary.
void Achievement(const ViewContext& ctx, const std::string& target, const char* icon, const std::string& title, const std::string& url, const Date& date,
                 const std::string& giver, const std::string* summary) {
    const Palette& p = ctx.theme.palette;
    const float x = ctx.x + kEntryIndent, w = ctx.width - kEntryIndent;
    const float top = ImGui::GetCursorScreenPos().y;
    DrawText(ctx.fonts.body, ImVec2(ctx.x, top + 3.0f), p.accent, icon);
    ImGui::SetCursorScreenPos(ImVec2(x, top));
    ImGui::BeginGroup();
    EntryTitleRow(ctx, title, url, FormatDate(date), x, w);
    if (!giver.empty()) TextLine(ctx, ctx.fonts.body_bold, p.text_muted, giver, x, w);
    ImGui::PushID("summary");
    if (summary && !summary->empty()) Markup(ctx, *summary, BodyText(ctx), x, w);
    ImGui::PopID();
    ImGui::EndGroup();
    RecordTarget(ctx, target);  // where each entry is, for tests
    VerticalSpace(14.0f);
}

}  // namespace

void ShowAwards(const ViewContext& ctx) {
    SectionHeading(ctx, "awards", nullptr, "Awards");
    const std::vector<Award>& awards = ctx.profile.awards;
    for (std::size_t i = 0; i < awards.size(); ++i) {
        const Award& a = awards[i];
        ImGui::PushID(static_cast<int>(i));
        Achievement(ctx, "awards:" + std::to_string(i), ICON_TROPHY, a.title, "", a.date, a.awarder, &a.summary);
        ImGui::PopID();
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 14.0f);
}

void ShowCertificates(const ViewContext& ctx) {
    SectionHeading(ctx, "certificates", nullptr, "Certificates");
    const std::vector<Certificate>& certificates = ctx.profile.certificates;
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        const Certificate& c = certificates[i];
        ImGui::PushID(static_cast<int>(i));
        Achievement(ctx, "certificates:" + std::to_string(i), ICON_CERTIFICATE, c.name, c.url, c.date, c.issuer, nullptr);
        ImGui::PopID();
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 14.0f);
}

void AwardsText(const Profile& p, std::string& out) {
    for (const auto& a : p.awards) out += a.title + a.awarder + a.summary;
}

void CertificatesText(const Profile& p, std::string& out) {
    for (const auto& c : p.certificates) out += c.name + c.issuer;
}

}  // namespace portfolio::ui
