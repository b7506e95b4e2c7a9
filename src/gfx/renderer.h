// Draws a frame: the background shader, then ImGui's draw data through its OpenGL3 backend.
// Also reads the framebuffer back for screenshots.
#pragma once

#include <string>
#include <vector>

#include "gfx/background.h"

struct ImDrawData;

namespace portfolio::gfx {

class Renderer {
public:
    bool Init(std::string& error);  // after the GL context and the ImGui context exist
    void NewFrame();                // before ImGui::NewFrame (uploads the font atlas on first use)
    void Render(const BackgroundParams& background, ImDrawData* draw_data, int framebuffer_width, int framebuffer_height);
    void Shutdown();
    // RGBA rows, top row first, of the last rendered frame.
    std::vector<unsigned char> ReadPixels(int width, int height) const;
    static bool SavePng(const std::string& path, int width, int height, const std::vector<unsigned char>& rgba, std::string& error);

private:
    Background background_;
    bool imgui_ready_ = false;
};

}  // namespace portfolio::gfx
