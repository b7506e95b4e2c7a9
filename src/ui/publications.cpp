// The publication timeline: search, facet chips with live counts, sort, the interactive time axis,
// and the list of publications (only the visible cards are drawn), each with venue, date, badges,
// highlighted matches, authors with the owner and equal contributions marked, links, abstract and Cite.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/bibtex.h"
#include "core/dates.h"
#include "core/search.h"
#include "ui/a11y.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/time_axis.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

std::string LinkLabel(const Link& link) {
    if (!link.label.empty()) return link.label;
    std::string label = link.type;
    if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
    return label;
}

ImU32 TopicColor(const ViewContext& ctx, const Publication& pub) {
    if (pub.topics.empty()) return ctx.theme.palette.text_faint;
    for (std::size_t t = 0; t < ctx.profile.topics.size(); ++t)
        if (ctx.profile.topics[t].id == pub.topics.front()) return ParseHexColor(ctx.profile.topics[t].color, FallbackAccent(t));
    return ctx.theme.palette.text_faint;
}

// A filter chip: label and live count; active chips are filled with the facet's colour. Topic chips
// carry a dot in the topic's colour so the chips, the axis markers and the cards read as one.
bool FacetChip(const ViewContext& ctx, Flow& flow, Facet facet, const FacetValue& v, ImU32 color, bool dot) {
    const Palette& p = ctx.theme.palette;
    const std::string text = v.label + "  " + std::to_string(v.count);
    const float dot_w = dot ? 14.0f : 0.0f;
    PillStyle style{ctx.fonts.small, v.active ? color : p.surface, v.active ? p.accent_text : (v.count ? p.text : p.text_faint),
                    v.active ? 0u : p.border, nullptr, 11.0f, 5.0f};
    ImVec2 size = PillSize(style, text);
    size.x += dot_w;
    flow.Place(size);
    ImGui::PushID(v.value.c_str());
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##chip", size);
    RecordTarget(ctx, std::string("facet:") + FacetKey(facet) + ":" + v.value);
    FocusRing(ctx, size.y * 0.5f);
    a11y::Describe(a11y::Role::Toggle, v.label + " (" + std::to_string(v.count) + ")", v.active ? a11y::kChecked : 0);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = hovered && !v.active ? p.surface_alt : style.background;
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, size.y * 0.5f);
    if (style.border) dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), hovered ? Mix(p.border, color, 0.5f) : style.border, size.y * 0.5f);
    if (dot) dl->AddCircleFilled(ImVec2(pos.x + style.pad_x + 4.0f, pos.y + size.y * 0.5f), 4.0f, v.active ? p.accent_text : color, 12);
    DrawText(style.font, ImVec2(pos.x + style.pad_x + dot_w, pos.y + style.pad_y), style.text, text);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return clicked;
}

void ToggleValue(PublicationsState& s, Facet facet, const std::string& value) {
    auto& values = s.filter.Values(facet);
    if (!values.erase(value)) values.insert(value);
    s.route_discrete = true;
}

// One row of facet chips with a small label in front.
void FacetRow(const ViewContext& ctx, Facet facet, const char* label, float label_w) {
    PublicationsState& s = ctx.state.publications;
    const auto& values = ctx.query.facets[static_cast<std::size_t>(facet)];
    if (values.empty()) return;
    const Palette& p = ctx.theme.palette;
    const float y = ImGui::GetCursorScreenPos().y;
    float x = ctx.x;
    if (!ctx.compact) {
        DrawText(ctx.fonts.small_bold, ImVec2(ctx.x, y + 6.0f), p.text_faint, label);
        x += label_w;
    } else {
        TextLine(ctx, ctx.fonts.small_bold, p.text_faint, label, ctx.x, ctx.width);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    Flow flow(x, ctx.x + ctx.width - x, 6.0f, 6.0f);
    ImGui::PushID(FacetKey(facet));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const FacetValue& v = values[i];
        if (v.count == 0 && !v.active && facet != Facet::Topic) continue;  // nothing to show; topics stay for orientation
        ImU32 color = p.accent;
        if (facet == Facet::Topic) color = ParseHexColor(ctx.profile.FindTopic(v.value) ? ctx.profile.FindTopic(v.value)->color : "", FallbackAccent(i));
        if (FacetChip(ctx, flow, facet, v, color, facet == Facet::Topic)) ToggleValue(s, facet, v.value);
    }
    ImGui::PopID();
    flow.End();
    VerticalSpace(2.0f);
}

