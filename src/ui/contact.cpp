// The collaboration contact panel (what the owner is open to, honest about dates; research interests that
// filter the publications; e-mail with copy; the owner's local time; profiles; a contact card; a composer that
// builds a safe mailto: link), the problems panel for a malformed profile, and the footer.
#include <algorithm>
#include <ctime>

#include "core/contact.h"
#include "core/dates.h"
#include "core/paths.h"
#include "core/timezone.h"
#include "ui/a11y.h"
#include "ui/icons.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

constexpr float kBlockGap = 22.0f;  // between the blocks of a column

const char* KindIcon(AvailabilityKind kind) {
    switch (kind) {
        case AvailabilityKind::Internship: return ICON_BRIEFCASE;
        case AvailabilityKind::Collaboration: return ICON_USERS;
        case AvailabilityKind::Chat: return ICON_COMMENTS;
        case AvailabilityKind::Position: return ICON_UNIVERSITY;
        default: return ICON_PAPER_PLANE;
    }
}

const char* PurposeIcon(ContactPurpose purpose) {
    switch (purpose) {
        case ContactPurpose::Collaboration: return ICON_USERS;
        case ContactPurpose::Internship: return ICON_BRIEFCASE;
        case ContactPurpose::PaperQuestion: return ICON_FILE_TEXT;
    }
    return ICON_PAPER_PLANE;
}

const char* Placeholder(ContactPurpose purpose) {
    switch (purpose) {
        case ContactPurpose::Collaboration: return "What would you like to work on together? (optional)";
        case ContactPurpose::Internship: return "Which team, which project, and when? (optional)";
        case ContactPurpose::PaperQuestion: return "Your question (optional)";
    }
    return "";
}

int StatusRank(AvailabilityStatus s) { return s == AvailabilityStatus::Open ? 0 : s == AvailabilityStatus::Upcoming ? 1 : 2; }

const Publication* FindPublication(const Profile& profile, const std::string& id) {
    for (const Publication& pub : profile.publications)
        if (pub.id == id) return &pub;
    return nullptr;
}

// "arXiv · 2024", "ICLR 2024"
std::string VenueLine(const Publication& pub) {
    std::string out = pub.publisher;
    const std::string year = pub.release_date.year ? std::to_string(pub.release_date.year) : "";
    if (out.find(year) == std::string::npos) out += (out.empty() ? "" : " \xC2\xB7 ") + year;
    return out;
}

// The text cut with an ellipsis so that it fits max_width.
std::string Ellipsize(const ImFont* font, std::string_view text, float max_width) {
    if (TextSize(font, text).x <= max_width) return std::string(text);
    const char* end = nullptr;
    const float room = std::max(0.0f, max_width - TextSize(font, "\xE2\x80\xA6").x);
    font->CalcTextSizeA(FontSize(font), room, 0.0f, text.data(), text.data() + text.size(), &end);
    std::string_view kept = text.substr(0, static_cast<std::size_t>(end - text.data()));
    while (!kept.empty() && kept.back() == ' ') kept.remove_suffix(1);
    return std::string(kept) + "\xE2\x80\xA6";
}

// A small caps label above a block.
void Label(const ViewContext& ctx, std::string_view text, float x, float width) {
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    TextLine(ctx, ctx.fonts.small_bold, ctx.theme.palette.text_faint, text, x, width);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 3.0f));
}

// The size ActionButton gives itself, to place buttons side by side or stacked before drawing them.
float ActionButtonWidth(const ViewContext& ctx, const char* icon, std::string_view label) {
    return PillSize(ActionStyle(ctx, icon, false), label).x;
}

// ---- What the owner is open to -------------------------------------------------------------------------

constexpr float kDiscRadius = 16.0f;

// An icon in a soft accent disc (grey when muted), its top-left at `pos`: the marker of the panel's items.
void IconDisc(const ViewContext& ctx, ImVec2 pos, const char* icon, bool muted) {
    const Palette& p = ctx.theme.palette;
    const ImVec2 c(pos.x + kDiscRadius, pos.y + kDiscRadius);
    ImGui::GetWindowDrawList()->AddCircleFilled(c, kDiscRadius, muted ? p.surface_alt : p.accent_soft, 32);
    const ImVec2 is = TextSize(ctx.fonts.body, icon);
    DrawText(ctx.fonts.body, ImVec2(c.x - is.x * 0.5f, c.y - is.y * 0.5f), muted ? p.text_faint : p.accent, icon);
}

