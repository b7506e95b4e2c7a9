// Skills and languages: each skill's name and level over its keywords as chips, in two columns on wide
// windows; the languages as one row of pills ("English · Native speaker").
#include <algorithm>

#include "ui/entries.h"
#include "ui/icons.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

// The name on the left, the level small at the right, the keywords below.
void SkillCell(const ViewContext& ctx, const Skill& skill, float x, float w) {
    const Palette& p = ctx.theme.palette;
    const float y = ImGui::GetCursorScreenPos().y;
    const ImVec2 level = TextSize(ctx.fonts.small, skill.level);
    TextLine(ctx, ctx.fonts.body_bold, p.text, skill.name, x, skill.level.empty() ? w : w - level.x - 12.0f);
    if (!skill.level.empty()) DrawText(ctx.fonts.small, ImVec2(x + w - level.x, y + 2.0f), p.text_faint, skill.level);
    EntryChips(ctx, skill.keywords, x, w);
}

}  // namespace

void ShowSkills(const ViewContext& ctx) {
    SectionHeading(ctx, "skills", nullptr, "Skills");
    const std::vector<Skill>& skills = ctx.profile.skills;
    const int columns = ctx.compact || ctx.width < 640.0f ? 1 : 2;
    const float gap = ctx.theme.metrics.block_gap * 1.5f;
    const float col_w = (ctx.width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    for (std::size_t row = 0; row * static_cast<std::size_t>(columns) < skills.size(); ++row) {
        const float y = ImGui::GetCursorScreenPos().y;
        float bottom = y;
        for (int c = 0; c < columns; ++c) {
            const std::size_t i = row * static_cast<std::size_t>(columns) + static_cast<std::size_t>(c);
            if (i >= skills.size()) break;
            const float cx = ctx.x + static_cast<float>(c) * (col_w + gap);
            ImGui::SetCursorScreenPos(ImVec2(cx, y));
            ImGui::PushID(static_cast<int>(i));
            ImGui::BeginGroup();
            SkillCell(ctx, skills[i], cx, col_w);
            ImGui::EndGroup();
            RecordTarget(ctx, "skills:" + std::to_string(i));
            ImGui::PopID();
            bottom = std::max(bottom, ImGui::GetItemRectMax().y);
        }
        ImGui::SetCursorScreenPos(ImVec2(ctx.x, bottom + 16.0f));
        ImGui::Dummy(ImVec2(ctx.width, 0.0f));
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 16.0f);
}

void ShowLanguages(const ViewContext& ctx) {
    SectionHeading(ctx, "languages", nullptr, "Languages");
    const Palette& p = ctx.theme.palette;
    const std::vector<Language>& languages = ctx.profile.languages;
    Flow flow(ctx.x, ctx.width);
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const Language& l = languages[i];
        const std::string text = l.fluency.empty() ? l.language : l.language + "  \xC2\xB7  " + l.fluency;
        const PillStyle style{ctx.fonts.small, p.surface_alt, p.text_muted, p.border, ICON_LANGUAGE, 12.0f, 6.0f};
        flow.Place(PillSize(style, text));
        ImGui::PushID(static_cast<int>(i));
        Pill("##language", style, text);
        RecordTarget(ctx, "languages:" + std::to_string(i));
        ImGui::PopID();
    }
    flow.End();
    VerticalSpace(ctx.theme.metrics.section_gap);
}

void SkillsText(const Profile& p, std::string& out) {
    for (const auto& s : p.skills) {
        out += s.name + s.level;
        for (const auto& k : s.keywords) out += k;
    }
}

void LanguagesText(const Profile& p, std::string& out) {
    for (const auto& l : p.languages) out += l.language + l.fluency;
}

}  // namespace portfolio::ui
