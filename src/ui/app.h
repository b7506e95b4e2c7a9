// The portfolio UI as one object: holds the loaded profile, the publication query, the theme, fonts and
// the visitor's state, and builds one ImGui frame at a time: profile -> query result -> views -> draw
// data + effect list (ui/effects.h) for the renderer. It owns the page's policies towards its host
// (core/host.h): the URL hash and its history entries, the embed protocol with the parent page, the
// remembered theme, the window title. Knows nothing of windows, GL or the browser.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "core/embed.h"
#include "core/load.h"
#include "ui/a11y.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/view.h"

namespace portfolio::ui {

struct AppSettings {
    std::string asset_dir;            // folder with fonts/ (build output or /assets on the web)
    float pixel_scale = 1.0f;         // framebuffer pixels per logical pixel (HiDPI)
    ThemeMode theme = ThemeMode::Light;
    std::string initial_state;        // --state: the view/filter text form to open with (core/route.h)
};

class App {
public:
    App(AppSettings settings, Host host);

    // Takes a load result (profile + diagnostics). Call before InitFonts so the atlas covers its characters.
    void SetProfile(LoadResult loaded);
    // Where the page opens, from the web page's address: `?embed=section...` (core/embed.h) shows one part
    // of the page to a parent page, else the URL hash is the view and filter to open with.
    void OpenAt(std::string_view location_search, std::string_view location_hash);
    // The visitor navigated (back/forward, an edited #link): ignored when embedded (the parent owns history).
    void OnHashChange(std::string_view hash);
    // A message from the parent page (embedded): setFilter and setTheme commands; anything else is ignored.
    void OnParentMessage(std::string_view json);
    // Between frames: rebuilds the font atlas when the screen's density changed, the visitor typed
    // characters the atlas lacks, or a replaced profile needs new ones (the renderer uploads it again).
    // False with a message when font files are missing.
    bool PrepareFrame(float pixel_scale, std::string& error);
    // Adds the fonts to the current ImGui context's atlas and applies the theme. Returns false (with a
    // message) when font files are missing; the app still runs with ImGui's built-in font.
    bool InitFonts(std::string& error);

    // Builds one frame: ImGui::NewFrame() ... ImGui::Render(). The platform has set io.DisplaySize etc.
    void Frame();

    // Shows a profile that changed on disk (live reload), keeping the visitor's place: the filters, and
    // the section being read at the same offset into it (core/reload.h AnchorScroll). The next
    // PrepareFrame rebuilds the atlas if the new profile needs characters it lacks.
    void ReplaceProfile(LoadResult loaded);
    // Whether `profile` uses characters missing from the font atlas. Then the caller rebuilds it between
    // frames: io.Fonts->Clear(), InitFonts() (the renderer uploads the new atlas by itself).
    bool NeedsFontRebuild(const Profile& profile) const;  // some role's atlas lacks characters it would draw
    // The visitor typed characters the atlas lacks (the atlas holds ASCII, the UI's punctuation and the profile's
    // own characters; the font files more). The caller rebuilds the atlas between frames as above; each
    // character asks once, so one the font files lack too does not ask again.
    bool WantsFontRebuild() const { return typed_missing_; }
    // The pixel density the fonts are rasterised for; a new one takes effect at the next InitFonts.
    float PixelScale() const { return settings_.pixel_scale; }
    void SetPixelScale(float scale) { settings_.pixel_scale = scale; }
    const LoadResult& GetLoaded() const { return loaded_; }
    // Web: the visitor's own file (dropped or chosen) is on screen under this name; "" when the bundled
    // profile is. The page then names it in a bar with a way back (Host::open_bundled).
    void SetVisitorFile(std::string name) { state_.visitor_file = std::move(name); }
    // Start-up phases as the host timed them (ms on the page's clock: performance.now() on the web), for
    // the state API's "startup" and the first-frame benchmark (tests/web/measure.mjs).
    void NoteStartup(const char* phase, double ms) { startup_.emplace_back(phase, ms); }

    void SetTheme(ThemeMode mode);
    const Theme& GetTheme() const { return theme_; }
    const Fonts& GetFonts() const { return fonts_; }
    const FallbackStore& GetFallbackFonts() const { return fallback_; }
    // The theme choice to show (startup, the parent page's command); Auto follows SetSystemDark. It is not
    // remembered: only the visitor's own changes are (the header's switch, "T", the help's Appearance),
    // through the host's remember_theme.
    void SetThemeChoice(ThemeChoice choice);
    ThemeChoice GetThemeChoice() const { return state_.theme_choice; }
    void SetSystemDark(bool dark);
    const Profile& GetProfile() const { return loaded_.profile; }
    const std::vector<Diagnostic>& GetDiagnostics() const { return loaded_.diagnostics; }
    const UiState& GetState() const { return state_; }
    unsigned long long FrameCount() const { return frames_; }
    // True while something on the page moves by itself (a confirmation fading out, ...): keep drawing.
    bool Animating() const;
    float ScrollY() const { return scroll_y_; }
    float ContentHeight() const { return content_height_; }
    // Whether a wheel at `pointer` would move something, as of the last frame: the time axis takes any
    // wheel (zoom, pan), the page a vertical one while it can still scroll that way (wheel.y > 0: up).
    bool CanScroll(ImVec2 pointer, ImVec2 wheel) const;
    // Scrolls the page by `pixels` (positive: towards the end) at the next frame (touch drags).
    void ScrollBy(float pixels);
    // The accessible layer's requests (HostServices::show_semantics): 0 presses the ImGui item `id` at the next
    // frame, 1 gives it the keyboard focus.
    void OnSemanticAction(int action, unsigned id);
    const a11y::MirrorStats& SemanticStats() const { return mirror_.Stats(); }

