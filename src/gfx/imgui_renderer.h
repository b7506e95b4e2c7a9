// Draws Dear ImGui's draw data (ImDrawData) with one shader, in place of imgui_impl_opengl3. The app's
// renderer owns all GL state, so nothing is read back, saved or restored: in WebGL every glGet is a
// synchronous round trip, and the backend's per-frame state backups were most of a frame's CPU.
// ImTextureID is a GL texture name (the font atlas's, or an image's from gfx/texture.h).
#pragma once

#include <string>

#include "gfx/shader.h"
#include "imgui.h"

namespace portfolio::gfx {

class ImGuiRenderer {
public:
    // After the GL context and the ImGui context exist. Registers as ImGui's renderer backend and
    // starts compiling its shader (gfx/shader.h); false: the source is missing.
    bool Init(std::string& error);
    // Before the first Render: false, with the reason, when the shader did not compile or link.
    bool Finish(std::string& error);
    // Before ImGui::NewFrame: builds the font atlas when it is new or was rebuilt (an atlas built
    // again, after io.Fonts->Clear() or a new scale, has no texture until then). Its glyphs are
    // rasterised as they are drawn (ui/glyph_atlas.h): Render uploads them.
    void NewFrame();
    // Rasterises and uploads the glyphs the frame draws (once a frame; Render does it when not done).
    void UploadGlyphs(const ImDrawData& draw_data);
    // Draws the frame. Leaves blending on and the scissor test off; the next frame's passes set what
    // they use.
    void Render(const ImDrawData& draw_data);
    // Glyphs not rasterised yet: frames should keep coming until there are none (a few).
    bool GlyphsPending() const;
    void Shutdown();

private:
    void SetupRenderState(const ImDrawData& draw_data, int framebuffer_width, int framebuffer_height) const;
    void PointAttributesAt(unsigned first_vertex) const;  // vertex attributes start at that vertex (VtxOffset)

    ShaderProgram program_;
    unsigned vao_ = 0, vertex_buffer_ = 0, index_buffer_ = 0, font_texture_ = 0;
    int loc_projection_ = -1, loc_alpha_texture_ = -1;
    bool upload_all_ = false;     // the atlas was (re)built: the whole texture goes up at the next Render
    int frames_since_build_ = 0;
    unsigned frame_ = 0, glyphs_frame_ = 0;  // NewFrame's count; the frame whose glyphs are up
    // All draw lists' vertices and indices, uploaded with one call each per frame.
    ImVector<ImDrawVert> vertices_;
    ImVector<ImDrawIdx> indices_;
};

}  // namespace portfolio::gfx
