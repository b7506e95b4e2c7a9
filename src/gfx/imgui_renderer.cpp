// Draws Dear ImGui's draw data with one shader and no GL state read back (see imgui_renderer.h).
// Same shader, blending, projection and scissor rectangles as imgui_impl_opengl3, so pixels match.
#include "gfx/imgui_renderer.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "gfx/gl.h"
#include "gfx/shader.h"
#include "ui/glyph_atlas.h"

namespace portfolio::gfx {
namespace {

constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;

GLuint TextureName(ImTextureID id) { return static_cast<GLuint>(reinterpret_cast<std::intptr_t>(id)); }

const void* ByteOffset(std::size_t bytes) { return reinterpret_cast<const void*>(static_cast<std::intptr_t>(bytes)); }

}  // namespace

bool ImGuiRenderer::Init(std::string& error) {
    if (!program_.Start("imgui.vert.glsl", "imgui.frag.glsl", error)) return false;
    GLuint names[2] = {0, 0};
    glGenBuffers(2, names);
    vertex_buffer_ = names[0];
    index_buffer_ = names[1];
    GLuint vao = 0;
    glGenVertexArrays(1, &vao);
    vao_ = vao;
    glBindVertexArray(vao_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);  // remembered by the VAO
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    glBindVertexArray(0);
    // Nothing in the app culls, tests depth or stencil: off once, as ImGui needs them.
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "portfolio_gfx";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // large meshes keep 16-bit indices
    return true;
}

bool ImGuiRenderer::Finish(std::string& error) {
    if (!program_.Finish(error)) return false;
    const GLuint p = program_.Id();
    loc_projection_ = glGetUniformLocation(p, "ProjMtx");
    loc_alpha_texture_ = glGetUniformLocation(p, "AlphaTexture");
    glUseProgram(p);
    glUniform1i(glGetUniformLocation(p, "Texture"), 0);  // texture unit 0, for good
    glUseProgram(0);
    return true;
}

void ImGuiRenderer::NewFrame() {
    ++frame_;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (atlas.IsBuilt() && atlas.TexID) return;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);  // builds the atlas when needed
    if (!font_texture_) {
        GLuint texture = 0;
        glGenTextures(1, &texture);
        font_texture_ = texture;
    }
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    // Bilinear: ImGui's anti-aliased lines sample the atlas between texels.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
    upload_all_ = true;  // at Render, once the glyphs the frame draws are in it
    frames_since_build_ = 0;
}

void ImGuiRenderer::UploadGlyphs(const ImDrawData& draw_data) {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (!font_texture_ || !atlas.TexPixelsAlpha8 || glyphs_frame_ == frame_) return;
    glyphs_frame_ = frame_;
    // The first frame after a build waits only for what it draws; later ones also rasterise ahead (a
    // few milliseconds a frame) so that scrolling finds its glyphs ready.
    constexpr double kAheadMs = 3.0;
    const glyphs::RowSpan rows = glyphs::Rasterize(atlas, &draw_data, frames_since_build_ == 0 ? 0.0 : kAheadMs);
    ++frames_since_build_;
    if (!upload_all_ && rows.Empty()) return;
    // One channel of coverage (R8): no RGBA copy to make, a quarter of the bytes to send.
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of any width (gfx/texture.cpp sets it for itself too)
    if (upload_all_) {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, atlas.TexWidth, atlas.TexHeight, 0, GL_RED, GL_UNSIGNED_BYTE, atlas.TexPixelsAlpha8);
        upload_all_ = false;
    } else {
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, rows.y0, atlas.TexWidth, rows.y1 - rows.y0, GL_RED, GL_UNSIGNED_BYTE,
                        atlas.TexPixelsAlpha8 + static_cast<std::size_t>(rows.y0) * static_cast<std::size_t>(atlas.TexWidth));
    }
}

bool ImGuiRenderer::GlyphsPending() const { return glyphs::Pending(*ImGui::GetIO().Fonts) > 0; }

void ImGuiRenderer::SetupRenderState(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height) const {
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glEnable(GL_SCISSOR_TEST);
    glViewport(0, 0, framebuffer_width, framebuffer_height);
    // Display coordinates (top-left origin) to clip space, as the backend's orthographic matrix.
    const float l = draw_data.DisplayPos.x, r = draw_data.DisplayPos.x + draw_data.DisplaySize.x;
    const float t = draw_data.DisplayPos.y, b = draw_data.DisplayPos.y + draw_data.DisplaySize.y;
    const float projection[4][4] = {
        {2.0f / (r - l), 0.0f, 0.0f, 0.0f},
        {0.0f, 2.0f / (t - b), 0.0f, 0.0f},
        {0.0f, 0.0f, -1.0f, 0.0f},
        {(r + l) / (l - r), (t + b) / (b - t), 0.0f, 1.0f},
    };
    glUseProgram(program_.Id());
    glUniformMatrix4fv(loc_projection_, 1, GL_FALSE, &projection[0][0]);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
}

