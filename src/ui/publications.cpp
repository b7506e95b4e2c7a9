// Publications, grouped by the profile's topics (or by year when it has none), each as a card with
// venue, date and badges, the title, the authors with the owner and equal contributions marked, and links.
#include <algorithm>
#include <map>

#include "core/dates.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

const char* VenueKindLabel(VenueKind kind) {
    switch (kind) {
        case VenueKind::Conference: return "Conference";
        case VenueKind::Journal: return "Journal";
        case VenueKind::Workshop: return "Workshop";
        case VenueKind::Preprint: return "Preprint";
        case VenueKind::Thesis: return "Thesis";
        default: return nullptr;
    }
}

std::string LinkLabel(const Link& link) {
    if (!link.label.empty()) return link.label;
    std::string label = link.type;
    if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return label;
}

void PublicationCard(const ViewContext& ctx, const Publication& pub, ImU32 topic_color) {
    const Palette& p = ctx.theme.palette;
    const float top = ImGui::GetCursorScreenPos().y;
    {
        Card card(ctx, ctx.x, ctx.width);
        const float ix = card.InnerX(), iw = card.InnerWidth();

        // Venue, date and badges.
        Flow meta(ix, iw, 8.0f, 6.0f);
        if (!pub.publisher.empty()) {
            const bool peer_reviewed = pub.venue_kind == VenueKind::Conference || pub.venue_kind == VenueKind::Journal;
            PillStyle venue{ctx.fonts.small_bold, peer_reviewed ? p.accent_soft : p.surface_alt, peer_reviewed ? p.accent : p.text_muted};
            meta.Place(PillSize(venue, pub.publisher));
            Pill("##venue", venue, pub.publisher);
            if (ImGui::IsItemHovered() && VenueKindLabel(pub.venue_kind)) {
                ImGui::PushFont(ctx.fonts.small);
                ImGui::SetTooltip("%s", VenueKindLabel(pub.venue_kind));
                ImGui::PopFont();
            }
        }
        for (std::size_t i = 0; i < pub.badges.size(); ++i) {
            PillStyle badge{ctx.fonts.small_bold, p.success_soft, p.success, 0, ICON_STAR};
            meta.Place(PillSize(badge, pub.badges[i]));
            ImGui::PushID(static_cast<int>(i));
            Pill("##badge", badge, pub.badges[i]);
            ImGui::PopID();
        }
        const std::string date = FormatDate(pub.release_date);
        if (!date.empty()) {
            const ImVec2 ts = TextSize(ctx.fonts.small, date);
            const ImVec2 at = meta.Place(ImVec2(ts.x, FontSize(ctx.fonts.small_bold) + 8.0f));
            DrawText(ctx.fonts.small, ImVec2(at.x + 2.0f, at.y + 4.0f), p.text_faint, date);
            ImGui::Dummy(ImVec2(ts.x, FontSize(ctx.fonts.small_bold) + 8.0f));
        }
        meta.End();
        VerticalSpace(2.0f);

        // Title, linked to the primary URL when there is one.
        RichTextStyle title_style{ctx.fonts.title, ctx.fonts.title, ctx.fonts.title, p.text, p.text, p.text, 1.35f, false};
        ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
        RichText(ctx, {Span{pub.name, false, false, pub.url}}, title_style, ix, iw);

        // Authors: the owner in bold, equal contributions with an asterisk.
        if (!pub.authors.empty()) {
            std::vector<Span> authors;
            for (std::size_t i = 0; i < pub.authors.size(); ++i) {
                const Author& a = pub.authors[i];
                if (i > 0) authors.push_back(Span{", ", false, false, ""});
                authors.push_back(Span{a.name + (a.equal_contribution ? "*" : ""), a.is_owner, false, ""});
            }
            RichTextStyle style = BodyText(ctx);
            style.regular = ctx.fonts.small;
            style.bold = ctx.fonts.small_bold;
            style.italic = ctx.fonts.small;
            style.line_height = 1.5f;
            ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
            RichText(ctx, authors, style, ix, iw);
        }
        if (!pub.summary.empty()) {
            RichTextStyle style = BodyText(ctx);
            ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
            Markup(ctx, pub.summary, style, ix, iw);
        }
        // Links.
        if (!pub.links.empty()) {
            VerticalSpace(2.0f);
            ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
            Flow links(ix, iw, 8.0f, 8.0f);
            for (const Link& link : pub.links) LinkButton(ctx, IconForLinkType(link.type), LinkLabel(link), link.url, &links);
            links.End();
        } else if (!pub.url.empty()) {
            Flow links(ix, iw);
            LinkButton(ctx, ICON_FILE_TEXT, "Paper", pub.url, &links);
            links.End();
        }
    }
    // A topic-coloured rule on the card's left edge.
    const float bottom = ImGui::GetItemRectMax().y;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(ctx.x, top + 18.0f), ImVec2(ctx.x + 4.0f, bottom - 18.0f), topic_color, 2.0f);
    VerticalSpace(ctx.theme.metrics.block_gap - 8.0f);
}

