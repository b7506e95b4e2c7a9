// The one place that picks GL headers: WebGL2 (GLES 3.0) on the web, desktop GL 3.3 core natively
// through the loader that ships with Dear ImGui's OpenGL3 backend (plus the few calls it leaves out).
#pragma once

#if defined(__EMSCRIPTEN__)
#include <GLES3/gl3.h>
#define PORTFOLIO_GLSL_VERSION "#version 300 es\nprecision mediump float;\n"

namespace portfolio::gfx {
inline bool LoadGlFunctions() { return true; }  // WebGL's functions need no loading
}  // namespace portfolio::gfx
#else
#include "imgui_impl_opengl3_loader.h"
#define PORTFOLIO_GLSL_VERSION "#version 330 core\n"

namespace portfolio::gfx {
// Loads the GL entry points for the current context (gl_loader.cpp); false when GL 3.3 is missing.
bool LoadGlFunctions();

// GL entry points that imgui_impl_opengl3_loader.h does not load, fetched through its proc lookup
// on first use (after LoadGlFunctions).
struct ExtraGl {
    void(APIENTRYP uniform1f)(GLint, GLfloat);
    void(APIENTRYP uniform2f)(GLint, GLfloat, GLfloat);
    void(APIENTRYP uniform3fv)(GLint, GLsizei, const GLfloat*);
    void(APIENTRYP uniform3f)(GLint, GLfloat, GLfloat, GLfloat);
    void(APIENTRYP uniform4f)(GLint, GLfloat, GLfloat, GLfloat, GLfloat);
    void(APIENTRYP draw_arrays)(GLenum, GLint, GLsizei);
    void(APIENTRYP tex_sub_image_2d)(GLenum, GLint, GLint, GLint, GLsizei, GLsizei, GLenum, GLenum, const void*);
};
inline const ExtraGl& Extra() {
    static const ExtraGl extra = [] {
        ExtraGl e{};
        e.uniform1f = reinterpret_cast<decltype(e.uniform1f)>(imgl3wGetProcAddress("glUniform1f"));
        e.uniform2f = reinterpret_cast<decltype(e.uniform2f)>(imgl3wGetProcAddress("glUniform2f"));
        e.uniform3fv = reinterpret_cast<decltype(e.uniform3fv)>(imgl3wGetProcAddress("glUniform3fv"));
        e.uniform3f = reinterpret_cast<decltype(e.uniform3f)>(imgl3wGetProcAddress("glUniform3f"));
        e.uniform4f = reinterpret_cast<decltype(e.uniform4f)>(imgl3wGetProcAddress("glUniform4f"));
        e.draw_arrays = reinterpret_cast<decltype(e.draw_arrays)>(imgl3wGetProcAddress("glDrawArrays"));
        e.tex_sub_image_2d = reinterpret_cast<decltype(e.tex_sub_image_2d)>(imgl3wGetProcAddress("glTexSubImage2D"));
        return e;
    }();
    return extra;
}
}  // namespace portfolio::gfx

#define glUniform1f ::portfolio::gfx::Extra().uniform1f
#define glUniform2f ::portfolio::gfx::Extra().uniform2f
#define glUniform3fv ::portfolio::gfx::Extra().uniform3fv
#define glUniform3f ::portfolio::gfx::Extra().uniform3f
#define glUniform4f ::portfolio::gfx::Extra().uniform4f
#define glDrawArrays ::portfolio::gfx::Extra().draw_arrays
// Constants the loader leaves out.
#ifndef GL_RED
#define GL_RED 0x1903
#endif
#ifndef GL_R8
#define GL_R8 0x8229
#endif
#ifndef GL_UNPACK_ALIGNMENT
#define GL_UNPACK_ALIGNMENT 0x0CF5
#endif
#define glTexSubImage2D ::portfolio::gfx::Extra().tex_sub_image_2d
#endif
