// Open-source projects as cards in a responsive grid: emblem, name, role, description, highlights,
// keywords, links, and how many of the owner's publications relate to the project.
#include <algorithm>

#include "core/dates.h"
#include "core/text.h"
#include "ui/icons.h"
#include "ui/images.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

// The project's own image when the profile names one that loaded; otherwise an emblem generated in
// the project's colour from the capitals of its name.
void Emblem(const ViewContext& ctx, const Project& project, ImU32 color, ImVec2 pos, float size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size, pos.y + size);
    if (const ImageTexture* image = ctx.Image(project.image)) {
        const ImageFit fit = FitFor(*image, ImVec2(size, size));
        if (fit == ImageFit::Contain) dl->AddRectFilled(pos, end, ctx.theme.palette.surface_alt, 12.0f);
        DrawImage(dl, *image, fit == ImageFit::Contain ? ImVec2(pos.x + 4.0f, pos.y + 4.0f) : pos,
                  fit == ImageFit::Contain ? ImVec2(end.x - 4.0f, end.y - 4.0f) : end, fit, fit == ImageFit::Contain ? 6.0f : 12.0f);
        dl->AddRect(pos, end, WithAlpha(ctx.theme.palette.text, 0.08f), 12.0f);
        return;
    }
    dl->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size), color, 12.0f);
    dl->AddRectFilled(pos, ImVec2(pos.x + size, pos.y + size * 0.5f), WithAlpha(IM_COL32_WHITE, 0.12f), 12.0f, ImDrawFlags_RoundCornersTop);
    std::string letters;
    for (char c : project.name)
        if (std::isupper(static_cast<unsigned char>(c)) && letters.size() < 2) letters += c;
    if (letters.empty() && !project.name.empty()) letters = static_cast<char>(std::toupper(static_cast<unsigned char>(project.name[0])));
    const ImVec2 ts = TextSize(ctx.fonts.title, letters);
    DrawText(ctx.fonts.title, ImVec2(pos.x + (size - ts.x) * 0.5f, pos.y + (size - ts.y) * 0.5f), IM_COL32_WHITE, letters);
}

// JSON Resume's facts about a project: for whom, what kind, when ("Smoogle · application · Aug 2016").
std::string ProjectFacts(const Project& project) {
    std::string out;
    const Date& end = project.end_date;
    const std::string dates = project.start_date == end || !project.start_date.IsSet() ? FormatDate(end.IsSet() ? end : project.start_date)
                                                                                        : FormatDateRange(project.start_date, end);
    for (const std::string* part : {&project.entity, &project.type, &dates})
        if (!part->empty()) out += (out.empty() ? "" : "  \xC2\xB7  ") + *part;
    return out;
}

// The emblem, the name (linked), the roles, what the project was and when, and the description.
void ProjectHeading(const ViewContext& ctx, const Project& project, ImU32 color, float ix, float iw, float top) {
    const Palette& p = ctx.theme.palette;
    const float emblem = 46.0f;
    Emblem(ctx, project, color, ImVec2(ix, top), emblem);
    const float tx = ix + emblem + 14.0f, tw = iw - emblem - 14.0f;
    ImGui::SetCursorScreenPos(ImVec2(tx, top + 1.0f));
    RichTextStyle title{ctx.fonts.title, ctx.fonts.title, ctx.fonts.title, p.text, p.text, p.text, 1.3f, false};
    // Each block of rich text gets its own ID scope: RichText numbers its links from 0, and two links with
    // one id would hold Tab between them.
    ImGui::PushID("name");
    RichText(ctx, {Span{project.name, false, false, project.url}}, title, tx, tw);
    ImGui::PopID();
    if (!project.roles.empty()) {
        std::string roles;
        for (const std::string& r : project.roles) roles += (roles.empty() ? "" : " \xC2\xB7 ") + r;
        ImGui::SetCursorScreenPos(ImVec2(tx, ImGui::GetCursorScreenPos().y - 4.0f));
        TextLine(ctx, ctx.fonts.small_bold, Mix(color, p.text, 0.35f), roles, tx, tw);
    }
    if (const std::string facts = ProjectFacts(project); !facts.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(tx, ImGui::GetCursorScreenPos().y - 4.0f));
        TextLine(ctx, ctx.fonts.small, p.text_faint, facts, tx, tw);
    }
    ImGui::SetCursorScreenPos(ImVec2(ix, std::max(ImGui::GetCursorScreenPos().y, top + emblem + 12.0f)));
    ImGui::PushID("description");
    if (!project.description.empty()) Markup(ctx, project.description, BodyText(ctx), ix, iw);
    ImGui::PopID();
}

