// Web platform: Emscripten's GLFW on the #canvas with a WebGL2 context, the frame loop on
// requestAnimationFrame, links through window.open with noopener, the clipboard through
// navigator.clipboard, and the window.portfolio API for tests and embedders.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstdlib>
#include <string>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "platform/platform.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace {

GLFWwindow* g_window = nullptr;
std::function<bool()> g_frame;
std::function<std::string()> g_state_provider;
std::string g_state_buffer;
std::string g_clipboard;  // last text copied from or pasted into the app
std::function<bool()> g_animating;
double g_last_activity = 0.0;  // emscripten_get_now() of the last input, ms
bool g_paused = false;          // the main loop is paused: no requestAnimationFrame while idle

EM_JS(void, JsOpenUrl, (const char* url), {
    const w = window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
    if (w) w.opener = null;
});

EM_JS(void, JsCopyText, (const char* text), {
    const value = UTF8ToString(text);
    const fallback = () => {
        const area = document.createElement('textarea');
        area.value = value;
        area.readOnly = true;
        area.className = 'clipboard-helper';
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); } catch (e) {}
        area.remove();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(value).catch(fallback);
    else fallback();
});

EM_JS(void, JsInstallApi, (), {
    const api = window.portfolio || {};
    api.ready = false;
    api.state = () => JSON.parse(UTF8ToString(Module._portfolio_state_json()));
    window.portfolio = api;
});

EM_JS(void, JsFirstFrame, (), {
    window.portfolio.ready = true;
    window.dispatchEvent(new Event('portfolio:firstframe'));
});

// The hash is read with the runtime's own UTF-8 helpers; the caller frees the returned buffer.
EM_JS(char*, JsLocationHash, (), {
    const hash = location.hash.replace(/^#/, '');
    const size = lengthBytesUTF8(hash) + 1;
    const buffer = _malloc(size);
    stringToUTF8(hash, buffer, size);
    return buffer;
});

EM_JS(void, JsSetLocationHash, (const char* hash, int push), {
    const text = UTF8ToString(hash);
    const url = text === '/' || text === '' ? location.pathname + location.search : '#' + text;
    if ((text === '/' || text === '') ? location.hash === '' : location.hash === '#' + text) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
});

EM_JS(void, JsWatchHash, (), {
    window.addEventListener('hashchange', () => Module._portfolio_on_hashchange());
    window.addEventListener('popstate', () => Module._portfolio_on_hashchange());
});

EM_JS(int, JsPrefersReducedMotion, (), {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
});

EM_JS(int, JsPrefersDark, (), {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});

void SetClipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    JsCopyText(g_clipboard.c_str());
}
const char* GetClipboard(void*) { return g_clipboard.c_str(); }

// The canvas backing store follows its CSS size times devicePixelRatio, so text is rasterised for
// the screen's real pixels. (Emscripten's GLFW would go fullscreen when asked for a window the size
// of the screen, so the canvas is sized here and GLFW's window size is left alone.)
double g_css_w = 0, g_css_h = 0;
float g_scale = 1.0f;

void SyncCanvasSize() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    const int want_w = static_cast<int>(css_w * dpr + 0.5), want_h = static_cast<int>(css_h * dpr + 0.5);
    int have_w = 0, have_h = 0;
    emscripten_get_canvas_element_size("#canvas", &have_w, &have_h);
    if (want_w > 0 && want_h > 0 && (want_w != have_w || want_h != have_h)) emscripten_set_canvas_element_size("#canvas", want_w, want_h);
    g_css_w = css_w;
    g_css_h = css_h;
    g_scale = css_w > 0 ? static_cast<float>(want_w / css_w) : 1.0f;
}

// Emscripten's GLFW reports the mouse in canvas backing pixels; ImGui works in CSS pixels.
void OnCursorPos(GLFWwindow* window, double x, double y) { ImGui_ImplGlfw_CursorPosCallback(window, x / g_scale, y / g_scale); }