constexpr float kSearchHeight = 40.0f;

// The search box: a framed input with an icon, a clear button and the "/" hint.
void SearchBox(const ViewContext& ctx, ImVec2 start, float search_w) {
    PublicationsState& s = ctx.state.publications;
    const Palette& p = ctx.theme.palette;
    const float h = kSearchHeight;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool active_before = s.search_active;
    dl->AddRectFilled(start, ImVec2(start.x + search_w, start.y + h), p.surface, 10.0f);
    dl->AddRect(start, ImVec2(start.x + search_w, start.y + h), active_before ? p.accent : p.border, 10.0f, 0, active_before ? 1.5f : 1.0f);
    DrawText(ctx.fonts.body, ImVec2(start.x + 14.0f, start.y + (h - FontSize(ctx.fonts.body)) * 0.5f), p.text_faint, ICON_SEARCH);
    ImGui::SetCursorScreenPos(ImVec2(start.x + 40.0f, start.y + (h - FontSize(ctx.fonts.body)) * 0.5f - 3.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 3));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_FrameBgActive, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_NavHighlight, IM_COL32(0, 0, 0, 0));  // the ring goes around the whole box, below
    ImGui::SetNextItemWidth(search_w - 40.0f - 36.0f);
    if (s.focus_search) {
        ImGui::SetKeyboardFocusHere();
        s.focus_search = false;
    }
    const bool changed = ImGui::InputTextWithHint("##search", ctx.compact ? "Search publications" : "Search titles, authors, venues, tags  ( / )",
                                                  s.search, sizeof s.search, ImGuiInputTextFlags_EscapeClearsAll);
    const bool search_hovered = ImGui::IsItemHovered();
    s.search_active = ImGui::IsItemActive();
    RecordTarget(ctx, "search");
    a11y::Describe(a11y::Role::TextField, "Search publications", 0, s.search);
    ImGui::PopStyleColor(4);
    FocusRing(ctx, start, ImVec2(start.x + search_w, start.y + h), 10.0f);
    ImGui::PopStyleVar(2);
    if (search_hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    if (changed) {
        s.filter.query = s.search;
        s.route_discrete = false;  // typing replaces the history entry instead of adding one per key
    }
    if (s.search[0] != '\0') {
        ImGui::SetCursorScreenPos(ImVec2(start.x + search_w - 34.0f, start.y + 6.0f));
        if (IconButton(ctx, "##clear-search", ICON_TIMES, "Clear the search (Esc)", "", 28.0f)) {
            s.search[0] = '\0';
            s.filter.query.clear();
            s.route_discrete = true;
        }
    }
}

