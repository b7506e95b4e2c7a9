// Desktop platform: a GLFW window with an OpenGL 3.3 core context, HiDPI-aware (content scale), that
// remembers its size and position, opens links through the system's opener started without a shell,
// accepts dropped files, polls for live reload, and closes cleanly on SIGINT/SIGTERM.
#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <system_error>
#include <vector>

#include "core/paths.h"
#include "core/timezone.h"
#include "core/url_opener.h"
#include "core/window_state.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/platform.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#if defined(_WIN32)
#include <windows.h>
#include <shellapi.h>
#else
#include <spawn.h>
#include <sys/wait.h>
extern char** environ;
#endif
#if defined(__APPLE__)
#include <mach-o/dyld.h>
#endif

namespace portfolio::platform {
namespace {

#if defined(_WIN32)
constexpr Os kOs = Os::Windows;
#elif defined(__APPLE__)
constexpr Os kOs = Os::MacOS;
#else
constexpr Os kOs = Os::Linux;
#endif

namespace fs = std::filesystem;

// The platform's state: one window per process, owned by this file.
struct Native {
    GLFWwindow* window = nullptr;
    double last_activity = 0.0;     // glfwGetTime() of the last input or window event
    // Logical pixels are screen coordinates divided by ui_scale: the part of the content scale that the
    // framebuffer does not already carry (X11 and Windows report 2x screens as 1:1 framebuffers).
    float ui_scale = 1.0f;
    float pixel_scale = 1.0f;       // framebuffer pixels per logical pixel
    Callbacks callbacks;
    std::vector<std::string> dropped;  // files dropped, waiting for the loop
    std::string placement_file;     // where the window's placement is saved on exit ("" = not remembered)
    WindowPlacement placement;      // the last normal (not maximized or minimized) size and position
#if !defined(_WIN32)
    std::vector<pid_t> openers;     // link openers started and not yet reaped
#endif
};
Native g;
volatile std::sig_atomic_t g_stop_requested = 0;  // set by the signal handler: a plain flag of its own

fs::path PathFromUtf8(const std::string& s) { return fs::path(std::u8string(s.begin(), s.end())); }

std::string Utf8FromPath(const fs::path& p) {
    const std::u8string s = p.u8string();
    return std::string(s.begin(), s.end());
}

#if defined(_WIN32)
std::wstring WideFromUtf8(const std::string& s) {
    const int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
    std::wstring out(static_cast<std::size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), out.data(), n);
    return out;
}
std::string EnvUtf8(const wchar_t* name) {
    const wchar_t* v = _wgetenv(name);
    return v ? Utf8FromPath(fs::path(v)) : std::string();
}
#else
std::string EnvUtf8(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}
#endif

UserDirs CurrentUserDirs() {
#if defined(_WIN32)
    return UserDirs{EnvUtf8(L"USERPROFILE"), std::string(), EnvUtf8(L"APPDATA")};
#else
    return UserDirs{EnvUtf8("HOME"), EnvUtf8("XDG_CONFIG_HOME"), std::string()};
#endif
}

void UpdateScale() {
    int ww = 0, wh = 0, fw = 0, fh = 0;
    glfwGetWindowSize(g.window, &ww, &wh);
    glfwGetFramebufferSize(g.window, &fw, &fh);
    if (ww <= 0 || fw <= 0) return;  // minimized: keep the last scale
    float cx = 1.0f, cy = 1.0f;
    glfwGetWindowContentScale(g.window, &cx, &cy);
    const float fb_ratio = static_cast<float>(fw) / static_cast<float>(ww);
    float ui = std::clamp(cx / fb_ratio, 0.5f, 4.0f);
    if (std::fabs(ui - 1.0f) < 0.01f) ui = 1.0f;
    g.ui_scale = ui;
    g.pixel_scale = fb_ratio * ui;
}

void NoteWindowPlacement() {
    if (!g.window || glfwGetWindowAttrib(g.window, GLFW_MAXIMIZED) || glfwGetWindowAttrib(g.window, GLFW_ICONIFIED)) return;
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetWindowPos(g.window, &x, &y);
    glfwGetWindowSize(g.window, &w, &h);
    if (w <= 0 || h <= 0) return;
    g.placement.x = x;
    g.placement.y = y;
    g.placement.has_position = true;
    g.placement.width = static_cast<int>(std::lround(static_cast<float>(w) / g.ui_scale));
    g.placement.height = static_cast<int>(std::lround(static_cast<float>(h) / g.ui_scale));
}

std::optional<WindowPlacement> ReadPlacement(const std::string& file) {
    std::ifstream in(PathFromUtf8(file), std::ios::binary);
    if (!in) return std::nullopt;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return ParseWindowPlacement(text);
}

// Written to a temporary file first and renamed over the old one, so a crash never leaves half a file.
void SavePlacement() {
    WindowPlacement p = g.placement;
    p.maximized = glfwGetWindowAttrib(g.window, GLFW_MAXIMIZED) != 0;
    const fs::path file = PathFromUtf8(g.placement_file), temporary = PathFromUtf8(g.placement_file + ".tmp");
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << WindowPlacementJson(p);
        if (!out.flush()) {
            std::fprintf(stderr, "portfolio: cannot save the window's size and position in %s\n", g.placement_file.c_str());
            return;
        }
    }
    fs::rename(temporary, file, ec);
    if (ec) std::fprintf(stderr, "portfolio: cannot save the window's size and position in %s: %s\n", g.placement_file.c_str(), ec.message().c_str());
}

