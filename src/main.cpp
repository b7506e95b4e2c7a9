// The composition root: wires the parts together and does nothing else. Command line -> profile ->
// platform (window, services) -> App (ui/app.h: query, views, host policies) -> renderer, with the
// platform's callbacks (platform/platform.h) routed to their owners. On the desktop it also watches
// the profile file (live reload) and opens dropped profiles.
#include <algorithm>
#include <cstdio>
#include <chrono>
#include <filesystem>

#include "core/drop.h"
#include "core/load.h"
#include "core/export_command.h"
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

void Report(const std::string& message) {
    if (!message.empty()) std::fprintf(stderr, "portfolio: %s\n", message.c_str());
}

void PrintDiagnostics(const LoadResult& loaded) {
    for (const Diagnostic& d : loaded.diagnostics)
        std::fprintf(stderr, "%s: %s: %s\n", d.file.c_str(), SeverityName(d.severity), d.ToString().c_str());
}

bool Exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

// Fonts and the bundled profile: installed next to the binary (<prefix>/share/portfolio), else the
// build tree (on the web: the preloaded /assets and /data).
DataPaths FindData(const std::string& executable_dir) {
    const DataPaths build_tree{PORTFOLIO_ASSET_DIR, std::string(PORTFOLIO_SOURCE_DATA_DIR) + "/profile.json"};
    return FindDataPaths(executable_dir, PORTFOLIO_INSTALLED_DATA_DIR, build_tree, Exists);
}

// The profile file on screen: watched for changes with the files it names (live reload; an edit that does
// not parse keeps the last good profile on screen with the new problems, core/reload.h), replaced by a
// dropped profile, and shown with a dropped .bib's publications until another profile is opened.
class ProfileFile {
public:
    explicit ProfileFile(std::string path) : path_(std::move(path)) {}
    LoadResult Load() {
        if (platform::kLocalFiles) watch_.Watch(Watched({}));  // stamped before reading, so an edit in between counts
        LoadResult loaded = LoadProfileFromFile(path_);
        if (!bibliography_.empty()) loaded = OverBibliography(std::move(loaded));
        // The files the profile names are known once it is read; a change to them from here on counts.
        if (platform::kLocalFiles && !loaded.companion_files.empty()) watch_.Watch(Watched(loaded.companion_files));
        PrintDiagnostics(loaded);
        return loaded;
    }
    bool Poll(ui::App& app) {
        if (!watch_.Poll()) return false;
        Show(app, "reloaded");
        return true;
    }
    void Dropped(ui::App& app, const std::vector<std::string>& paths) {
        const DropDecision drop = ChooseDroppedProfile(paths);
        Report(drop.message);
        if (!drop.bibliography.empty()) {
            bibliography_ = drop.bibliography;
            Present(app, "opened", bibliography_, Load());
            return;
        }
        if (drop.open.empty()) return;
        path_ = drop.open;
        bibliography_.clear();
        Show(app, "opened");
    }