// Sort: a segmented control.
void SortControl(const ViewContext& ctx, float sx, float sy, float sort_w) {
    PublicationsState& s = ctx.state.publications;
    const Palette& p = ctx.theme.palette;
    const float h = kSearchHeight;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    static constexpr std::pair<SortOrder, const char*> kSorts[] = {
        {SortOrder::Newest, "Newest"}, {SortOrder::Oldest, "Oldest"}, {SortOrder::Title, "Title"}, {SortOrder::Topic, "Topic"}};
    const float seg_w = sort_w / 4.0f;
    dl->AddRectFilled(ImVec2(sx, sy), ImVec2(sx + sort_w, sy + h), p.surface_alt, 10.0f);
    for (int i = 0; i < 4; ++i) {
        const auto& [order, label] = kSorts[i];
        const ImVec2 a(sx + seg_w * static_cast<float>(i) + 3.0f, sy + 3.0f), b(a.x + seg_w - 6.0f, sy + h - 3.0f);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(i);
        const bool clicked = ImGui::InvisibleButton("##sort", ImVec2(b.x - a.x, b.y - a.y));
        RecordTarget(ctx, std::string("sort:") + SortKey(order));
        FocusRing(ctx, 8.0f);
        a11y::Describe(a11y::Role::Toggle, std::string("Sort: ") + label, s.filter.sort == order ? a11y::kChecked : 0);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        const bool on = s.filter.sort == order;
        if (on) dl->AddRectFilled(a, b, p.surface, 8.0f);
        if (on) dl->AddRect(a, b, p.border, 8.0f);
        const ImVec2 ts = TextSize(on ? ctx.fonts.small_bold : ctx.fonts.small, label);
        DrawText(on ? ctx.fonts.small_bold : ctx.fonts.small, ImVec2((a.x + b.x - ts.x) * 0.5f, (a.y + b.y - ts.y) * 0.5f),
                 on ? p.text : (hovered ? p.text : p.text_muted), label);
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::PushFont(ctx.fonts.small);
            ImGui::SetTooltip("Sort: %s", label);
            ImGui::PopFont();
        }
        if (clicked && !on) {
            s.filter.sort = order;
            s.route_discrete = true;
        }
    }
}

// The search box and the sort control: side by side, or stacked on a phone.
void SearchAndSort(const ViewContext& ctx) {
    const float sort_w = ctx.compact ? ctx.width : 300.0f;
    const float search_w = ctx.compact ? ctx.width : ctx.width - sort_w - 16.0f;
    const ImVec2 start(ctx.x, ImGui::GetCursorScreenPos().y);
    const float h = kSearchHeight;
    SearchBox(ctx, start, search_w);
    const float sx = ctx.compact ? ctx.x : start.x + search_w + 16.0f;
    const float sy = ctx.compact ? start.y + h + 10.0f : start.y;
    SortControl(ctx, sx, sy, sort_w);
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, ctx.compact ? sy + h : start.y + h));
    ImGui::Dummy(ImVec2(ctx.width, 6.0f));
}

void Filters(const ViewContext& ctx) {
    PublicationsState& s = ctx.state.publications;
    const Palette& p = ctx.theme.palette;
    const float label_w = 74.0f;
    FacetRow(ctx, Facet::Topic, "TOPIC", label_w);
    FacetRow(ctx, Facet::Year, "YEAR", label_w);
    FacetRow(ctx, Facet::Role, "ROLE", label_w);
    if (s.more_filters) {
        FacetRow(ctx, Facet::Venue, "VENUE", label_w);
        FacetRow(ctx, Facet::Kind, "TYPE", label_w);
        FacetRow(ctx, Facet::Project, "PROJECT", label_w);
        FacetRow(ctx, Facet::Tag, "TAG", label_w);
    }
    // Result line: counts, more/fewer filters, clear all.
    const std::size_t shown = ctx.query.visible.size(), total = ctx.query.total;
    const float y = ImGui::GetCursorScreenPos().y + 2.0f;
    const std::string summary = shown == total ? "All " + std::to_string(total) + " publications"
                                               : "Showing " + std::to_string(shown) + " of " + std::to_string(total) + " publications";
    DrawText(ctx.fonts.small, ImVec2(ctx.x, y + 4.0f), p.text_muted, summary);
    a11y::Status(summary);  // announced when a filter changes it
    float x = ctx.x + TextSize(ctx.fonts.small, summary).x + 16.0f;
    const char* more = s.more_filters ? "Fewer filters" : "More filters";
    PillStyle link_style{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.link, 0, nullptr, 6.0f, 4.0f};
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (PillButton(ctx, "##more", link_style, more)) s.more_filters = !s.more_filters;
    x += PillSize(link_style, more).x + 4.0f;
    if (s.filter.Active()) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        PillStyle clear_style{ctx.fonts.small_bold, IM_COL32(0, 0, 0, 0), p.danger, 0, ICON_TIMES, 6.0f, 4.0f};
        const bool clear_clicked = PillButton(ctx, "##clear-all", clear_style, "Clear all filters");
        RecordTarget(ctx, "clear-all");
        if (clear_clicked) {
            s.filter.ClearFilters();
            s.search[0] = '\0';
            s.route_discrete = true;
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, y));
    ImGui::Dummy(ImVec2(ctx.width, FontSize(ctx.fonts.small) + 12.0f));
}