void GroupHeading(const ViewContext& ctx, const std::string& anchor, const std::string& name, std::size_t count, ImU32 color) {
    const Palette& p = ctx.theme.palette;
    if (ctx.state.scroll_to == anchor) {
        ImGui::SetScrollY(std::max(0.0f, ImGui::GetCursorPosY() - 24.0f));
        ctx.state.scroll_to.clear();
    }
    ctx.state.section_y[anchor] = ImGui::GetCursorPosY();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float size = FontSize(ctx.fonts.title);
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(ctx.x + 6.0f, pos.y + size * 0.55f), 5.0f, color, 20);
    DrawText(ctx.fonts.title, ImVec2(ctx.x + 20.0f, pos.y), p.text, name);
    const float nx = ctx.x + 20.0f + TextSize(ctx.fonts.title, name).x + 10.0f;
    const std::string n = std::to_string(count);
    DrawText(ctx.fonts.small, ImVec2(nx, pos.y + 3.0f), p.text_faint, n + (count == 1 ? " paper" : " papers"));
    ImGui::Dummy(ImVec2(ctx.width, size + 6.0f));
}

}  // namespace

void ShowPublications(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    if (pr.publications.empty()) return;
    const bool any_equal = std::any_of(pr.publications.begin(), pr.publications.end(), [](const Publication& pub) {
        return std::any_of(pub.authors.begin(), pub.authors.end(), [](const Author& a) { return a.equal_contribution; });
    });
    const std::string subtitle = std::to_string(pr.publications.size()) + (pr.publications.size() == 1 ? " publication" : " publications") +
                                 (any_equal ? "   \xC2\xB7   * equal contribution" : "");
    SectionHeading(ctx, "publications", nullptr, "Publications", subtitle);

    if (!pr.topics.empty()) {
        for (std::size_t t = 0; t < pr.topics.size(); ++t) {
            const Topic& topic = pr.topics[t];
            std::vector<const Publication*> in_topic;
            for (const Publication& pub : pr.publications)
                if (std::find(pub.topics.begin(), pub.topics.end(), topic.id) != pub.topics.end()) in_topic.push_back(&pub);
            if (in_topic.empty()) continue;
            const ImU32 color = ParseHexColor(topic.color, FallbackAccent(t));
            ImGui::PushID(topic.id.c_str());
            GroupHeading(ctx, "topic:" + topic.id, topic.name, in_topic.size(), color);
            for (const Publication* pub : in_topic) {
                ImGui::PushID(pub->id.c_str());
                PublicationCard(ctx, *pub, color);
                ImGui::PopID();
            }
            ImGui::PopID();
            VerticalSpace(12.0f);
        }
        std::vector<const Publication*> other;
        for (const Publication& pub : pr.publications)
            if (pub.topics.empty()) other.push_back(&pub);
        if (!other.empty()) {
            ImGui::PushID("##other");
            GroupHeading(ctx, "topic:", "Other", other.size(), ctx.theme.palette.text_faint);
            for (const Publication* pub : other) {
                ImGui::PushID(pub->id.c_str());
                PublicationCard(ctx, *pub, ctx.theme.palette.text_faint);
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    } else {
        // No topics: newest year first.
        std::map<int, std::vector<const Publication*>, std::greater<>> by_year;
        for (const Publication& pub : pr.publications) by_year[pub.release_date.year].push_back(&pub);
        for (const auto& [year, pubs] : by_year) {
            const std::string name = year ? std::to_string(year) : std::string("Undated");
            ImGui::PushID(year);
            GroupHeading(ctx, "year:" + name, name, pubs.size(), ctx.theme.palette.accent);
            for (const Publication* pub : pubs) {
                ImGui::PushID(pub->id.c_str());
                PublicationCard(ctx, *pub, ctx.theme.palette.accent);
                ImGui::PopID();
            }
            ImGui::PopID();
        }
    }
    VerticalSpace(ctx.theme.metrics.section_gap - 12.0f);
}

}  // namespace portfolio::ui
