#include "gfx/texture.h"

#include <algorithm>
#include <cstdint>

#include "gfx/gl.h"

#ifndef GL_LINEAR_MIPMAP_LINEAR
#define GL_LINEAR_MIPMAP_LINEAR 0x2703
#endif
#ifndef GL_CLAMP_TO_EDGE
#define GL_CLAMP_TO_EDGE 0x812F
#endif
#ifndef GL_TEXTURE_WRAP_S
#define GL_TEXTURE_WRAP_S 0x2802
#define GL_TEXTURE_WRAP_T 0x2803
#endif
#ifndef GL_UNPACK_ALIGNMENT
#define GL_UNPACK_ALIGNMENT 0x0CF5
#endif

namespace portfolio::gfx {

ImTextureID CreateImageTexture(const RgbaImage& image) {
    if (image.width <= 0 || image.height <= 0 || image.pixels.size() < static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4)
        return nullptr;
    GLint last_texture = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &last_texture);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    // Every level down to 1x1, each the area average of the one above (complete, so sampling works).
    RgbaImage level = image;
    for (GLint n = 0;; ++n) {
        glTexImage2D(GL_TEXTURE_2D, n, GL_RGBA, level.width, level.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, level.pixels.data());
        if (level.width == 1 && level.height == 1) break;
        const int w = std::max(1, level.width / 2), h = std::max(1, level.height / 2);
        RgbaImage next = ScaleTo(level, w, h);
        level = std::move(next);
    }
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last_texture));
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
}

void DeleteImageTexture(ImTextureID texture) {
    if (!texture) return;
    const GLuint name = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(texture));
    glDeleteTextures(1, &name);
}

}  // namespace portfolio::gfx