// Venue, date, topic and badges.
void PublicationMeta(const ViewContext& ctx, const Publication& pub, const std::vector<std::string>& words, ImU32 topic_color, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    Flow meta(ix, iw, 8.0f, 6.0f);
    if (!pub.publisher.empty()) {
        const bool peer_reviewed = pub.venue_kind == VenueKind::Conference || pub.venue_kind == VenueKind::Journal;
        const bool hit = !words.empty() && !FindMatches(pub.publisher, words).empty();
        PillStyle venue{ctx.fonts.small_bold, hit ? IM_COL32(255, 214, 102, 150) : (peer_reviewed ? p.accent_soft : p.surface_alt),
                        peer_reviewed ? p.accent : p.text_muted};
        meta.Place(PillSize(venue, pub.publisher));
        Pill("##venue", venue, pub.publisher);
    }
    for (std::size_t i = 0; i < pub.badges.size(); ++i) {
        PillStyle badge{ctx.fonts.small_bold, p.success_soft, p.success, 0, ICON_STAR};
        meta.Place(PillSize(badge, pub.badges[i]));
        ImGui::PushID(static_cast<int>(i));
        Pill("##badge", badge, pub.badges[i]);
        ImGui::PopID();
    }
    const std::string date = FormatDate(pub.release_date);
    const Topic* topic = pub.topics.empty() ? nullptr : ctx.profile.FindTopic(pub.topics.front());
    std::string meta_text = date;
    if (topic && !ctx.compact) meta_text += (meta_text.empty() ? "" : "   \xC2\xB7   ") + topic->name;
    if (!meta_text.empty()) {
        const ImVec2 ts = TextSize(ctx.fonts.small, meta_text);
        const float row_h = FontSize(ctx.fonts.small_bold) + 8.0f;
        const ImVec2 at = meta.Place(ImVec2(ts.x + (topic ? 14.0f : 0.0f), row_h));
        float tx = at.x + 2.0f;
        DrawText(ctx.fonts.small, ImVec2(tx, at.y + 4.0f), p.text_faint, date);
        if (topic && !ctx.compact) {
            tx += TextSize(ctx.fonts.small, date + "   \xC2\xB7   ").x;
            ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(tx + 4.0f, at.y + row_h * 0.5f), 4.0f, topic_color, 12);
            DrawText(ctx.fonts.small, ImVec2(tx + 12.0f, at.y + 4.0f), p.text_faint, topic->name);
        }
        ImGui::Dummy(ImVec2(ts.x, row_h));
    }
    meta.End();
    VerticalSpace(2.0f);

}

