// The page background: a calm, slowly drifting colour field drawn with a shader before ImGui.
#pragma once

#include <string>

#include "gfx/shader.h"

namespace portfolio::gfx {

struct BackgroundParams {
    float base[3] = {0.97f, 0.96f, 0.94f};   // page colour
    float tint_a[3] = {0.36f, 0.55f, 0.93f}; // soft glows, usually the topic colours
    float tint_b[3] = {0.88f, 0.64f, 0.23f};
    float strength = 0.10f;                  // how visible the glows are (0 = flat base colour)
    float time = 0.0f;                       // seconds; hold it still for reduced motion / idle
    float scroll = 0.0f;                     // page scroll in pixels, for a slight parallax
    float alpha = 1.0f;                      // 0 = transparent page (embedded over the host's background)
};

class Background {
public:
    bool Init(std::string& error);    // starts compiling (gfx/shader.h); false: a source is missing
    bool Finish(std::string& error);  // before the first Draw; on failure Draw() clears to the base colour
    void Draw(const BackgroundParams& params, int framebuffer_width, int framebuffer_height) const;
    void Shutdown();

private:
    ShaderProgram program_;
    unsigned vao_ = 0;
    int loc_resolution_ = -1, loc_base_ = -1, loc_a_ = -1, loc_b_ = -1, loc_strength_ = -1, loc_time_ = -1, loc_scroll_ = -1;
};

}  // namespace portfolio::gfx
