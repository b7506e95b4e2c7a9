// The portfolio UI as one object: holds the loaded profile, the theme, fonts and the visitor's state,
// and builds one ImGui frame at a time. Knows nothing of windows, GL or the browser.
#pragma once

#include <string>

#include "core/load.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/view.h"

namespace portfolio::ui {

struct AppSettings {
    std::string asset_dir;            // folder with fonts/ (build output or /assets on the web)
    float pixel_scale = 1.0f;         // framebuffer pixels per logical pixel (HiDPI)
    ThemeMode theme = ThemeMode::Light;
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

    void SetTheme(ThemeMode mode);
    const Theme& GetTheme() const { return theme_; }
    const Profile& GetProfile() const { return loaded_.profile; }
    const std::vector<Diagnostic>& GetDiagnostics() const { return loaded_.diagnostics; }
    const UiState& GetState() const { return state_; }
    unsigned long long FrameCount() const { return frames_; }
    // True while something on the page moves by itself (a confirmation fading out, ...): keep drawing.
    bool Animating() const;
    float ScrollY() const { return scroll_y_; }
    float ContentHeight() const { return content_height_; }

    // The read-only state exposed to tests and embedders (window.portfolio.state() on the web).
    std::string StateJson() const;

private:
    AppSettings settings_;
    Host host_;
    LoadResult loaded_;
    Theme theme_;
    Fonts fonts_;
    UiState state_;
    MarkupCache markup_;
    unsigned long long frames_ = 0;
    float scroll_y_ = 0.0f;
    float content_height_ = 0.0f;
};

// Every character the profile's text uses, for the font atlas.
std::string CollectProfileText(const Profile& profile);

}  // namespace portfolio::ui
