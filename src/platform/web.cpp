// Web platform: Emscripten's GLFW on the #canvas with a WebGL2 context, the frame loop on
// requestAnimationFrame, links through window.open with noopener, the clipboard through
// navigator.clipboard, and the window.portfolio API for tests and embedders. What Emscripten's GLFW
// lacks is done here: HiDPI, a wheel that leaves the embedding page alone when the app cannot use it,
// touch (tap, drag with momentum, pinch), the on-screen keyboard for text fields, CSS cursors, paste,
// live media queries and the theme choice. The JavaScript side is platform/web_library.js.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"  // which text field is active, and since when
#include "core/files.h"
#include "platform/platform.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

// The JavaScript side (platform/web_library.js). Strings it returns are malloc'd; the caller frees them.
extern "C" {
void portfolio_js_open_url(const char* url);
void portfolio_js_copy_text(const char* text);
void portfolio_js_install_api();
void portfolio_js_first_frame();
char* portfolio_js_location_hash();
char* portfolio_js_location_search();
void portfolio_js_set_location_hash(const char* hash, int push);
void portfolio_js_watch_hash();
void portfolio_js_install_parent_channel();
void portfolio_js_post_to_parent(const char* json);
int portfolio_js_prefers(int what);  // 0: a dark theme, 1: reduced motion
void portfolio_js_watch_media();
char* portfolio_js_theme_choice();
void portfolio_js_remember_theme(const char* choice);
void portfolio_js_set_cursor(const char* cursor);
void portfolio_js_install_touch();
void portfolio_js_install_paste();
void portfolio_js_install_file_drop();
void portfolio_js_choose_file();
void portfolio_js_show_semantics(const char* nodes);
void portfolio_js_install_text_proxy();
void portfolio_js_text_proxy(int action, float x, float y, float height);
int portfolio_js_save_file(const char* name, const char* mime, const char* data, int size);
int portfolio_js_zone_offset_minutes(const char* zone, double unix_ms);
char* portfolio_js_local_time_zone();
}

