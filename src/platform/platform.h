// The platform layer: a window (desktop) or canvas (web) with a GL context and ImGui input, the frame
// loop, and the host's services. One implementation file per target (native.cpp, web.cpp); it knows
// nothing of the profile. In the manner of hello_imgui's runner: the app hands over one struct of
// callbacks, the platform calls them when things happen, and lends its services as plain functions.
//
//   platform::Environment env = platform::ReadEnvironment();   // before the window: URL, preferences
//   platform::Init(config, error);                              // window, GL context, ImGui context
//   HostServices services = platform::Services();               // links, files, clock, URL hash, parent page
//   platform::Run(callbacks);                                    // until frame() returns false or the window closes
//   platform::Shutdown();
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/host.h"

namespace portfolio::platform {

struct WindowConfig {
    std::string title = "Portfolio";
    int width = 1280;   // logical pixels (desktop only; the web fills the page)
    int height = 860;
    bool remember_placement = false;  // desktop: reopen at the last run's size and position, save them on exit
    bool hidden = false;              // desktop: render off-screen (screenshots): the window is never shown
};

// What the app learns of its surroundings once, at start.
struct Environment {
    std::string executable_dir;        // the folder holding the running program, to find installed data; "" when unknown (web)
    std::string location_hash;         // web: the URL hash without '#' ("/publications?topic=video"); desktop: ""
    std::string location_search;       // web: the query string ("?embed=publications&theme=dark"); desktop: ""
    // The visitor's theme: "light", "dark" or "auto" (follow the system). Web: `?theme=` in the URL, else the
    // choice remembered from an earlier visit, else "auto"; desktop: "auto" (its --theme decides).
    std::string theme_choice = "auto";
    bool prefers_dark = false;         // the system asks for a dark theme (web: prefers-color-scheme)
    bool prefers_reduced_motion = false;
};

// Everything the platform reports, as one struct. Unset callbacks are not called.
struct Callbacks {
    // Builds and draws one frame; false ends the loop. Before each call the platform has started the ImGui
    // frame (input, display size, time). The loop draws only while something can change: for
    // kSettleSeconds after any input or resize, and while animating() is true. Otherwise it sleeps (no
    // requestAnimationFrame on the web, no busy loop natively) until the next event.
    std::function<bool()> frame;
    std::function<bool()> animating;
    // Web: the JSON window.portfolio.state() returns. 'portfolio:firstframe' fires after the first frame.
    std::function<std::string()> state_json;
    // Web: the visitor navigated (back/forward, an edited or followed #link): the new hash without '#'.
    std::function<void(const std::string& hash)> hash_changed;
    // Web, inside an iframe: a message from the parent page's window and origin (others never arrive here).
    std::function<void(const std::string& json)> parent_message;
    // The system's light/dark and reduced-motion preferences changed while running (web: live media queries).
    std::function<void(bool dark)> system_dark_changed;
    std::function<void(bool reduced)> reduced_motion_changed;
    // Web: whether a wheel over the canvas at (x, y) (logical pixels) would move something in the app.
    // wheel_x/wheel_y are ImGui wheel units (+y = towards the top); a pinch (Ctrl+wheel) asks with a zero
    // wheel: true when what is under the pointer zooms. Wheels the app does not use are left to the page
    // (an embedding page scrolls; Ctrl+wheel zooms the browser). Unset: every wheel is taken.
    std::function<bool(float x, float y, float wheel_x, float wheel_y)> wants_wheel;
    // Web: scrolls the page by `pixels` (logical, positive = towards the end) for touch drags and their
    // momentum. Unset: they are sent as wheel events.
    std::function<void(float pixels)> scroll_by;
    // Desktop: files dropped on the window (all of them, in drop order), between frames.
    std::function<void(const std::vector<std::string>& paths)> files_dropped;
    // Web: a file the visitor dropped on the page (or handed to window.portfolio.openFile): its name and
    // bytes, read in the browser (nothing is uploaded, the URL does not change), between frames.
    std::function<void(const std::string& name, std::string_view bytes)> file_opened;
    // Web: the accessible layer over the canvas asks to press (action 0) or focus (1) the ImGui item `id`
    // (a screen reader's activation, a click or focus that did not come through the canvas).
    std::function<void(int action, unsigned id)> semantic_action;
    // Desktop: called about every poll_seconds, also while the loop sleeps, between frames; true redraws
    // the page as after input (live reload).
    std::function<bool()> poll;
    double poll_seconds = 0.25;
};

inline constexpr double kSettleSeconds = 0.75;

// Whether the program reads the files of the machine it runs on: live reload and dropped files (the
// desktop). The web has only its bundled files, and leaves that code out of its download.
#if defined(__EMSCRIPTEN__)
inline constexpr bool kLocalFiles = false;
#else
inline constexpr bool kLocalFiles = true;
#endif

Environment ReadEnvironment();
// Creates the window/canvas, the GL context, the ImGui context and its platform backend.
bool Init(const WindowConfig& config, std::string& error);
// The host's services (core/host.h): links, saving files, time zones, the URL hash, the parent page,
// the remembered theme, the window title. Valid after Init.
HostServices Services();
// Runs callbacks.frame() until it returns false or the window closes.
void Run(Callbacks callbacks);
// Framebuffer pixels per logical pixel (2 on most HiDPI screens): the screen's content scale. It can
// change while running (the window moved to another screen); the fonts are then rasterised again.
float PixelScale();
void FramebufferSize(int& width, int& height);
void Shutdown();

}  // namespace portfolio::platform
