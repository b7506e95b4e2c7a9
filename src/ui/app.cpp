// The portfolio UI as one object: builds one ImGui frame at a time from the loaded profile.
#include "ui/app.h"

#include <algorithm>
#include <cstdio>
#include <cmath>

#include "core/route.h"
#include "imgui_internal.h"  // the input event queue (App::Animating), the keyboard focus (KeepKeyboardFocus)

#include "core/dates.h"
#include "core/bidi.h"
#include "core/embed.h"
#include "core/paths.h"
#include "core/text.h"
#include "core/reload.h"
#include "ui/help_overlay.h"
#include "ui/sections.h"
#include "ui/widgets.h"

namespace portfolio::ui {
namespace {

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
    shown_route_ = RouteText();
}

void App::SetProfile(LoadResult loaded) {
    loaded_ = std::move(loaded);
    missing_glyphs_.reset();  // asked again of the atlas for the new text
    textures_stale_ = true;
    markup_.Clear();
    state_.section_y.clear();
    state_.publications.Reset();
    state_.publications_of_project.clear();
    folder_ = FolderOf(loaded_.file);
    query_.Reset(loaded_.profile);
    query_.Update(state_.publications.filter);
    if (host_.set_title) host_.set_title(loaded_.profile.basics.name.empty() ? "Portfolio" : loaded_.profile.basics.name + " \xE2\x80\x94 Portfolio");
}

void App::OpenAt(std::string_view location_search, std::string_view location_hash) {
    const EmbedParams embed = ParseEmbedQuery(location_search);
    if (!embed.section.empty() && SetEmbed(embed.section, embed.transparent)) ApplyRoute(FormatRoute(embed.route));
    else if (!location_hash.empty()) ApplyRoute(location_hash);
    shown_route_ = RouteText();  // the address already shows it
}

bool App::SetEmbed(std::string_view name, bool transparent) {
    embed_ = IsEmbedName(name) ? std::string(name) : std::string();
    transparent_ = !embed_.empty() && transparent;
    return !embed_.empty();
}

void App::OnHashChange(std::string_view hash) {
    if (!embed_.empty()) return;
    ApplyRoute(hash);
    shown_route_ = RouteText();  // the address shows it already: no new history entry
}

void App::OnParentMessage(std::string_view json) {
    const std::optional<EmbedCommand> command = DecodeCommandMessage(json);
    if (!command) return;  // not ours, or malformed
    if (command->kind == EmbedCommand::Kind::SetFilter) ApplyRoute(command->value);
    else SetThemeChoice(ParseThemeChoice(command->value));  // the host's choice, not saved as the visitor's
}

bool App::PrepareFrame(float pixel_scale, std::string& error) {
    const bool rescaled = std::fabs(pixel_scale - settings_.pixel_scale) > 0.01f;  // moved to a screen of another density
    const bool slices_arrived = fallback_.TakeArrived();
    if (!rescaled && !typed_missing_ && !fonts_stale_ && !slices_arrived) return true;
    settings_.pixel_scale = pixel_scale;
    fonts_stale_ = false;
    ImGui::GetIO().Fonts->Clear();
    return InitFonts(error);
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
    else if (FindSection(route.section)) state_.scroll_to = route.section;
    s.route_discrete = true;
    if (s.search_active) {  // the new query wins over the one being typed: the box lets go and shows it
        ImGui::ClearActiveID();
        s.search_active = false;
    }
    query_.Update(s.filter);
}

bool App::InitFonts(std::string& error) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    const FontText wanted = FontTextOf(loaded_.profile);
    const std::string& text = wanted.text;
    const FallbackFonts fallback = fallback_.Prepare(text, host_);
    const bool ok = LoadFonts(io, settings_.asset_dir, text, wanted.titles, wanted.name, settings_.pixel_scale, fallback, fonts_, error);
    missing_glyphs_.reset();
    if (ok && host_.fetch) {  // web: built now (the renderer would at its upload), to ask for what it lacks
        io.Fonts->Build();
        std::string missing;
        for (const char32_t c : MissingGlyphs(fonts_, text)) AppendUtf8(missing, c);
        fallback_.RequestMissing(missing, host_);
    }
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

void App::NoteTypedCharacters() {
    // Typed characters the atlas has no glyph for ("ł" in a search) are remembered for the next atlas.
    if (!fonts_.from_files) return;
    for (const ImWchar c : ImGui::GetIO().InputQueueCharacters) {
        if (c < 0x20 || fonts_.body->FindGlyphNoFallback(c) != nullptr) continue;
        char utf8[5] = {};
        ImTextCharToUtf8(utf8, c);
        if (typed_text_.find(utf8) != std::string::npos) continue;  // asked once already
        typed_text_ += utf8;
        typed_missing_ = true;
    }
}

void App::Frame() {
    SyncTextures();
    if (host_.show_semantics && !mirror_attached_) {
        mirror_.Attach();
        mirror_attached_ = true;
    }
    mirror_.NewFrame();
    ImGui::NewFrame();
    state_.hovered_link.clear();
    state_.animating = false;
    state_.targets.clear();
    state_.effects.Clear();
    state_.focus.NewFrame();
    const ImGuiID focus_at_start = ImGui::GetFocusID();
    NoteTypedCharacters();
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
    const bool scroll_set = pending_scroll_ >= 0.0f;
    if (scroll_set) ImGui::SetNextWindowScroll(ImVec2(-1.0f, pending_scroll_));
    pending_scroll_ = -1.0f;
    // The very first frame, at the top of the page, lays out only the sections on screen: it is the one
    // the visitor waits for, and on the web a section laid out for the first time also waits for its code
    // to be compiled. The next frame, right after, lays out the whole page (heights, positions, the
    // accessible tree). A first frame that scrolls somewhere (a route's section or publication) needs the
    // sections above its target, so it lays out everything.
    first_screen_only_ = frames_ == 0 && !scroll_set && state_.scroll_to.empty() && state_.publications.scroll_to_selected.empty();
    ImGui::Begin("##portfolio", nullptr, flags);

    const bool embedded = !embed_.empty();
    const float window_w = ImGui::GetWindowWidth() - ImGui::GetStyle().ScrollbarSize;
    const bool compact = window_w < 640.0f;
    const float gutter = embedded ? 12.0f : compact ? theme_.metrics.gutter_compact : theme_.metrics.gutter;
    const float column = std::min(theme_.metrics.column_max, window_w - 2.0f * gutter);
    const float x = ImGui::GetWindowPos().x + std::max(gutter, (window_w - column) * 0.5f);
    // The query runs before the views: they draw its result (the filter they change shows next frame).
    const QueryResult& query = query_.Update(state_.publications.filter);
    ViewContext ctx{loaded_.profile, loaded_.diagnostics, state_, theme_, fonts_, markup_, host_, query, query_.Index(),
                    folder_, LocalToday(), x, column, compact, &textures_};
    bool toggle_theme = Typed('t') || Typed('T');
    DrawPage(ctx, toggle_theme);

    scroll_y_ = ImGui::GetScrollY();
    scroll_max_y_ = ImGui::GetScrollMaxY();
    content_height_ = ImGui::GetCursorPosY();
    ImGui::End();
    ShowHelpOverlay(ctx, state_.help_open);
    KeepKeyboardFocus(state_.focus, focus_at_start);
    ImGui::Render();
    if (mirror_attached_ && mirror_.EndFrame(semantics_)) host_.show_semantics(semantics_);
    FinishFrame(toggle_theme);
}

// The sections of the table (ui/sections.h) that have something to show; embedded, only those of the
// embed name, without the top bar and footer.
void App::DrawPage(const ViewContext& ctx, bool& toggle_theme) {
    const bool embedded = !embed_.empty();
    ImGui::SetCursorScreenPos(ImVec2(ctx.x, ImGui::GetCursorScreenPos().y + (embedded ? 4.0f : 14.0f)));
    if (!embedded) ShowNavigation(ctx, toggle_theme);
    if (!embedded) ShowVisitorBanner(ctx);
    ShowDiagnostics(ctx);
    const float window_bottom = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    for (const SectionRow& row : Sections()) {
        if (first_screen_only_ && ImGui::GetCursorScreenPos().y > window_bottom) {
            state_.animating = true;  // the rest comes with the next frame
            return;
        }
        const bool wanted = !embedded || embed_ == "all" || (row.embed != nullptr && embed_ == row.embed);
        if (wanted && row.present(ctx.profile)) row.show(ctx);
    }
    if (!embedded) ShowFooter(ctx);
    else VerticalSpace(4.0f);
}

void App::FinishFrame(bool toggle_theme) {
    if (toggle_theme) ApplyThemeChoice(theme_.mode == ThemeMode::Light ? ThemeChoice::Dark : ThemeChoice::Light);
    else if (state_.theme_choice != applied_choice_) ApplyThemeChoice(state_.theme_choice);
    ++frames_;
    if (reanchor_) {  // the sections of the new profile have their positions now
        pending_scroll_ = AnchorScroll(anchor_sections_, anchor_scroll_, state_.section_y);
        reanchor_ = false;
    }
    query_.Update(state_.publications.filter);  // the state API answers for the filter as the frame left it
    SetBackdrop();
    SyncHost();
    if (state_.open_bundled) {  // replaces the profile: only once nothing of this frame refers to it
        state_.open_bundled = false;
        if (host_.open_bundled) host_.open_bundled();
    }
}

// The page's background for the renderer (gfx/background): the theme's colours, slowly moving.
void App::SetBackdrop() {
    Backdrop& b = state_.effects.backdrop;
    const Palette& pal = theme_.palette;
    b.page = pal.page;
    b.tint_a = pal.accent;
    b.tint_b = pal.warning;
    b.strength = theme_.mode == ThemeMode::Light ? 0.10f : 0.16f;
    if (!state_.reduced_motion) backdrop_clock_ += std::min(ImGui::GetIO().DeltaTime, 0.1f);  // still when asked for no motion
    b.time = backdrop_clock_;
    b.scroll = scroll_y_;
    b.transparent = transparent_;
}

// Tells the host what changed this frame. The visitor's theme choice is remembered. The view and
// filter live in the URL hash: a click adds a history entry, typing adds one for its first key and then
// replaces it. Embedded, the parent page is told the height and the filter instead (core/embed.h), and
// its history is left alone.
void App::SyncHost() {
    if (state_.theme_choice != remembered_choice_) {
        remembered_choice_ = state_.theme_choice;
        if (host_.remember_theme) host_.remember_theme(ThemeChoiceName(remembered_choice_));
    }
    const std::string route = RouteText();
    if (!embed_.empty()) {
        const int height = static_cast<int>(std::ceil(content_height_));
        if ((route != shown_route_ || height != reported_height_) && host_.post_to_parent)
            host_.post_to_parent(EncodeResizeMessage(height, embed_, route));
        shown_route_ = route;
        reported_height_ = height;
        return;
    }
    if (route == shown_route_) return;
    const bool typing = !state_.publications.route_discrete;
    if (host_.show_route) host_.show_route(route, !typing || !last_change_was_typing_);
    last_change_was_typing_ = typing;
    shown_route_ = route;
}

void App::SetThemeChoice(ThemeChoice choice) {
    ApplyThemeChoice(choice);
    remembered_choice_ = choice;
}

void App::ApplyThemeChoice(ThemeChoice choice) {
    state_.theme_choice = applied_choice_ = choice;
    const bool dark = choice == ThemeChoice::Dark || (choice == ThemeChoice::Auto && system_dark_);
    SetTheme(dark ? ThemeMode::Dark : ThemeMode::Light);
}

void App::SetSystemDark(bool dark) {
    system_dark_ = dark;
    if (applied_choice_ == ThemeChoice::Auto) ApplyThemeChoice(ThemeChoice::Auto);
}

bool App::CanScroll(ImVec2 pointer, ImVec2 wheel) const {
    if (state_.help_open) return false;
    if (const auto axis = state_.targets.find("timeline"); axis != state_.targets.end()) {
        const auto& [x, y, w, h] = axis->second;
        if (pointer.x >= x && pointer.x < x + w && pointer.y >= y && pointer.y < y + h) return true;
    }
    return wheel.y > 0.0f ? scroll_y_ > 0.5f : wheel.y < 0.0f && scroll_y_ < scroll_max_y_ - 0.5f;
}

void App::OnSemanticAction(int action, unsigned id) {
    if (action == 0) mirror_.RequestPress(id);
    else if (action == 1) mirror_.RequestFocus(id);
}

void App::ScrollBy(float pixels) { pending_scroll_ = std::max(0.0f, (pending_scroll_ >= 0.0f ? pending_scroll_ : scroll_y_) + pixels); }

void App::ReplaceProfile(LoadResult loaded) {
    anchor_sections_ = state_.section_y;
    anchor_scroll_ = scroll_y_;
    reanchor_ = frames_ > 0;
    fonts_stale_ = NeedsFontRebuild(loaded.profile);
    SetProfile(std::move(loaded));
    state_.scroll_to.clear();  // a pending jump may name a section that is gone
}

// What each group of font roles draws (ui/fonts.h): every text role the profile's text (and what the
// visitor typed), the heading the name and section titles, the display size the shown name.
App::FontText App::FontTextOf(const Profile& profile) const {
    FontText out;
    out.text = CollectProfileText(profile) + typed_text_;
    out.text += ShapedForms(out.text);  // right-to-left lines draw Arabic letters in their joining forms (core/bidi.h)
    out.titles = profile.basics.name;
    for (const Section& section : profile.sections) out.titles += section.title;
    out.titles += ShapedForms(out.titles);
    out.name = ShownName(profile.basics);
    out.name += ShapedForms(out.name);
    return out;
}

bool App::NeedsFontRebuild(const Profile& profile) const {
    if (!fonts_.from_files || fonts_.text_ranges.empty()) return false;
    const FontText wanted = FontTextOf(profile);
    const auto covered = [](const ImVector<ImWchar>& ranges, const std::string& text) {
        ImFontGlyphRangesBuilder have, want;
        have.AddRanges(ranges.Data);
        want.AddText(text.data(), text.data() + text.size());
        for (unsigned int c = 0x20; c <= IM_UNICODE_CODEPOINT_MAX; ++c)  // control characters (line breaks) have no glyph
            if (want.GetBit(c) && !have.GetBit(c)) return false;
        return true;
    };
    return !covered(fonts_.text_ranges, wanted.text) || !covered(fonts_.title_ranges, wanted.titles) ||
           !covered(fonts_.name_ranges, wanted.name);
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

}  // namespace portfolio::ui