void AvailabilityItem(const ViewContext& ctx, const Availability& item, AvailabilityStatus status, float x, float width) {
    const Palette& p = ctx.theme.palette;
    const bool closed = status == AvailabilityStatus::Closed;
    const float top = ImGui::GetCursorScreenPos().y;
    const float r = kDiscRadius;
    IconDisc(ctx, ImVec2(x, top), KindIcon(item.kind), closed);  // a closed search goes grey

    const float tx = x + 2 * r + 14.0f, tw = width - 2 * r - 14.0f;
    PillStyle pill{ctx.fonts.small_bold, p.success_soft, p.success, 0, nullptr, 9.0f, 3.0f};
    if (status == AvailabilityStatus::Upcoming) pill = PillStyle{ctx.fonts.small_bold, p.warning_soft, p.warning, 0, ICON_CALENDAR, 9.0f, 3.0f};
    if (closed) pill = PillStyle{ctx.fonts.small_bold, p.surface_alt, p.text_faint, 0, nullptr, 9.0f, 3.0f};
    const std::string badge = AvailabilityBadge(item, status);
    const ImVec2 badge_size = PillSize(pill, badge);
    const std::string headline = AvailabilityHeadline(item, status);

    ImGui::SetCursorScreenPos(ImVec2(tx, top + 5.0f));
    if (!headline.empty()) {
        const ImVec2 hs = TextSize(ctx.fonts.body_bold, headline);
        const bool badge_beside = hs.x + 10.0f + badge_size.x <= tw;
        TextLine(ctx, ctx.fonts.body_bold, closed ? p.text_muted : p.text, headline, tx, badge_beside ? tw - badge_size.x - 10.0f : tw);
        const float after = ImGui::GetCursorScreenPos().y;
        ImGui::SetCursorScreenPos(badge_beside ? ImVec2(tx + hs.x + 10.0f, top + 5.0f + (FontSize(ctx.fonts.body_bold) - badge_size.y) * 0.5f + 1.0f)
                                               : ImVec2(tx, after + 4.0f));
        Pill("##status", pill, badge);
        ImGui::SetCursorScreenPos(ImVec2(tx, badge_beside ? after : ImGui::GetItemRectMax().y));
    } else {
        Pill("##status", pill, badge);
    }
    // The owner's own words advertise the search, so they are shown only while it is open or upcoming.
    if (!closed && !item.description.empty()) {
        VerticalSpace(2.0f);
        RichTextStyle style = BodyText(ctx);
        ImGui::SetCursorScreenPos(ImVec2(tx, ImGui::GetCursorScreenPos().y));
        Markup(ctx, item.description, style, tx, tw);
    }
    const float bottom = std::max(ImGui::GetCursorScreenPos().y, top + 2 * r);
    ImGui::SetCursorScreenPos(ImVec2(x, top));
    ImGui::Dummy(ImVec2(width, bottom - top));
}

void OpenTo(const ViewContext& ctx, float x, float width) {
    const Profile& pr = ctx.profile;
    std::vector<AvailabilityStatus>& statuses = ctx.state.contact.statuses;
    statuses.clear();
    for (const Availability& a : pr.availability) statuses.push_back(StatusOn(a, ctx.today));
    if (pr.availability.empty()) return;
    // What is open comes first, then what is coming, then what has closed.
    std::vector<std::size_t> order(pr.availability.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return StatusRank(statuses[a]) < StatusRank(statuses[b]); });
    Label(ctx, "OPEN TO", x, width);
    for (std::size_t n = 0; n < order.size(); ++n) {
        ImGui::PushID(static_cast<int>(order[n]));
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + (n ? 14.0f : 0.0f)));
        AvailabilityItem(ctx, pr.availability[order[n]], statuses[order[n]], x, width);
        ImGui::PopID();
    }
}

// ---- Research interests: chips that ask the publication list to filter by their topic -----------------

void InterestChips(const ViewContext& ctx, float x, float width) {
    const Profile& pr = ctx.profile;
    if (pr.interests.empty()) return;
    const Palette& p = ctx.theme.palette;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + kBlockGap));
    Label(ctx, "RESEARCH INTERESTS", x, width);
    const ImFont* font = ctx.fonts.small;
    const float dot = 8.0f, pad_x = 12.0f, pad_y = 7.0f;
    Flow flow(x, width, 8.0f, 8.0f);
    for (std::size_t i = 0; i < pr.interests.size(); ++i) {
        const Interest& in = pr.interests[i];
        const Topic* topic = in.topic.empty() ? nullptr : pr.FindTopic(in.topic);
        std::size_t topic_index = 0;
        if (topic) topic_index = static_cast<std::size_t>(topic - pr.topics.data());
        const ImU32 color = topic ? ParseHexColor(topic->color, FallbackAccent(topic_index)) : p.text_faint;
        const std::string text(Ellipsize(font, in.name, width - 2 * pad_x - dot - 7.0f));
        const ImVec2 size(Snap(pad_x * 2 + dot + 7.0f + TextSize(font, text).x), Snap(FontSize(font) + 2 * pad_y));
        const ImVec2 pos = flow.Place(size);
        ImGui::PushID(static_cast<int>(i));
        bool hovered = false;
        if (topic) {
            if (ImGui::InvisibleButton("##interest", size)) {
                ctx.state.scroll_to = "topic:" + topic->id;
                ctx.state.requested_topic_filter = topic->id;
            }
            RecordTarget(ctx, "contact:interest:" + topic->id);
            a11y::Describe(a11y::Role::Button, "Publications on " + in.name);
            FocusRing(ctx, size.y * 0.5f);
            hovered = ImGui::IsItemHovered();
            if (hovered) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                ImGui::PushFont(ctx.fonts.small);
                ImGui::SetTooltip("Show publications on %s", topic->name.c_str());
                ImGui::PopFont();
            }
        } else {
            ImGui::Dummy(size);
        }
        ImGui::PopID();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 end(pos.x + size.x, pos.y + size.y);
        dl->AddRectFilled(pos, end, hovered ? WithAlpha(color, 0.16f) : p.surface_alt, size.y * 0.5f);
        if (hovered) dl->AddRect(pos, end, WithAlpha(color, 0.6f), size.y * 0.5f);
        dl->AddCircleFilled(ImVec2(pos.x + pad_x + dot * 0.5f, pos.y + size.y * 0.5f), dot * 0.5f, color, 16);
        DrawText(font, ImVec2(pos.x + pad_x + dot + 7.0f, pos.y + pad_y), topic ? p.text : p.text_muted, text);
    }
    flow.End();
}