// Highlights: stars first, then the owner's achievements.
void ProjectHighlights(const ViewContext& ctx, const Project& project, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    if (project.stars.empty() && project.highlights.empty()) return;
    VerticalSpace(2.0f);
    if (!project.stars.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
        TextLine(ctx, ctx.fonts.small, p.warning, std::string(ICON_STAR) + "  " + project.stars + " stars on GitHub", ix, iw);
    }
    for (const std::string& h : project.highlights) {
        const float y = ImGui::GetCursorScreenPos().y;
        DrawText(ctx.fonts.small, ImVec2(ix, y + 3.0f), p.accent, ICON_TROPHY);
        RichTextStyle style = BodyText(ctx);
        style.regular = ctx.fonts.small;
        style.bold = ctx.fonts.small_bold;
        style.italic = ctx.fonts.small;
        ImGui::SetCursorScreenPos(ImVec2(ix + 22.0f, y));
        ImGui::PushID(h.c_str());
        Markup(ctx, h, style, ix + 22.0f, iw - 22.0f);
        ImGui::PopID();
    }
}

// Related publications: their titles, and a button that filters the timeline to this project.
void ProjectPublications(const ViewContext& ctx, const Project& project, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    auto found = ctx.state.publications_of_project.find(project.id);
    if (found == ctx.state.publications_of_project.end())
        found = ctx.state.publications_of_project.emplace(project.id, ctx.profile.PublicationsOfProject(project.id)).first;
    const std::vector<std::size_t>& related = found->second;
    if (related.empty()) return;
    VerticalSpace(2.0f);
    ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
    TextLine(ctx, ctx.fonts.small_bold, p.text_faint,
             std::to_string(related.size()) + (related.size() == 1 ? " RELATED PUBLICATION" : " RELATED PUBLICATIONS"), ix, iw);
    for (std::size_t k = 0; k < related.size() && k < 3; ++k) {
        const Publication& pub = ctx.profile.publications[related[k]];
        const float y = ImGui::GetCursorScreenPos().y;
        DrawText(ctx.fonts.small, ImVec2(ix, y + 2.0f), p.text_faint, ICON_FILE_TEXT);
        RichTextStyle style = BodyText(ctx);
        style.regular = style.bold = style.italic = ctx.fonts.small;
        style.color = p.text_muted;
        style.line_height = 1.4f;
        style.underline_idle = false;
        ImGui::SetCursorScreenPos(ImVec2(ix + 20.0f, y));
        ImGui::PushID(pub.id.c_str());
        RichText(ctx, {Span{pub.name, false, false, pub.url}}, style, ix + 20.0f, iw - 20.0f);
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
    PillStyle show{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.link, 0, ICON_SEARCH, 0.0f, 4.0f};
    const bool clicked = PillButton(ctx, "##show-pubs", show, "Show these publications");
    RecordTarget(ctx, "project-publications:" + project.id);
    if (clicked) {
        PublicationsState& s = ctx.state.publications;
        s.filter.ClearFilters();
        s.filter.Values(Facet::Project) = {project.id};
        s.more_filters = true;
        s.route_discrete = true;
        ctx.state.scroll_to = "publications";
    }
}

// Keywords as tags, then the links (the repository when none is given).
void ProjectTagsAndLinks(const ViewContext& ctx, const Project& project, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    if (!project.keywords.empty()) {
        VerticalSpace(2.0f);
        Flow tags(ix, iw, 6.0f, 6.0f);
        for (std::size_t i = 0; i < project.keywords.size(); ++i) {
            PillStyle style{ctx.fonts.small, p.surface_alt, p.text_muted, 0, nullptr, 9.0f, 3.0f};
            tags.Place(PillSize(style, project.keywords[i]));
            ImGui::PushID(static_cast<int>(i));
            Pill("##kw", style, project.keywords[i]);
            ImGui::PopID();
        }
        tags.End();
    }
    std::vector<Link> links = project.links;
    if (links.empty() && !project.url.empty()) links.push_back(Link{"code", project.url, "Repository"});
    if (!links.empty()) {
        VerticalSpace(4.0f);
        Flow row(ix, iw);
        for (const Link& link : links)
            LinkButton(ctx, IconForLinkType(link.type), link.label.empty() ? (link.type == "code" ? "Repository" : link.type) : link.label, link.url, &row);
        row.End();
    }
}

// Returns the height its content needs, so a row of cards can share the tallest one on the next frame.
float ProjectCard(const ViewContext& ctx, const Project& project, std::size_t index, float x, float width, float min_height) {
    const ImU32 color = ParseHexColor(project.color, FallbackAccent(index + 3));
    Card card(ctx, x, width);
    const float ix = card.InnerX(), iw = card.InnerWidth();
    const float top = ImGui::GetCursorScreenPos().y;
    ProjectHeading(ctx, project, color, ix, iw, top);
    ProjectHighlights(ctx, project, ix, iw);
    ProjectPublications(ctx, project, ix, iw);
    ProjectTagsAndLinks(ctx, project, ix, iw);
    // Keep cards of a row the same height.
    const float used = ImGui::GetCursorScreenPos().y - top;
    if (const float fill = min_height - used - ImGui::GetStyle().ItemSpacing.y; fill > 0.0f) VerticalSpace(fill);
    return used;
}

}  // namespace

