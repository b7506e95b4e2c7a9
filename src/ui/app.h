// The portfolio UI as one object: holds the loaded profile, the theme, fonts and the visitor's state,
// and builds one ImGui frame at a time. Knows nothing of windows, GL or the browser.
#pragma once

#include <map>
#include <string>

#include "core/embed.h"
#include "core/load.h"
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
    // Adds the fonts to the current ImGui context's atlas and applies the theme. Returns false (with a
    // message) when font files are missing; the app still runs with ImGui's built-in font.
    bool InitFonts(std::string& error);

    // Builds one frame: ImGui::NewFrame() ... ImGui::Render(). The platform has set io.DisplaySize etc.
    void Frame();

    // Shows a profile that changed on disk (live reload), keeping the visitor's place: the filters, and
    // the section being read at the same offset into it (core/reload.h AnchorScroll). Ask
    // NeedsFontRebuild(new profile) first: the atlas is the caller's to rebuild.
    void ReplaceProfile(LoadResult loaded);
    // Whether `profile` uses characters missing from the font atlas. Then the caller rebuilds it between
    // frames: io.Fonts->Clear(), InitFonts() (the renderer uploads the new atlas by itself).
    bool NeedsFontRebuild(const Profile& profile) const;
    // The visitor typed characters the atlas lacks (the atlas holds Latin-1, punctuation and the profile's
    // own characters; the font files more). The caller rebuilds the atlas between frames as above; each
    // character asks once, so one the font files lack too does not ask again.
    bool WantsFontRebuild() const { return typed_missing_; }
    // The pixel density the fonts are rasterised for; a new one takes effect at the next InitFonts.
    float PixelScale() const { return settings_.pixel_scale; }
    void SetPixelScale(float scale) { settings_.pixel_scale = scale; }
    const LoadResult& GetLoaded() const { return loaded_; }

    void SetTheme(ThemeMode mode);
    const Theme& GetTheme() const { return theme_; }
    // The visitor's theme choice; Auto follows SetSystemDark. The header's switch and "T" choose Light or
    // Dark, the help overlay any of the three; the caller remembers changes (GetThemeChoice after Frame).
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

    // The read-only state exposed to tests and embedders (window.portfolio.state() on the web).
    std::string StateJson() const;

    // The view and filter state's text form (core/route.h): "/publications?topic=video&q=...".
    std::string RouteText() const;
    // Applies a text form (URL hash, --state); unknown or malformed parts are ignored.
    void ApplyRoute(std::string_view text);
    // Whether the last change of RouteText() came from a click (a new history entry) or typing (replace).
    bool RouteChangeIsDiscrete() const { return state_.publications.route_discrete; }
    void SetReducedMotion(bool reduced) { state_.reduced_motion = reduced; }
    bool ReducedMotion() const { return state_.reduced_motion; }
    // Embedded in another page: only `section` is drawn (core/embed.h); transparent drops the page colour.
    void SetEmbed(EmbedSection section, bool transparent) { embed_ = section; transparent_ = transparent; }
    EmbedSection Embedded() const { return embed_; }
    bool Transparent() const { return transparent_; }
    // The renderer can draw shader effects (shadows, avatar); the UI then asks for them each frame.
    void EnableEffects(bool enabled) { state_.effects.enabled = enabled; }
    const EffectList& Effects() const { return state_.effects; }

private:
    AppSettings settings_;
    Host host_;
    LoadResult loaded_;
    Theme theme_;
    Fonts fonts_;
    UiState state_;
    MarkupCache markup_;
    unsigned long long frames_ = 0;
    EmbedSection embed_ = EmbedSection::None;
    bool transparent_ = false;
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
    bool textures_stale_ = true;
    void SyncTextures();
};

// Every character the profile's text uses, for the font atlas.
std::string CollectProfileText(const Profile& profile);

// "light", "dark", "auto" and back (anything else is Auto), as the platform and the URL spell them.
ThemeChoice ParseThemeChoice(std::string_view text);
const char* ThemeChoiceName(ThemeChoice choice);

}  // namespace portfolio::ui