// Title (linked to the primary URL), authors (the owner in bold, equal contributions with an asterisk)
// and the tags that matched, each with the search's matches marked.
void PublicationText(const ViewContext& ctx, const Publication& pub, const std::vector<std::string>& words, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    RichTextStyle title_style{ctx.fonts.title, ctx.fonts.title, ctx.fonts.title, p.text, p.text, p.text, 1.35f, false};
    ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
    ImGui::PushID("title");  // its links apart from the abstract's (RichText numbers them from 0 in each)
    RichText(ctx, MarkMatches(pub.name, words, false, pub.url), title_style, ix, iw);
    ImGui::PopID();

    // Authors: the owner in bold, equal contributions with an asterisk, matches marked.
    if (!pub.authors.empty()) {
        std::vector<Span> authors;
        for (std::size_t i = 0; i < pub.authors.size(); ++i) {
            const Author& a = pub.authors[i];
            if (i > 0) authors.push_back(Span{", ", false, false, ""});
            for (Span& sp : MarkMatches(a.name, words, a.is_owner)) authors.push_back(std::move(sp));
            if (a.equal_contribution) authors.push_back(Span{"*", a.is_owner, false, ""});
        }
        RichTextStyle style = BodyText(ctx);
        style.regular = ctx.fonts.small;
        style.bold = ctx.fonts.small_bold;
        style.italic = ctx.fonts.small;
        style.line_height = 1.5f;
        ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
        RichText(ctx, authors, style, ix, iw);
    }
    // Tags that matched the search, so a visitor sees why this paper is here.
    if (!words.empty()) {
        std::string matched;
        for (const std::string& t : pub.tags)
            if (!FindMatches(t, words).empty()) matched += (matched.empty() ? "Tags: " : ", ") + t;
        if (!matched.empty()) {
            ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
            RichTextStyle style = BodyText(ctx);
            style.regular = style.bold = style.italic = ctx.fonts.small;
            RichText(ctx, MarkMatches(matched, words), style, ix, iw);
        }
    }
}

// Links, the abstract toggle and Cite.
void PublicationActions(const ViewContext& ctx, const Publication& pub, bool abstract_hit, bool& open, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    PublicationsState& s = ctx.state.publications;
    VerticalSpace(2.0f);
    ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
    Flow links(ix, iw, 8.0f, 8.0f);
    if (!pub.links.empty()) {
        for (const Link& link : pub.links) LinkButton(ctx, IconForLinkType(link.type), LinkLabel(link), link.url, &links);
    } else if (!pub.url.empty()) {
        LinkButton(ctx, ICON_FILE_TEXT, "Paper", pub.url, &links);
    }
    PillStyle action{ctx.fonts.small, IM_COL32(0, 0, 0, 0), p.text_muted, p.border, nullptr, 11.0f, 5.0f};
    if (!pub.summary.empty() && !abstract_hit) {
        action.icon = open ? ICON_TIMES : ICON_FILE_TEXT;
        const char* label = open ? "Hide abstract" : "Abstract";
        links.Place(PillSize(action, label));
        if (PillButton(ctx, "##abstract", action, label)) open = !open;
    }
    const bool cited = s.cited_id == pub.id && ImGui::GetTime() - s.cited_at < 2.0;
    action.icon = cited ? ICON_CHECK : ICON_COPY;
    if (cited) action.text = p.success;
    const char* cite_label = cited ? "BibTeX copied" : "Cite";
    links.Place(PillSize(action, cite_label));
    const bool cite_clicked = PillButton(ctx, "##cite", action, cite_label);
    RecordTarget(ctx, "cite:" + pub.id);
    if (cite_clicked) {
        ImGui::SetClipboardText(MakeBibtex(pub).c_str());
        s.cited_id = pub.id;
        s.cited_at = ImGui::GetTime();
    }
    if (ImGui::IsItemHovered() && !cited) {
        ImGui::PushFont(ctx.fonts.small);
        ImGui::SetTooltip("Copy a BibTeX entry for this paper");
        ImGui::PopFont();
    }
    links.End();
}

void PublicationCard(const ViewContext& ctx, const Publication& pub, const std::vector<std::string>& words) {
    const Palette& p = ctx.theme.palette;
    PublicationsState& s = ctx.state.publications;
    const ImU32 topic_color = TopicColor(ctx, pub);
    const bool selected = s.selected == pub.id;
    const float top = ImGui::GetCursorScreenPos().y;
    {
        Card card(ctx, ctx.x, ctx.width);
        const float ix = card.InnerX(), iw = card.InnerWidth();
        PublicationMeta(ctx, pub, words, topic_color, ix, iw);
        PublicationText(ctx, pub, words, ix, iw);
        // Abstract, folded unless opened (or unless the search found something in it).
        const bool abstract_hit = !words.empty() && !FindMatches(pub.summary, words).empty();
        bool& open = s.abstract_open[pub.id];
        if (!pub.summary.empty() && (open || abstract_hit)) {
            RichTextStyle style = BodyText(ctx);
            ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetCursorScreenPos().y));
            if (abstract_hit) RichText(ctx, MarkMatches(PlainText(pub.summary), words), style, ix, iw);
            else Markup(ctx, pub.summary, style, ix, iw);
        }

        PublicationActions(ctx, pub, abstract_hit, open, ix, iw);
    }
    // A topic-coloured rule on the card's left edge; a ring when selected on the time axis.
    const float bottom = ImGui::GetItemRectMax().y;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(ctx.x, top + 18.0f), ImVec2(ctx.x + 4.0f, bottom - 18.0f), topic_color, 2.0f);
    if (selected) dl->AddRect(ImVec2(ctx.x - 3.0f, top - 3.0f), ImVec2(ctx.x + ctx.width + 3.0f, bottom + 3.0f), p.accent, 16.0f, 0, 2.0f);
}

