// The top of the page: navigation, avatar and name, role and affiliation, contact icons; then the bio.
#include <algorithm>
#include <cmath>
#include <ctime>

#include "core/availability.h"
#include "core/text.h"
#include "ui/a11y.h"
#include "ui/icons.h"
#include "ui/images.h"
#include "ui/rich_text.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

// Two initials for names written with an alphabet ("Yang You" -> "YY", "Иван Петров" -> "ИП"); the first
// character alone for names in Han, kana or Hangul (the family name: "山田 太郎" -> "山") and in
// right-to-left scripts, which do not abbreviate names to initials.
std::string Initials(std::string_view name) {
    std::string out;
    int letters = 0;
    bool start = true;
    for (std::size_t i = 0, n = 0; i < name.size() && letters < 2; i += n) {
        const char32_t c = DecodeUtf8At(name, i, n);
        if (c == ' ' || c == '-' || c == '.' || c == 0x3000) { start = true; continue; }
        if (!start) continue;
        start = false;
        if (c < 0x80 && !std::isalpha(static_cast<int>(c))) continue;
        const bool whole_name_initial = (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x0590 && c <= 0x08FF);
        if (whole_name_initial && letters > 0) break;
        AppendUtf8(out, c < 0x80 ? static_cast<char32_t>(std::toupper(static_cast<int>(c))) : c);
        if (whole_name_initial) break;
        ++letters;
    }
    return out.empty() ? "?" : out;
}

void Avatar(const ViewContext& ctx, ImVec2 pos, float d) {
    const Palette& p = ctx.theme.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(pos.x + d * 0.5f, pos.y + d * 0.5f);
    // The profile's photo when it has one that loaded.
    if (const ImageTexture* image = ctx.Image(ctx.profile.basics.image)) {
        DrawImage(dl, *image, pos, ImVec2(pos.x + d, pos.y + d), ImageFit::Cover, d * 0.5f);
        dl->AddCircle(c, d * 0.5f, WithAlpha(p.surface, 0.9f), 64, 3.0f);
        return;
    }
    // A monogram on a two-colour disc: a shader draws the disc under the page when it can.
    const ImU32 a = ctx.profile.topics.empty() ? p.accent : ParseHexColor(ctx.profile.topics[0].color, p.accent);
    const ImU32 b = p.accent;
    if (ctx.state.effects.enabled) {
        ctx.state.effects.avatars.push_back(AvatarEffect{c, d * 0.5f, a, b});
    } else {
        for (int i = 0; i < 24; ++i) {
            const float t = static_cast<float>(i) / 23.0f;
            dl->AddCircleFilled(ImVec2(c.x - d * 0.12f * t, c.y - d * 0.12f * t), d * 0.5f * (1.0f - t * 0.55f), Mix(b, a, t), 48);
        }
    }
    dl->AddCircle(c, d * 0.5f, WithAlpha(p.surface, 0.9f), 48, 3.0f);
    const std::string initials = Initials(ctx.profile.basics.name);
    const ImVec2 ts = TextSize(ctx.fonts.heading, initials);
    DrawText(ctx.fonts.heading, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), IM_COL32_WHITE, initials);
}

// "9:30 pm local time" from the profile's UTC offset.
std::string LocalTime(const Basics& b) {
    const auto offset = ParseUtcOffsetMinutes(b.utc_offset);
    if (!offset) return "";
    const std::time_t now = std::time(nullptr);
    const long minutes = static_cast<long>((now / 60) % (24 * 60)) + *offset + 24 * 60;
    return FormatClock(static_cast<int>((minutes / 60) % 24), static_cast<int>(minutes % 60)) + " local time";
}

}  // namespace

const char* IconForLinkType(std::string_view type) {
    if (type == "paper" || type == "pdf") return ICON_FILE_TEXT;
    if (type == "code" || type == "repository") return ICON_CODE;
    if (type == "blog" || type == "post") return ICON_NEWSPAPER;
    if (type == "docs") return ICON_BOOK;
    if (type == "project" || type == "website") return ICON_GLOBE;
    return ICON_LINK;
}