// ---- E-mail, local time, profiles, contact card ------------------------------------------------------

void EmailBlock(const ViewContext& ctx, float x, float width) {
    const Basics& b = ctx.profile.basics;
    if (b.email.empty()) return;
    const Palette& p = ctx.theme.palette;
    Label(ctx, "E-MAIL", x, width);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    TextLine(ctx, ctx.fonts.title, p.text, b.email, x, width);
    VerticalSpace(8.0f);
    const bool copied_recently = ctx.state.copied_what == "email" && ImGui::GetTime() - ctx.state.copied_at < 2.0;
    const char* copy_icon = copied_recently ? ICON_CHECK : ICON_COPY;
    const char* copy_label = copied_recently ? "Copied" : "Copy address";
    const float copy_w = ActionButtonWidth(ctx, ICON_COPY, "Copy address");  // the widest of its two labels
    const float write_w = ActionButtonWidth(ctx, ICON_ENVELOPE, "Write an e-mail");
    const float y = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (ActionButton(ctx, "##copy", copy_icon, copy_label, false)) {
        ImGui::SetClipboardText(b.email.c_str());
        ctx.state.copied_what = "email";
        ctx.state.copied_at = ImGui::GetTime();
    }
    RecordTarget(ctx, "contact:copy");
    const float button_h = ImGui::GetItemRectSize().y;
    const bool beside = copy_w + 10.0f + write_w <= width;
    ImGui::SetCursorScreenPos(beside ? ImVec2(x + copy_w + 10.0f, y) : ImVec2(x, y + button_h + 8.0f));
    if (ActionButton(ctx, "##write", ICON_ENVELOPE, "Write an e-mail", false)) OpenLink(ctx, BuildMailto(b.email, "", ""));
    RecordTarget(ctx, "contact:write");
    if (ImGui::IsItemHovered()) ctx.state.hovered_link = "mailto:" + b.email;
}

void ClockBlock(const ViewContext& ctx, float x, float width) {
    ContactState& cs = ctx.state.contact;
    if (!cs.clock.known()) return;
    const Palette& p = ctx.theme.palette;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + kBlockGap));
    Label(ctx, "LOCAL TIME", x, width);
    const float y = ImGui::GetCursorScreenPos().y;
    IconDisc(ctx, ImVec2(x, y + 2.0f), ICON_CLOCK, false);
    const float tx = x + 2 * kDiscRadius + 14.0f;
    ImGui::SetCursorScreenPos(ImVec2(tx, y));
    TextLine(ctx, ctx.fonts.body_bold, p.text, cs.clock.text, tx, width - (tx - x));
    std::string detail = FormatUtcOffset(cs.clock.offset_minutes);
    if (cs.visitor_zone && !cs.visitor_zone->empty() && ctx.host.zone_offset_minutes) {
        if (const std::optional<int> visitor = ctx.host.zone_offset_minutes(*cs.visitor_zone, static_cast<std::int64_t>(std::time(nullptr))))
            detail += " \xC2\xB7 " + CompareToVisitor(cs.clock.offset_minutes, *visitor);
    }
    ImGui::SetCursorScreenPos(ImVec2(tx, ImGui::GetCursorScreenPos().y + 1.0f));
    TextLine(ctx, ctx.fonts.small, p.text_muted, detail, tx, width - (tx - x));
}

void ElsewhereBlock(const ViewContext& ctx, float x, float width) {
    const Basics& b = ctx.profile.basics;
    if (b.profiles.empty() && b.url.empty()) return;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + kBlockGap));
    Label(ctx, "ELSEWHERE", x, width);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    ShowProfileIcons(ctx, "contact");
}

