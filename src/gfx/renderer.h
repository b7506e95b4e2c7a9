// Draws a frame: the background shader, then ImGui's draw data through its OpenGL3 backend.
// Also reads the framebuffer back for screenshots.
#pragma once

#include <string>
#include <vector>

#include "gfx/background.h"
#include "gfx/effects.h"

struct ImDrawData;

namespace portfolio::gfx {

class Renderer {
public:
    bool Init(std::string& error);  // after the GL context and the ImGui context exist
    void NewFrame();                // before ImGui::NewFrame (uploads the font atlas on first use)
    // Background, then the effects (shadows, discs: logical pixels), then ImGui's draw data.
    void Render(const BackgroundParams& background, ImDrawData* draw_data, int framebuffer_width, int framebuffer_height,
                const std::vector<Shadow>& shadows = {}, const std::vector<Disc>& discs = {});
    bool EffectsReady() const { return effects_.Ready(); }
    void Shutdown();
    // RGBA rows, top row first, of the last rendered frame.
    std::vector<unsigned char> ReadPixels(int width, int height) const;
    static bool SavePng(const std::string& path, int width, int height, const std::vector<unsigned char>& rgba, std::string& error);

private:
    Background background_;
    Effects effects_;
    bool imgui_ready_ = false;
};

}  // namespace portfolio::gfx