    // Web: a file the visitor dropped or chose, read in the browser. A failed one keeps the page as it was.
    static void Opened(ui::App& app, const std::string& name, std::string_view bytes) {
        if (KindOfFile(name) == FileKind::Bibliography) {  // the profile on screen with this file's publications
            LoadResult loaded = ApplyBibtexFile(app.GetLoaded().profile, bytes, name);
            loaded.images = app.GetLoaded().images;
            PrintDiagnostics(loaded);
            if (Present(app, "opened", name, std::move(loaded))) app.SetVisitorFile(name);
            return;
        }
        if (KindOfFile(name) != FileKind::Profile) {
            Report("\"" + name + "\" is neither a profile (.json) nor a bibliography (.bib): nothing opened");
            return;
        }
        LoadResult loaded = LoadProfileFromText(bytes, name);
        PrintDiagnostics(loaded);
        if (Present(app, "opened", name, std::move(loaded))) app.SetVisitorFile(name);
    }
    // Web: the visitor leaves their own file for the profile the page was built with.
    void ShowBundled(ui::App& app) {
        bibliography_.clear();
        Show(app, "restored");
        app.SetVisitorFile("");
    }

private:
    void Show(ui::App& app, const char* verb) { Present(app, verb, path_, Load()); }
    std::vector<std::string> Watched(const std::vector<std::string>& companions) const {
        std::vector<std::string> paths{path_};
        paths.insert(paths.end(), companions.begin(), companions.end());
        if (!bibliography_.empty()) paths.push_back(bibliography_);
        return paths;
    }
    // The profile with the dropped .bib's publications (read again at each load, so its edits show too).
    // An unreadable .bib (deleted, half written) is not shown: the reload keeps what is on screen.
    LoadResult OverBibliography(LoadResult profile) const {
        if (!profile.document_ok) return profile;  // the profile's own problems come first
        LoadResult shown = ApplyBibtexFromFile(profile.profile, bibliography_);
        shown.images = std::move(profile.images);
        shown.companion_files = std::move(profile.companion_files);
        return shown;
    }
    // The new profile goes on screen if it is good enough to show; else the last good one stays with its
    // problems. True when the new one is shown.
    static bool Present(ui::App& app, const char* verb, const std::string& name, LoadResult loaded) {
        ReloadResult result = ApplyReload(app.GetLoaded(), std::move(loaded));
        Report(DescribeReload(verb, name, result));
        const bool shown = !result.kept_previous;
        app.ReplaceProfile(std::move(result.shown));
        return shown;
    }
    std::string path_;
    std::string bibliography_;  // a dropped .bib shown over the profile, "" for none
    FileSetWatch watch_;
};

ui::Host MakeHost() {
    ui::Host host;
    static_cast<HostServices&>(host) = platform::Services();
    host.create_texture = gfx::CreateImageTexture;
    host.delete_texture = gfx::DeleteImageTexture;
    return host;
}

platform::WindowConfig WindowFor(const Options& opt) {
    platform::WindowConfig window;
    window.width = opt.width;
    window.height = opt.height;
    window.remember_placement = !opt.size_given && opt.screenshot.empty();
    window.hidden = !opt.screenshot.empty();
    return window;
}

// Runs the page until the window closes, or for --frames N / until a --screenshot is taken.
// Milliseconds on the clock the page's performance.now() also reads (Emscripten's monotonic clock).
double NowMs() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

