// The composition root: parse the command line, load the profile, open the window, and run
// profile -> UI frame -> renderer until asked to stop.
#include <algorithm>
#include <cstdio>

#include "core/load.h"
#include "core/options.h"
#include "gfx/renderer.h"
#include "imgui.h"
#include "platform/platform.h"
#include "ui/app.h"

using namespace portfolio;

int main(int argc, char** argv) {
    const ParsedOptions parsed = ParseCommandLine(std::vector<std::string>(argv + 1, argv + argc));
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "portfolio: %s\n\n%s", parsed.error.c_str(), Usage("portfolio").c_str());
        return 2;
    }
    const Options& opt = parsed.options;
    if (opt.help) {
        std::printf("%s", Usage("portfolio").c_str());
        return 0;
    }
    const std::string profile_path = opt.profile.empty() ? std::string(PORTFOLIO_SOURCE_DATA_DIR) + "/profile.json" : opt.profile;
    LoadResult loaded = LoadProfileFromFile(profile_path);
    for (const Diagnostic& d : loaded.diagnostics)
        std::fprintf(stderr, "%s: %s: %s\n", profile_path.c_str(), d.severity == Severity::Error ? "error" : "warning", d.ToString().c_str());

    std::string error;
    platform::WindowConfig window;
    window.title = loaded.profile.basics.name.empty() ? "Portfolio" : loaded.profile.basics.name + " \xE2\x80\x94 Portfolio";
    window.width = opt.width;
    window.height = opt.height;
    if (!platform::Init(window, error)) {
        std::fprintf(stderr, "portfolio: %s\n", error.c_str());
        return 1;
    }
    const std::string scheme = opt.theme == "auto" ? platform::PreferredColorScheme() : opt.theme;
    ui::App app(ui::AppSettings{PORTFOLIO_ASSET_DIR, platform::PixelScale(), scheme == "dark" ? ui::ThemeMode::Dark : ui::ThemeMode::Light},
                ui::Host{[](const std::string& url) { platform::OpenUrl(url); }});
    app.SetProfile(std::move(loaded));
    if (!app.InitFonts(error)) std::fprintf(stderr, "portfolio: %s\n", error.c_str());

    gfx::Renderer renderer;
    if (!renderer.Init(error)) {
        std::fprintf(stderr, "portfolio: %s\n", error.c_str());
        return 1;
    }
    if (!error.empty()) std::fprintf(stderr, "portfolio: %s\n", error.c_str());
    platform::SetStateProvider([&app] { return app.StateJson(); });

    // A screenshot waits a few frames so fonts, layout and equal-height rows have settled.
    const long frame_limit = !opt.screenshot.empty() ? std::max(opt.frames, 6L) : opt.frames;
    int fb_w = 0, fb_h = 0;
    float background_clock = 0.0f;  // advances only while frames are drawn, so waking from idle does not jump
    platform::Run([&] {
        renderer.NewFrame();
        app.Frame();
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
        background_clock += std::min(ImGui::GetIO().DeltaTime, 0.1f);
        bg.time = background_clock;
        bg.scroll = app.ScrollY();
        renderer.Render(bg, ImGui::GetDrawData(), fb_w, fb_h);
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
