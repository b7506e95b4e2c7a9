// The page background: a calm, slowly drifting colour field drawn with a shader before ImGui.
#include "gfx/background.h"

#include "gfx/gl.h"
#include "gfx/shader.h"

namespace portfolio::gfx {

bool Background::Init(std::string& error) {
    GLuint vao = 0;
    glGenVertexArrays(1, &vao);  // the vertex shader makes a full-screen triangle from gl_VertexID
    vao_ = vao;
    return program_.Start("fullscreen.vert.glsl", "background.frag.glsl", error);
}

bool Background::Finish(std::string& error) {
    if (!program_.Finish(error)) return false;
    const GLuint p = program_.Id();
    loc_resolution_ = glGetUniformLocation(p, "u_resolution");
    loc_base_ = glGetUniformLocation(p, "u_base");
    loc_a_ = glGetUniformLocation(p, "u_tint_a");
    loc_b_ = glGetUniformLocation(p, "u_tint_b");
    loc_strength_ = glGetUniformLocation(p, "u_strength");
    loc_time_ = glGetUniformLocation(p, "u_time");
    loc_scroll_ = glGetUniformLocation(p, "u_scroll");
    return true;
}

void Background::Draw(const BackgroundParams& params, int framebuffer_width, int framebuffer_height) const {
    glViewport(0, 0, framebuffer_width, framebuffer_height);
    glClearColor(params.base[0] * params.alpha, params.base[1] * params.alpha, params.base[2] * params.alpha, params.alpha);
    glClear(GL_COLOR_BUFFER_BIT);
    if (!program_.Id() || params.strength <= 0.0f || params.alpha < 1.0f) return;
    glDisable(GL_BLEND);
    glUseProgram(program_.Id());
    glUniform2f(loc_resolution_, static_cast<float>(framebuffer_width), static_cast<float>(framebuffer_height));
    glUniform3fv(loc_base_, 1, params.base);
    glUniform3fv(loc_a_, 1, params.tint_a);
    glUniform3fv(loc_b_, 1, params.tint_b);
    glUniform1f(loc_strength_, params.strength);
    glUniform1f(loc_time_, params.time);
    glUniform1f(loc_scroll_, params.scroll);
    glBindVertexArray(vao_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glUseProgram(0);
}

void Background::Shutdown() {
    program_.Delete();
    if (vao_) {
        const GLuint vao = vao_;
        glDeleteVertexArrays(1, &vao);
    }
    vao_ = 0;
}

}  // namespace portfolio::gfx