int RunPage(const Options& opt, const DataPaths& data, const platform::Environment& env, ProfileFile& file, double main_ms) {
    std::vector<std::pair<const char*, double>> phases{{"main", main_ms}};
    std::string error;
    if (!platform::Init(WindowFor(opt), error)) return Report(error), 1;
    phases.emplace_back("contextReady", NowMs());
    // The shaders first: GL compiles them (in WebGL, in the GPU process) while the profile is read, the
    // font atlas built and the first frame laid out; their result is asked for at the first Render.
    gfx::Renderer renderer;
    if (!renderer.Init(error)) return Report(error), 1;
    Report(error);
    phases.emplace_back("rendererReady", NowMs());
    LoadResult loaded = file.Load();
    phases.emplace_back("profileParsed", NowMs());
    ui::App* shown_app = nullptr;
    ui::Host host = MakeHost();
    host.open_bundled = [&] { if (shown_app) file.ShowBundled(*shown_app); };
    ui::App app(ui::AppSettings{data.asset_dir, platform::PixelScale(), ui::ThemeMode::Light, opt.state}, std::move(host));
    shown_app = &app;
    app.SetProfile(std::move(loaded));
    if (!app.InitFonts(error)) Report(error);
    phases.emplace_back("fontsReady", NowMs());  // the web builds its atlas here (to ask for missing glyphs)
    for (const auto& [phase, ms] : phases) app.NoteStartup(phase, ms);
    app.EnableEffects(renderer.EffectsReady());
    app.SetReducedMotion(env.prefers_reduced_motion);
    app.SetSystemDark(env.prefers_dark);
    app.SetThemeChoice(ui::ParseThemeChoice(opt.theme != "auto" ? opt.theme : env.theme_choice));
    app.OpenAt(env.location_search, env.location_hash);

    // A screenshot waits a few frames so fonts, layout and equal-height rows have settled.
    const long frame_limit = !opt.screenshot.empty() ? std::max(opt.frames, 6L) : opt.frames;
    bool screenshot_failed = false, render_failed = false;
    platform::Callbacks callbacks;
    callbacks.frame = [&] {
        std::string font_error;
        if (!app.PrepareFrame(platform::PixelScale(), font_error)) Report(font_error);
        const bool first = app.FrameCount() == 0;
        if (first) app.NoteStartup("firstFrameStart", NowMs());
        renderer.NewFrame();
        if (first) app.NoteStartup("atlasUploaded", NowMs());
        app.Frame();
        if (first) app.NoteStartup("laidOut", NowMs());
        int fb_w = 0, fb_h = 0;
        platform::FramebufferSize(fb_w, fb_h);
        if (first) {
            renderer.UploadGlyphs(*ImGui::GetDrawData());
            app.NoteStartup("glyphsDrawn", NowMs());
        }
        renderer.Render(app.Effects(), ImGui::GetDrawData(), fb_w, fb_h);
        if (first) {
            app.NoteStartup("drawn", NowMs());
            // The shaders finished compiling during this frame: what failed is known now.
            if (const std::string gl_error = renderer.TakeErrors(); !gl_error.empty()) Report(gl_error);
            app.EnableEffects(renderer.EffectsReady());
            if (renderer.Failed()) {
                render_failed = true;
                return false;
            }
        }
        if (frame_limit <= 0 || static_cast<long>(app.FrameCount()) < frame_limit) return true;
        if (!opt.screenshot.empty() && !gfx::Renderer::SavePng(opt.screenshot, fb_w, fb_h, renderer.ReadPixels(fb_w, fb_h), error))
            Report(error), screenshot_failed = true;
        return false;
    };
    // The font atlas's glyphs are rasterised a few milliseconds a frame after the first (ui/glyph_atlas.h).
    callbacks.animating = [&] { return frame_limit > 0 || app.Animating() || renderer.GlyphsPending(); };
    callbacks.state_json = [&] { return app.StateJson(); };
    callbacks.hash_changed = [&](const std::string& hash) { app.OnHashChange(hash); };
    callbacks.parent_message = [&](const std::string& json) { app.OnParentMessage(json); };
    callbacks.system_dark_changed = [&](bool dark) { app.SetSystemDark(dark); };
    callbacks.reduced_motion_changed = [&](bool reduced) { app.SetReducedMotion(reduced); };
    // The wheel is taken only when the app can use it, so an embedding page still scrolls.
    callbacks.wants_wheel = [&](float x, float y, float wx, float wy) { return app.CanScroll(ImVec2(x, y), ImVec2(wx, wy)); };
    callbacks.scroll_by = [&](float pixels) { app.ScrollBy(pixels); };
    callbacks.semantic_action = [&](int action, unsigned id) { app.OnSemanticAction(action, id); };
    callbacks.file_opened = [&](const std::string& name, std::string_view bytes) { ProfileFile::Opened(app, name, bytes); };
    if (platform::kLocalFiles) {
        callbacks.files_dropped = [&](const std::vector<std::string>& paths) { file.Dropped(app, paths); };
        callbacks.poll = [&] { return file.Poll(app); };
    }
    platform::Run(std::move(callbacks));
    renderer.Shutdown();
    platform::Shutdown();
    return screenshot_failed || render_failed ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    const double main_ms = NowMs();
    const platform::Environment env = platform::ReadEnvironment();
    const DataPaths data = FindData(env.executable_dir);
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
    // A profile named on the command line that is not there is a usage error, reported before any window opens.
    if (!opt.profile.empty() && !std::filesystem::is_regular_file(opt.profile)) {
        std::fprintf(stderr, "portfolio: cannot open profile file \"%s\": no such file\n", opt.profile.c_str());
        return 2;
    }
#ifndef __EMSCRIPTEN__  // the web build runs the export at build time (export_main.cpp); the page has no use for it
    if (!opt.export_html.empty()) return RunExportCommand(opt, opt.profile.empty() ? data.profile : opt.profile, stdout, stderr);
#endif
    ProfileFile file(opt.profile.empty() ? data.profile : opt.profile);
    return RunPage(opt, data, env, file, main_ms);
}