void ContactCardBlock(const ViewContext& ctx, float x, float width) {
    if (!ctx.host.save_file) return;
    const Basics& b = ctx.profile.basics;
    ContactState& cs = ctx.state.contact;
    const Palette& p = ctx.theme.palette;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + kBlockGap));
    if (ActionButton(ctx, "##card", ICON_DOWNLOAD, "Download contact card", false)) {
        const SavedFile saved = ctx.host.save_file(ctx.folder, VcardFileName(b), "text/vcard;charset=utf-8", BuildVcard(b));
        cs.card_saved_ok = saved.ok;
        cs.card_saved = saved.ok ? "Saved to " + saved.where : "Could not save the contact card: " + saved.where;
    }
    RecordTarget(ctx, "contact:card");
    if (ImGui::IsItemHovered()) {
        ImGui::PushFont(ctx.fonts.small);
        ImGui::SetTooltip("A vCard (.vcf) with name, e-mail, affiliation and links, for your address book");
        ImGui::PopFont();
    }
    if (!cs.card_saved.empty()) {
        VerticalSpace(6.0f);
        const float y = ImGui::GetCursorScreenPos().y;
        const ImU32 tone = cs.card_saved_ok ? p.success : p.danger;
        DrawText(ctx.fonts.small, ImVec2(x, y), tone, cs.card_saved_ok ? ICON_CHECK : ICON_EXCLAMATION);
        const float tx = x + TextSize(ctx.fonts.small, ICON_CHECK).x + 6.0f;
        ImGui::SetCursorScreenPos(ImVec2(tx, y));
        TextLine(ctx, ctx.fonts.small, cs.card_saved_ok ? p.text_muted : p.danger, cs.card_saved, tx, width - (tx - x));
    }
}

// ---- The composer --------------------------------------------------------------------------------------

void PurposePills(const ViewContext& ctx, float x, float width) {
    const Palette& p = ctx.theme.palette;
    ContactState& cs = ctx.state.contact;
    Flow flow(x, width, 8.0f, 8.0f);
    for (const ContactPurpose purpose : kContactPurposes) {
        if (purpose == ContactPurpose::PaperQuestion && ctx.profile.publications.empty()) continue;
        const bool selected = cs.purpose == purpose;
        const PillStyle style{ctx.fonts.small, selected ? p.accent : p.surface, selected ? p.accent_text : p.text, selected ? 0u : p.border,
                              PurposeIcon(purpose), 14.0f, 8.0f};
        flow.Place(PillSize(style, PurposeLabel(purpose)));
        ImGui::PushID(static_cast<int>(purpose));
        if (PillButton(ctx, "##purpose", style, PurposeLabel(purpose))) cs.purpose = purpose;
        RecordTarget(ctx, "contact:purpose:" + std::string(PurposeId(purpose)));
        ImGui::PopID();
    }
    flow.End();
}

