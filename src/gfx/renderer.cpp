// Draws a frame: the background shader, the effects, then ImGui's draw data.
#include "gfx/renderer.h"

#include <utility>

#include "gfx/gl.h"
#include "imgui.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBIW_WINDOWS_UTF8
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
#include <stb/stb_image_write.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace portfolio::gfx {

bool Renderer::Init(std::string& error) {
    if (!LoadGlFunctions()) {
        error = "OpenGL 3.3 is not available";
        return false;
    }
    std::string imgui_error;
    if (!imgui_.Init(imgui_error)) {
        error = "the OpenGL renderer could not start (" + imgui_error + ")";
        return false;
    }
    imgui_ready_ = true;
    // The shaders compile while the first frame is laid out; Render asks how it went (FinishShaders).
    std::string bg_error;
    background_ok_ = background_.Init(bg_error);
    if (!background_ok_) error = "background shader unavailable (" + bg_error + "); drawing a flat page";
    std::string fx_error;
    effects_ok_ = effects_.Init(fx_error);
    if (!effects_ok_) error += (error.empty() ? "" : "; ") + std::string("effect shaders unavailable (") + fx_error + ")";
    return true;
}

void Renderer::FinishShaders() {
    shaders_finished_ = true;
    std::string imgui_error;
    if (!imgui_.Finish(imgui_error)) {
        failed_ = true;
        errors_ = "the OpenGL renderer could not start (" + imgui_error + ")";
        return;
    }
    std::string bg_error;
    if (background_ok_ && !background_.Finish(bg_error)) errors_ = "background shader unavailable (" + bg_error + "); drawing a flat page";
    std::string fx_error;
    if (effects_ok_ && !effects_.Finish(fx_error))
        errors_ += (errors_.empty() ? "" : "; ") + std::string("effect shaders unavailable (") + fx_error + ")";
}

std::string Renderer::TakeErrors() { return std::exchange(errors_, std::string()); }

void Renderer::NewFrame() { imgui_.NewFrame(); }

namespace {

void ToRgba(ImU32 c, float* out) {
    const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
    out[0] = v.x, out[1] = v.y, out[2] = v.z, out[3] = v.w;
}

void ToRgb(ImU32 c, float* out) {
    float rgba[4];
    ToRgba(c, rgba);
    out[0] = rgba[0], out[1] = rgba[1], out[2] = rgba[2];
}

BackgroundParams BackgroundOf(const ui::Backdrop& b) {
    BackgroundParams bg;
    ToRgb(b.page, bg.base);
    ToRgb(b.tint_a, bg.tint_a);
    ToRgb(b.tint_b, bg.tint_b);
    bg.strength = b.strength;
    bg.time = b.time;
    bg.scroll = b.scroll;
    bg.alpha = b.transparent ? 0.0f : 1.0f;
    return bg;
}

}  // namespace

void Renderer::Render(const ui::EffectList& effects, ImDrawData* draw_data, int framebuffer_width, int framebuffer_height) {
    if (!shaders_finished_) FinishShaders();
    if (failed_) return;
    background_.Draw(BackgroundOf(effects.backdrop), framebuffer_width, framebuffer_height);
    shadows_.clear();
    for (const ui::ShadowEffect& e : effects.shadows) {
        Shadow& g = shadows_.emplace_back(Shadow{{e.min.x, e.min.y}, {e.max.x, e.max.y}, e.radius, e.blur, e.offset_y, {}});
        ToRgba(e.color, g.color);
    }
    discs_.clear();
    for (const ui::AvatarEffect& e : effects.avatars) {
        Disc& g = discs_.emplace_back(Disc{{e.center.x, e.center.y}, e.radius, {}, {}});
        ToRgba(e.color_a, g.color_a);
        ToRgba(e.color_b, g.color_b);
    }
    if (draw_data && draw_data->DisplaySize.x > 0.0f)
        effects_.Draw(shadows_, discs_, draw_data->DisplaySize.x, draw_data->DisplaySize.y, draw_data->FramebufferScale.x);
    if (draw_data) imgui_.Render(*draw_data);
}

void Renderer::Shutdown() {
    background_.Shutdown();
    effects_.Shutdown();
    if (imgui_ready_) imgui_.Shutdown();
    imgui_ready_ = false;
}

std::vector<unsigned char> Renderer::ReadPixels(int width, int height) const {
    std::vector<unsigned char> rgba(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4u);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    // GL's first row is the bottom one.
    const std::size_t row = static_cast<std::size_t>(width) * 4u;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y)),
                         rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(y + 1)),
                         rgba.begin() + static_cast<std::ptrdiff_t>(row * static_cast<std::size_t>(height - 1 - y)));
    for (std::size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;  // the page is opaque
    return rgba;
}

bool Renderer::SavePng(const std::string& path, int width, int height, const std::vector<unsigned char>& rgba, std::string& error) {
    if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4)) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace portfolio::gfx