    // The read-only state exposed to tests and embedders (window.portfolio.state() on the web).
    std::string StateJson() const;

    // The view and filter state's text form (core/route.h): "/publications?topic=video&q=...".
    std::string RouteText() const;
    // Applies a text form (URL hash, --state); unknown or malformed parts are ignored.
    void ApplyRoute(std::string_view text);
    void SetReducedMotion(bool reduced) { state_.reduced_motion = reduced; }
    bool ReducedMotion() const { return state_.reduced_motion; }
    // Embedded in another page: only the sections of that embed name are drawn ("all": the whole page
    // without its top bar and footer; ui/sections.h); transparent drops the page colour. An unknown name
    // shows the full page. Returns whether the page is embedded now.
    bool SetEmbed(std::string_view name, bool transparent);
    const std::string& Embedded() const { return embed_; }  // "" when not embedded
    bool Transparent() const { return transparent_; }
    // The publication query for the current filter (what the list shows and the state API reports).
    const QueryResult& Query() const { return query_.Result(); }
    std::size_t QueryRuns() const { return query_.Runs(); }
    // The renderer can draw shader effects (shadows, avatar); the UI then asks for them each frame.
    void EnableEffects(bool enabled) { state_.effects.enabled = enabled; }
    const EffectList& Effects() const { return state_.effects; }

private:
    AppSettings settings_;
    Host host_;
    LoadResult loaded_;
    std::string folder_;  // the folder of the profile file (the contact card is saved there on the desktop)
    Theme theme_;
    Fonts fonts_;
    std::vector<std::pair<const char*, double>> startup_;
    mutable std::optional<std::vector<char32_t>> missing_glyphs_;  // for the state API, per built atlas
    FallbackStore fallback_;       // CJK, Arabic, Hebrew... font files, kept across atlas rebuilds
    UiState state_;
    MarkupCache markup_;
    LiveQuery query_;
    struct FontText {
        std::string text, titles, name;
    };
    FontText FontTextOf(const Profile& profile) const;
    unsigned long long frames_ = 0;
    bool first_screen_only_ = false;  // this frame lays out only the sections on screen (App::Frame)
    std::string embed_;            // the embed name shown, "" when not embedded
    bool transparent_ = false;
    // What the host shows of the page, to tell it only of changes (SyncHost).
    std::string shown_route_;
    bool last_change_was_typing_ = false;
    int reported_height_ = -1;
    ThemeChoice remembered_choice_ = ThemeChoice::Auto;
    float backdrop_clock_ = 0.0f;  // advances only while frames are drawn, so waking from idle does not jump
    bool fonts_stale_ = false;     // a replaced profile needs characters the atlas lacks
    float scroll_y_ = 0.0f;
    float scroll_max_y_ = 0.0f;
    float content_height_ = 0.0f;
    bool system_dark_ = false;
    ThemeChoice applied_choice_ = ThemeChoice::Auto;  // the choice the theme was last made from
    // Keeping the visitor's place across ReplaceProfile: where the sections were and the scroll then;
    // after the first frame of the new profile, the scroll to apply at the next frame's Begin.
    std::map<std::string, float> anchor_sections_;
    float anchor_scroll_ = 0.0f;
    bool reanchor_ = false;
    float pending_scroll_ = -1.0f;  // < 0: none
    // The profile's images as textures; rebuilt at the next frame after the profile changes.
    std::string typed_text_;      // characters typed that the profile does not use, for the atlas (UTF-8)
    bool typed_missing_ = false;  // one of them is not in the atlas yet
    ImageTextures textures_;
    a11y::Mirror mirror_;          // collects the semantic items when the host shows them
    bool mirror_attached_ = false;
    std::string semantics_;        // the last nodes handed to the host
    bool textures_stale_ = true;
    void SyncTextures();
    void DrawPage(const ViewContext& ctx, bool& toggle_theme);
    void FinishFrame(bool toggle_theme);
    void SetBackdrop();
    void ApplyThemeChoice(ThemeChoice choice);
    void SyncHost();
    void NoteTypedCharacters();
};

// "light", "dark", "auto" and back (anything else is Auto), as the platform and the URL spell them.
ThemeChoice ParseThemeChoice(std::string_view text);
const char* ThemeChoiceName(ThemeChoice choice);

}  // namespace portfolio::ui
