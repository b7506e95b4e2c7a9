// The shared fixture of the headless UI tests: the whole page in its own ImGui context with the real
// fonts, no window and no GPU (as Dear ImGui's example_null does), driven by mouse, keys and text at a
// display size, 60 frames per second. Everything the app asks of its host (core/host.h) is recorded.
#pragma once

#include <algorithm>
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/load.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui/app.h"
#include "ui/imgui_assert.h"

namespace portfolio::test {

// Builds the font atlas (as a renderer would when uploading it).
inline void InitFonts(ui::App& app) {
    std::string error;
    REQUIRE_MESSAGE(app.InitFonts(error), error);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}

// The code point of a one-character UTF-8 string (an ICON_* of ui/icons.h).
inline ImWchar CodeOf(const char* utf8) {
    unsigned c = 0;
    ImTextCharFromUtf8(&c, utf8, nullptr);
    return static_cast<ImWchar>(c);
}

// Where `font`'s glyph for `c` was drawn in the last frame: the left edge of each of its quads.
inline std::vector<float> GlyphXs(const ImFont* font, ImWchar c) {
    std::vector<float> xs;
    const ImFontGlyph* glyph = font->FindGlyphNoFallback(c);
    const ImDrawData* data = ImGui::GetDrawData();
    if (!glyph || !data) return xs;
    for (const ImDrawList* list : data->CmdLists)
        for (const ImDrawVert& v : list->VtxBuffer)
            if (v.uv.x == glyph->U0 && v.uv.y == glyph->V0) xs.push_back(v.pos.x);
    return xs;
}

inline void RunFrames(ui::App& app, int n, float width, float height) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    for (int i = 0; i < n; ++i) {
        io.DeltaTime = 1.0f / 60.0f;
        app.Frame();
    }
}

struct SavedCall {
    std::string folder, name, mime, bytes;
};
struct RouteCall {
    std::string route;
    bool push = false;
};

struct PageOptions {
    ui::ThemeMode theme = ui::ThemeMode::Light;
    float width = 1440.0f, height = 900.0f;
    std::function<void(ui::Host&)> host = {};  // adds to (or replaces) the recording host's services
};

class Page {
public:
    explicit Page(LoadResult loaded, PageOptions options = {})
        : options_(std::move(options)), context_(ImGui::CreateContext()), app(Settings(options_.theme), MakeHost()) {
        ImGui::SetCurrentContext(context_);  // one page at a time: CreateContext keeps an existing current context
        ResetImAssertCount();
        app.SetProfile(std::move(loaded));
        InitFonts(app);
        ImGuiIO& io = ImGui::GetIO();
        io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
        io.ClipboardUserData = this;
        io.SetClipboardTextFn = [](void* self, const char* text) { static_cast<Page*>(self)->clipboard = text; };
        io.GetClipboardTextFn = [](void* self) { return static_cast<Page*>(self)->clipboard.c_str(); };
    }
    explicit Page(const std::string& profile_file, PageOptions options = {}) : Page(LoadProfileFromFile(profile_file), std::move(options)) {}
    ~Page() { ImGui::DestroyContext(context_); }
    Page(const Page&) = delete;
    Page& operator=(const Page&) = delete;

    float Width() const { return options_.width; }
    float Height() const { return options_.height; }
    void Resize(float width, float height) { options_.width = width, options_.height = height; }
    void Frames(int n) { RunFrames(app, n, options_.width, options_.height); }
    void Frames(int n, float width, float height) { Resize(width, height), Frames(n); }
    nlohmann::json State() const { return nlohmann::json::parse(app.StateJson()); }

    // Moves the mouse to p, presses and releases over two frames.
    void Click(ImVec2 p) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(p.x, p.y);
        Frames(1);
        io.AddMouseButtonEvent(0, true);
        Frames(1);
        io.AddMouseButtonEvent(0, false);
        Frames(2);
    }
    // The centre of a control the UI recorded this frame ("facet:topic:video"); with scroll, the page is
    // scrolled by the wheel, the pointer in the left margin, until it is in view (a control that the wheel does not move, as in the fixed
    // top bar, is in view where it is).
    ImVec2 Find(const std::string& target, bool scroll = true) {
        ImGuiIO& io = ImGui::GetIO();
        float last_cy = -1.0f;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto targets = State()["targets"];
            REQUIRE_MESSAGE(targets.contains(target), "no control named " << target);
            const auto& r = targets[target];
            const float cx = r[0].get<float>() + r[2].get<float>() * 0.5f, cy = r[1].get<float>() + r[3].get<float>() * 0.5f;
            if (!scroll || (cy > 60.0f && cy < options_.height - 60.0f)) return ImVec2(cx, cy);
            if (cy == last_cy && cy >= 0.0f && cy < options_.height) return ImVec2(cx, cy);
            last_cy = cy;
            io.AddMousePosEvent(std::min(24.0f, options_.width * 0.1f), options_.height * 0.5f);  // the left margin: never over the time axis
            io.AddMouseWheelEvent(0.0f, cy >= options_.height - 60.0f ? -2.0f : 2.0f);
            Frames(2);
        }
        FAIL("could not scroll " << target << " into view");
        return ImVec2();
    }
    void Click(const std::string& target, bool scroll = true) { Click(Find(target, scroll)); }
    void Click(ImVec2 p, float width, float height) { Resize(width, height), Click(p); }
    // Presses and releases a key (with Shift held if asked), then lets the page settle for two frames.
    void Press(ImGuiKey key, bool shift = false) {
        ImGuiIO& io = ImGui::GetIO();
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
        io.AddKeyEvent(key, true);
        Frames(1);
        io.AddKeyEvent(key, false);
        if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
        Frames(2);
    }
    void Type(const char* text) {
        ImGui::GetIO().AddInputCharactersUTF8(text);
        Frames(3);
    }
    std::vector<std::string> Visible() const { return State()["visiblePublications"].get<std::vector<std::string>>(); }

    // What the app asked of its host.
    std::vector<std::string> opened;       // links opened
    std::vector<SavedCall> saved;          // files saved
    std::vector<RouteCall> routes;         // the URL hash shown (show_route)
    std::vector<std::string> to_parent;    // messages posted to the parent page
    std::vector<std::string> remembered;   // theme choices remembered
    std::vector<std::string> titles;       // window titles set
    std::string clipboard;

private:
    static ui::AppSettings Settings(ui::ThemeMode theme) {
        ui::AppSettings settings;
        settings.asset_dir = PORTFOLIO_ASSET_DIR;
        settings.theme = theme;
        return settings;
    }
    ui::Host MakeHost() {
        ui::Host host;
        host.open_url = [this](const std::string& url) { opened.push_back(url); };
        host.save_file = [this](const std::string& folder, const std::string& name, const std::string& mime, const std::string& bytes) {
            saved.push_back(SavedCall{folder, name, mime, bytes});
            return SavedFile{true, "/home/visitor/" + name};
        };
        host.show_route = [this](const std::string& route, bool push) { routes.push_back(RouteCall{route, push}); };
        host.post_to_parent = [this](const std::string& json) { to_parent.push_back(json); };
        host.remember_theme = [this](const std::string& choice) { remembered.push_back(choice); };
        host.set_title = [this](const std::string& title) { titles.push_back(title); };
        if (options_.host) options_.host(host);
        return host;
    }

    PageOptions options_;
    ImGuiContext* context_;

public:
    ui::App app;  // last: built after the context and the options
};

}  // namespace portfolio::test