namespace {

using portfolio::platform::Callbacks;

std::string TakeString(char* raw) {  // a string from the JavaScript side, freed
    std::string out = raw ? raw : "";
    std::free(raw);
    return out;
}

// Touch: a tap clicks where it lands, once; a drag scrolls the page and coasts on after release; two
// fingers pinch-zoom what is under them.
struct TouchState {
    enum class Mode { None, Pending, Drag, Pinch, Done } mode = Mode::None;  // Done: ignore fingers until all lift
    float start_x = 0.0f, start_y = 0.0f, last_x = 0.0f, last_y = 0.0f;
    float pinch_distance = 0.0f;
    double last_time = 0.0;
    float velocity = 0.0f;  // page pixels per ms, positive towards the end
    bool coasting = false;
};

// The on-screen keyboard's <input> (portfolio_js_install_text_proxy): whether it has the focus, the ImGui
// field it types into, and where ImGui's caret is (its IME data), to keep the input over it.
struct TextProxy {
    bool focused = false;
    ImGuiID field = 0;      // 0: not known yet (focused by a tap, before ImGui has activated the field)
    int tap_frames = 0;     // frames left in which a field the last tap activates takes the keyboard
    bool caret_known = false;
    ImVec2 caret;
    float line_height = 0.0f;
};

// A zone's UTC offset as Intl gave it, for one minute (ZoneOffsetMinutes).
struct CachedZoneOffset {
    std::string zone;
    std::int64_t minute = 0;
    int minutes = 0;  // -100000: a zone the browser does not know
};

// The platform's state: one canvas per page, owned by this file.
struct Web {
    GLFWwindow* window = nullptr;
    Callbacks callbacks;
    std::string state_buffer;     // the last state JSON handed to the page
    std::string clipboard;        // last text copied from or pasted into the app
    double last_activity = 0.0;   // emscripten_get_now() of the last input, ms
    bool paused = false;          // the main loop is paused: no requestAnimationFrame while idle
    bool first_frame_drawn = false;
    bool stopped = false;  // the frame callback asked to stop
    // The canvas's CSS size and its backing store's pixels per CSS pixel.
    double css_w = 0, css_h = 0;
    float scale = 1.0f;
    ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;  // ImGui's cursor after the last frame (the CSS one follows)
    bool synthetic_ctrl = false;  // Ctrl held for a pinch, not by the visitor
    double last_pinch = 0.0;
    TouchState touch;
    TextProxy text;
    CachedZoneOffset zone_offsets[4];
    unsigned zone_offsets_used = 0;
};
Web g;

enum TextProxyAction { kFocus, kPlace, kRestart, kRelease };

void SetClipboard(void*, const char* text) {
    g.clipboard = text ? text : "";
    portfolio_js_copy_text(g.clipboard.c_str());
}
const char* GetClipboard(void*) { return g.clipboard.c_str(); }

// The canvas backing store follows its CSS size times devicePixelRatio, so text is rasterised for
// the screen's real pixels. (Emscripten's GLFW would go fullscreen when asked by glfwSetWindowSize for
// the size of the screen, so the canvas is sized here and GLFW's window size is left alone after it is made.)
struct CanvasSize {
    double css_w = 0, css_h = 0;
    int want_w = 0, want_h = 0;  // backing-store pixels (app.js sizes the canvas the same way before making the context)
};
CanvasSize MeasureCanvas() {
    CanvasSize c;
    emscripten_get_element_css_size("#canvas", &c.css_w, &c.css_h);
    const double dpr = emscripten_get_device_pixel_ratio();
    c.want_w = static_cast<int>(c.css_w * dpr + 0.5);
    c.want_h = static_cast<int>(c.css_h * dpr + 0.5);
    return c;
}

void SyncCanvasSize() {
    const CanvasSize c = MeasureCanvas();
    int have_w = 0, have_h = 0;
    emscripten_get_canvas_element_size("#canvas", &have_w, &have_h);
    if (c.want_w > 0 && c.want_h > 0 && (c.want_w != have_w || c.want_h != have_h)) emscripten_set_canvas_element_size("#canvas", c.want_w, c.want_h);
    g.css_w = c.css_w;
    g.css_h = c.css_h;
    g.scale = c.css_w > 0 ? static_cast<float>(c.want_w / c.css_w) : 1.0f;
}

// ---- Input -------------------------------------------------------------------------------------------

// Any input or resize wakes the loop. These listeners only observe (they return false so the
// page and GLFW still receive the events).
void Wake() {
    g.last_activity = emscripten_get_now();
    if (g.paused) {
        g.paused = false;
        emscripten_resume_main_loop();
    }
}
EM_BOOL OnMouse(int, const EmscriptenMouseEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnKey(int, const EmscriptenKeyboardEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnResize(int, const EmscriptenUiEvent*, void*) { Wake(); return EM_FALSE; }
EM_BOOL OnFocus(int, const EmscriptenFocusEvent*, void*) { Wake(); return EM_FALSE; }

void InstallWakeListeners() {
    const char* target = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousemove_callback(target, nullptr, true, OnMouse);
    emscripten_set_mousedown_callback(target, nullptr, true, OnMouse);
    emscripten_set_mouseup_callback(target, nullptr, true, OnMouse);
    emscripten_set_keydown_callback(target, nullptr, true, OnKey);
    emscripten_set_keyup_callback(target, nullptr, true, OnKey);
    emscripten_set_resize_callback(target, nullptr, true, OnResize);
    emscripten_set_focus_callback(target, nullptr, true, OnFocus);
    emscripten_set_blur_callback(target, nullptr, true, OnFocus);
}

// Emscripten's GLFW reports the mouse in canvas backing pixels; ImGui works in CSS pixels. A mouse
// event also ends a touch interaction, so ImGui hears which device is speaking.
void OnCursorPos(GLFWwindow* window, double x, double y) {
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    ImGui_ImplGlfw_CursorPosCallback(window, x / g.scale, y / g.scale);
}
void OnMouseButton(GLFWwindow* window, int button, int action, int mods) {
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    ImGui_ImplGlfw_MouseButtonCallback(window, button, action, mods);
}

// Ctrl/Cmd+V is left to the browser: its 'paste' event brings the clipboard's text (portfolio_paste).
// ImGui's own paste would insert whatever the app itself copied last.
void OnGlfwKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
    if (key == GLFW_KEY_V && (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) && action != GLFW_RELEASE) return;
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

// The page moves this many CSS pixels per ImGui wheel unit: ImGui scrolls five lines of the default
// font (at most 2/3 of the window). Dividing by it makes a wheel's pixels move the page 1:1.
float WheelStepPixels() {
    const ImGuiIO& io = ImGui::GetIO();
    const ImFont* font = io.FontDefault ? io.FontDefault : (io.Fonts->Fonts.Size > 0 ? io.Fonts->Fonts[0] : nullptr);
    const float font_size = font && font->FontSize > 0.0f ? font->FontSize * io.FontGlobalScale : 16.0f;
    return std::max(1.0f, std::floor(std::min(5.0f * font_size, static_cast<float>(g.css_h) * 0.67f)));
}

float DeltaPixels(double delta, unsigned long mode, float step) {
    if (mode == DOM_DELTA_LINE) return static_cast<float>(delta) * step / 3.0f;  // 3 lines a step, as ImGui's own callback
    if (mode == DOM_DELTA_PAGE) return static_cast<float>(delta * g.css_h * 0.9);
    return static_cast<float>(delta);
}

bool AppTakesWheel(float x, float y, float wheel_x, float wheel_y) {
    return !g.callbacks.wants_wheel || g.callbacks.wants_wheel(x, y, wheel_x, wheel_y);
}

// A pinch zooms what is under the pointer (the time axis) as a Ctrl+wheel, so ImGui scrolls nothing
// meanwhile. Chrome reports a trackpad pinch as Ctrl+wheel with deltaY = -100 ln(scale); touch pinches
// are converted to the same measure. No key is really held: Ctrl is released once the pinch pauses.
constexpr float kPinchDeltaPerWheel = 16.0f;

bool CtrlHeld() { return glfwGetKey(g.window, GLFW_KEY_LEFT_CONTROL) == GLFW_PRESS || glfwGetKey(g.window, GLFW_KEY_RIGHT_CONTROL) == GLFW_PRESS; }

void Pinch(float delta_y) {
    ImGuiIO& io = ImGui::GetIO();
    if (!g.synthetic_ctrl && !CtrlHeld()) {
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        g.synthetic_ctrl = true;
    }
    io.AddMouseWheelEvent(0.0f, std::clamp(-delta_y / kPinchDeltaPerWheel, -2.0f, 2.0f));
    g.last_pinch = emscripten_get_now();
}

void ReleasePinchCtrl() {
    if (!g.synthetic_ctrl || emscripten_get_now() - g.last_pinch < 150.0) return;
    g.synthetic_ctrl = false;
    if (!CtrlHeld()) ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
}

// Replaces the ImGui backend's document-wide wheel callback, which takes every wheel on the page.
// Taken (default prevented) only when the app moves: the page scrolls or the time axis zooms.
// Otherwise the browser scrolls the embedding page, or zooms on Ctrl+wheel.
EM_BOOL OnCanvasWheel(int, const EmscriptenWheelEvent* e, void*) {
    const float x = static_cast<float>(e->mouse.targetX), y = static_cast<float>(e->mouse.targetY);
    if (e->mouse.ctrlKey) {
        if (!AppTakesWheel(x, y, 0.0f, 0.0f)) return EM_FALSE;
        Wake();
        Pinch(static_cast<float>(e->deltaY));
        return EM_TRUE;
    }
    const float step = WheelStepPixels();
    const float wheel_x = -DeltaPixels(e->deltaX, e->deltaMode, step) / step;
    const float wheel_y = -DeltaPixels(e->deltaY, e->deltaMode, step) / step;
    if (!AppTakesWheel(x, y, wheel_x, wheel_y)) return EM_FALSE;
    Wake();
    ImGui::GetIO().AddMouseWheelEvent(wheel_x, wheel_y);
    return EM_TRUE;
}

constexpr float kTouchSlop = 8.0f;            // CSS pixels a finger may wander and still tap
constexpr double kCoastTimeConstant = 325.0;  // ms: coasting speed decays as exp(-t / 325 ms)
constexpr float kCoastMinSpeed = 0.02f;       // px/ms: slower than this, coasting stops


void ScrollPage(float pixels) {
    if (g.callbacks.scroll_by) {
        g.callbacks.scroll_by(pixels);
    } else {  // no handler: as a wheel at the finger
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(g.touch.last_x, g.touch.last_y);
        io.AddMouseWheelEvent(0.0f, -pixels / WheelStepPixels());
    }
}

constexpr int kTapFrames = 8;  // a tap reaches ImGui over four frames (move, press, release, leave), plus margin

void Tap(float x, float y) {
    g.text.tap_frames = kTapFrames;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);  // touch has no hover: ImGui sees the position a frame before the press
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a lifted finger hovers nothing
}

// `time` is the event's timestamp (ms, the clock of emscripten_get_now): speeds do not depend on when
// the busy main thread got round to the event.
void TouchStart(int fingers, float x0, float y0, float distance, double time) {
    TouchState& t = g.touch;
    t.coasting = false;
    if (fingers == 1 && t.mode == TouchState::Mode::None) {
        // The finger hovers where it lands until it lifts or drags, so a tap knows what it is on (a text field).
        ImGui::GetIO().AddMousePosEvent(x0, y0);
        t.mode = TouchState::Mode::Pending;
        t.start_x = t.last_x = x0;
        t.start_y = t.last_y = y0;
        t.last_time = time;
        t.velocity = 0.0f;
    } else if (fingers >= 2 && t.mode != TouchState::Mode::Done) {
        t.mode = TouchState::Mode::Pinch;
        t.pinch_distance = distance;
    }
}

void TouchMove(int fingers, float x0, float y0, float distance, double time) {
    TouchState& t = g.touch;
    if (t.mode == TouchState::Mode::Pinch) {
        if (fingers >= 2 && t.pinch_distance > 0.0f && distance > 0.0f) Pinch(-100.0f * std::log(distance / t.pinch_distance));
        t.pinch_distance = distance;
        return;
    }
    if (t.mode == TouchState::Mode::Pending && std::hypot(x0 - t.start_x, y0 - t.start_y) > kTouchSlop) {
        t.mode = TouchState::Mode::Drag;
        ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a scrolling finger hovers nothing
    }
    if (t.mode != TouchState::Mode::Drag) return;
    const float pixels = t.last_y - y0;  // the finger moves up: the page moves on
    t.last_x = x0;
    t.last_y = y0;
    ScrollPage(pixels);
    const float speed = pixels / static_cast<float>(std::max(time - t.last_time, 1.0));
    t.velocity = 0.8f * speed + 0.2f * t.velocity;
    t.last_time = time;
}

// Returns true for a tap on a text field (ImGui showed the text cursor under the finger).
bool TouchEnd(int fingers, bool cancelled, double time) {
    TouchState& t = g.touch;
    if (fingers > 0) {  // one finger of a pinch lifted: wait for the other
        if (t.mode == TouchState::Mode::Pinch) t.mode = TouchState::Mode::Done;
        return false;
    }
    const bool tap = !cancelled && t.mode == TouchState::Mode::Pending;
    if (tap) Tap(t.start_x, t.start_y);
    // A flick (still moving when lifted) coasts on; a finger that stopped before lifting does not.
    if (!cancelled && t.mode == TouchState::Mode::Drag && time - t.last_time < 100.0 && std::fabs(t.velocity) > kCoastMinSpeed) {
        t.coasting = true;
        t.last_time = emscripten_get_now();
    }
    t.mode = TouchState::Mode::None;
    return tap && g.cursor == ImGuiMouseCursor_TextInput;
}

// Whether a text field takes text, as of the frame just drawn. (io.WantTextInput says so only from the
// next NewFrame on: a paste right after the field was activated would be lost.)
bool TakingText() { return ImGui::GetCurrentContext()->WantTextInputNextFrame == 1; }

// After each frame: a text field that a tap made active gets the keyboard's input focused (unless the
// touch handler did already); a field that stopped taking text lets it go, and the keyboard hides.
void SyncTextProxy() {
    TextProxy& t = g.text;
    const bool tapped = t.tap_frames > 0;
    if (tapped) --t.tap_frames;
    if (TakingText()) {
        const ImGuiID field = ImGui::GetActiveID();
        if (!t.focused && tapped) {
            t.focused = true;
            t.field = field;
            if (t.caret_known) portfolio_js_text_proxy(kFocus, t.caret.x, t.caret.y, t.line_height);
            else portfolio_js_text_proxy(kFocus, g.touch.start_x, g.touch.start_y, 20.0f);
        } else if (t.focused && field != t.field) {
            if (t.field) portfolio_js_text_proxy(kRestart, 0, 0, 0);  // another field (Tab, a tap on it): typing starts afresh
            t.field = field;
        }
    } else if (t.focused && !tapped) {
        t.focused = false;
        t.field = 0;
        portfolio_js_text_proxy(kRelease, 0, 0, 0);
    }
}

// Whether SyncTextProxy has nothing left to do: no tap's frames still running, and no input to let go
// (the field stopped taking text once those frames ran out). The loop does not rest before: on a slow
// machine a tap's frames outlast the settling time, and the keyboard's input that a tap elsewhere
// should release kept the focus.
bool TextProxySettled() {
    const TextProxy& t = g.text;
    return t.tap_frames == 0 && !(t.focused && !TakingText());
}

// ImGui tells where its caret is when it changes (EndFrame); the keyboard's input follows it, so the
// browser puts its IME candidates and selection handles there.
void OnImeData(ImGuiViewport*, ImGuiPlatformImeData* data) {
    TextProxy& t = g.text;
    t.caret_known = data->WantVisible;
    t.caret = data->InputPos;
    t.line_height = data->InputLineHeight;
    if (t.focused && t.caret_known) portfolio_js_text_proxy(kPlace, t.caret.x, t.caret.y, t.line_height);
}

// One step of coasting after a flick, before each frame; it keeps the loop awake until it stops.
void Coast() {
    TouchState& t = g.touch;
    if (!t.coasting) return;
    const double now = emscripten_get_now();
    const double decay = std::exp(-(now - t.last_time) / kCoastTimeConstant);
    t.last_time = now;
    // The distance the decaying speed covers since the last frame, however long that frame took.
    const float pixels = t.velocity * static_cast<float>(kCoastTimeConstant * (1.0 - decay));
    t.velocity *= static_cast<float>(decay);
    if (std::fabs(t.velocity) < kCoastMinSpeed || !AppTakesWheel(-1.0f, -1.0f, 0.0f, -pixels)) {
        t.coasting = false;
        return;
    }
    ScrollPage(pixels);
    g.last_activity = now;
}

// The canvas's CSS cursor follows ImGui's (links, text fields, the time axis's handles).
const char* CssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_None: return "none";
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
        case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        default: return "default";
    }
}