void ImGuiRenderer::PointAttributesAt(unsigned first_vertex) const {
    const std::size_t base = static_cast<std::size_t>(first_vertex) * sizeof(ImDrawVert);
    constexpr GLsizei stride = sizeof(ImDrawVert);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, ByteOffset(base + offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, ByteOffset(base + offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, ByteOffset(base + offsetof(ImDrawVert, col)));
}

void ImGuiRenderer::Render(const ImDrawData& draw_data) {
    const int fb_w = static_cast<int>(draw_data.DisplaySize.x * draw_data.FramebufferScale.x);
    const int fb_h = static_cast<int>(draw_data.DisplaySize.y * draw_data.FramebufferScale.y);
    UploadGlyphs(draw_data);
    if (fb_w <= 0 || fb_h <= 0 || draw_data.TotalIdxCount == 0 || !program_.Id()) return;

    // Every list into one vertex and one index buffer: two uploads a frame, whatever the number of lists.
    vertices_.resize(draw_data.TotalVtxCount);
    indices_.resize(draw_data.TotalIdxCount);
    ImDrawVert* vtx = vertices_.Data;
    ImDrawIdx* idx = indices_.Data;
    for (const ImDrawList* list : draw_data.CmdLists) {
        std::memcpy(vtx, list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
        std::memcpy(idx, list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
        vtx += list->VtxBuffer.Size;
        idx += list->IdxBuffer.Size;
    }
    SetupRenderState(draw_data, fb_w, fb_h);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices_.size_in_bytes()), vertices_.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices_.size_in_bytes()), indices_.Data, GL_STREAM_DRAW);

    // Bindings already in place are not made again (a callback may change them: then they are).
    constexpr unsigned kNone = ~0u;
    unsigned bound_vertex = kNone;
    GLuint bound_texture = 0;
    bool texture_known = false;
    const ImVec2 clip_off = draw_data.DisplayPos, clip_scale = draw_data.FramebufferScale;
    unsigned list_vertex = 0, list_index = 0;  // where the current list starts in the shared buffers
    for (const ImDrawList* list : draw_data.CmdLists) {
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) SetupRenderState(draw_data, fb_w, fb_h);
                else cmd.UserCallback(list, &cmd);
                bound_vertex = kNone;
                texture_known = false;
                continue;
            }
            const ImVec2 clip_min((cmd.ClipRect.x - clip_off.x) * clip_scale.x, (cmd.ClipRect.y - clip_off.y) * clip_scale.y);
            const ImVec2 clip_max((cmd.ClipRect.z - clip_off.x) * clip_scale.x, (cmd.ClipRect.w - clip_off.y) * clip_scale.y);
            if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y || cmd.ElemCount == 0) continue;
            glScissor(static_cast<int>(clip_min.x), static_cast<int>(static_cast<float>(fb_h) - clip_max.y),
                      static_cast<int>(clip_max.x - clip_min.x), static_cast<int>(clip_max.y - clip_min.y));
            const GLuint texture = TextureName(cmd.GetTexID());
            if (!texture_known || texture != bound_texture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                glUniform1f(loc_alpha_texture_, texture == font_texture_ ? 1.0f : 0.0f);
                bound_texture = texture;
                texture_known = true;
            }
            if (list_vertex + cmd.VtxOffset != bound_vertex) {
                bound_vertex = list_vertex + cmd.VtxOffset;
                PointAttributesAt(bound_vertex);
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                           ByteOffset((static_cast<std::size_t>(list_index) + cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
        list_vertex += static_cast<unsigned>(list->VtxBuffer.Size);
        list_index += static_cast<unsigned>(list->IdxBuffer.Size);
    }
    glDisable(GL_SCISSOR_TEST);  // the next frame's clear covers the whole framebuffer
    glBindVertexArray(0);
}

void ImGuiRenderer::Shutdown() {
    program_.Delete();
    if (vao_) {
        const GLuint vao = vao_;
        glDeleteVertexArrays(1, &vao);
    }
    const GLuint buffers[2] = {vertex_buffer_, index_buffer_};
    if (vertex_buffer_) glDeleteBuffers(2, buffers);
    if (font_texture_) {
        const GLuint texture = font_texture_;
        glDeleteTextures(1, &texture);
        ImGui::GetIO().Fonts->SetTexID(nullptr);
    }
    vao_ = vertex_buffer_ = index_buffer_ = font_texture_ = 0;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = nullptr;
    io.BackendFlags &= ~ImGuiBackendFlags_RendererHasVtxOffset;
}

}  // namespace portfolio::gfx
