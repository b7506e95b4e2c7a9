// Web platform: Emscripten's GLFW on the #canvas with a WebGL2 context, the frame loop on
// requestAnimationFrame, links through window.open with noopener, the clipboard through
// navigator.clipboard, and the window.portfolio API for tests and embedders. What Emscripten's GLFW
// lacks is done here: HiDPI, a wheel that leaves the embedding page alone when the app cannot use it,
// touch (tap, drag with momentum, pinch), the on-screen keyboard for text fields, CSS cursors, paste,
// live media queries and the theme choice.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <string>

#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_internal.h"  // which text field is active, and since when
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

EM_JS(char*, JsLocationSearch, (), {
    const text = location.search;
    const size = lengthBytesUTF8(text) + 1;
    const buffer = _malloc(size);
    stringToUTF8(text, buffer, size);
    return buffer;
});

// The embedding page's origin: the first ancestor origin (Chromium, Safari), else the referrer's.
EM_JS(void, JsInstallParentChannel, (), {
    if (window.parent === window) return;
    let origin = null;
    if (location.ancestorOrigins && location.ancestorOrigins.length > 0) origin = location.ancestorOrigins[0];
    else if (document.referrer) { try { origin = new URL(document.referrer).origin; } catch (e) { origin = null; } }
    if (!origin || origin === "null") return;
    Module.portfolioParentOrigin = origin;
    window.addEventListener("message", (event) => {
        if (event.source !== window.parent || event.origin !== origin) return;
        if (!event.data || typeof event.data !== "object") return;
        let text;
        try { text = JSON.stringify(event.data); } catch (e) { return; }
        if (typeof text !== "string" || text.length > 4096) return;
        const size = lengthBytesUTF8(text) + 1;
        const buffer = _malloc(size);
        stringToUTF8(text, buffer, size);
        Module._portfolio_on_parent_message(buffer);
        _free(buffer);
    });
});