// Any input or resize wakes the loop. These listeners only observe (they return false so the
// page and GLFW still receive the events).
void Wake() {
    g_last_activity = emscripten_get_now();
    if (g_paused) {
        g_paused = false;
        emscripten_resume_main_loop();
    }
}
EM_BOOL OnMouse(int, const EmscriptenMouseEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnWheel(int, const EmscriptenWheelEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnKey(int, const EmscriptenKeyboardEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnTouch(int, const EmscriptenTouchEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnFocus(int, const EmscriptenFocusEvent*, void*) { Wake(); return EM_FALSE; }

void InstallWakeListeners() {
    const char* target = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousemove_callback(target, nullptr, true, OnMouse);
    emscripten_set_mousedown_callback(target, nullptr, true, OnMouse);
    emscripten_set_mouseup_callback(target, nullptr, true, OnMouse);
    emscripten_set_wheel_callback(target, nullptr, true, OnWheel);
    emscripten_set_keydown_callback(target, nullptr, true, OnKey);
    emscripten_set_keyup_callback(target, nullptr, true, OnKey);
    emscripten_set_touchstart_callback(target, nullptr, true, OnTouch);
    emscripten_set_touchmove_callback(target, nullptr, true, OnTouch);
    emscripten_set_touchend_callback(target, nullptr, true, OnTouch);
    emscripten_set_resize_callback(target, nullptr, true, OnResize);
    emscripten_set_focus_callback(target, nullptr, true, OnFocus);
    emscripten_set_blur_callback(target, nullptr, true, OnFocus);
}

void MainLoopStep(void*) {
    SyncCanvasSize();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_css_w), static_cast<float>(g_css_h));
    io.DisplayFramebufferScale = ImVec2(g_scale, g_scale);
    if (g_frame && !g_frame()) {
        emscripten_cancel_main_loop();
        return;
    }
    if (!(g_animating && g_animating()) && emscripten_get_now() - g_last_activity > portfolio::platform::kSettleSeconds * 1000.0) {
        g_paused = true;
        emscripten_pause_main_loop();
    }
}

}  // namespace

std::function<void(const std::string&)> g_hash_handler;

std::string ReadLocationHash() {
    char* raw = JsLocationHash();
    std::string hash = raw ? raw : "";
    free(raw);
    return hash;
}

extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_on_hashchange() {
    if (g_hash_handler) g_hash_handler(ReadLocationHash());
    Wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* portfolio_state_json() {
    g_state_buffer = g_state_provider ? g_state_provider() : std::string("{}");
    return g_state_buffer.c_str();
}

namespace portfolio::platform {

bool Init(const WindowConfig& config, std::string& error) {
    if (!glfwInit()) {
        error = "GLFW failed to initialise";
        return false;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size("#canvas", &css_w, &css_h);
    g_window = glfwCreateWindow(css_w > 0 ? static_cast<int>(css_w) : config.width, css_h > 0 ? static_cast<int>(css_h) : config.height,
                                config.title.c_str(), nullptr, nullptr);
    if (!g_window) {
        error = "WebGL2 is not available";
        return false;
    }
    glfwMakeContextCurrent(g_window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(g_window, false);
    glfwSetWindowFocusCallback(g_window, ImGui_ImplGlfw_WindowFocusCallback);
    glfwSetCursorEnterCallback(g_window, ImGui_ImplGlfw_CursorEnterCallback);
    glfwSetCursorPosCallback(g_window, OnCursorPos);
    glfwSetMouseButtonCallback(g_window, ImGui_ImplGlfw_MouseButtonCallback);
    glfwSetKeyCallback(g_window, ImGui_ImplGlfw_KeyCallback);
    glfwSetCharCallback(g_window, ImGui_ImplGlfw_CharCallback);
    SyncCanvasSize();
    InstallWakeListeners();
    g_last_activity = emscripten_get_now();
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = SetClipboard;
    io.GetClipboardTextFn = GetClipboard;
    JsInstallApi();
    return true;
}

void Shutdown() {
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwTerminate();
}

float PixelScale() { return g_scale; }

void FramebufferSize(int& width, int& height) { emscripten_get_canvas_element_size("#canvas", &width, &height); }

void Run(const std::function<bool()>& frame, const std::function<bool()>& animating) {
    g_frame = frame;
    g_animating = animating;
    emscripten_set_main_loop_arg(MainLoopStep, nullptr, 0, true);
}

void OpenUrl(const std::string& url) { JsOpenUrl(url.c_str()); }

// The web has no profile file to watch, no drops to open, a title of its own and no installed data.
void SetPoll(double, std::function<bool()>) {}
void SetFileDropHandler(std::function<void(const std::string&)>) {}
void SetWindowTitle(const std::string&) {}
std::string ExecutableDir() { return ""; }

void SetStateProvider(std::function<std::string()> provider) { g_state_provider = std::move(provider); }
void NotifyFirstFrame() { JsFirstFrame(); }
std::string PreferredColorScheme() { return JsPrefersDark() ? "dark" : "light"; }

std::string LocationHash() { return ReadLocationHash(); }
void SetLocationHash(const std::string& hash, bool push) { JsSetLocationHash(hash.c_str(), push ? 1 : 0); }
void SetHashChangeHandler(std::function<void(const std::string&)> on_change) {
    g_hash_handler = std::move(on_change);
    JsWatchHash();
}
bool PrefersReducedMotion() { return JsPrefersReducedMotion() != 0; }


// ---- The contact panel's services: a file download, and time zones through Intl -------------------------

EM_JS(int, JsSaveFile, (const char* name, const char* mime, const char* data, int size), {
    try {
        const blob = new Blob([HEAPU8.slice(data, data + size)], { type: UTF8ToString(mime) });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = UTF8ToString(name);
        link.rel = 'noopener';
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60000);
        return 1;
    } catch (e) {
        return 0;
    }
});

// Minutes east of UTC: the zone's wall clock at the instant, read back as if it were UTC, minus the instant.
EM_JS(int, JsZoneOffsetMinutes, (const char* zone, double unix_ms), {
    try {
        const name = UTF8ToString(zone);
        const formats = Module.zoneFormats || (Module.zoneFormats = new Map());
        let format = formats.get(name);
        if (!format) {
            format = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric',
                                                        day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
            formats.set(name, format);
        }
        const parts = {};
        for (const part of format.formatToParts(new Date(unix_ms))) parts[part.type] = part.value;
        const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
        return Math.round((wall - unix_ms) / 60000);
    } catch (e) {
        return -100000;  // RangeError: a zone the browser does not know
    }
});

EM_JS(char*, JsLocalTimeZone, (), {
    let zone = '';
    try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) {}
    const size = lengthBytesUTF8(zone) + 1;
    const out = _malloc(size);
    stringToUTF8(zone, out, size);
    return out;
});

bool SaveFile(const std::string&, const std::string& name, const std::string& mime, const std::string& bytes, std::string& where) {
    if (!JsSaveFile(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size()))) {
        where = "the browser refused the download";
        return false;
    }
    where = "your downloads as " + name;
    return true;
}

std::optional<int> ZoneOffsetMinutes(const std::string& zone, std::int64_t unix_seconds) {
    const int minutes = JsZoneOffsetMinutes(zone.c_str(), static_cast<double>(unix_seconds) * 1000.0);
    if (minutes == -100000) return std::nullopt;
    return minutes;
}

std::string LocalTimeZone() {
    char* zone = JsLocalTimeZone();
    std::string out = zone ? zone : "";
    std::free(zone);
    return out;
}

}  // namespace portfolio::platform
