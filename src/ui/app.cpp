// The portfolio UI as one object: builds one ImGui frame at a time from the loaded profile.
#include "ui/app.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "core/route.h"
#include "imgui_internal.h"  // the input event queue (App::Animating), the keyboard focus (KeepKeyboardFocus)

#include "core/reload.h"
#include "ui/help_overlay.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

Date Today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// Whether the visitor typed `c` this frame outside a text field: shortcuts by character, whatever the keyboard layout.
bool Typed(ImWchar c) {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.WantTextInput && std::find(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end(), c) != io.InputQueueCharacters.end();
}

// Keeps the keyboard focus on the page where ImGui would leave Tab with nothing to move from:
// - a focused control that is no longer drawn (Clear all filters once pressed, the clear button of an emptied
//   search, a facet chip left with no papers, the time axis's Clear period) keeps the focus, and Tab, which
//   moves to the control after it, finds none. The focus goes to the control drawn last before the place of
//   the vanished one (the first if none is), so that Tab carries on from there. Only a focus that stayed
//   through the frame counts: one that moved (a popup closed, a click) is judged at the next frame.
// - Esc takes the focus away while the keyboard is in use, and Tab has then nothing to move from. The focus
//   goes back to the control that had it, hidden: the next Tab shows it there again.
void KeepKeyboardFocus(FocusState& focus, ImGuiID focus_at_start) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.NavWindow;
    if (window == nullptr || g.NavLayer != ImGuiNavLayer_Main) return;
    if (g.NavInitRequest || g.NavInitResult.ID != 0 || g.NavId != focus_at_start) return;
    if (g.NavId != 0 && g.NavIdIsAlive) {
        focus.kept = g.NavId;
        return;
    }
    if (g.NavId == 0 && g.NavDisableHighlight) return;  // no focus, and Tab starts at the top
    const FocusStop* to = nullptr;
    if (g.NavId != 0) {
        const ImRect lost = ImGui::WindowRectRelToAbs(window, window->NavRectRel[ImGuiNavLayer_Main]);
        for (const FocusStop& stop : focus.stops) {
            if (stop.window != window->ID) continue;
            const bool before = stop.max.y <= lost.Min.y || (stop.min.y < lost.Max.y && stop.max.x <= lost.Min.x);
            if (before || to == nullptr) to = &stop;
        }
    } else {
        for (const FocusStop& stop : focus.stops)
            if (stop.window == window->ID && stop.id == focus.kept) to = &stop;
        g.NavDisableHighlight = true;
    }
    if (to) ImGui::SetNavID(to->id, ImGuiNavLayer_Main, to->focus_scope, ImGui::WindowRectAbsToRel(window, ImRect(to->min, to->max)));
}

}  // namespace

App::App(AppSettings settings, Host host) : settings_(std::move(settings)), host_(std::move(host)), theme_(MakeTheme(settings_.theme)) {
    if (!settings_.initial_state.empty()) ApplyRoute(settings_.initial_state);
}

void App::SetProfile(LoadResult loaded) {
    loaded_ = std::move(loaded);
    textures_stale_ = true;
    markup_.Clear();
    state_.section_y.clear();
    state_.publications.Reset();
}

std::string App::RouteText() const {
    Route route;
    route.filter = state_.publications.filter;
    route.selected = state_.publications.selected;
    return FormatRoute(route);
}

void App::ApplyRoute(std::string_view text) {
    const Route route = ParseRoute(text);
    PublicationsState& s = state_.publications;
    s.filter = route.filter;
    std::snprintf(s.search, sizeof s.search, "%s", s.filter.query.c_str());
    s.selected = route.selected;
    if (!route.selected.empty()) s.scroll_to_selected = route.selected;
    else if (!route.section.empty()) state_.scroll_to = route.section;
    s.route_discrete = true;
}

bool App::InitFonts(std::string& error) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    const bool ok = LoadFonts(io, settings_.asset_dir, CollectProfileText(loaded_.profile) + typed_text_, settings_.pixel_scale, fonts_, error);
    typed_missing_ = false;
    ApplyStyle(theme_, ImGui::GetStyle());
    return ok;
}

void App::SetTheme(ThemeMode mode) {
    theme_ = MakeTheme(mode);
    ApplyStyle(theme_, ImGui::GetStyle());
}