std::vector<ScreenRect> MonitorWorkAreas() {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    std::vector<ScreenRect> areas;
    for (int i = 0; i < count; ++i) {
        ScreenRect r;
        glfwGetMonitorWorkarea(monitors[i], &r.x, &r.y, &r.width, &r.height);
        areas.push_back(r);
    }
    return areas;
}

#if !defined(_WIN32)
void ReapOpeners() {
    std::erase_if(g.openers, [](pid_t pid) {
        int status = 0;
        return waitpid(pid, &status, WNOHANG) != 0;  // exited (pid) or gone (-1)
    });
}

// First SIGINT/SIGTERM: leave the loop and shut down as if the window were closed (the placement is
// saved). SA_RESETHAND makes a second one end the process at once.
void OnStopSignal(int) { g_stop_requested = 1; }
void InstallStopSignals() {
    struct sigaction action {};
    action.sa_handler = OnStopSignal;
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#endif

// Installed before ImGui's backend, which chains to them: they only note that something happened.
void NoteActivity() { g.last_activity = glfwGetTime(); }
void OnMouseButton(GLFWwindow*, int, int, int) { NoteActivity(); }
void OnScroll(GLFWwindow*, double, double) { NoteActivity(); }
void OnKey(GLFWwindow*, int, int, int, int) { NoteActivity(); }
void OnChar(GLFWwindow*, unsigned int) { NoteActivity(); }
void OnFocus(GLFWwindow*, int) { NoteActivity(); }
void OnEnter(GLFWwindow*, int) { NoteActivity(); }
void OnFramebufferSize(GLFWwindow*, int, int) { NoteActivity(); }
void OnRefresh(GLFWwindow*) { NoteActivity(); }
void OnIconify(GLFWwindow*, int) { NoteActivity(); }
// A new content scale (the window moved to another screen): the next frame sees a new PixelScale()
// and the fonts are rasterised again for it.
void OnContentScale(GLFWwindow*, float, float) { NoteActivity(); }
void OnWindowSize(GLFWwindow*, int, int) {
    NoteActivity();
    NoteWindowPlacement();
}
void OnWindowPos(GLFWwindow*, int, int) { NoteWindowPlacement(); }
// Dropped files go to the app between frames (core/drop.h decides which one is a profile).
void OnDrop(GLFWwindow*, int count, const char** paths) {
    for (int i = 0; i < count; ++i)
        if (paths[i]) g.dropped.emplace_back(paths[i]);
    NoteActivity();
}
// Replaces the backend's own: the cursor arrives in screen coordinates, ImGui works in logical pixels.
void OnCursorPos(GLFWwindow* window, double x, double y) {
    NoteActivity();
    ImGui_ImplGlfw_CursorPosCallback(window, x / g.ui_scale, y / g.ui_scale);
}

void OnGlfwError(int code, const char* description) { std::fprintf(stderr, "GLFW error %d: %s\n", code, description); }

void BeginImGuiFrame() {
    UpdateScale();
    ImGui_ImplGlfw_NewFrame();
    if (g.ui_scale == 1.0f) return;
    int ww = 0, wh = 0, fw = 0, fh = 0;
    glfwGetWindowSize(g.window, &ww, &wh);
    glfwGetFramebufferSize(g.window, &fw, &fh);
    if (ww <= 0 || wh <= 0) return;
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(ww) / g.ui_scale, static_cast<float>(wh) / g.ui_scale);
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(fw) / io.DisplaySize.x, static_cast<float>(fh) / io.DisplaySize.y);
}