// A field that shows the chosen paper and opens a list of the owner's publications.
void PaperPicker(const ViewContext& ctx, float x, float width) {
    const Palette& p = ctx.theme.palette;
    ContactState& cs = ctx.state.contact;
    const Publication* chosen = FindPublication(ctx.profile, cs.paper_id);
    const ImVec2 pos(x, ImGui::GetCursorScreenPos().y);
    const ImVec2 size(width, 46.0f);
    ImGui::SetCursorScreenPos(pos);
    const bool clicked = ImGui::InvisibleButton("##paper", size);
    RecordTarget(ctx, "contact:paperPicker");
    a11y::Describe(a11y::Role::Button, chosen ? "Paper: " + chosen->name : std::string("Choose a paper"), ImGui::IsPopupOpen("##papers") ? a11y::kExpanded : 0);
    FocusRing(ctx, 10.0f);
    const bool hovered = ImGui::IsItemHovered();
    const bool open = ImGui::IsPopupOpen("##papers");
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    dl->AddRectFilled(pos, end, p.surface, 10.0f);
    dl->AddRect(pos, end, open ? p.accent : hovered ? Mix(p.border, p.accent, 0.5f) : p.border, 10.0f, 0, open ? 1.5f : 1.0f);
    // A chevron at the right end.
    const ImVec2 cv(end.x - 20.0f, pos.y + size.y * 0.5f + (open ? -2.0f : 2.0f));
    const float d = open ? -4.0f : 4.0f;
    dl->AddLine(ImVec2(cv.x - 5.0f, cv.y - d), ImVec2(cv.x, cv.y), p.text_muted, 1.6f);
    dl->AddLine(ImVec2(cv.x, cv.y), ImVec2(cv.x + 5.0f, cv.y - d), p.text_muted, 1.6f);
    const float text_y = pos.y + (size.y - FontSize(ctx.fonts.body)) * 0.5f;
    float room = width - 14.0f - 40.0f;
    if (chosen) {
        const std::string venue = VenueLine(*chosen);
        const float vw = venue.empty() || ctx.compact ? 0.0f : TextSize(ctx.fonts.small, venue).x + 14.0f;
        if (vw > 0.0f) DrawText(ctx.fonts.small, ImVec2(end.x - 40.0f - vw + 14.0f, text_y + 2.0f), p.text_faint, venue);
        room -= vw;
        DrawText(ctx.fonts.body, ImVec2(pos.x + 14.0f, text_y), p.text, Ellipsize(ctx.fonts.body, chosen->name, room));
    } else {
        DrawText(ctx.fonts.body, ImVec2(pos.x + 14.0f, text_y), p.text_faint, "Choose a paper\xE2\x80\xA6");
    }
    if (clicked) ImGui::OpenPopup("##papers");

    ImGui::SetNextWindowPos(ImVec2(pos.x, end.y + 6.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6.0f, 6.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_PopupRounding, 12.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 2.0f));
    ImGui::PushStyleColor(ImGuiCol_PopupBg, p.surface);
    ImGui::PushStyleColor(ImGuiCol_Border, p.border);
    if (ImGui::BeginPopup("##papers", ImGuiWindowFlags_NoMove)) {
        const float row_w = width - 12.0f, row_h = 52.0f;
        for (const Publication& pub : ctx.profile.publications) {
            ImGui::PushID(pub.id.c_str());
            const ImVec2 rp = ImGui::GetCursorScreenPos();
            const bool pick = ImGui::InvisibleButton("##row", ImVec2(row_w, row_h));
            RecordTarget(ctx, "contact:paper:" + pub.id);
            a11y::Describe(a11y::Role::Button, pub.name, chosen == &pub ? a11y::kSelected : 0);
            FocusRing(ctx, 8.0f);
            const bool row_hovered = ImGui::IsItemHovered();
            const bool is_chosen = chosen == &pub;
            ImDrawList* pdl = ImGui::GetWindowDrawList();
            if (is_chosen || row_hovered)
                pdl->AddRectFilled(rp, ImVec2(rp.x + row_w, rp.y + row_h), is_chosen ? p.accent_soft : p.surface_alt, 8.0f);
            const float check_w = 26.0f;
            DrawText(ctx.fonts.body_bold, ImVec2(rp.x + 12.0f, rp.y + 8.0f), is_chosen ? p.link : p.text,
                     Ellipsize(ctx.fonts.body_bold, pub.name, row_w - 24.0f - check_w));
            DrawText(ctx.fonts.small, ImVec2(rp.x + 12.0f, rp.y + 29.0f), p.text_faint, VenueLine(pub));
            if (is_chosen) DrawText(ctx.fonts.body, ImVec2(rp.x + row_w - check_w, rp.y + 17.0f), p.accent, ICON_CHECK);
            if (row_hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (pick) {
                cs.paper_id = pub.id;
                ImGui::CloseCurrentPopup();
            }
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(3);
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(size);
}

// The visitor's few lines: a multi-line text box in the theme's colours with a placeholder and a focus ring.
void MessageBox(const ViewContext& ctx, float x, float width) {
    const Palette& p = ctx.theme.palette;
    ContactState& cs = ctx.state.contact;
    const ImVec2 pos(x, ImGui::GetCursorScreenPos().y);
    const ImVec2 size(width, ctx.compact ? 120.0f : 132.0f);
    const ImVec2 pad(14.0f, 12.0f);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.theme.mode == ThemeMode::Light ? Mix(p.page, p.surface, 0.35f) : Mix(p.surface, p.page, 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Border, p.border);
    ImGui::PushStyleColor(ImGuiCol_Text, p.text);
    ImGui::PushStyleColor(ImGuiCol_NavHighlight, IM_COL32(0, 0, 0, 0));  // FocusRing draws the ring, below
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, pad);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, 10.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushFont(ctx.fonts.body);
    ImGui::InputTextMultiline("##message", cs.message.data(), cs.message.size(), size);
    a11y::Describe(a11y::Role::TextField, "Your message", 0, cs.message.data());
    ImGui::PopFont();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor(4);
    RecordTarget(ctx, "contact:message");
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    FocusRing(ctx, pos, end, 10.0f);
    const bool active = ImGui::IsItemActive();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (active || hovered) dl->AddRect(pos, end, active ? p.accent : Mix(p.border, p.accent, 0.5f), 10.0f, 0, active ? 1.5f : 1.0f);
    const std::size_t used = std::char_traits<char>::length(cs.message.data());
    if (used == 0 && !active)
        dl->AddText(ctx.fonts.body, FontSize(ctx.fonts.body), ImVec2(pos.x + pad.x, pos.y + pad.y), p.text_faint, Placeholder(cs.purpose), nullptr,
                    size.x - 2 * pad.x);
    // How much of the limit is used, so that typing stopping at the end is no surprise.
    const std::string count = std::to_string(used) + " / " + std::to_string(kMaxMessageBytes);
    const float cw = TextSize(ctx.fonts.small, count).x;
    ImGui::SetCursorScreenPos(ImVec2(pos.x, end.y + 4.0f));
    DrawText(ctx.fonts.small, ImVec2(end.x - cw, end.y + 4.0f), used * 10 >= kMaxMessageBytes * 9 ? p.warning : p.text_faint, count);
    ImGui::Dummy(ImVec2(width, FontSize(ctx.fonts.small)));
}

void Composer(const ViewContext& ctx, float x, float width) {
    const Profile& pr = ctx.profile;
    const Palette& p = ctx.theme.palette;
    ContactState& cs = ctx.state.contact;
    if (cs.purpose == ContactPurpose::PaperQuestion && pr.publications.empty()) cs.purpose = ContactPurpose::Collaboration;
    const bool about_paper = cs.purpose == ContactPurpose::PaperQuestion;

    const float y = ImGui::GetCursorScreenPos().y;
    DrawText(ctx.fonts.title, ImVec2(x, y), p.accent, ICON_PAPER_PLANE);
    const float hx = x + TextSize(ctx.fonts.title, ICON_PAPER_PLANE).x + 10.0f;
    ImGui::SetCursorScreenPos(ImVec2(hx, y));
    TextLine(ctx, ctx.fonts.title, p.text, "Write a message", hx, width - (hx - x));
    VerticalSpace(2.0f);
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
    TextLine(ctx, ctx.fonts.small, p.text_muted,
             "Pick a topic and add a few lines: your mail program opens with the subject and text filled in. Nothing is sent from this page.",
             x, width);

    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 18.0f));
    Label(ctx, "WHAT IS IT ABOUT?", x, width);
    PurposePills(ctx, x, width);
    if (about_paper) {
        ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 18.0f));
        Label(ctx, "WHICH PAPER?", x, width);
        PaperPicker(ctx, x, width);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + 18.0f));
    Label(ctx, "YOUR MESSAGE", x, width);
    MessageBox(ctx, x, width);

    // The subject the mail will carry, and the button that opens it: composed after the text box, so that
    // what was typed this frame is in it.
    const Publication* paper = about_paper ? FindPublication(pr, cs.paper_id) : nullptr;
    const ComposedMail mail = ComposeMail(pr.basics, MailDraft{cs.purpose, paper, cs.message.data()});
    cs.mailto = mail.mailto;
    cs.subject = mail.subject;
    VerticalSpace(12.0f);
    const char* label = "Open in mail app";
    const float button_w = ActionButtonWidth(ctx, ICON_PAPER_PLANE, label);
    const bool beside = width - button_w - 24.0f >= 220.0f;
    const float row_y = ImGui::GetCursorScreenPos().y;
    const float subject_w = beside ? width - button_w - 24.0f : width;
    const std::string subject = Ellipsize(ctx.fonts.small, mail.subject, subject_w - TextSize(ctx.fonts.small_bold, "SUBJECT").x - 10.0f);
    const float button_h = FontSize(ctx.fonts.body_bold) + 18.0f;
    const float sy = beside ? row_y + (button_h - FontSize(ctx.fonts.small)) * 0.5f : row_y;
    DrawText(ctx.fonts.small_bold, ImVec2(x, sy + 1.0f), p.text_faint, "SUBJECT");
    DrawText(ctx.fonts.small, ImVec2(x + TextSize(ctx.fonts.small_bold, "SUBJECT").x + 10.0f, sy), p.text_muted, subject);
    ImGui::SetCursorScreenPos(beside ? ImVec2(x + width - button_w, row_y) : ImVec2(x, row_y + FontSize(ctx.fonts.small) + 12.0f));
    if (ActionButton(ctx, "##compose", ICON_PAPER_PLANE, label, true)) OpenLink(ctx, mail.mailto);
    RecordTarget(ctx, "contact:compose");
    if (ImGui::IsItemHovered()) ctx.state.hovered_link = "mailto:" + pr.basics.email;
}

