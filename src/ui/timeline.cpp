// Experience, volunteering and education as a vertical timeline: a rail with a dot per entry, dates,
// places, hosts or supervisors, the owner's words, and what they owned as chips. Open-ended entries say "now".
#include <algorithm>

#include "core/dates.h"
#include "ui/entries.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

// "Hosted by A and B" with each name linked.
std::vector<Span> PeopleLine(const char* lead, const std::vector<Person>& people) {
    std::vector<Span> out{Span{lead, false, false, ""}};
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (i > 0) out.push_back(Span{i + 1 == people.size() ? " and " : ", ", false, false, ""});
        out.push_back(Span{people[i].name, false, false, people[i].url});
    }
    return out;
}

}  // namespace

// Title row: organisation (linked) on the left, dates on the right (or below on phones).
void EntryTitleRow(const ViewContext& ctx, const std::string& title, const std::string& url, const std::string& dates, float x, float width) {
    const Palette& p = ctx.theme.palette;
    const float y = ImGui::GetCursorScreenPos().y;
    const ImVec2 ds = TextSize(ctx.fonts.small, dates);
    const bool side = !ctx.compact && !dates.empty();
    const float title_w = side ? width - ds.x - 16.0f : width;
    RichTextStyle style{ctx.fonts.title, ctx.fonts.title, ctx.fonts.title, p.text, p.text, p.text, 1.35f, false};
    RichText(ctx, {Span{title, false, false, url}}, style, x, title_w);
    if (side) {
        DrawText(ctx.fonts.small, ImVec2(x + width - ds.x, y + 4.0f), p.text_faint, dates);
    } else if (!dates.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y - 4.0f));
        TextLine(ctx, ctx.fonts.small, p.text_faint, dates, x, width);
    }
}

void EntryChips(const ViewContext& ctx, const std::vector<std::string>& items, float x, float width) {
    if (items.empty()) return;
    const Palette& p = ctx.theme.palette;
    Flow flow(x, width, 6.0f, 6.0f);
    for (std::size_t i = 0; i < items.size(); ++i) {
        PillStyle style{ctx.fonts.small, p.accent_soft, p.accent, 0, nullptr, 10.0f, 3.0f};
        flow.Place(PillSize(style, items[i]));
        ImGui::PushID(static_cast<int>(i));
        Pill("##chip", style, items[i]);
        ImGui::PopID();
    }
    flow.End();
}

void EntryBullets(const ViewContext& ctx, const std::vector<std::string>& items, float x, float w) {
    for (std::size_t k = 0; k < items.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        // The bullet drawn apart: the markup cache is keyed by the profile string's address.
        const float y = ImGui::GetCursorScreenPos().y;
        const RichTextStyle body = BodyText(ctx);
        DrawText(body.regular, ImVec2(x + 2.0f, y + Snap((FontSize(body.regular) * body.line_height - FontSize(body.regular)) * 0.5f)),
                 ctx.theme.palette.text_faint, "\xE2\x80\xA2");
        ImGui::SetCursorScreenPos(ImVec2(x + 16.0f, y));
        Markup(ctx, items[k], body, x + 16.0f, w - 16.0f);
        ImGui::PopID();
    }
}