EM_JS(void, JsPostToParent, (const char* json), {
    const origin = Module.portfolioParentOrigin;
    if (!origin || window.parent === window) return;
    window.parent.postMessage(JSON.parse(UTF8ToString(json)), origin);
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

// Live media queries: the system's light/dark (0) and reduced motion (1) preferences, and the device
// pixel ratio (2: a query for the current ratio stops matching when it changes: zoom, another screen).
EM_JS(void, JsWatchMedia, (), {
    if (!window.matchMedia) return;
    const watch = (query, what) => matchMedia(query).addEventListener('change', (e) => Module._portfolio_media_changed(what, e.matches ? 1 : 0));
    watch('(prefers-color-scheme: dark)', 0);
    watch('(prefers-reduced-motion: reduce)', 1);
    const ratio = () => matchMedia('(resolution: ' + devicePixelRatio + 'dppx)').addEventListener('change', () => {
        Module._portfolio_media_changed(2, 0);
        ratio();
    }, { once: true });
    ratio();
});

// The theme the visitor chose: the page shell resolves it before the app starts (web/app.js: `?theme=`
// in the URL, else localStorage), so the loader is already painted in it.
EM_JS(char*, JsThemeChoice, (), {
    const choice = ['light', 'dark', 'auto'].includes(Module.themeChoice) ? Module.themeChoice : 'auto';
    const size = lengthBytesUTF8(choice) + 1;
    const buffer = _malloc(size);
    stringToUTF8(choice, buffer, size);
    return buffer;
});

// Remembered for the next visit; the shell's colours (the canvas's background while resizing) follow.
EM_JS(void, JsRememberTheme, (const char* choice), {
    Module.themeChoice = UTF8ToString(choice);
    try { localStorage.setItem('portfolio-theme', Module.themeChoice); } catch (e) { /* storage disabled: this visit only */ }
    if (Module.applyTheme) Module.applyTheme();
});

EM_JS(void, JsSetCursor, (const char* cursor), {
    Module.canvas.style.cursor = UTF8ToString(cursor);
});

// Touch goes to the app alone: a capturing listener on the window sees it first, stops it before GLFW's
// canvas listeners (which would turn it into doubled mouse clicks) and cancels the browser's own
// handling (scrolling, zooming, emulated mouse events). Coordinates are CSS pixels on the canvas.
EM_JS(void, JsInstallTouch, (), {
    const canvas = Module.canvas;
    const phases = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
    const handle = (e) => {
        if (e.target !== canvas) return;
        e.preventDefault();
        e.stopPropagation();
        const r = canvas.getBoundingClientRect();
        const a = e.touches[0] || e.changedTouches[0], b = e.touches[1] || a;
        const x = a.clientX - r.left, y = a.clientY - r.top;
        // 1: a tap on a text field. The keyboard's input is focused now, while handling the touch: iOS
        // shows its keyboard only for a focus given in a gesture's own handler.
        if (Module._portfolio_touch(phases[e.type], e.touches.length, x, y, b.clientX - r.left, b.clientY - r.top, e.timeStamp))
            Module.textProxy(0, x, y, 20);
    };
    for (const type of Object.keys(phases)) window.addEventListener(type, handle, { capture: true, passive: false });
});

// Paste arrives as the document's 'paste' event (Ctrl/Cmd+V, the Edit menu): its text goes to the
// field being edited. Nothing is read from the clipboard without the visitor asking.
EM_JS(void, JsInstallPaste, (), {
    document.addEventListener('paste', (e) => {
        const text = e.clipboardData ? e.clipboardData.getData('text/plain') : "";
        if (!text) return;
        const size = lengthBytesUTF8(text) + 1;
        const buffer = _malloc(size);
        stringToUTF8(text, buffer, size);
        if (Module._portfolio_paste(buffer)) e.preventDefault();
        _free(buffer);
    });
});

// The on-screen keyboard. Touch screens show their keyboard only for a focused, real text field, and
// ImGui's fields are drawn in the canvas: when a tap makes ImGui edit text, an invisible <input>
// (class text-proxy, over the caret) takes the focus. What is typed into it reaches ImGui as the change
// to what it held (characters, and a Backspace per character removed), so IME compositions and the
// keyboard's corrections work; Enter, Escape, Tab, the arrows, Home, End, Delete and a Backspace with
// nothing left to remove go to ImGui as keys. Its key events stop here, in a window listener installed
// before GLFW's, so GLFW never sees them and nothing is typed twice. With a mouse and a hardware
// keyboard it is never focused, and typing reaches ImGui through GLFW as before.
EM_JS(void, JsInstallTextProxy, (), {
    const input = document.createElement('input');
    input.className = 'text-proxy';
    input.tabIndex = -1;
    input.spellcheck = false;
    const attributes = { autocomplete: 'off', autocapitalize: 'off', autocorrect: 'off', inputmode: 'text', enterkeyhint: 'enter',
                         'aria-label': 'Text being edited' };
    for (const name in attributes) input.setAttribute(name, attributes[name]);
    document.body.appendChild(input);
    let mirror = '';  // what ImGui has been sent since the focus
    const send = (backspaces, key, text) => {
        const size = lengthBytesUTF8(text) + 1;
        const buffer = _malloc(size);
        stringToUTF8(text, buffer, size);
        Module._portfolio_text_input(backspaces, key, buffer);
        _free(buffer);
    };
    const keys = ['Enter', 'Escape', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Delete', 'Backspace'];
    const onKey = (e) => {
        if (e.target !== input) return;
        e.stopImmediatePropagation();
        if (e.type !== 'keydown' || e.isComposing || e.keyCode === 229) return;  // 229: the IME has it
        const key = keys.indexOf(e.key) + 1;
        if (!key || (e.key === 'Backspace' && input.value)) return;  // edits of the text arrive as 'input'
        e.preventDefault();
        send(0, key, '');
    };
    for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, onKey, true);
    input.addEventListener('beforeinput', (e) => {
        if (!/^insert(LineBreak|Paragraph)$/.test(e.inputType)) return;
        e.preventDefault();
        send(0, 1, '');  // Enter
    });
    input.addEventListener('input', () => {
        const now = Array.from(input.value), was = Array.from(mirror);  // by code point, as ImGui counts
        let same = 0;
        while (same < now.length && same < was.length && now[same] === was[same]) same++;
        mirror = input.value;
        if (was.length > same || now.length > same) send(was.length - same, 0, now.slice(same).join(''));
    });
    input.addEventListener('blur', () => Module._portfolio_text_blurred());
    // 0: focus at (x, y) afresh, 1: move to (x, y), 2: start afresh (another field), 3: let go.
    Module.textProxy = (action, x, y, height) => {
        if (action === 0 || action === 2) input.value = mirror = '';
        if (action < 2) {
            input.style.left = x + 'px';
            input.style.top = y + 'px';
            input.style.height = Math.max(height, 20) + 'px';
        }
        if (action === 0) input.focus({ preventScroll: true });
        if (action === 3 && document.activeElement === input) input.blur();
    };
});

EM_JS(void, JsTextProxy, (int action, float x, float y, float height), { Module.textProxy(action, x, y, height); });
enum TextProxyAction { kFocus, kPlace, kRestart, kRelease };

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

// ---- Input -------------------------------------------------------------------------------------------

std::function<bool(float, float, float, float)> g_scroll_query;  // (x, y, wheel_x, wheel_y): the app moves
std::function<void(float)> g_scroll_by;                          // scrolls the page by CSS pixels
std::function<void(bool)> g_system_theme_handler;
std::function<void(bool)> g_reduced_motion_handler;
ImGuiMouseCursor g_cursor = ImGuiMouseCursor_Arrow;  // ImGui's cursor after the last frame (the CSS one follows)

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
    ImGui_ImplGlfw_CursorPosCallback(window, x / g_scale, y / g_scale);
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
    return std::max(1.0f, std::floor(std::min(5.0f * font_size, static_cast<float>(g_css_h) * 0.67f)));
}

float DeltaPixels(double delta, unsigned long mode, float step) {
    if (mode == DOM_DELTA_LINE) return static_cast<float>(delta) * step / 3.0f;  // 3 lines a step, as ImGui's own callback
    if (mode == DOM_DELTA_PAGE) return static_cast<float>(delta * g_css_h * 0.9);
    return static_cast<float>(delta);
}

bool AppTakesWheel(float x, float y, float wheel_x, float wheel_y) { return !g_scroll_query || g_scroll_query(x, y, wheel_x, wheel_y); }

// A pinch zooms what is under the pointer (the time axis) as a Ctrl+wheel, so ImGui scrolls nothing
// meanwhile. Chrome reports a trackpad pinch as Ctrl+wheel with deltaY = -100 ln(scale); touch pinches
// are converted to the same measure. No key is really held: Ctrl is released once the pinch pauses.
constexpr float kPinchDeltaPerWheel = 16.0f;
bool g_synthetic_ctrl = false;
double g_last_pinch = 0.0;

bool CtrlHeld() { return glfwGetKey(g_window, GLFW_KEY_LEFT_CONTROL) == GLFW_PRESS || glfwGetKey(g_window, GLFW_KEY_RIGHT_CONTROL) == GLFW_PRESS; }

void Pinch(float delta_y) {
    ImGuiIO& io = ImGui::GetIO();
    if (!g_synthetic_ctrl && !CtrlHeld()) {
        io.AddKeyEvent(ImGuiMod_Ctrl, true);
        g_synthetic_ctrl = true;
    }
    io.AddMouseWheelEvent(0.0f, std::clamp(-delta_y / kPinchDeltaPerWheel, -2.0f, 2.0f));
    g_last_pinch = emscripten_get_now();
}

void ReleasePinchCtrl() {
    if (!g_synthetic_ctrl || emscripten_get_now() - g_last_pinch < 150.0) return;
    g_synthetic_ctrl = false;
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

// Touch: a tap clicks where it lands, once; a drag scrolls the page and coasts on after release; two
// fingers pinch-zoom what is under them.
constexpr float kTouchSlop = 8.0f;            // CSS pixels a finger may wander and still tap
constexpr double kCoastTimeConstant = 325.0;  // ms: coasting speed decays as exp(-t / 325 ms)
constexpr float kCoastMinSpeed = 0.02f;       // px/ms: slower than this, coasting stops

struct TouchState {
    enum class Mode { None, Pending, Drag, Pinch, Done } mode = Mode::None;  // Done: ignore fingers until all lift
    float start_x = 0.0f, start_y = 0.0f, last_x = 0.0f, last_y = 0.0f;
    float pinch_distance = 0.0f;
    double last_time = 0.0;
    float velocity = 0.0f;  // page pixels per ms, positive towards the end
    bool coasting = false;
};
TouchState g_touch;

void ScrollPage(float pixels) {
    if (g_scroll_by) {
        g_scroll_by(pixels);
    } else {  // no handler: as a wheel at the finger
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(g_touch.last_x, g_touch.last_y);
        io.AddMouseWheelEvent(0.0f, -pixels / WheelStepPixels());
    }
}

// The on-screen keyboard's <input> (JsInstallTextProxy): whether it has the focus, the ImGui field it
// types into, and where ImGui's caret is (its IME data), to keep the input over it.
struct TextProxy {
    bool focused = false;
    ImGuiID field = 0;      // 0: not known yet (focused by a tap, before ImGui has activated the field)
    int tap_frames = 0;     // frames left in which a field the last tap activates takes the keyboard
    bool caret_known = false;
    ImVec2 caret;
    float line_height = 0.0f;
};
TextProxy g_text;
constexpr int kTapFrames = 8;  // a tap reaches ImGui over four frames (move, press, release, leave), plus margin

void Tap(float x, float y) {
    g_text.tap_frames = kTapFrames;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x, y);  // touch has no hover: ImGui sees the position a frame before the press
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a lifted finger hovers nothing
}

// `time` is the event's timestamp (ms, the clock of emscripten_get_now): speeds do not depend on when
// the busy main thread got round to the event.
void TouchStart(int fingers, float x0, float y0, float distance, double time) {
    TouchState& t = g_touch;
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
    TouchState& t = g_touch;
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
    TouchState& t = g_touch;
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
    return tap && g_cursor == ImGuiMouseCursor_TextInput;
}

// Whether a text field takes text, as of the frame just drawn. (io.WantTextInput says so only from the
// next NewFrame on: a paste right after the field was activated would be lost.)
bool TakingText() { return ImGui::GetCurrentContext()->WantTextInputNextFrame == 1; }

// After each frame: a text field that a tap made active gets the keyboard's input focused (unless the
// touch handler did already); a field that stopped taking text lets it go, and the keyboard hides.
void SyncTextProxy() {
    TextProxy& t = g_text;
    const bool tapped = t.tap_frames > 0;
    if (tapped) --t.tap_frames;
    if (TakingText()) {
        const ImGuiID field = ImGui::GetActiveID();
        if (!t.focused && tapped) {
            t.focused = true;
            t.field = field;
            if (t.caret_known) JsTextProxy(kFocus, t.caret.x, t.caret.y, t.line_height);
            else JsTextProxy(kFocus, g_touch.start_x, g_touch.start_y, 20.0f);
        } else if (t.focused && field != t.field) {
            if (t.field) JsTextProxy(kRestart, 0, 0, 0);  // another field (Tab, a tap on it): typing starts afresh
            t.field = field;
        }
    } else if (t.focused && !tapped) {
        t.focused = false;
        t.field = 0;
        JsTextProxy(kRelease, 0, 0, 0);
    }
}

// ImGui tells where its caret is when it changes (EndFrame); the keyboard's input follows it, so the
// browser puts its IME candidates and selection handles there.
void OnImeData(ImGuiViewport*, ImGuiPlatformImeData* data) {
    TextProxy& t = g_text;
    t.caret_known = data->WantVisible;
    t.caret = data->InputPos;
    t.line_height = data->InputLineHeight;
    if (t.focused && t.caret_known) JsTextProxy(kPlace, t.caret.x, t.caret.y, t.line_height);
}

// One step of coasting after a flick, before each frame; it keeps the loop awake until it stops.
void Coast() {
    TouchState& t = g_touch;
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
    g_last_activity = now;
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
    if (cursor == g_cursor) return;
    g_cursor = cursor;
    JsSetCursor(CssCursor(cursor));
}

void MainLoopStep(void*) {
    SyncCanvasSize();
    Coast();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(g_css_w), static_cast<float>(g_css_h));
    io.DisplayFramebufferScale = ImVec2(g_scale, g_scale);
    if (g_frame && !g_frame()) {
        emscripten_cancel_main_loop();
        return;
    }
    UpdateCursor();
    SyncTextProxy();
    ReleasePinchCtrl();
    if (!(g_animating && g_animating()) && !g_synthetic_ctrl && emscripten_get_now() - g_last_activity > portfolio::platform::kSettleSeconds * 1000.0) {
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

std::function<void(const std::string&)> g_parent_handler;

extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_on_parent_message(const char* json) {
    if (g_parent_handler && json) g_parent_handler(json);
    Wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_on_hashchange() {
    if (g_hash_handler) g_hash_handler(ReadLocationHash());
    Wake();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* portfolio_state_json() {
    g_state_buffer = g_state_provider ? g_state_provider() : std::string("{}");
    return g_state_buffer.c_str();
}

// From JsInstallTouch: phase 0 start, 1 move, 2 end, 3 cancel; `fingers` still down; the first two
// fingers' positions (the second repeats the first when there is one); the event's timestamp.
// Returns 1 for a tap on a text field: the page then focuses the keyboard's input at once (in the gesture).
extern "C" EMSCRIPTEN_KEEPALIVE int portfolio_touch(int phase, int fingers, float x0, float y0, float x1, float y1, double time) {
    Wake();
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    const float distance = std::hypot(x1 - x0, y1 - y0);
    if (phase == 0) {
        TouchStart(fingers, x0, y0, distance, time);
        if (g_touch.mode == TouchState::Mode::Pinch) ImGui::GetIO().AddMousePosEvent((x0 + x1) * 0.5f, (y0 + y1) * 0.5f);
    } else if (phase == 1) {
        TouchMove(fingers, x0, y0, distance, time);
    } else if (TouchEnd(fingers, phase == 3, time) && !g_text.focused) {
        g_text.focused = true;
        g_text.field = 0;
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
    g_text.focused = false;
    g_text.field = 0;
}

// From JsInstallPaste: returns 1 when a text field took the text (the page then cancels the event).
extern "C" EMSCRIPTEN_KEEPALIVE int portfolio_paste(const char* text) {
    g_clipboard = text ? text : "";  // what ImGui's own paste (a context menu, ...) reads too
    ImGuiIO& io = ImGui::GetIO();
    if (!TakingText()) return 0;
    std::string typed;
    for (char c : g_clipboard)
        if (c != '\r') typed += c;
    // Ctrl is still down from Ctrl+V, and text fields ignore characters typed with Ctrl (shortcuts):
    // ImGui hears it released around the text.
    const bool ctrl = CtrlHeld() || g_synthetic_ctrl;
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    io.AddInputCharactersUTF8(typed.c_str());
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    Wake();
    return 1;
}

// From JsWatchMedia: 0 prefers-color-scheme, 1 prefers-reduced-motion, 2 devicePixelRatio (the next
// frame sizes the canvas for it and main rasterises the fonts again).
extern "C" EMSCRIPTEN_KEEPALIVE void portfolio_media_changed(int what, int matches) {
    if (what == 0 && g_system_theme_handler) g_system_theme_handler(matches != 0);
    if (what == 1 && g_reduced_motion_handler) g_reduced_motion_handler(matches != 0);
    Wake();
}

namespace portfolio::platform {

bool Init(const WindowConfig& config, std::string& error) {
    JsInstallTextProxy();  // first: its key listener must run before GLFW's
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
    // The backend's wheel callback takes every wheel on the document; ours, on the canvas, only those the app uses.
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, OnCanvasWheel);
    glfwSetWindowFocusCallback(g_window, ImGui_ImplGlfw_WindowFocusCallback);
    glfwSetCursorEnterCallback(g_window, ImGui_ImplGlfw_CursorEnterCallback);
    glfwSetCursorPosCallback(g_window, OnCursorPos);
    glfwSetMouseButtonCallback(g_window, OnMouseButton);
    glfwSetKeyCallback(g_window, OnGlfwKey);
    glfwSetCharCallback(g_window, ImGui_ImplGlfw_CharCallback);
    SyncCanvasSize();
    InstallWakeListeners();
    JsInstallTouch();
    JsInstallPaste();
    JsWatchMedia();
    g_last_activity = emscripten_get_now();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // GLFW's cursors are no-ops here: UpdateCursor sets the CSS one
    io.SetClipboardTextFn = SetClipboard;
    io.GetClipboardTextFn = GetClipboard;
    io.SetPlatformImeDataFn = OnImeData;
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
std::string LocationSearch() {
    char* raw = JsLocationSearch();
    std::string search = raw ? raw : "";
    free(raw);
    return search;
}
void PostToParent(const std::string& json) { JsPostToParent(json.c_str()); }
void SetParentMessageHandler(std::function<void(const std::string&)> on_message) {
    g_parent_handler = std::move(on_message);
    JsInstallParentChannel();
}
void SetLocationHash(const std::string& hash, bool push) { JsSetLocationHash(hash.c_str(), push ? 1 : 0); }
void SetHashChangeHandler(std::function<void(const std::string&)> on_change) {
    g_hash_handler = std::move(on_change);
    JsWatchHash();
}
bool PrefersReducedMotion() { return JsPrefersReducedMotion() != 0; }
void SetReducedMotionHandler(std::function<void(bool)> on_change) { g_reduced_motion_handler = std::move(on_change); }
void SetSystemThemeHandler(std::function<void(bool)> on_change) { g_system_theme_handler = std::move(on_change); }

std::string ThemeChoice() {
    char* raw = JsThemeChoice();
    std::string choice = raw ? raw : "auto";
    std::free(raw);
    return choice;
}
void RememberTheme(const std::string& choice) { JsRememberTheme(choice.c_str()); }

void SetScrollQuery(std::function<bool(float, float, float, float)> query) { g_scroll_query = std::move(query); }
void SetScrollHandler(std::function<void(float)> scroll_by) { g_scroll_by = std::move(scroll_by); }


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

// The contact panel asks every frame, and one Intl lookup costs about 2 ms. A zone's offset changes only
// at a transition, on a whole minute: it is looked up once per zone and minute (a few zones are asked for).
struct CachedZoneOffset {
    std::string zone;
    std::int64_t minute = 0;
    int minutes = 0;  // -100000: a zone the browser does not know
};
CachedZoneOffset g_zone_offsets[4];
unsigned g_zone_offsets_used = 0;

std::optional<int> ZoneOffsetMinutes(const std::string& zone, std::int64_t unix_seconds) {
    const std::int64_t minute = unix_seconds / 60;
    const unsigned used = std::min(g_zone_offsets_used, 4u);
    CachedZoneOffset* cached = std::find_if(g_zone_offsets, g_zone_offsets + used, [&](const CachedZoneOffset& c) { return c.zone == zone; });
    if (cached == g_zone_offsets + used || cached->minute != minute) {
        if (cached == g_zone_offsets + used) {
            cached = &g_zone_offsets[g_zone_offsets_used++ % 4];
            cached->zone = zone;
        }
        cached->minute = minute;
        cached->minutes = JsZoneOffsetMinutes(zone.c_str(), static_cast<double>(unix_seconds) * 1000.0);
    }
    if (cached->minutes == -100000) return std::nullopt;
    return cached->minutes;
}

std::string LocalTimeZone() {
    char* zone = JsLocalTimeZone();
    std::string out = zone ? zone : "";
    std::free(zone);
    return out;
}

}  // namespace portfolio::platform