void EmptyResults(const ViewContext& ctx) {
    PublicationsState& s = ctx.state.publications;
    const Palette& p = ctx.theme.palette;
    Card card(ctx, ctx.x, ctx.width);
    TextLine(ctx, ctx.fonts.title, p.text, "No publications match these filters", card.InnerX(), card.InnerWidth());
    TextLine(ctx, ctx.fonts.body, p.text_muted, "Try fewer words or remove a filter.", card.InnerX(), card.InnerWidth());
    VerticalSpace(4.0f);
    ImGui::SetCursorScreenPos(ImVec2(card.InnerX(), ImGui::GetCursorScreenPos().y));
    if (ActionButton(ctx, "##empty-clear", ICON_TIMES, "Clear all filters", true)) {
        s.filter.ClearFilters();
        s.search[0] = '\0';
        s.route_discrete = true;
    }
}

// Caches a card's measured height, keeping the sum and count of the measured ones (their mean places the
// cards not measured yet) without a pass over all of them each frame.
void RecordHeight(PublicationsState& s, std::size_t i, float height) {
    float& h = s.heights[i];
    if (h == height) return;
    ++s.heights_version;
    if (h > 0.0f) s.heights_sum -= h, --s.heights_count;
    h = height;
    if (h > 0.0f) s.heights_sum += h, ++s.heights_count;
}

// Each publication's topic group when listing by topic: the index of its first topic in the profile's
// list, or the list's size ("Other"). Once per profile (Reset clears it).
const std::vector<int>& TopicRanks(PublicationsState& s, const Profile& pr) {
    if (s.topic_rank.size() == pr.publications.size()) return s.topic_rank;
    s.topic_rank.assign(pr.publications.size(), static_cast<int>(pr.topics.size()));
    for (std::size_t i = 0; i < pr.publications.size(); ++i) {
        const Publication& pub = pr.publications[i];
        for (std::size_t t = 0; t < pr.topics.size(); ++t)
            if (!pub.topics.empty() && pr.topics[t].id == pub.topics.front()) s.topic_rank[i] = static_cast<int>(t);
    }
    return s.topic_rank;
}

// The cached heights are for one width: a new width (or profile) measures again.
void FitHeights(PublicationsState& s, std::size_t publications, float width) {
    if (s.heights.size() == publications && std::fabs(s.heights_width - width) <= 0.5f) return;
    s.heights.assign(publications, 0.0f);
    s.heights_width = width;
    s.heights_sum = 0.0;
    s.heights_count = 0;
    ++s.heights_version;
}