void App::SyncTextures() {
    if (!textures_stale_) return;
    textures_stale_ = false;
    if (host_.delete_texture)
        for (const auto& [reference, image] : textures_) host_.delete_texture(image.texture);
    textures_.clear();
    if (!host_.create_texture) return;
    for (const auto& [reference, image] : loaded_.images)
        textures_[reference] = ImageTexture{host_.create_texture(image), image.width, image.height};
}

void App::Frame() {
    SyncTextures();
    ImGui::NewFrame();
    state_.hovered_link.clear();
    state_.animating = false;
    state_.targets.clear();
    state_.effects.Clear();
    state_.focus.NewFrame();
    const ImGuiID focus_at_start = ImGui::GetFocusID();
    // Typed characters the atlas has no glyph for ("ł" in a search) are remembered for the next atlas.
    if (fonts_.from_files)
        for (const ImWchar c : ImGui::GetIO().InputQueueCharacters) {
            if (c < 0x20 || fonts_.body->FindGlyphNoFallback(c) != nullptr) continue;
            char utf8[5] = {};
            ImTextCharToUtf8(utf8, c);
            if (typed_text_.find(utf8) != std::string::npos) continue;  // asked once already
            typed_text_ += utf8;
            typed_missing_ = true;
        }
    // "/" jumps to the publication search, "?" shows the keyboard help, "T" switches the theme (unless
    // the visitor is typing somewhere).
    if (Typed('/')) {
        state_.publications.focus_search = true;
        state_.scroll_to = "publications";
        state_.help_open = false;
    }
    if (Typed('?')) state_.help_open = !state_.help_open;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (pending_scroll_ >= 0.0f) ImGui::SetNextWindowScroll(ImVec2(-1.0f, pending_scroll_));
    pending_scroll_ = -1.0f;
    ImGui::Begin("##portfolio", nullptr, flags);

    const float window_w = ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize;
    const bool compact = window_w < 640.0f;
    const float gutter = embed_ != EmbedSection::None ? 12.0f : compact ? theme_.metrics.gutter_compact : theme_.metrics.gutter;
    const float column = std::min(theme_.metrics.column_max, window_w - 2.0f * gutter);
    const float x = ImGui::GetWindowPos().x + std::max(gutter, (window_w - column) * 0.5f);
    ViewContext ctx{loaded_.profile, loaded_.diagnostics, state_, theme_, fonts_, markup_, host_, Today(), x, column, compact, &textures_};

    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + (embed_ == EmbedSection::None ? 14.0f : 4.0f)));
    bool toggle_theme = Typed('t') || Typed('T');
    // Embedded, the page shows only the chosen section, without navigation or footer.
    const auto shows = [&](EmbedSection s) { return embed_ == EmbedSection::None || embed_ == EmbedSection::All || embed_ == s; };
    if (embed_ == EmbedSection::None) ShowNavigation(ctx, toggle_theme);
    ShowDiagnostics(ctx);
    if (shows(EmbedSection::Profile)) {
        ShowHeader(ctx);
        ShowAbout(ctx);
    }
    if (shows(EmbedSection::Publications)) ShowPublications(ctx);
    if (shows(EmbedSection::Projects)) ShowProjects(ctx);
    if (embed_ == EmbedSection::None || embed_ == EmbedSection::All) {
        ShowExperience(ctx);
        ShowEducation(ctx);
    }
    if (shows(EmbedSection::Contact)) ShowContact(ctx);
    if (embed_ == EmbedSection::None) ShowFooter(ctx);
    else VerticalSpace(4.0f);

    scroll_y_ = ImGui::GetScrollY();
    scroll_max_y_ = ImGui::GetScrollMaxY();
    content_height_ = ImGui::GetCursorPosY();
    ImGui::End();
    ShowHelpOverlay(ctx, state_.help_open);
    KeepKeyboardFocus(state_.focus, focus_at_start);
    ImGui::Render();
    if (toggle_theme) SetThemeChoice(theme_.mode == ThemeMode::Light ? ThemeChoice::Dark : ThemeChoice::Light);
    else if (state_.theme_choice != applied_choice_) SetThemeChoice(state_.theme_choice);
    ++frames_;
    if (reanchor_) {  // the sections of the new profile have their positions now
        pending_scroll_ = AnchorScroll(anchor_sections_, anchor_scroll_, state_.section_y);
        reanchor_ = false;
    }
}

void App::SetThemeChoice(ThemeChoice choice) {
    state_.theme_choice = applied_choice_ = choice;
    const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::Auto && system_dark_);
    SetTheme(dark ? ThemeMode::Dark : ThemeMode::Light);
}

