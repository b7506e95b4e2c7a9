// Draws a frame: the background shader, the effects, then ImGui's draw data (gfx/imgui_renderer.h).
// Also reads the framebuffer back for screenshots.
#pragma once

#include <string>
#include <vector>

#include "gfx/background.h"
#include "gfx/effects.h"
#include "gfx/imgui_renderer.h"
#include "ui/effects.h"  // the UI's requests: plain data, header only

namespace portfolio::gfx {

class Renderer {
public:
    bool Init(std::string& error);  // after the GL context and the ImGui context exist
    void NewFrame();                // before ImGui::NewFrame (uploads the font atlas when it was (re)built)
    // The glyphs ImGui's draw data uses, rasterised and uploaded (Render does it when not done).
    void UploadGlyphs(const ImDrawData& draw_data) { imgui_.UploadGlyphs(draw_data); }
    // The backdrop, then the effects (shadows, discs: logical pixels), then ImGui's draw data.
    void Render(const ui::EffectList& effects, ImDrawData* draw_data, int framebuffer_width, int framebuffer_height);
    // Until the first Render, whether the effects' shaders started; after it, whether they work.
    bool EffectsReady() const { return effects_.Ready(); }
    // The shaders' problems found at the first Render (compiling runs meanwhile: gfx/shader.h), once.
    std::string TakeErrors();
    bool Failed() const { return failed_; }  // ImGui's own shader failed: nothing can be drawn
    bool GlyphsPending() const { return imgui_.GlyphsPending(); }  // frames should come until they are drawn
    void Shutdown();
    // RGBA rows, top row first, of the last rendered frame.
    std::vector<unsigned char> ReadPixels(int width, int height) const;
    static bool SavePng(const std::string& path, int width, int height, const std::vector<unsigned char>& rgba, std::string& error);

private:
    Background background_;
    Effects effects_;
    ImGuiRenderer imgui_;
    void FinishShaders();
    bool imgui_ready_ = false;
    bool background_ok_ = false, effects_ok_ = false;  // their sources were there and compiling started
    bool shaders_finished_ = false, failed_ = false;
    std::string errors_;
    std::vector<Shadow> shadows_;  // this frame's, as the shaders take them
    std::vector<Disc> discs_;
};

}  // namespace portfolio::gfx