// The first listed card that does not end above `limit` (content y), by bisection of the offsets.
std::size_t FirstNearView(const PublicationsState& s, const QueryResult& query, const std::vector<float>& offsets, float base,
                          float estimate, float limit) {
    const auto ends_above = [&](std::size_t k) {
        const float known = s.heights[query.visible[k]];
        return base + offsets[k] + (known > 0.0f ? known : estimate) < limit;
    };
    std::size_t lo = 0, hi = query.visible.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (ends_above(mid)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// Where each listed card starts, from the top of the list, as the list's loop adds them up (a measured
// card's height, else the mean, and the gap); entry k is the k-th card's, the last the end. Kept while the
// query run, the heights and the mean stay; nullptr for a result not from LiveQuery (no run to key on).
const std::vector<float>* ListOffsets(PublicationsState& s, const QueryResult& query, float estimate, float gap) {
    if (query.run == 0) return nullptr;
    if (s.list_run != query.run || s.list_heights_version != s.heights_version || s.list_estimate != estimate ||
        s.list_offsets.size() != query.visible.size() + 1) {
        s.list_offsets.resize(query.visible.size() + 1);
        float y = 0.0f;
        for (std::size_t k = 0; k < query.visible.size(); ++k) {
            s.list_offsets[k] = y;
            const float known = s.heights[query.visible[k]];
            y += (known > 0.0f ? known : estimate) + gap;
        }
        s.list_offsets.back() = y;
        s.list_run = query.run;
        s.list_heights_version = s.heights_version;
        s.list_estimate = estimate;
    }
    return &s.list_offsets;
}

// Draws the cards of `visible`, skipping those outside the window's view with their cached heights.
void PublicationList(const ViewContext& ctx, const std::vector<std::string>& words) {
    PublicationsState& s = ctx.state.publications;
    const Profile& pr = ctx.profile;
    const float gap = ctx.theme.metrics.block_gap - 8.0f;
    FitHeights(s, pr.publications.size(), ctx.width);
    const float view_top = ImGui::GetScrollY() - 400.0f;  // window-content coordinates, with a margin
    const float view_bottom = ImGui::GetScrollY() + ImGui::GetWindowHeight() + 400.0f;
    const float origin = ImGui::GetCursorScreenPos().y - ImGui::GetCursorPosY();  // screen y of content y = 0
    const float margin = ImGui::GetWindowHeight();
    const float estimate = s.heights_count > 0 ? static_cast<float>(s.heights_sum / s.heights_count) : 8.0f * FontSize(ctx.fonts.title);
    float skipped = 0.0f;
    auto flush_skipped = [&] {
        if (skipped > 0.0f) ImGui::Dummy(ImVec2(ctx.width, skipped - ImGui::GetStyle().ItemSpacing.y));
        skipped = 0.0f;
    };
    int last_topic_rank = -2;
    a11y::BeginList("Publications");
    const std::vector<int>* topic_rank = s.filter.sort == SortOrder::Topic ? &TopicRanks(s, pr) : nullptr;
    // Not grouped by topic and nothing to scroll to: the cards that end above the view are passed over at
    // once by their kept offsets, and past the view the rest's height is added in one step.
    const std::vector<float>* offsets = !topic_rank && s.scroll_to_selected.empty() ? ListOffsets(s, ctx.query, estimate, gap) : nullptr;
    std::size_t first = 0;
    if (offsets) {
        first = FirstNearView(s, ctx.query, *offsets, ImGui::GetCursorScreenPos().y - origin, estimate, view_top - margin);
        skipped = (*offsets)[first];
    }
    // Off-screen cards cost a few operations each and never touch their publication.
    for (std::size_t k = first; k < ctx.query.visible.size(); ++k) {
        const std::size_t i = ctx.query.visible[k];
        if (topic_rank) {
            // Group headings when listing by topic.
            const int rank = (*topic_rank)[i];
            if (rank != last_topic_rank) {
                flush_skipped();
                last_topic_rank = rank;
                const Topic* topic = rank < static_cast<int>(pr.topics.size()) ? &pr.topics[static_cast<std::size_t>(rank)] : nullptr;
                const ImVec2 pos = ImGui::GetCursorScreenPos();
                const ImU32 color = topic ? ParseHexColor(topic->color, FallbackAccent(static_cast<std::size_t>(rank))) : ctx.theme.palette.text_faint;
                ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(ctx.x + 6.0f, pos.y + 12.0f), 5.0f, color, 20);
                DrawText(ctx.fonts.title, ImVec2(ctx.x + 20.0f, pos.y + 2.0f), ctx.theme.palette.text, topic ? topic->name : "Other");
                ImGui::Dummy(ImVec2(ctx.width, FontSize(ctx.fonts.title) + 10.0f));
            }
        }
        const float y = ImGui::GetCursorScreenPos().y - origin + skipped;
        if (offsets && y > view_bottom + margin) {  // this card and all after it are past the view
            skipped += offsets->back() - (*offsets)[k];
            break;
        }
        const float known = s.heights[i];
        if (!s.scroll_to_selected.empty() && s.scroll_to_selected == pr.publications[i].id) {
            ImGui::SetScrollY(std::max(0.0f, y - 120.0f));
            s.scroll_to_selected.clear();
        }
        if (known > 0.0f && (y + known < view_top || y > view_bottom)) {
            skipped += known + gap;  // off screen: keep its place without drawing it
            continue;
        }
        // Never measured and well past the view: its place is the mean height of the cards measured so
        // far, until it comes near the view, so the first frame lays out only what is on screen (10k cards
        // drew 60 MB of vertices otherwise).
        if (known <= 0.0f && (y > view_bottom + margin || y + estimate < view_top - margin)) {
            skipped += estimate + gap;
            continue;
        }
        flush_skipped();
        const Publication& pub = pr.publications[i];
        ImGui::PushID(pub.id.c_str());
        const float before = ImGui::GetCursorScreenPos().y;
        a11y::BeginListItem();
        PublicationCard(ctx, pub, words);
        a11y::End();
        VerticalSpace(gap - ImGui::GetStyle().ItemSpacing.y);
        RecordHeight(s, i, ImGui::GetCursorScreenPos().y - before - gap);
        ImGui::PopID();
    }
    a11y::End();
    flush_skipped();
}

}  // namespace