const char* IconForNetwork(std::string_view network) {
    const std::string n = AsciiLower(network);
    if (n == "github") return ICON_GITHUB;
    if (n == "twitter" || n == "x" || n == "twitter / x") return ICON_TWITTER;
    if (n.find("scholar") != std::string::npos) return ICON_GRADUATION_CAP;
    if (n == "email") return ICON_ENVELOPE;
    return ICON_GLOBE;
}

void ShowProfileIcons(const ViewContext& ctx, const char* id_prefix) {
    const Basics& b = ctx.profile.basics;
    Flow flow(ImGui::GetCursorScreenPos().x, ctx.width, 10.0f, 10.0f);
    ImGui::PushID(id_prefix);
    if (!b.email.empty()) {
        flow.Place(ImVec2(38, 38));
        IconButton(ctx, "email", ICON_ENVELOPE, "E-mail " + b.email, "mailto:" + b.email);
    }
    for (std::size_t i = 0; i < b.profiles.size(); ++i) {
        const SocialProfile& sp = b.profiles[i];
        if (sp.url.empty()) continue;
        flow.Place(ImVec2(38, 38));
        ImGui::PushID(static_cast<int>(i));
        IconButton(ctx, "profile", IconForNetwork(sp.network), sp.network.empty() ? sp.url : sp.network, sp.url);
        ImGui::PopID();
    }
    if (!b.url.empty()) {
        flow.Place(ImVec2(38, 38));
        IconButton(ctx, "website", ICON_GLOBE, "Website " + b.url, b.url);
    }
    ImGui::PopID();
    flow.End();
}

void ShowNavigation(const ViewContext& ctx, bool& toggle_theme) {
    const Palette& p = ctx.theme.palette;
    const float y = ImGui::GetCursorScreenPos().y;
    const float h = 40.0f;
    // Section links on wide windows, then the theme switch at the right: Tab takes them left to right.
    if (!ctx.compact) {
        // One link per nav label of the section table, to the first of its sections that is shown.
        struct Item { const char* id; const char* label; };
        std::vector<Item> items;
        for (const SectionRow& row : Sections()) {
            if (!row.nav_label || !row.present(ctx.profile)) continue;
            const bool linked = std::any_of(items.begin(), items.end(), [&](const Item& it) { return std::string_view(it.label) == row.nav_label; });
            if (!linked) items.push_back(Item{row.id, row.nav_label});
        }
        // Laid out from the switch leftwards, drawn from the left.
        float left = ctx.x + ctx.width - 34.0f - 18.0f + 22.0f;
        for (const Item& item : items) left -= TextSize(ctx.fonts.small, item.label).x + 22.0f;
        float x = left;
        for (const Item& item : items) {
            const ImVec2 ts = TextSize(ctx.fonts.small, item.label);
            ImGui::SetCursorScreenPos(ImVec2(x, y + 3.0f));
            ImGui::PushID(item.id);
            const bool clicked = ImGui::InvisibleButton("##nav", ImVec2(ts.x, 34.0f));
            const bool hovered = ImGui::IsItemHovered();
            FocusRing(ctx, ImVec2(x - 6.0f, y + 8.0f), ImVec2(x + ts.x + 6.0f, y + 32.0f), 6.0f);
            RecordTarget(ctx, std::string("nav:") + item.id);
            a11y::Describe(a11y::Role::Button, item.label);
            ImGui::PopID();
            DrawText(ctx.fonts.small, ImVec2(x, y + 3.0f + (34.0f - ts.y) * 0.5f), hovered ? p.accent : p.text_muted, item.label);
            if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (clicked) ctx.state.scroll_to = item.id;
            x += ts.x + 22.0f;
        }
        // The owner's name at the left, small, as a home link.
        DrawText(ctx.fonts.body_bold, ImVec2(ctx.x, y + 3.0f + (34.0f - FontSize(ctx.fonts.body_bold)) * 0.5f), p.text,
                 ctx.profile.basics.name);
    }
    // The icon font's sun reads as a cog at this size: the sun is drawn (a disc and eight rays).
    const bool light = ctx.theme.mode == ThemeMode::Light;
    const ImVec2 button(ctx.x + ctx.width - 34.0f, y + 3.0f);
    ImGui::SetCursorScreenPos(button);
    if (IconButton(ctx, "theme", light ? ICON_MOON : "", light ? "Dark theme" : "Light theme", "", 34.0f)) toggle_theme = true;
    if (!light) {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 c(button.x + 17.0f, button.y + 17.0f);
        const ImU32 color = ImGui::IsItemHovered() ? p.accent_text : p.text_muted;
        dl->AddCircleFilled(c, 4.2f, color, 20);
        for (int i = 0; i < 8; ++i) {
            const float a = static_cast<float>(i) * 0.78539816f;
            dl->AddLine(ImVec2(c.x + std::cos(a) * 6.8f, c.y + std::sin(a) * 6.8f), ImVec2(c.x + std::cos(a) * 9.4f, c.y + std::sin(a) * 9.4f),
                        color, 1.6f);
        }
    }
    RecordTarget(ctx, "theme");
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, y));
    ImGui::Dummy(ImVec2(ctx.width, h));
}