// A note (an older spelling read as the current one) is told like a warning, but quieter.
ImU32 SeverityColor(const Palette& p, Severity severity) {
    switch (severity) {
        case Severity::Error: return p.danger;
        case Severity::Warning: return p.warning;
        case Severity::Note: return Mix(p.warning, p.text_muted, 0.6f);
    }
    return p.danger;
}

// "2 problems, 1 warning and 3 notes in the profile"
std::string DiagnosticsTitle(const DiagnosticCounts& c) {
    std::vector<std::string> parts;
    auto add = [&](std::size_t n, const char* one, const char* many) {
        if (n) parts.push_back(std::to_string(n) + " " + (n == 1 ? one : many));
    };
    add(c.errors, "problem", "problems");
    add(c.warnings, "warning", "warnings");
    add(c.notes, "note", "notes");
    std::string title;
    for (std::size_t i = 0; i < parts.size(); ++i)
        title += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    return title + (c.errors || c.warnings ? " in the profile" : " on the profile");
}

// The problems, up to 40, under the name of the file each is in ("Fix these in profile.json:"; when
// they come from several files, one heading per file).
void DiagnosticLines(const ViewContext& ctx, float ix, float iw) {
    const Palette& p = ctx.theme.palette;
    const auto name_of = [](const Diagnostic& d) {
        const std::string name = FileNameOf(d.file);
        return name.empty() ? std::string("the profile") : name;
    };
    const bool one_file = std::all_of(ctx.diagnostics.begin(), ctx.diagnostics.end(),
                                      [&](const Diagnostic& d) { return d.file == ctx.diagnostics.front().file; });
    const std::string intro = "The page shows everything that could be read. Fix these in " +
                              (one_file ? name_of(ctx.diagnostics.front()) : std::string("the files below")) + ":";
    TextLine(ctx, ctx.fonts.small, p.text_muted, intro, ix, iw);
    const std::size_t shown = std::min<std::size_t>(ctx.diagnostics.size(), 40);
    for (std::size_t i = 0; i < shown; ++i) {
        const Diagnostic& d = ctx.diagnostics[i];
        if (!one_file && (i == 0 || ctx.diagnostics[i - 1].file != d.file)) {
            VerticalSpace(4.0f);
            TextLine(ctx, ctx.fonts.small_bold, p.text, name_of(d), ix, iw);
        }
        const std::string where = d.line > 0 ? "line " + std::to_string(d.line) + ":" + std::to_string(d.column) : std::string("file");
        const float y = ImGui::GetCursorScreenPos().y;
        DrawText(ctx.fonts.small_bold, ImVec2(ix, y), SeverityColor(p, d.severity), where);
        ImGui::SetCursorScreenPos(ImVec2(ix + 96.0f, y));
        TextLine(ctx, ctx.fonts.small, d.severity == Severity::Note ? p.text_muted : p.text, d.path + "  \xE2\x80\x94  " + d.message, ix + 96.0f,
                 iw - 96.0f);
    }
    if (shown < ctx.diagnostics.size())
        TextLine(ctx, ctx.fonts.small, p.text_muted, "\xE2\x80\xA6 and " + std::to_string(ctx.diagnostics.size() - shown) + " more", ix, iw);
}

}  // namespace

