// Shader effects drawn under ImGui's draw data: soft shadows and the avatar disc.
#include "gfx/effects.h"

#include "gfx/gl.h"
#include "gfx/shader.h"

namespace portfolio::gfx {

bool Effects::Init(std::string& error) {
    GLuint vao = 0;
    glGenVertexArrays(1, &vao);  // the vertex shader builds the quad from gl_VertexID
    vao_ = vao;
    return shadow_program_.Start("quad.vert.glsl", "shadow.frag.glsl", error) &&
           disc_program_.Start("quad.vert.glsl", "avatar.frag.glsl", error);
}

bool Effects::Finish(std::string& error) {
    const bool shadow = shadow_program_.Finish(error);
    if (!shadow || !disc_program_.Finish(error)) {
        shadow_program_.Delete();
        disc_program_.Delete();
        return false;
    }
    const GLuint s = shadow_program_.Id(), d = disc_program_.Id();
    shadow_rect_ = glGetUniformLocation(s, "u_rect");
    shadow_viewport_ = glGetUniformLocation(s, "u_viewport");
    shadow_box_ = glGetUniformLocation(s, "u_box");
    shadow_params_ = glGetUniformLocation(s, "u_params");
    shadow_color_ = glGetUniformLocation(s, "u_color");
    disc_rect_ = glGetUniformLocation(d, "u_rect");
    disc_viewport_ = glGetUniformLocation(d, "u_viewport");
    disc_center_ = glGetUniformLocation(d, "u_center");
    disc_a_ = glGetUniformLocation(d, "u_color_a");
    disc_b_ = glGetUniformLocation(d, "u_color_b");
    return true;
}

void Effects::Draw(const std::vector<Shadow>& shadows, const std::vector<Disc>& discs, float display_w, float display_h,
                   float scale) const {
    if (!Ready() || (shadows.empty() && discs.empty())) return;
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_SCISSOR_TEST);
    glBindVertexArray(vao_);
    // Uniforms are in framebuffer pixels with a top-left origin; the vertex shader flips to GL's.
    const float vw = display_w * scale, vh = display_h * scale;
    glUseProgram(shadow_program_.Id());
    glUniform2f(shadow_viewport_, vw, vh);
    for (const Shadow& s : shadows) {
        const float pad = (s.blur * 2.0f + s.offset_y) * scale;
        const float x0 = s.min[0] * scale - pad, y0 = s.min[1] * scale - pad, x1 = s.max[0] * scale + pad, y1 = s.max[1] * scale + pad;
        if (y1 < 0.0f || y0 > vh) continue;  // off screen
        glUniform4f(shadow_rect_, x0, y0, x1, y1);
        glUniform4f(shadow_box_, s.min[0] * scale, (s.min[1] + s.offset_y) * scale, s.max[0] * scale, (s.max[1] + s.offset_y) * scale);
        glUniform2f(shadow_params_, s.radius * scale, s.blur * scale * 0.5f);
        glUniform4f(shadow_color_, s.color[0], s.color[1], s.color[2], s.color[3]);
        glDrawArrays(GL_TRIANGLES, 0, 6);
    }
    glUseProgram(disc_program_.Id());
    glUniform2f(disc_viewport_, vw, vh);
    for (const Disc& d : discs) {
        const float r = d.radius * scale, cx = d.center[0] * scale, cy = d.center[1] * scale;
        glUniform4f(disc_rect_, cx - r - 2.0f, cy - r - 2.0f, cx + r + 2.0f, cy + r + 2.0f);
        glUniform3f(disc_center_, cx, cy, r);
        glUniform4f(disc_a_, d.color_a[0], d.color_a[1], d.color_a[2], d.color_a[3]);
        glUniform4f(disc_b_, d.color_b[0], d.color_b[1], d.color_b[2], d.color_b[3]);
        glDrawArrays(GL_TRIANGLES, 0, 6);
    }
    glBindVertexArray(0);
    glUseProgram(0);
}

void Effects::Shutdown() {
    shadow_program_.Delete();
    disc_program_.Delete();
    if (vao_) {
        const GLuint vao = vao_;
        glDeleteVertexArrays(1, &vao);
    }
    vao_ = 0;
}

}  // namespace portfolio::gfx