void UpdateCursor() {
    const ImGuiMouseCursor cursor = ImGui::GetIO().MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor == g.cursor) return;
    g.cursor = cursor;
    portfolio_js_set_cursor(CssCursor(cursor));
}

void MainLoopStep(void*) {
    SyncCanvasSize();
    Coast();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g.css_w), static_cast<float>(g.css_h));
    io.DisplayFramebufferScale = ImVec2(g.scale, g.scale);
    const Callbacks& cb = g.callbacks;
    if (!cb.frame || !cb.frame()) {
        g.stopped = true;
        emscripten_cancel_main_loop();
        return;
    }
    if (!g.first_frame_drawn) {
        g.first_frame_drawn = true;
        portfolio_js_first_frame();
    }
    UpdateCursor();
    SyncTextProxy();
    ReleasePinchCtrl();
    const bool animating = cb.animating && cb.animating();
    if (!animating && !g.synthetic_ctrl && TextProxySettled() &&
        emscripten_get_now() - g.last_activity > portfolio::platform::kSettleSeconds * 1000.0) {
        g.paused = true;
        emscripten_pause_main_loop();
    }
}

// ---- The host's services: downloads, and time zones through Intl ---------------------------------------

portfolio::SavedFile SaveFile(const std::string&, const std::string& name, const std::string& mime, const std::string& bytes) {
    if (!portfolio_js_save_file(name.c_str(), mime.c_str(), bytes.data(), static_cast<int>(bytes.size())))
        return {false, "the browser refused the download"};
    return {true, "your downloads as " + name};
}