bool ContactPresent(const Profile& p);

void ShowContact(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    const Basics& b = pr.basics;
    ContactState& cs = ctx.state.contact;
    cs.mailto.clear();
    cs.subject.clear();
    cs.statuses.clear();
    if (!ContactPresent(pr)) return;
    // The owner's clock: the zone through the host (the browser's Intl or the zone database), else the profile's offset.
    const auto now = static_cast<std::int64_t>(std::time(nullptr));
    cs.clock = ResolveOwnerClock(b, now, ctx.host.zone_offset_minutes);
    if (!cs.visitor_zone) cs.visitor_zone = ctx.host.local_time_zone ? ctx.host.local_time_zone() : std::string();

    SectionHeading(ctx, "contact", nullptr, "Get in touch");
    const Palette& p = ctx.theme.palette;
    ImGui::PushID("contact");
    {
        Card card(ctx, ctx.x, ctx.width);
        const float ix = card.InnerX(), iw = card.InnerWidth();
        const bool has_left = !pr.availability.empty() || !pr.interests.empty();
        const bool two_columns = !ctx.compact && iw > 620.0f && has_left;
        const float gap = 44.0f;
        const float left_w = two_columns ? Snap(iw * 0.56f) : iw;
        const float right_x = two_columns ? ix + left_w + gap : ix;
        const float right_w = two_columns ? iw - left_w - gap : iw;
        const float top = ImGui::GetCursorScreenPos().y;
        float left_bottom = top;
        if (has_left) {
            ImGui::BeginGroup();
            OpenTo(ctx, ix, left_w);
            if (pr.availability.empty()) ImGui::SetCursorScreenPos(ImVec2(ix, top - kBlockGap));
            InterestChips(ctx, ix, left_w);
            ImGui::Dummy(ImVec2(left_w, 0.0f));
            ImGui::EndGroup();
            left_bottom = ImGui::GetItemRectMax().y;
            ImDrawList* dl = ImGui::GetWindowDrawList();
            if (two_columns) {
                ImGui::SetCursorScreenPos(ImVec2(right_x, top));
            } else {
                dl->AddLine(ImVec2(ix, left_bottom + 18.0f), ImVec2(ix + iw, left_bottom + 18.0f), p.border, 1.0f);
                ImGui::SetCursorScreenPos(ImVec2(ix, left_bottom + 36.0f));
            }
        }
        ImGui::BeginGroup();
        const float right_top = ImGui::GetCursorScreenPos().y;
        EmailBlock(ctx, right_x, right_w);
        if (b.email.empty()) ImGui::SetCursorScreenPos(ImVec2(right_x, right_top - kBlockGap));
        ClockBlock(ctx, right_x, right_w);
        ElsewhereBlock(ctx, right_x, right_w);
        ContactCardBlock(ctx, right_x, right_w);
        ImGui::Dummy(ImVec2(right_w, 0.0f));
        ImGui::EndGroup();
        const float right_bottom = ImGui::GetItemRectMax().y;
        if (two_columns)
            ImGui::GetWindowDrawList()->AddLine(ImVec2(ix + left_w + gap * 0.5f, top), ImVec2(ix + left_w + gap * 0.5f, std::max(left_bottom, right_bottom)),
                                                p.border, 1.0f);
        ImGui::SetCursorScreenPos(ImVec2(ix, two_columns ? std::max(right_bottom, left_bottom) : right_bottom));
        ImGui::Dummy(ImVec2(iw, 0.0f));
    }
    if (!b.email.empty()) {
        VerticalSpace(ctx.theme.metrics.block_gap);
        ImGui::SetCursorScreenPos(ImVec2(ctx.x, ImGui::GetCursorScreenPos().y));
        Card card(ctx, ctx.x, ctx.width);
        Composer(ctx, card.InnerX(), card.InnerWidth());
    }
    ImGui::PopID();
}

