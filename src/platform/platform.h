// The platform layer: a window (desktop) or canvas (web) with a GL context and ImGui input, the frame
// loop, links, and the few browser hooks. One implementation file per target; nothing of the profile.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace portfolio::platform {

struct WindowConfig {
    std::string title = "Portfolio";
    int width = 1280;   // logical pixels (desktop only; the web fills the page)
    int height = 860;
    bool remember_placement = false;  // desktop: reopen at the last run's size and position, save them on exit
    bool hidden = false;              // desktop: render off-screen (screenshots): the window is never shown
};

// Creates the window/canvas, the GL context, the ImGui context and its platform backend.
bool Init(const WindowConfig& config, std::string& error);
void Shutdown();

// Framebuffer pixels per logical pixel (2 on most HiDPI screens): the screen's content scale. It can
// change while running (the window moved to another screen); the fonts are then rasterised again.
float PixelScale();
void FramebufferSize(int& width, int& height);

// Runs frame() until it returns false or the window closes. Before each call the platform backend
// has started the ImGui frame (input, display size, time). The loop draws only while something can
// change: for kSettleSeconds after any input or resize, and while animating() is true. Otherwise it
// sleeps (no requestAnimationFrame on the web, no busy loop natively) until the next event.
inline constexpr double kSettleSeconds = 0.75;
void Run(const std::function<bool()>& frame, const std::function<bool()>& animating);

// Opens a URL that the caller has already checked (http, https, mailto) in a new tab or the
// system's browser, without a shell.
void OpenUrl(const std::string& url);

// Desktop: calls poll() about every `interval` seconds, also while the loop sleeps, between frames;
// when it returns true the page is redrawn as after input (live reload). The web has no files: no-op.
void SetPoll(double interval, std::function<bool()> poll);
// Desktop: on_drop(path) for a file dropped on the window (the first .json one, if several: platform/drop.h), between frames.
// The web never calls it.
void SetFileDropHandler(std::function<void(const std::string& path)> on_drop);
void SetWindowTitle(const std::string& title);  // desktop: the title bar; web: no-op (the page has its own)
// The folder holding the running program, to find installed data; "" when unknown (and on the web).
std::string ExecutableDir();

// Web: window.portfolio.state() returns provider()'s JSON; 'portfolio:firstframe' fires once.
void SetStateProvider(std::function<std::string()> provider);
void NotifyFirstFrame();
// Web: the page's query string ("?embed=publications&theme=dark"); desktop: "".
std::string LocationSearch();
// Web, inside an iframe: posts `json` (an object) to the parent page, to the parent's origin only
// (never "*"); nothing when not framed or when the parent's origin is unknown. Desktop: no-op.
void PostToParent(const std::string& json);
// Web: on_message(json) for each message from the parent page's window and origin (other senders
// are ignored before C++ sees them). Desktop: never called.
void SetParentMessageHandler(std::function<void(const std::string& json)> on_message);
// Web: the URL hash without '#' ("/publications?topic=video"); desktop: "".
std::string LocationHash();
// Web: shows `hash` in the address bar; push adds a history entry (back/forward step through them),
// otherwise the current entry is replaced. "/" clears the hash. Desktop: no-op.
void SetLocationHash(const std::string& hash, bool push);
// Web: on_change(hash) when the visitor navigates (back/forward, an edited or followed #link).
void SetHashChangeHandler(std::function<void(const std::string& hash)> on_change);
// Whether the visitor asked the system for reduced motion (web: prefers-reduced-motion).
bool PrefersReducedMotion();
// Whether the visitor asked for light or dark ("light"/"dark"; desktop: "light").
std::string PreferredColorScheme();
// on_change(reduced) / on_change(dark) when those system preferences change while running (web:
// prefers-reduced-motion / prefers-color-scheme, live). Desktop: never called.
void SetReducedMotionHandler(std::function<void(bool reduced)> on_change);
void SetSystemThemeHandler(std::function<void(bool dark)> on_change);
// The visitor's theme: "light", "dark" or "auto" (follow the system). Web: `?theme=` in the URL, else the
// choice remembered from an earlier visit, else "auto"; desktop: "auto" (its --theme decides).
std::string ThemeChoice();
// Web: remembers the visitor's choice for the next visit (localStorage 'portfolio-theme'). Desktop: no-op.
void RememberTheme(const std::string& choice);

// Web: whether a wheel over the canvas at (x, y) (logical pixels) would move something in the app.
// wheel_x/wheel_y are ImGui wheel units (+y = towards the top); a pinch (Ctrl+wheel) asks with a zero
// wheel: true when what is under the pointer zooms. Wheels the app does not use are left to the page
// (an embedding page scrolls; Ctrl+wheel zooms the browser). Without a query every wheel is taken.
// Desktop: never called.
void SetScrollQuery(std::function<bool(float x, float y, float wheel_x, float wheel_y)> query);
// Web: scrolls the page by `pixels` (logical, positive = towards the end) for touch drags and their
// momentum. Without a handler they are sent as wheel events. Desktop: never called.
void SetScrollHandler(std::function<void(float pixels)> scroll_by);

// Saves bytes for the visitor (the contact card). Web: a download named `name` (folder unused); desktop:
// the file folder/name, where name must be a plain file name. Sets `where` to where it went, or why not.
bool SaveFile(const std::string& folder, const std::string& name, const std::string& mime, const std::string& bytes, std::string& where);
// The UTC offset (minutes) of an IANA zone at an instant: the browser's Intl on the web, the system's zone
// database (TZif files under $TZDIR or /usr/share/zoneinfo) on the desktop; nullopt for an unknown zone.
std::optional<int> ZoneOffsetMinutes(const std::string& zone, std::int64_t unix_seconds);
// The visitor's own IANA zone ("Europe/Berlin"), or "" when unknown.
std::string LocalTimeZone();

}  // namespace portfolio::platform