// ---- The host's services: links, files next to the profile, the system's zone database ----------------

void OpenUrl(const std::string& url) {
    const std::vector<std::string> argv = OpenerArgv(url, kOs);
    if (argv.empty()) {
        std::fprintf(stderr, "portfolio: not opening a link that is not http, https or mailto\n");
        return;
    }
#if defined(_WIN32)
    const std::wstring verb = WideFromUtf8(argv[0]), target = WideFromUtf8(argv[1]);
    ShellExecuteW(nullptr, verb.c_str(), target.c_str(), nullptr, nullptr, SW_SHOWNORMAL);
#else
    // Each element is one argument of its own: no shell sees the URL, so nothing in it can run as a command.
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) == 0) g.openers.push_back(pid);
    else std::fprintf(stderr, "portfolio: cannot start %s to open %s\n", args[0], argv[1].c_str());
#endif
}

std::string ExecutableDir() {
    std::error_code ec;
#if defined(_WIN32)
    std::wstring buffer(32768, L'\0');
    const DWORD n = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (n == 0 || n >= buffer.size()) return "";
    buffer.resize(n);
    return Utf8FromPath(fs::path(buffer).parent_path());
#elif defined(__APPLE__)
    std::uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string buffer(size, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0) return "";
    const fs::path exe = fs::canonical(fs::path(buffer.c_str()), ec);
    return ec ? "" : Utf8FromPath(exe.parent_path());
#else
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? "" : Utf8FromPath(exe.parent_path());
#endif
}

// ---- The contact panel's services: a file next to the profile, and the system's zone database ------------

SavedFile SaveFile(const std::string& folder, const std::string& name, const std::string&, const std::string& bytes) {
    // Only a plain name: nothing in it can leave the folder.
    if (name.empty() || name.front() == '.' || name.find_first_of("/\\:") != std::string::npos) return {false, "not a plain file name: " + name};
    std::error_code ec;
    fs::path dir = PathFromUtf8(folder.empty() ? "." : folder);
    if (const fs::path absolute = fs::absolute(dir, ec); !ec) dir = absolute;
    const fs::path file = (dir / PathFromUtf8(name)).lexically_normal();
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return {false, "cannot write " + Utf8FromPath(file)};
    return {true, Utf8FromPath(file)};
}

std::optional<int> ZoneOffsetMinutes(const std::string& zone, std::int64_t unix_seconds) {
    static std::map<std::string, std::optional<TzifZone>> zones;  // each zone file is read once
    auto it = zones.find(zone);
    if (it == zones.end()) {
        const char* dir = std::getenv("TZDIR");
        it = zones.emplace(zone, LoadZone(zone, dir && *dir ? dir : "/usr/share/zoneinfo")).first;
    }
    if (!it->second) return std::nullopt;
    return it->second->OffsetAt(unix_seconds) / 60;
}

std::string LocalTimeZone() {
    // $TZ when it names a zone (":Europe/Berlin" or "Europe/Berlin"), else the zone /etc/localtime links to.
    std::string zone;
    if (const char* tz = std::getenv("TZ")) zone = tz[0] == ':' ? tz + 1 : tz;
    if (IsZoneName(zone) && ZoneOffsetMinutes(zone, 0)) return zone;
    std::error_code ec;
    const std::string target = fs::read_symlink("/etc/localtime", ec).generic_string();
    const std::size_t at = target.find("zoneinfo/");
    zone = ec || at == std::string::npos ? std::string() : target.substr(at + 9);
    return IsZoneName(zone) && ZoneOffsetMinutes(zone, 0) ? zone : std::string();
}

}  // namespace

Environment ReadEnvironment() {
    Environment env;  // the browser's preferences do not apply: --theme and the window decide
    env.executable_dir = ExecutableDir();
    return env;
}

HostServices Services() {
    HostServices services;
    services.open_url = OpenUrl;
    services.save_file = SaveFile;
    services.zone_offset_minutes = ZoneOffsetMinutes;
    services.local_time_zone = LocalTimeZone;
    services.set_title = [](const std::string& title) { glfwSetWindowTitle(g.window, title.c_str()); };
    return services;  // no URL hash, parent page or theme memory on the desktop
}