void ShowDiagnostics(const ViewContext& ctx) {
    if (ctx.diagnostics.empty()) return;
    const Palette& p = ctx.theme.palette;
    const DiagnosticCounts counts = CountDiagnostics(ctx.diagnostics);
    const bool errors = counts.errors > 0, only_notes = !errors && counts.warnings == 0;
    VerticalSpace(8.0f);
    const float top = ImGui::GetCursorScreenPos().y;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImDrawListSplitter split;
    split.Split(dl, 2);
    split.SetCurrentChannel(dl, 1);
    const float pad = 16.0f, ix = ctx.x + pad, iw = ctx.width - 2 * pad;
    ImGui::SetCursorScreenPos(ImVec2(ix, top + pad));
    ImGui::BeginGroup();
    const char* icon = only_notes ? ICON_INFO : ICON_EXCLAMATION;  // from the regular: the semibold has no icons
    const ImU32 tone = errors ? p.danger : only_notes ? SeverityColor(p, Severity::Note) : p.warning;
    const float icon_w = TextSize(ctx.fonts.body, icon).x + TextSize(ctx.fonts.body_bold, "  ").x;
    DrawText(ctx.fonts.body, ImVec2(ix, ImGui::GetCursorScreenPos().y), tone, icon);
    ImGui::SetCursorScreenPos(ImVec2(ix + icon_w, ImGui::GetCursorScreenPos().y));
    TextLine(ctx, ctx.fonts.body_bold, tone, DiagnosticsTitle(counts), ix + icon_w, iw - 90.0f - icon_w);
    const float header_y = ImGui::GetItemRectMin().y;
    ImGui::SetCursorScreenPos(ImVec2(ix + iw - 80.0f, header_y - 4.0f));
    if (PillButton(ctx, "##toggle", PillStyle{ctx.fonts.small, p.surface, p.text_muted, p.border}, ctx.state.diagnostics_open ? "Hide" : "Show"))
        ctx.state.diagnostics_open = !ctx.state.diagnostics_open;
    if (ctx.state.diagnostics_open) {  // (closed, the button ends the group: a bare cursor move may not extend it)
        ImGui::SetCursorScreenPos(ImVec2(ix, ImGui::GetItemRectMax().y + 6.0f));
        DiagnosticLines(ctx, ix, iw);
    }
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    split.SetCurrentChannel(dl, 0);
    dl->AddRectFilled(ImVec2(ctx.x, top), ImVec2(ctx.x + ctx.width, bottom), errors ? p.danger_soft : only_notes ? p.surface_alt : p.warning_soft, 12.0f);
    dl->AddRect(ImVec2(ctx.x, top), ImVec2(ctx.x + ctx.width, bottom), WithAlpha(tone, 0.35f), 12.0f);
    split.Merge(dl);
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, top));
    ImGui::Dummy(ImVec2(ctx.width, bottom - top + 8.0f));
    RecordTarget(ctx, "diagnostics");
}

void ShowFooter(const ViewContext& ctx) {
    const Palette& p = ctx.theme.palette;
    VerticalSpace(40.0f);
    const float y = ImGui::GetCursorScreenPos().y;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(ctx.x, y), ImVec2(ctx.x + ctx.width, y), p.border, 1.0f);
    VerticalSpace(14.0f);
    ShowOwnProfileInvite(ctx);
    const std::string text = "\xC2\xA9 " + std::to_string(ctx.today.year) + " " + ctx.profile.basics.name +
                             "   \xC2\xB7   Rendered with Dear ImGui from one JSON profile";
    TextLine(ctx, ctx.fonts.small, p.text_faint, text, ctx.x, ctx.width);
    VerticalSpace(28.0f);
}

bool ContactPresent(const Profile& p) { return !p.basics.email.empty() || !p.basics.profiles.empty() || !p.availability.empty(); }

void ContactText(const Profile& p, std::string& out) {
    for (const auto& a : p.availability) out += a.title + a.description;
}

}  // namespace portfolio::ui