namespace {

// "San Francisco, California, US": the city, then the region and country when they add something.
std::string PlaceLine(const Location& l) {
    std::string out;
    for (const std::string* part : {&l.city, &l.region, &l.country_code})
        if (!part->empty() && out.find(*part) == std::string::npos) out += (out.empty() ? "" : ", ") + *part;
    return out;
}

// An interest's tooltip: its keywords ("Ferrets, Unicorns"), and what a click does when it has a topic.
// The pill keeps to the name: keywords are many and would crowd the About row.
std::string InterestTooltip(const Interest& in, const Topic* topic) {
    std::string out;
    for (const std::string& k : in.keywords) out += (out.empty() ? "" : ", ") + k;
    if (topic) out += (out.empty() ? "" : "\n") + ("Show publications on " + topic->name);
    return out;
}

}  // namespace

std::string ShownName(const Basics& basics) { return basics.name.empty() ? std::string("Unnamed profile") : basics.name; }

void ShowHeader(const ViewContext& ctx) {
    const Palette& p = ctx.theme.palette;
    const Basics& b = ctx.profile.basics;
    VerticalSpace(ctx.compact ? 12.0f : 36.0f);
    const float avatar = ctx.compact ? 84.0f : 112.0f;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    float text_x = ctx.x, text_w = ctx.width;
    if (ctx.compact) {
        Avatar(ctx, ImVec2(ctx.x, top.y), avatar);
        ImGui::SetCursorScreenPos(ImVec2(ctx.x, top.y));
        ImGui::Dummy(ImVec2(avatar, avatar + 8.0f));
    } else {
        Avatar(ctx, ImVec2(ctx.x, top.y + 4.0f), avatar);
        text_x = ctx.x + avatar + 32.0f;
        text_w = ctx.width - avatar - 32.0f;
        ImGui::SetCursorScreenPos(ImVec2(text_x, top.y));
    }
    ImGui::BeginGroup();
    const std::string name = ShownName(b);
    TextLine(ctx, ctx.fonts.display, b.name.empty() ? p.text_faint : p.text, name, text_x, text_w, 1);
    if (!b.label.empty()) TextLine(ctx, ctx.fonts.title, p.text_muted, b.label, text_x, text_w);
    VerticalSpace(2.0f);

    // Affiliation and advisors as one line of rich text with links.
    std::vector<Span> line;
    if (b.affiliation) line.push_back(Span{b.affiliation->name, true, false, b.affiliation->url});
    if (!b.advisors.empty()) {
        line.push_back(Span{line.empty() ? "Advised by " : "  \xC2\xB7  advised by ", false, false, ""});
        for (std::size_t i = 0; i < b.advisors.size(); ++i) {
            if (i > 0) line.push_back(Span{i + 1 == b.advisors.size() ? " and " : ", ", false, false, ""});
            line.push_back(Span{b.advisors[i].name, false, false, b.advisors[i].url});
        }
    }
    if (!line.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(text_x, ImGui::GetCursorScreenPos().y));
        RichText(ctx, line, BodyText(ctx), text_x, text_w);
    }
    const std::string city = PlaceLine(b.location);
    const std::string clock = LocalTime(b);
    if (!city.empty() || !clock.empty() || !b.phone.empty()) {
        std::string where = city.empty() ? "" : std::string(ICON_MAP_MARKER) + "  " + city;
        for (const auto& [icon, text] : {std::pair{ICON_CLOCK, &clock}, std::pair{ICON_PHONE, &b.phone}})
            if (!text->empty()) where += (where.empty() ? "" : "   \xC2\xB7   ") + std::string(icon) + "  " + *text;
        ImGui::SetCursorScreenPos(ImVec2(text_x, ImGui::GetCursorScreenPos().y));
        TextLine(ctx, ctx.fonts.small, p.text_faint, where, text_x, text_w);
    }
    VerticalSpace(8.0f);
    ImGui::SetCursorScreenPos(ImVec2(text_x, ImGui::GetCursorScreenPos().y));
    ShowProfileIcons(ctx, "header");
    ImGui::EndGroup();
    const float bottom = std::max(ImGui::GetItemRectMax().y, top.y + avatar);
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, bottom));
    ImGui::Dummy(ImVec2(ctx.width, ctx.theme.metrics.section_gap * 0.6f));
}