// The contact panel asks every frame, and one Intl lookup costs about 2 ms. A zone's offset changes only
// at a transition, on a whole minute: it is looked up once per zone and minute (a few zones are asked for).
std::optional<int> ZoneOffsetMinutes(const std::string& zone, std::int64_t unix_seconds) {
    const std::int64_t minute = unix_seconds / 60;
    const unsigned used = std::min(g.zone_offsets_used, 4u);
    CachedZoneOffset* cached = std::find_if(g.zone_offsets, g.zone_offsets + used, [&](const CachedZoneOffset& c) { return c.zone == zone; });
    if (cached == g.zone_offsets + used || cached->minute != minute) {
        if (cached == g.zone_offsets + used) {
            cached = &g.zone_offsets[g.zone_offsets_used++ % 4];
            cached->zone = zone;
        }
        cached->minute = minute;
        cached->minutes = portfolio_js_zone_offset_minutes(zone.c_str(), static_cast<double>(unix_seconds) * 1000.0);
    }
    if (cached->minutes == -100000) return std::nullopt;
    return cached->minutes;
}

}  // namespace

// ---- Events from the JavaScript side (platform/web_library.js) ------------------------------------------

// From web/app.js, before main: portfolio.data (the profile and the fonts, core/files.h), copied into
// memory the app keeps for good (the files are views into it).
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_add_bundle(const char* data, int size) {
    std::string error;
    if (!portfolio::AddBundle(std::string_view(data, static_cast<std::size_t>(std::max(size, 0))), error))
        std::fprintf(stderr, "portfolio: portfolio.data: %s\n", error.c_str());
}

extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_on_parent_message(const char* json) {
    if (g.callbacks.parent_message && json) g.callbacks.parent_message(json);
    Wake();
}

// From portfolio_js_install_file_drop: a dropped or opened file's name and bytes.
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_file_opened(const char* name, const char* data, int size) {
    if (g.callbacks.file_opened && name && data && size >= 0)
        g.callbacks.file_opened(name, std::string_view(data, static_cast<std::size_t>(size)));
    Wake();
}

// From the accessible layer (web/a11y.js): 0 press, 1 focus the ImGui item `id`.
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_a11y_action(int action, unsigned id) {
    if (g.callbacks.semantic_action) g.callbacks.semantic_action(action, id);
    Wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_on_hashchange() {
    if (g.callbacks.hash_changed) g.callbacks.hash_changed(TakeString(portfolio_js_location_hash()));
    Wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* portfolio_state_json() {
    g.state_buffer = g.callbacks.state_json ? g.callbacks.state_json() : std::string("{}");
    return g.state_buffer.c_str();
}

// From portfolio_js_install_touch: phase 0 start, 1 move, 2 end, 3 cancel; `fingers` still down; the first two
// fingers' positions (the second repeats the first when there is one); the event's timestamp.
// Returns 1 for a tap on a text field: the page then focuses the keyboard's input at once (in the gesture).
extern "C" EMSCRIPTEN_KEEPALIVE int portfolio_touch(int phase, int fingers, float x0, float y0, float x1, float y1, double time) {
    Wake();
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    const float distance = std::hypot(x1 - x0, y1 - y0);
    if (phase == 0) {
        TouchStart(fingers, x0, y0, distance, time);
        if (g.touch.mode == TouchState::Mode::Pinch) ImGui::GetIO().AddMousePosEvent((x0 + x1) * 0.5f, (y0 + y1) * 0.5f);
    } else if (phase == 1) {
        TouchMove(fingers, x0, y0, distance, time);
    } else if (TouchEnd(fingers, phase == 3, time) && !g.text.focused) {
        g.text.focused = true;
        g.text.field = 0;
        return 1;
    }
    return 0;
}

// From the on-screen keyboard's input: `backspaces` characters removed, then `key` (1 Enter, 2 Escape,
// 3 Tab, 4-7 the arrows left/right/up/down, 8 Home, 9 End, 10 Delete, 11 Backspace) pressed, then
// `text` typed.
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_text_input(int backspaces, int key, const char* text) {
    static constexpr ImGuiKey kKeys[] = {ImGuiKey_None,      ImGuiKey_Enter,    ImGuiKey_Escape,  ImGuiKey_Tab,
                                         ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow,
                                         ImGuiKey_Home,      ImGuiKey_End,      ImGuiKey_Delete,  ImGuiKey_Backspace};
    ImGuiIO& io = ImGui::GetIO();
    const auto press = [&io](ImGuiKey k) {
        io.AddKeyEvent(k, true);
        io.AddKeyEvent(k, false);
    };
    for (int i = 0; i < backspaces; ++i) press(ImGuiKey_Backspace);
    if (key > 0 && key < static_cast<int>(std::size(kKeys))) press(kKeys[key]);
    if (text && *text) io.AddInputCharactersUTF8(text);
    Wake();
}

// The keyboard's input lost the focus (our blur, or the visitor closed the keyboard): a later tap on a
// field focuses it again.
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_text_blurred() {
    g.text.focused = false;
    g.text.field = 0;
}

// From portfolio_js_install_paste: returns 1 when a text field took the text (the page then cancels the event).
extern "C" EMSCRIPTEN_KEEPALIVE int portfolio_paste(const char* text) {
    g.clipboard = text ? text : "";  // what ImGui's own paste (a context menu, ...) reads too
    ImGuiIO& io = ImGui::GetIO();
    if (!TakingText()) return 0;
    std::string typed;
    for (char c : g.clipboard)
        if (c != '\r') typed += c;
    // Ctrl is still down from Ctrl+V, and text fields ignore characters typed with Ctrl (shortcuts):
    // ImGui hears it released around the text.
    const bool ctrl = CtrlHeld() || g.synthetic_ctrl;
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    io.AddInputCharactersUTF8(typed.c_str());
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    Wake();
    return 1;
}

// From portfolio_js_watch_media: 0 prefers-color-scheme, 1 prefers-reduced-motion, 2 devicePixelRatio (the
// next frame sizes the canvas for it and the app rasterises the fonts again).
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_media_changed(int what, int matches) {
    if (what == 0 && g.callbacks.system_dark_changed) g.callbacks.system_dark_changed(matches != 0);
    if (what == 1 && g.callbacks.reduced_motion_changed) g.callbacks.reduced_motion_changed(matches != 0);
    Wake();
}

namespace portfolio::platform {

bool Init(const WindowConfig& config, std::string& error) {
    portfolio_js_install_text_proxy();  // first: its key listener must run before GLFW's
    if (!glfwInit()) {
        error = "GLFW failed to initialise";
        return false;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);  // ImGui and the shaders draw 2D only: no depth or stencil buffer to allocate
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    // At the backing store's size: GLFW sizes the canvas to the window, and a canvas that changes size
    // reallocates its drawing buffer, a wait for the GPU process per dimension. app.js has sized it so.
    const CanvasSize canvas = MeasureCanvas();
    g.window = glfwCreateWindow(canvas.want_w > 0 ? canvas.want_w : config.width, canvas.want_h > 0 ? canvas.want_h : config.height,
                                config.title.c_str(), nullptr, nullptr);
    if (!g.window) {
        error = "WebGL2 is not available";
        return false;
    }
    glfwMakeContextCurrent(g.window);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(g.window, false);
    // The backend's wheel callback takes every wheel on the document; ours, on the canvas, only those the app uses.
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, OnCanvasWheel);
    glfwSetWindowFocusCallback(g.window, ImGui_ImplGlfw_WindowFocusCallback);
    glfwSetCursorEnterCallback(g.window, ImGui_ImplGlfw_CursorEnterCallback);
    glfwSetCursorPosCallback(g.window, OnCursorPos);
    glfwSetMouseButtonCallback(g.window, OnMouseButton);
    glfwSetKeyCallback(g.window, OnGlfwKey);
    glfwSetCharCallback(g.window, ImGui_ImplGlfw_CharCallback);
    SyncCanvasSize();
    InstallWakeListeners();
    portfolio_js_install_touch();
    portfolio_js_install_paste();
    portfolio_js_install_file_drop();
    portfolio_js_watch_media();
    portfolio_js_watch_hash();
    portfolio_js_install_parent_channel();
    g.last_activity = emscripten_get_now();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // GLFW's cursors are no-ops here: UpdateCursor sets the CSS one
    io.SetClipboardTextFn = SetClipboard;
    io.GetClipboardTextFn = GetClipboard;
    io.SetPlatformImeDataFn = OnImeData;
    portfolio_js_install_api();
    return true;
}

void Shutdown() {
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwTerminate();
}

float PixelScale() { return g.scale; }

void FramebufferSize(int& width, int& height) { emscripten_get_canvas_element_size("#canvas", &width, &height); }

void Run(Callbacks callbacks) {
    g.callbacks = std::move(callbacks);
    // The first frame at once, in the task that started the app, rather than at the next animation frame:
    // the browser shows it with its next frame either way, and that callback came up to 50 ms later
    // while the compositor was still busy with the page's first paint.
    MainLoopStep(nullptr);
    if (g.stopped) return;
    g.paused = false;  // a loop that did not exist yet was not paused: the next step pauses it when idle
    emscripten_set_main_loop_arg(MainLoopStep, nullptr, 0, true);
}

Environment ReadEnvironment() {
    Environment env;  // no installed data folder on the web: everything is in the preloaded /assets and /data
    env.location_hash = TakeString(portfolio_js_location_hash());
    env.location_search = TakeString(portfolio_js_location_search());
    env.theme_choice = TakeString(portfolio_js_theme_choice());
    env.prefers_dark = portfolio_js_prefers(0) != 0;
    env.prefers_reduced_motion = portfolio_js_prefers(1) != 0;
    return env;
}

namespace {

// A file next to the page, fetched by the browser; `done` runs between frames and the loop wakes for it.
void Fetch(const std::string& path, std::function<void(bool, std::string)> done) {
    auto* pending = new std::function<void(bool, std::string)>(std::move(done));
    emscripten_async_wget_data(
        path.c_str(), pending,
        [](void* arg, void* data, int size) {
            std::unique_ptr<std::function<void(bool, std::string)>> fn(static_cast<std::function<void(bool, std::string)>*>(arg));
            (*fn)(true, std::string(static_cast<const char*>(data), static_cast<std::size_t>(std::max(size, 0))));
            Wake();
        },
        [](void* arg) {
            std::unique_ptr<std::function<void(bool, std::string)>> fn(static_cast<std::function<void(bool, std::string)>*>(arg));
            (*fn)(false, std::string());
            Wake();
        });
}

}  // namespace

HostServices Services() {
    HostServices services;
    services.fetch = Fetch;
    services.choose_file = [] { portfolio_js_choose_file(); };
    services.open_url = [](const std::string& url) { portfolio_js_open_url(url.c_str()); };
    services.save_file = SaveFile;
    services.zone_offset_minutes = ZoneOffsetMinutes;
    services.local_time_zone = [] { return TakeString(portfolio_js_local_time_zone()); };
    services.show_route = [](const std::string& route, bool push) { portfolio_js_set_location_hash(route.c_str(), push ? 1 : 0); };
    services.post_to_parent = [](const std::string& json) { portfolio_js_post_to_parent(json.c_str()); };
    services.remember_theme = [](const std::string& choice) { portfolio_js_remember_theme(choice.c_str()); };
    services.show_semantics = [](const std::string& nodes) { portfolio_js_show_semantics(nodes.c_str()); };
    return services;  // the page has a title of its own
}

}  // namespace portfolio::platform