void App::SetSystemDark(bool dark) {
    system_dark_ = dark;
    if (applied_choice_ == ThemeChoice::Auto) SetThemeChoice(ThemeChoice::Auto);
}

bool App::CanScroll(ImVec2 pointer, ImVec2 wheel) const {
    if (state_.help_open) return false;
    if (const auto axis = state_.targets.find("timeline"); axis != state_.targets.end()) {
        const auto& [x, y, w, h] = axis->second;
        if (pointer.x >= x && pointer.x < x + w && pointer.y >= y && pointer.y < y + h) return true;
    }
    return wheel.y > 0.0f ? scroll_y_ > 0.5f : wheel.y < 0.0f && scroll_y_ < scroll_max_y_ - 0.5f;
}

void App::ScrollBy(float pixels) { pending_scroll_ = std::max(0.0f, (pending_scroll_ >= 0.0f ? pending_scroll_ : scroll_y_) + pixels); }

void App::ReplaceProfile(LoadResult loaded) {
    anchor_sections_ = state_.section_y;
    anchor_scroll_ = scroll_y_;
    reanchor_ = frames_ > 0;
    SetProfile(std::move(loaded));
    state_.scroll_to.clear();  // a pending jump may name a section that is gone
}

bool App::NeedsFontRebuild(const Profile& profile) const {
    if (!fonts_.from_files || fonts_.text_ranges.empty()) return false;
    ImFontGlyphRangesBuilder have, want;
    have.AddRanges(fonts_.text_ranges.Data);
    const std::string text = CollectProfileText(profile);
    want.AddText(text.data(), text.data() + text.size());
    for (unsigned int c = 0x20; c <= IM_UNICODE_CODEPOINT_MAX; ++c)  // control characters (line breaks) have no glyph
        if (want.GetBit(c) && !have.GetBit(c)) return true;
    return false;
}

bool App::Animating() const {
    const double now = ImGui::GetTime();
    // ImGui takes queued input one event per frame (input trickling): keep drawing until the queue is
    // empty, or a fast typist's last characters would wait for the next input. A focused text field
    // keeps drawing too, for its caret.
    const bool input_pending = !ImGui::GetCurrentContext()->InputEventsQueue.empty() || ImGui::GetIO().WantTextInput;
    return state_.animating || input_pending || (!state_.copied_what.empty() && now - state_.copied_at < 2.5) ||
           (!state_.publications.cited_id.empty() && now - state_.publications.cited_at < 2.5);
}

ThemeChoice ParseThemeChoice(std::string_view text) {
    return text == "light" ? ThemeChoice::Light : text == "dark" ? ThemeChoice::Dark : ThemeChoice::Auto;
}

const char* ThemeChoiceName(ThemeChoice choice) {
    return choice == ThemeChoice::Light ? "light" : choice == ThemeChoice::Dark ? "dark" : "auto";
}

std::string CollectProfileText(const Profile& p) {
    std::string all;
    auto add = [&](const std::string& s) { all += s; };
    add(p.basics.name); add(p.basics.label); add(p.basics.summary); add(p.basics.location.city); add(p.basics.email);
    if (p.basics.affiliation) add(p.basics.affiliation->name);
    for (const auto& a : p.basics.advisors) add(a.name);
    for (const auto& sp : p.basics.profiles) add(sp.network);
    for (const auto& t : p.topics) add(t.name);
    for (const auto& pub : p.publications) {
        add(pub.name); add(pub.publisher); add(pub.summary);
        for (const auto& a : pub.authors) add(a.name);
        for (const auto& b : pub.badges) add(b);
        for (const auto& l : pub.links) add(l.label);
    }
    for (const auto& pr : p.projects) {
        add(pr.name); add(pr.description);
        for (const auto& h : pr.highlights) add(h);
        for (const auto& k : pr.keywords) add(k);
        for (const auto& r : pr.roles) add(r);
    }
    for (const auto& w : p.work) {
        add(w.name); add(w.position); add(w.summary); add(w.location);
        for (const auto& h : w.hosts) add(h.name);
        for (const auto& f : w.features) add(f);
        for (const auto& h : w.highlights) add(h);
    }
    for (const auto& e : p.education) {
        add(e.institution); add(e.area); add(e.study_type); add(e.location);
        for (const auto& s : e.supervisors) add(s.name);
    }
    for (const auto& i : p.interests) add(i.name);
    for (const auto& a : p.availability) { add(a.title); add(a.description); }
    for (const auto& s : p.sections) { add(s.title); add(s.body); }
    return all;
}

}  // namespace portfolio::ui