void ShowPublications(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    PublicationsState& s = ctx.state.publications;
    if (std::strcmp(s.search, s.filter.query.c_str()) != 0 && !s.search_active) {
        // The filter changed from outside (URL, Clear all): mirror it in the box.
        std::snprintf(s.search, sizeof s.search, "%s", s.filter.query.c_str());
    }

    if (s.any_equal_contribution < 0) {  // once per profile (Reset)
        s.any_equal_contribution = std::any_of(pr.publications.begin(), pr.publications.end(), [](const Publication& pub) {
            return std::any_of(pub.authors.begin(), pub.authors.end(), [](const Author& a) { return a.equal_contribution; });
        });
    }
    const bool any_equal = s.any_equal_contribution > 0;
    const std::string subtitle = std::to_string(pr.publications.size()) + (pr.publications.size() == 1 ? " publication" : " publications") +
                                 (any_equal ? "   \xC2\xB7   * equal contribution   \xC2\xB7   owner in bold" : "");
    SectionHeading(ctx, "publications", nullptr, "Publications", subtitle);
    for (const Topic& t : pr.topics) {
        // Anchors used by the interest chips: a topic request filters the timeline to it.
        if (ctx.state.scroll_to == "topic:" + t.id) {
            s.filter.ClearFilters();
            s.search[0] = '\0';
            s.filter.Values(Facet::Topic) = {t.id};
            s.route_discrete = true;
            ctx.state.scroll_to = "publications";
        }
    }
    SearchAndSort(ctx);
    Filters(ctx);
    ShowTimeAxis(ctx);
    VerticalSpace(10.0f);
    if (ctx.query.visible.empty()) EmptyResults(ctx);
    else PublicationList(ctx, QueryWords(s.filter.query));
    VerticalSpace(ctx.theme.metrics.section_gap - 12.0f);
}

void PublicationsText(const Profile& p, std::string& out) {
    for (const auto& t : p.topics) out += t.name;
    for (const auto& pub : p.publications) {
        out += pub.name + pub.publisher + pub.summary;
        for (const auto& a : pub.authors) out += a.name;
        for (const auto& b : pub.badges) out += b;
        for (const auto& l : pub.links) out += l.label;
    }
}

}  // namespace portfolio::ui