void ShowProjects(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    SectionHeading(ctx, "projects", nullptr, "Open-source projects");
    const int columns = ctx.compact ? 1 : (ctx.width >= 1100.0f ? 3 : 2);
    const float gap = ctx.theme.metrics.block_gap;
    const float col_w = (ctx.width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    for (std::size_t row = 0; row * static_cast<std::size_t>(columns) < pr.projects.size(); ++row) {
        const float y = ImGui::GetCursorScreenPos().y;
        const ImGuiID row_id = ImGui::GetID(("row" + std::to_string(row)).c_str());
        const float min_h = storage->GetFloat(row_id, 0.0f);  // tallest content of this row on the previous frame
        float bottom = y, natural = 0.0f;
        for (int c = 0; c < columns; ++c) {
            const std::size_t i = row * static_cast<std::size_t>(columns) + static_cast<std::size_t>(c);
            if (i >= pr.projects.size()) break;
            const float cx = ctx.x + static_cast<float>(c) * (col_w + gap);
            ImGui::SetCursorScreenPos(ImVec2(cx, y));
            ImGui::PushID(pr.projects[i].id.c_str());
            natural = std::max(natural, ProjectCard(ctx, pr.projects[i], i, cx, col_w, columns > 1 ? min_h : 0.0f));
            ImGui::PopID();
            bottom = std::max(bottom, ImGui::GetItemRectMax().y);
        }
        storage->SetFloat(row_id, natural);
        ImGui::SetCursorScreenPos(ImVec2(ctx.x, bottom + gap));
        ImGui::Dummy(ImVec2(ctx.width, 0.0f));
    }
    VerticalSpace(ctx.theme.metrics.section_gap - gap);
}

void ProjectsText(const Profile& p, std::string& out) {
    for (const auto& pr : p.projects) {
        out += pr.name + pr.description + pr.entity + pr.type;
        for (const auto* list : {&pr.highlights, &pr.keywords, &pr.roles})
            for (const auto& s : *list) out += s;
    }
}

}  // namespace portfolio::ui