bool Init(const WindowConfig& config, std::string& error) {
    glfwSetErrorCallback(OnGlfwError);
    if (!glfwInit()) {
        error = "cannot open a window: GLFW failed to initialise (is a display available?)";
        return false;
    }
    g.placement = WindowPlacement{config.width, config.height, false, 0, 0, false};
    g.placement_file = config.remember_placement ? WindowStateFile(kOs, CurrentUserDirs()) : std::string();
    std::optional<WindowPlacement> saved;
    if (!g.placement_file.empty()) saved = ReadPlacement(g.placement_file);  // a corrupt file reads as none
    if (saved) g.placement = *saved;

    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);  // the size is in logical pixels
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);          // shown once placed
    glfwWindowHint(GLFW_MAXIMIZED, saved && saved->maximized ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "portfolio");  // matches StartupWMClass in portfolio.desktop
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "portfolio");
    g.window = glfwCreateWindow(g.placement.width, g.placement.height, config.title.c_str(), nullptr, nullptr);
    if (!g.window) {
        error = "cannot create an OpenGL 3.3 window";
        glfwTerminate();
        return false;
    }
    if (saved && PlacementVisible(*saved, MonitorWorkAreas())) glfwSetWindowPos(g.window, saved->x, saved->y);
    if (!config.hidden) glfwShowWindow(g.window);
    glfwMakeContextCurrent(g.window);
    glfwSwapInterval(1);
    UpdateScale();
    NoteWindowPlacement();
    glfwSetMouseButtonCallback(g.window, OnMouseButton);
    glfwSetScrollCallback(g.window, OnScroll);
    glfwSetKeyCallback(g.window, OnKey);
    glfwSetCharCallback(g.window, OnChar);
    glfwSetWindowFocusCallback(g.window, OnFocus);
    glfwSetCursorEnterCallback(g.window, OnEnter);
    glfwSetFramebufferSizeCallback(g.window, OnFramebufferSize);
    glfwSetWindowSizeCallback(g.window, OnWindowSize);
    glfwSetWindowPosCallback(g.window, OnWindowPos);
    glfwSetWindowRefreshCallback(g.window, OnRefresh);
    glfwSetWindowIconifyCallback(g.window, OnIconify);
    glfwSetWindowContentScaleCallback(g.window, OnContentScale);
    glfwSetDropCallback(g.window, OnDrop);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(g.window, true);
    glfwSetCursorPosCallback(g.window, OnCursorPos);
#if !defined(_WIN32)
    InstallStopSignals();
#endif
    NoteActivity();
    return true;
}

void Shutdown() {
    if (!g.window) return;
    if (!g.placement_file.empty()) SavePlacement();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(g.window);
    glfwTerminate();
    g.window = nullptr;
}

float PixelScale() { return g.pixel_scale; }

void FramebufferSize(int& width, int& height) { glfwGetFramebufferSize(g.window, &width, &height); }

void Run(Callbacks callbacks) {
    g.callbacks = std::move(callbacks);
    const Callbacks& cb = g.callbacks;
    double next_poll = glfwGetTime() + cb.poll_seconds;  // not before the first frame has uploaded the fonts
    while (!glfwWindowShouldClose(g.window) && !g_stop_requested) {
#if !defined(_WIN32)
        ReapOpeners();
#endif
        const bool busy = (cb.animating && cb.animating()) || glfwGetTime() - g.last_activity < kSettleSeconds;
        const double activity_before = g.last_activity;
        if (busy) glfwPollEvents();
        else if (cb.poll) glfwWaitEventsTimeout(std::max(0.001, next_poll - glfwGetTime()));
        else glfwWaitEvents();  // asleep until input, a resize or a redraw request
        if (g_stop_requested) break;
        if (cb.poll && glfwGetTime() >= next_poll) {
            next_poll = glfwGetTime() + cb.poll_seconds;
            if (cb.poll()) NoteActivity();
        }
        if (!g.dropped.empty()) {
            const std::vector<std::string> paths = std::move(g.dropped);
            g.dropped.clear();
            if (cb.files_dropped) cb.files_dropped(paths);
            NoteActivity();
        }
        if (!busy && g.last_activity == activity_before) continue;  // woke only to poll: nothing to draw
        BeginImGuiFrame();
        if (!cb.frame || !cb.frame()) break;
        glfwSwapBuffers(g.window);
    }
}

}  // namespace portfolio::platform
