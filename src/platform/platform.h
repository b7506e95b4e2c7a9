// The platform layer: a window (desktop) or canvas (web) with a GL context and ImGui input, the frame
// loop, links, and the few browser hooks. One implementation file per target; nothing of the profile.
#pragma once

#include <functional>
#include <string>

namespace portfolio::platform {

struct WindowConfig {
    std::string title = "Portfolio";
    int width = 1280;   // logical pixels (desktop only; the web fills the page)
    int height = 860;
};

// Creates the window/canvas, the GL context, the ImGui context and its platform backend.
bool Init(const WindowConfig& config, std::string& error);
void Shutdown();

// Framebuffer pixels per logical pixel (2 on most HiDPI screens).
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

// Web: window.portfolio.state() returns provider()'s JSON; 'portfolio:firstframe' fires once.
void SetStateProvider(std::function<std::string()> provider);
void NotifyFirstFrame();
// Whether the visitor asked for light or dark ("light"/"dark"; desktop: "light").
std::string PreferredColorScheme();

}  // namespace portfolio::platform