void ShowAbout(const ViewContext& ctx) {
    const Profile& pr = ctx.profile;
    SectionHeading(ctx, "about", nullptr, "About");
    RichTextStyle body = BodyText(ctx);
    body.color = ctx.theme.palette.text;
    if (!pr.basics.summary.empty()) Markup(ctx, pr.basics.summary, body, ctx.x, ctx.width);
    for (std::size_t i = 0; i < pr.sections.size(); ++i) {
        const Section& s = pr.sections[i];
        VerticalSpace(10.0f);
        if (!s.title.empty()) TextLine(ctx, ctx.fonts.title, ctx.theme.palette.text, s.title, ctx.x, ctx.width);
        ImGui::PushID(static_cast<int>(i));  // its links apart from the summary's (RichText numbers them from 0)
        Markup(ctx, s.body, body, ctx.x, ctx.width);
        ImGui::PopID();
    }
    if (!pr.interests.empty()) {
        VerticalSpace(12.0f);
        const Palette& p = ctx.theme.palette;
        Flow flow(ctx.x, ctx.width);
        for (std::size_t i = 0; i < pr.interests.size(); ++i) {
            const Interest& in = pr.interests[i];
            const Topic* topic = in.topic.empty() ? nullptr : pr.FindTopic(in.topic);
            const ImU32 color = topic ? ParseHexColor(topic->color, p.accent) : p.accent;
            PillStyle style{ctx.fonts.small, WithAlpha(color, ctx.theme.mode == ThemeMode::Light ? 0.13f : 0.22f),
                            ctx.theme.mode == ThemeMode::Light ? Mix(color, p.text, 0.45f) : Mix(color, p.text, 0.3f), 0,
                            nullptr, 12.0f, 6.0f};
            flow.Place(PillSize(style, in.name));
            ImGui::PushID(static_cast<int>(i));
            if (!topic) Pill("##interest", style, in.name);  // not a button, but hovered for its tooltip
            else if (PillButton(ctx, "##interest", style, in.name)) ctx.state.scroll_to = "topic:" + topic->id;
            if (const std::string tip = InterestTooltip(in, topic); !tip.empty() && ImGui::IsItemHovered()) {
                ImGui::PushFont(ctx.fonts.small);
                ImGui::SetTooltip("%s", tip.c_str());
                ImGui::PopFont();
            }
            ImGui::PopID();
        }
        flow.End();
    }
    VerticalSpace(ctx.theme.metrics.section_gap);
}

void HeaderText(const Profile& p, std::string& out) {
    const Basics& b = p.basics;
    for (const std::string* s : {&b.name, &b.label, &b.email, &b.location.city, &b.location.region, &b.location.country_code, &b.phone}) out += *s;
    if (b.affiliation) out += b.affiliation->name;
    for (const auto& a : b.advisors) out += a.name;
    for (const auto& sp : b.profiles) out += sp.network;
}

bool AboutPresent(const Profile& p) { return !p.basics.summary.empty() || !p.sections.empty() || !p.interests.empty(); }

void AboutText(const Profile& p, std::string& out) {
    out += p.basics.summary;
    for (const auto& s : p.sections) out += s.title + s.body;
    for (const auto& i : p.interests) {
        out += i.name;
        for (const auto& k : i.keywords) out += k;
    }
}

}  // namespace portfolio::ui