namespace {

// Draws the rail segment and dot for an entry that spans [top, bottom].
void Rail(const ViewContext& ctx, float top, float bottom, bool first, bool last, bool now) {
    const Palette& p = ctx.theme.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float cx = ctx.x + 8.0f;
    const float dot_y = top + 12.0f;
    if (!first) dl->AddLine(ImVec2(cx, top - 10.0f), ImVec2(cx, dot_y), p.border, 2.0f);
    if (!last) dl->AddLine(ImVec2(cx, dot_y), ImVec2(cx, bottom + 10.0f), p.border, 2.0f);
    if (now) dl->AddCircleFilled(ImVec2(cx, dot_y), 10.0f, WithAlpha(p.accent, 0.18f), 24);
    dl->AddCircleFilled(ImVec2(cx, dot_y), 6.0f, now ? p.accent : p.surface, 24);
    dl->AddCircle(ImVec2(cx, dot_y), 6.0f, p.accent, 24, 2.0f);
}

// What a work or volunteer entry shows on the rail.
struct RoleEntry {
    const std::string& organisation;
    const std::string& url;
    std::string role;                       // position, and the place when given
    const std::string* about;               // what the organisation does, nullptr for none
    const Date& start_date;
    const Date& end_date;
    const std::vector<Person>* hosts;       // nullptr for none
    const std::string& summary;
    const std::vector<std::string>& highlights;
    const std::vector<std::string>* chips;  // nullptr for none
};

void RoleEntryBody(const ViewContext& ctx, const RoleEntry& e, float x, float w) {
    const Palette& p = ctx.theme.palette;
    EntryTitleRow(ctx, e.organisation, e.url, FormatDateRange(e.start_date, e.end_date), x, w);
    if (!e.role.empty()) TextLine(ctx, ctx.fonts.body_bold, p.text_muted, e.role, x, w);
    if (e.about && !e.about->empty()) {
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y - 4.0f));
        TextLine(ctx, ctx.fonts.small, p.text_faint, *e.about, x, w);
    }
    if (e.hosts && !e.hosts->empty()) {
        RichTextStyle style = BodyText(ctx);
        style.regular = style.italic = ctx.fonts.small;
        style.bold = ctx.fonts.small_bold;
        ImGui::PushID("hosts");  // each block of links in its own ID scope: RichText numbers them from 0
        RichText(ctx, PeopleLine("Hosted by ", *e.hosts), style, x, w);
        ImGui::PopID();
    }
    ImGui::PushID("summary");
    if (!e.summary.empty()) Markup(ctx, e.summary, BodyText(ctx), x, w);
    EntryBullets(ctx, e.highlights, x, w);
    ImGui::PopID();
    if (e.chips) EntryChips(ctx, *e.chips, x, w);
}

// A section of role entries on the rail, made by `entry(i)`.
template <class MakeEntry>
void RoleTimeline(const ViewContext& ctx, const char* id, const char* title, std::size_t count, MakeEntry&& entry) {
    SectionHeading(ctx, id, nullptr, title);
    const float x = ctx.x + kEntryIndent, w = ctx.width - kEntryIndent;
    for (std::size_t i = 0; i < count; ++i) {
        const RoleEntry e = entry(i);
        ImGui::PushID(static_cast<int>(i));
        const float top = ImGui::GetCursorScreenPos().y;
        ImGui::SetCursorScreenPos(ImVec2(x, top));
        ImGui::BeginGroup();
        RoleEntryBody(ctx, e, x, w);
        ImGui::EndGroup();
        RecordTarget(ctx, std::string(id) + ":" + std::to_string(i));
        Rail(ctx, top, ImGui::GetItemRectMax().y, i == 0, i + 1 == count, !e.end_date.IsSet());
        ImGui::PopID();
        VerticalSpace(18.0f);
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 18.0f);
}

std::string JoinDot(const std::string& a, const std::string& b) { return a.empty() || b.empty() ? a + b : a + "  \xC2\xB7  " + b; }

}  // namespace

void ShowExperience(const ViewContext& ctx) {
    const std::vector<Work>& work = ctx.profile.work;
    RoleTimeline(ctx, "experience", "Experience", work.size(), [&](std::size_t i) {
        const Work& job = work[i];
        return RoleEntry{job.name, job.url, JoinDot(job.position, job.location), &job.description, job.start_date, job.end_date,
                         &job.hosts, job.summary, job.highlights, &job.features};
    });
}

void ShowVolunteer(const ViewContext& ctx) {
    const std::vector<Volunteer>& volunteer = ctx.profile.volunteer;
    RoleTimeline(ctx, "volunteer", "Volunteering", volunteer.size(), [&](std::size_t i) {
        const Volunteer& v = volunteer[i];
        return RoleEntry{v.organization, v.url, v.position, nullptr, v.start_date, v.end_date, nullptr, v.summary, v.highlights, nullptr};
    });
}

