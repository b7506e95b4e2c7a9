// Desktop platform: a GLFW window with an OpenGL 3.3 core context, HiDPI-aware, links through the
// system's opener (xdg-open / open / ShellExecute) started without a shell.
#include <cstdio>

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

namespace portfolio::platform {
namespace {

GLFWwindow* g_window = nullptr;  // the one window of the process; owned by this file
double g_last_activity = 0.0;    // glfwGetTime() of the last input or window event

// Installed before ImGui's backend, which chains to them: they only note that something happened.
void NoteActivity() { g_last_activity = glfwGetTime(); }
void OnCursorPos(GLFWwindow*, double, double) { NoteActivity(); }
void OnMouseButton(GLFWwindow*, int, int, int) { NoteActivity(); }
void OnScroll(GLFWwindow*, double, double) { NoteActivity(); }
void OnKey(GLFWwindow*, int, int, int, int) { NoteActivity(); }
void OnChar(GLFWwindow*, unsigned int) { NoteActivity(); }
void OnFocus(GLFWwindow*, int) { NoteActivity(); }
void OnEnter(GLFWwindow*, int) { NoteActivity(); }
void OnSize(GLFWwindow*, int, int) { NoteActivity(); }

void OnGlfwError(int code, const char* description) { std::fprintf(stderr, "GLFW error %d: %s\n", code, description); }

}  // namespace

bool Init(const WindowConfig& config, std::string& error) {
    glfwSetErrorCallback(OnGlfwError);
    if (!glfwInit()) {
        error = "cannot open a window: GLFW failed to initialise (is a display available?)";
        return false;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    g_window = glfwCreateWindow(config.width, config.height, config.title.c_str(), nullptr, nullptr);
    if (!g_window) {
        error = "cannot create an OpenGL 3.3 window";
        glfwTerminate();
        return false;
    }
    glfwMakeContextCurrent(g_window);
    glfwSwapInterval(1);
    glfwSetCursorPosCallback(g_window, OnCursorPos);
    glfwSetMouseButtonCallback(g_window, OnMouseButton);
    glfwSetScrollCallback(g_window, OnScroll);
    glfwSetKeyCallback(g_window, OnKey);
    glfwSetCharCallback(g_window, OnChar);
    glfwSetWindowFocusCallback(g_window, OnFocus);
    glfwSetCursorEnterCallback(g_window, OnEnter);
    glfwSetFramebufferSizeCallback(g_window, OnSize);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui_ImplGlfw_InitForOpenGL(g_window, true);
    NoteActivity();
    return true;
}

void Shutdown() {
    if (!g_window) return;
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(g_window);
    glfwTerminate();
    g_window = nullptr;
}

float PixelScale() {
    int fw = 0, fh = 0, ww = 0, wh = 0;
    glfwGetFramebufferSize(g_window, &fw, &fh);
    glfwGetWindowSize(g_window, &ww, &wh);
    return ww > 0 ? static_cast<float>(fw) / static_cast<float>(ww) : 1.0f;
}

void FramebufferSize(int& width, int& height) { glfwGetFramebufferSize(g_window, &width, &height); }

void Run(const std::function<bool()>& frame, const std::function<bool()>& animating) {
    while (!glfwWindowShouldClose(g_window)) {
        if (animating() || glfwGetTime() - g_last_activity < kSettleSeconds) glfwPollEvents();
        else glfwWaitEvents();  // asleep until input, a resize or a redraw request
        ImGui_ImplGlfw_NewFrame();
        if (!frame()) break;
        glfwSwapBuffers(g_window);
    }
}

void OpenUrl(const std::string& url) {
#if defined(_WIN32)
    ShellExecuteA(nullptr, "open", url.c_str(), nullptr, nullptr, SW_SHOWNORMAL);
#else
#if defined(__APPLE__)
    const char* opener = "open";
#else
    const char* opener = "xdg-open";
#endif
    // The URL is one argument of its own: no shell sees it, so nothing in it can run as a command.
    char* argv[] = {const_cast<char*>(opener), const_cast<char*>(url.c_str()), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, opener, nullptr, nullptr, argv, environ) == 0) {
        int status = 0;
        waitpid(pid, &status, WNOHANG);
    } else {
        std::fprintf(stderr, "cannot start %s to open %s\n", opener, url.c_str());
    }
#endif
}

void SetStateProvider(std::function<std::string()>) {}
void NotifyFirstFrame() {}
std::string PreferredColorScheme() { return "light"; }

}  // namespace portfolio::platform
