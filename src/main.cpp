// The composition root: parse the command line, load the profile, open the window, and run
// profile -> UI frame -> renderer until asked to stop. On the desktop it also watches the profile
// file (live reload), opens dropped profiles and rebuilds the fonts when the characters or the
// screen's scale change.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/embed.h"
#include "core/load.h"
#include "core/options.h"
#include "core/paths.h"
#include "core/reload.h"
#include "gfx/renderer.h"
#include "gfx/texture.h"
#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"

using namespace portfolio;

namespace {

void PrintDiagnostics(const std::string& path, const std::vector<Diagnostic>& diagnostics) {
    for (const Diagnostic& d : diagnostics)
        std::fprintf(stderr, "%s: %s: %s\n", path.c_str(), d.severity == Severity::Error ? "error" : "warning", d.ToString().c_str());
}

std::string WindowTitle(const Profile& profile) {
    return profile.basics.name.empty() ? "Portfolio" : profile.basics.name + " \xE2\x80\x94 Portfolio";
}

// Fonts and the bundled profile: installed next to the binary (<prefix>/share/portfolio), else the
// build tree (on the web: the preloaded /assets and /data).
DataPaths FindData() {
    const DataPaths build_tree{PORTFOLIO_ASSET_DIR, std::string(PORTFOLIO_SOURCE_DATA_DIR) + "/profile.json"};
    return FindDataPaths(platform::ExecutableDir(), PORTFOLIO_INSTALLED_DATA_DIR, build_tree, [](const std::string& path) {
        std::error_code ec;
        return std::filesystem::exists(path, ec);
    });
}

}  // namespace

