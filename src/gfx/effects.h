// Shader effects drawn under ImGui's draw data: soft shadows (a blurred rounded box from its signed
// distance) and the avatar disc (a lit two-colour gradient with a fine grain). Rectangles are in
// logical pixels; Draw converts them with the framebuffer scale.
#pragma once

#include <string>
#include <vector>

#include "gfx/shader.h"

namespace portfolio::gfx {

struct Shadow {
    float min[2], max[2];
    float radius, blur, offset_y;
    float color[4];  // straight alpha
};

struct Disc {
    float center[2];
    float radius;
    float color_a[4], color_b[4];
};

class Effects {
public:
    bool Init(std::string& error);    // starts compiling (gfx/shader.h); false: a source is missing
    bool Finish(std::string& error);  // before the first Draw; false: the caller keeps drawing the simple fallbacks
    void Draw(const std::vector<Shadow>& shadows, const std::vector<Disc>& discs, float display_w, float display_h,
              float framebuffer_scale) const;
    void Shutdown();
    // Started (until Finish knows better) or finished well.
    bool Ready() const { return shadow_program_.Id() != 0 && disc_program_.Id() != 0; }

private:
    ShaderProgram shadow_program_, disc_program_;
    unsigned vao_ = 0;
    int shadow_rect_ = -1, shadow_box_ = -1, shadow_params_ = -1, shadow_color_ = -1, shadow_viewport_ = -1;
    int disc_rect_ = -1, disc_center_ = -1, disc_a_ = -1, disc_b_ = -1, disc_viewport_ = -1;
};

}  // namespace portfolio::gfx