void ShowEducation(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    SectionHeading(ctx, "education", nullptr, "Education");
    const Palette& p = ctx.theme.palette;
    const float x = ctx.x + kEntryIndent, w = ctx.width - kEntryIndent;
    for (std::size_t i = 0; i < pr.education.size(); ++i) {
        const Education& e = pr.education[i];
        // Consecutive degrees at one institution share its title.
        const bool same_as_previous = i > 0 && pr.education[i - 1].institution == e.institution;
        ImGui::PushID(static_cast<int>(i));
        const float top = ImGui::GetCursorScreenPos().y;
        ImGui::SetCursorScreenPos(ImVec2(x, top));
        ImGui::BeginGroup();
        std::string degree = e.study_type;
        if (!e.area.empty()) degree += (degree.empty() ? "" : " in ") + e.area;
        const std::string dates = FormatDateRange(e.start_date, e.end_date);
        if (!same_as_previous) {
            EntryTitleRow(ctx, e.institution, e.url, "", x, w);
            if (!e.location.empty()) {
                ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y - 4.0f));
                TextLine(ctx, ctx.fonts.small, p.text_faint, std::string(ICON_MAP_MARKER) + "  " + e.location, x, w);
            }
        }
        // Degree line with its dates at the right.
        const float y = ImGui::GetCursorScreenPos().y;
        const ImVec2 ds = TextSize(ctx.fonts.small, dates);
        const float degree_w = ctx.compact ? w : w - ds.x - 16.0f;
        TextLine(ctx, ctx.fonts.body_bold, p.text_muted, degree.empty() ? std::string("Studies") : degree, x, degree_w);
        if (!dates.empty()) {
            if (ctx.compact) TextLine(ctx, ctx.fonts.small, p.text_faint, dates, x, w);
            else DrawText(ctx.fonts.small, ImVec2(x + w - ds.x, y + 2.0f), p.text_faint, dates);
        }
        if (!e.supervisors.empty()) {
            RichTextStyle style = BodyText(ctx);
            style.regular = style.italic = ctx.fonts.small;
            style.bold = ctx.fonts.small_bold;
            ImGui::PushID("supervisors");  // apart from the title's link (RichText numbers links from 0)
            RichText(ctx, PeopleLine(e.study_type.rfind("Ph", 0) == 0 ? "Advised by " : "Supervised by ", e.supervisors), style, x, w);
            ImGui::PopID();
        }
        if (!e.score.empty()) TextLine(ctx, ctx.fonts.small, p.text_muted, "Score: " + e.score, x, w);
        EntryChips(ctx, e.courses, x, w);
        ImGui::EndGroup();
        const float bottom = ImGui::GetItemRectMax().y;
        Rail(ctx, top, bottom, i == 0, i + 1 == pr.education.size(), !e.end_date.IsSet());
        ImGui::PopID();
        VerticalSpace(same_as_previous || i + 1 == pr.education.size() || pr.education[i + 1].institution != e.institution ? 18.0f : 6.0f);
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 18.0f);
}

void ExperienceText(const Profile& p, std::string& out) {
    for (const auto& w : p.work) {
        out += w.name + w.position + w.summary + w.location + w.description;
        for (const auto& h : w.hosts) out += h.name;
        for (const auto& f : w.features) out += f;
        for (const auto& h : w.highlights) out += h;
    }
}

void VolunteerText(const Profile& p, std::string& out) {
    for (const auto& v : p.volunteer) {
        out += v.organization + v.position + v.summary;
        for (const auto& h : v.highlights) out += h;
    }
}

void EducationText(const Profile& p, std::string& out) {
    for (const auto& e : p.education) {
        out += e.institution + e.area + e.study_type + e.location;
        for (const auto& s : e.supervisors) out += s.name;
    }
}

}  // namespace portfolio::ui