int main(int argc, char** argv) {
    const DataPaths data = FindData();
    const ParsedOptions parsed = ParseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "portfolio: %s\n\n%s", parsed.error.c_str(), Usage("portfolio", data.profile).c_str());
        return 2;
    }
    const Options& opt = parsed.options;
    if (opt.help) {
        std::printf("%s", Usage("portfolio", data.profile).c_str());
        return 0;
    }
    std::string profile_path = opt.profile.empty() ? data.profile : opt.profile;
    if (!opt.profile.empty()) {
        // A profile named on the command line that is not there is a usage error, reported before any window opens.
        std::error_code ec;
        if (!std::filesystem::is_regular_file(profile_path, ec)) {
            std::fprintf(stderr, "portfolio: cannot open profile file \"%s\": no such file\n", profile_path.c_str());
            return 2;
        }
    }
    FileWatch watch(StampFile(profile_path));  // stamped before reading, so an edit in between is not missed
    LoadResult loaded = LoadProfileFromFile(profile_path);
    PrintDiagnostics(profile_path, loaded.diagnostics);

    std::string error;
    platform::WindowConfig window;
    window.title = WindowTitle(loaded.profile);
    window.width = opt.width;
    window.height = opt.height;
    window.remember_placement = !opt.size_given && opt.screenshot.empty();
    window.hidden = !opt.screenshot.empty();
    if (!platform::Init(window, error)) {
        std::fprintf(stderr, "portfolio: %s\n", error.c_str());
        return 1;
    }
    const std::string scheme = opt.theme == "auto" ? platform::PreferredColorScheme() : opt.theme;
    ui::Host host;
    host.open_url = [](const std::string& url) { platform::OpenUrl(url); };
    host.save_file = [&profile_path](const std::string& name, const std::string& mime, const std::string& bytes) {
        ui::SavedFile saved;  // the contact card goes next to the profile shown (web: a download)
        saved.ok = platform::SaveFile(std::filesystem::path(profile_path).parent_path().string(), name, mime, bytes, saved.where);
        return saved;
    };
    host.zone_offset_minutes = platform::ZoneOffsetMinutes;
    host.local_time_zone = platform::LocalTimeZone;
    host.create_texture = gfx::CreateImageTexture;
    host.delete_texture = gfx::DeleteImageTexture;
    ui::App app(ui::AppSettings{data.asset_dir, platform::PixelScale(), scheme == "dark" ? ui::ThemeMode::Dark : ui::ThemeMode::Light,
                                opt.state},
                std::move(host));
    app.SetProfile(std::move(loaded));
    if (!app.InitFonts(error)) std::fprintf(stderr, "portfolio: %s\n", error.c_str());

    gfx::Renderer renderer;
    if (!renderer.Init(error)) {
        std::fprintf(stderr, "portfolio: %s\n", error.c_str());
        return 1;
    }
    if (!error.empty()) std::fprintf(stderr, "portfolio: %s\n", error.c_str());
    app.EnableEffects(renderer.EffectsReady());
    app.SetReducedMotion(platform::PrefersReducedMotion());
    // Theme: --theme, else the visitor's choice (?theme=, remembered, or following the system live).
    const std::string theme_choice = opt.theme != "auto" ? opt.theme : platform::ThemeChoice();
    app.SetSystemDark(platform::PreferredColorScheme() == "dark");
    app.SetThemeChoice(ui::ParseThemeChoice(theme_choice));
    ui::ThemeChoice remembered_theme = app.GetThemeChoice();
    platform::SetSystemThemeHandler([&app](bool dark) { app.SetSystemDark(dark); });
    platform::SetReducedMotionHandler([&app](bool reduced) { app.SetReducedMotion(reduced); });
    // The wheel is taken only when the app can use it, so an embedding page still scrolls.
    platform::SetScrollQuery([&app](float x, float y, float wx, float wy) { return app.CanScroll(ImVec2(x, y), ImVec2(wx, wy)); });
    platform::SetScrollHandler([&app](float pixels) { app.ScrollBy(pixels); });
    platform::SetStateProvider([&app] { return app.StateJson(); });

    // The view and filter state lives in the URL hash on the web: restored on load, followed on
    // back/forward, and written as the visitor filters (a click adds a history entry; typing adds one
    // for the first key and then replaces it).
    // Embedded in an iframe (?embed=section): only that section, sized to fit through messages to the
    // parent (core/embed.h); the filter comes from the query, and the parent's history is left alone.
    const EmbedParams embed = ParseEmbedQuery(platform::LocationSearch());
    if (embed.section != EmbedSection::None) {
        app.SetEmbed(embed.section, embed.transparent);
        app.ApplyRoute(FormatRoute(embed.route));
    } else if (const std::string hash = platform::LocationHash(); !hash.empty()) {
        app.ApplyRoute(hash);
    }
    std::string shown_route = app.RouteText();
    bool last_change_was_typing = false;
    int reported_height = -1;
    platform::SetHashChangeHandler([&](const std::string& hash) {
        if (embed.section != EmbedSection::None) return;
        app.ApplyRoute(hash);
        shown_route = app.RouteText();
    });
    platform::SetParentMessageHandler([&](const std::string& json) {
        const std::optional<EmbedCommand> command = DecodeCommandMessage(json);
        if (!command) return;  // not ours, or malformed: ignored
        if (command->kind == EmbedCommand::Kind::SetFilter) app.ApplyRoute(command->value);
        else {
            app.SetThemeChoice(ui::ParseThemeChoice(command->value));
            remembered_theme = app.GetThemeChoice();  // the host's choice is not saved as the visitor's
        }
    });
    auto sync_route = [&] {
        const std::string route = app.RouteText();
        const int height = static_cast<int>(std::ceil(app.ContentHeight()));
        if (embed.section != EmbedSection::None) {
            if (route != shown_route || height != reported_height)
                platform::PostToParent(EncodeResizeMessage(height, embed.section, route));
            shown_route = route;
            reported_height = height;
            return;
        }
        if (route == shown_route) return;
        const bool typing = !app.RouteChangeIsDiscrete();
        platform::SetLocationHash(route, !typing || !last_change_was_typing);
        last_change_was_typing = typing;
        shown_route = route;
    };

    // Between frames only: the atlas is rasterised again (new characters, new screen scale) and
    // uploaded again by the renderer's next NewFrame.
    auto rebuild_fonts = [&app] {
        ImGui::GetIO().Fonts->Clear();
        std::string font_error;
        if (!app.InitFonts(font_error)) std::fprintf(stderr, "portfolio: %s\n", font_error.c_str());
    };
    // Live reload: a settled change of the watched file is shown; an edit that does not parse keeps
    // the last good profile on screen with the new problems (core/reload.h).
    auto show_file = [&](const char* verb) {
        LoadResult fresh = LoadProfileFromFile(profile_path);
        PrintDiagnostics(profile_path, fresh.diagnostics);
        ReloadResult result = ApplyReload(app.GetLoaded(), std::move(fresh));
        std::fprintf(stderr, "portfolio: %s\n", DescribeReload(verb, profile_path, result).c_str());
        const bool new_characters = app.NeedsFontRebuild(result.shown.profile);
        platform::SetWindowTitle(WindowTitle(result.shown.profile));
        app.ReplaceProfile(std::move(result.shown));
        if (new_characters) rebuild_fonts();
    };
    platform::SetPoll(0.25, [&] {
        if (!watch.Poll(StampFile(profile_path))) return false;
        show_file("reloaded");
        return true;
    });
    platform::SetFileDropHandler([&](const std::string& path) {
        profile_path = path;
        watch = FileWatch(StampFile(profile_path));
        show_file("opened");
    });

    // The UI's effect requests, as the renderer takes them.
    auto rgba = [](ImU32 c, float* out) {
        const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
        out[0] = v.x, out[1] = v.y, out[2] = v.z, out[3] = v.w;
    };
    std::vector<gfx::Shadow> shadows;
    std::vector<gfx::Disc> discs;
    auto shadows_of = [&](const ui::EffectList& fx) -> const std::vector<gfx::Shadow>& {
        shadows.clear();
        for (const ui::ShadowEffect& e : fx.shadows) {
            gfx::Shadow g{{e.min.x, e.min.y}, {e.max.x, e.max.y}, e.radius, e.blur, e.offset_y, {}};
            rgba(e.color, g.color);
            shadows.push_back(g);
        }
        return shadows;
    };
    auto discs_of = [&](const ui::EffectList& fx) -> const std::vector<gfx::Disc>& {
        discs.clear();
        for (const ui::AvatarEffect& e : fx.avatars) {
            gfx::Disc g{{e.center.x, e.center.y}, e.radius, {}, {}};
            rgba(e.color_a, g.color_a);
            rgba(e.color_b, g.color_b);
            discs.push_back(g);
        }
        return discs;
    };

    // A screenshot waits a few frames so fonts, layout and equal-height rows have settled.
    const long frame_limit = !opt.screenshot.empty() ? std::max(opt.frames, 6L) : opt.frames;
    int fb_w = 0, fb_h = 0;
    float background_clock = 0.0f;  // advances only while frames are drawn, so waking from idle does not jump
    platform::Run([&] {
        if (std::fabs(platform::PixelScale() - app.PixelScale()) > 0.01f) {  // moved to a screen of another density
            app.SetPixelScale(platform::PixelScale());
            rebuild_fonts();
        } else if (app.WantsFontRebuild()) {  // the visitor typed a character the atlas lacks
            rebuild_fonts();
        }
        renderer.NewFrame();
        app.Frame();
        if (app.GetThemeChoice() != remembered_theme) {
            remembered_theme = app.GetThemeChoice();
            platform::RememberTheme(ui::ThemeChoiceName(remembered_theme));
        }
        platform::FramebufferSize(fb_w, fb_h);
        const ui::Palette& pal = app.GetTheme().palette;
        gfx::BackgroundParams bg;
        const ImVec4 page = ImGui::ColorConvertU32ToFloat4(pal.page);
        const ImVec4 a = ImGui::ColorConvertU32ToFloat4(pal.accent);
        const ImVec4 b = ImGui::ColorConvertU32ToFloat4(pal.warning);
        bg.base[0] = page.x, bg.base[1] = page.y, bg.base[2] = page.z;
        bg.tint_a[0] = a.x, bg.tint_a[1] = a.y, bg.tint_a[2] = a.z;
        bg.tint_b[0] = b.x, bg.tint_b[1] = b.y, bg.tint_b[2] = b.z;
        bg.strength = app.GetTheme().mode == ui::ThemeMode::Light ? 0.10f : 0.16f;
        if (!app.ReducedMotion()) background_clock += std::min(ImGui::GetIO().DeltaTime, 0.1f);  // still when asked for no motion
        bg.time = background_clock;
        bg.scroll = app.ScrollY();
        if (app.Transparent()) bg.alpha = 0.0f;  // embedded over the host page's own background
        renderer.Render(bg, ImGui::GetDrawData(), fb_w, fb_h, shadows_of(app.Effects()), discs_of(app.Effects()));
        sync_route();
        if (app.FrameCount() == 1) platform::NotifyFirstFrame();
        if (frame_limit > 0 && static_cast<long>(app.FrameCount()) >= frame_limit) {
            if (!opt.screenshot.empty()) {
                const auto pixels = renderer.ReadPixels(fb_w, fb_h);
                if (!gfx::Renderer::SavePng(opt.screenshot, fb_w, fb_h, pixels, error)) std::fprintf(stderr, "portfolio: %s\n", error.c_str());
            }
            return false;
        }
        return true;
    }, [&] { return frame_limit > 0 || app.Animating(); });
    renderer.Shutdown();
    platform::Shutdown();
    return error.empty() || opt.screenshot.empty() ? 0 : 1;
}
